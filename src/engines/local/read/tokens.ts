// The prompt as words: compromise supplies each word's normal form, lemma and part-of-speech tags,
// and where punctuation ends a phrase.
import nlp from 'compromise';

export interface Token {
  normal: string;
  root: string;
  tags: Set<string>;
  /** Punctuation after the token ends a phrase. */
  breakAfter: boolean;
  /** Written with a capital ("Turkey"): a name, where the position agrees (senses-by-position.ts). */
  capital: boolean;
  /** Joined to the next word by a hyphen ("two-story", "snow-covered"). */
  hyphenAfter?: boolean;
}

// Misspellings seen in real prompts, and the word they mean.
const MEANT: Record<string, string> = { banboo: 'bamboo', bambo: 'bamboo', elefant: 'elephant', girafe: 'giraffe', tigre: 'tiger' };
// Words compromise takes for plurals that are not ("ramen" is no plural of "raman").
const NOT_PLURAL = new Set(['ramen', 'pho', 'hummus', 'couscous', 'octopus', 'cactus', 'asparagus', 'lotus']);
const MISSPELT = new RegExp(`\\b(?:${Object.keys(MEANT).join('|')})\\b`, 'gi');

export function tokenize(text: string): Token[] {
  // "ghibli style/summer time/a family", "five people(young mom and dad)": a slash between words
  // parts a prompt like a comma, and a bracket is never glued to the word before or after it.
  // "logo,Minimalist,banboo and panda": so does a comma with no space after it, and a few common
  // misspellings of drawable things are read as the word meant.
  const spaced = text.replace(/([a-z]),(?=[a-z])/gi, '$1, ').replace(MISSPELT, (w) => MEANT[w.toLowerCase()] ?? w).replace(/([a-z])\/(?=[a-z])/gi, '$1, ').replace(/([^\s(])\(/g, '$1 (').replace(/\)(?=[^\s).,;:!?])/g, ') ');
  const doc = nlp(spaced);
  doc.compute('root');
  const out: Token[] = [];
  for (const sentence of doc.json({ terms: { normal: true } }) as { terms: Record<string, unknown>[] }[]) {
    for (const term of sentence.terms) {
      const normal = String(term.normal ?? '').replace(/[^a-z0-9'é]/g, '');
      const post = String(term.post ?? '');
      if (!normal) {
        if (out.length && /[,;.!?:]/.test(post)) out[out.length - 1].breakAfter = true;
        continue;
      }
      const tags = new Set(term.tags as string[]);
      const notPlural = NOT_PLURAL.has(normal);
      if (notPlural) tags.delete('Plural');
      out.push({
        normal,
        root: notPlural ? normal : typeof term.root === 'string' ? term.root : normal,
        tags,
        breakAfter: /[,;.!?:()]/.test(post),
        capital: /^[A-Z]/.test(String(term.text ?? '')),
        ...(/^[-‐‑]$/.test(post) ? { hyphenAfter: true } : {}),
      });
    }
    if (out.length) out[out.length - 1].breakAfter = true;
  }
  return out;
}

/** A word and the singular forms it may have ("cacti" aside: compromise's lemma covers those). */
export function singular(word: string): string[] {
  const forms = [word];
  if (word.endsWith('ies')) forms.push(word.slice(0, -3) + 'y');
  if (word.endsWith('ves')) forms.push(word.slice(0, -3) + 'f', word.slice(0, -3) + 'fe');
  if (word.endsWith('es')) forms.push(word.slice(0, -2));
  if (word.endsWith('s') && !word.endsWith('ss')) forms.push(word.slice(0, -1));
  return forms;
}

/**
 * "a two-story cottage", "a three-legged dog", "a 10-minute workout", "a 6-year-old": a number
 * joined by a hyphen begins a modifier, never a count. The index after the whole compound, or
 * undefined when the token at `i` begins none ("a" and "an" never do).
 */
export function numberCompoundEnd(tokens: Token[], i: number, isCount: (word: string) => boolean): number | undefined {
  const word = tokens[i]?.normal ?? '';
  if (!tokens[i]?.hyphenAfter || !(/^\d+$/.test(word) || (isCount(word) && word !== 'a' && word !== 'an'))) return undefined;
  let k = i;
  while (tokens[k]?.hyphenAfter && tokens[k + 1]) k++;
  return k + 1;
}
