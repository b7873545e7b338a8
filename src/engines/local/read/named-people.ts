// A real person named in the prompt ("a glamour portrait of Marilyn Monroe", "a photo of Albert
// Einstein") is drawn as a generic woman, man or person, never as themselves; `text` names the
// picture (docs/local-engine.md, "Named people"). An artist whose style is asked ("in the style of
// Jordan Grimmer", "a Bob Ross oil painting", "Dorothea Lange documentary photography") is no one
// in the picture.
import type { Token } from './tokens.js';

/** Words before a name that make it the style's author, not the sitter. */
const STYLE_BEFORE = new Set(['by', 'style', 'styled', 'inspired', 'artist', 'painter', 'photographer', 'channel', 'channeling',
  'channelling', 'after', 'like', 'master', 'masters', 'trending', 'artstation']);
/** Words after a name that make it a style ("Bob Ross oil painting", "Dorothea Lange documentary photography"). */
const STYLE_AFTER = new Set(['style', 'styled', 'oil', 'painting', 'paintings', 'photography', 'photo', 'documentary', 'art',
  'artwork', 'aesthetic', 'inspired', 'illustration', 'sketch', 'watercolor', 'watercolour', 'film', 'movie', 'cinematography',
  'lighting', 'brushwork', 'palette', 'colours', 'colors', 'portrait', 'landscape', 'influence']);

/** Painters whose names are asked for as a manner or style (plan/modes/art-manner.ts, read/lexicon-scene.ts), never as sitters. */
const PAINTERS = new Set(['warhol', 'lichtenstein', 'picasso', 'kandinsky', 'mondrian', 'dali', 'dalí', 'pollock', 'rothko', 'malevich', 'miro', 'miró',
  'magritte', 'hokusai', 'hiroshige', 'braque', 'monet', 'renoir', 'gogh']);

const ARTICLES = new Set(['a', 'an', 'the', 'young', 'old', 'famous', 'smiling', 'iconic', 'legendary']);
/** Words after which a name is who the picture shows. */
const INTRODUCERS = new Set(['of', 'featuring', 'starring', 'with', 'and', 'shows', 'showing', 'depicting', 'meet', 'meets', 'as']);

/**
 * The tokens with each named person's run of name words turned into one word for their picture
 * ("woman" for a woman's first name, "man" for a man's, else "person"), and the names replaced.
 */
export function namedPeople(tokens: readonly Token[]): { tokens: Token[]; names: string[] } {
  const out: Token[] = [];
  const names: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.capital || !t.tags.has('Person')) {
      out.push(t);
      continue;
    }
    let j = i;
    while (j + 1 < tokens.length && tokens[j + 1]!.capital && tokens[j + 1]!.tags.has('Person') && !tokens[j]!.breakAfter) j++;
    const run = tokens.slice(i, j + 1);
    const before = tokens.slice(Math.max(0, i - 3), i).filter((b, k, all) => !all.slice(k).some((x) => x.breakAfter));
    const after = tokens[j + 1];
    const possessive = /'s?$/.test(tokens[j]!.normal);
    const styled = run.some((r) => PAINTERS.has(r.normal.replace(/'s?$/, ''))) || before.some((b) => STYLE_BEFORE.has(b.normal)) || (after !== undefined && !tokens[j]!.breakAfter && STYLE_AFTER.has(after.normal)) || possessive;
    // A first and last name said as the picture's subject: "a portrait of …", "featuring …", or
    // opening a sentence that goes on ("Barack Obama giving a speech"). A name alone between
    // commas is usually an artist's in a list of styles ("Greg Rutkowski, a castle").
    const lead = [...before].reverse().find((b) => !ARTICLES.has(b.normal));
    const introduced = lead !== undefined && INTRODUCERS.has(lead.normal);
    const opening = (i === 0 || tokens[i - 1]!.breakAfter) && !tokens[j]!.breakAfter && j + 1 < tokens.length;
    if (styled || run.length < 2 || !(introduced || opening)) {
      out.push(...run);
      i = j;
      continue;
    }
    const female = run.some((r) => r.tags.has('FemaleName'));
    const male = run.some((r) => r.tags.has('MaleName'));
    const word = female && !male ? 'woman' : male && !female ? 'man' : 'person';
    names.push(run.map((r) => r.normal).join(' '));
    out.push({ ...run[run.length - 1]!, normal: word, root: word, tags: new Set(['Noun', 'Singular']), capital: false });
    i = j;
  }
  return { tokens: out, names };
}
