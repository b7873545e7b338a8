// Colours said as tones (docs/local-engine.md, "Scene consistency"): "mushrooms in shades of blue
// and purple", "a dress in hues of teal", "a forest in emerald tones", "a rose-tinted sky",
// "mushrooms in blue and purple". The colours go to the thing named just before them in their
// phrase; said of a place ("a forest in shades of emerald") or of nothing drawn, they are the
// picture's palette, which the grade pulls every colour toward (paint/grade.ts).
import { COLOR_WORDS } from '../read/lexicon-scene.js';
import { SETTING_WORDS } from '../read/lexicon-settings.js';
import { resolveThing } from '../read/things.js';
import { singular, type Token } from '../read/tokens.js';
import { PERSON_ICON } from './reader-words.js';
import type { ScenePlan, Subject } from './scene-plan.js';

type Color = { name: string; hex: string };

/** Nouns that make the colours beside them tones: "shades of blue", "emerald tones". */
const TONE_NOUNS = new Set(['shades', 'shade', 'hues', 'hue', 'tones', 'tone', 'tints', 'tint', 'colours', 'colors']);
/** Words that may stand between tone words and their colours: "warm shades of amber", "soft blue tones". */
const TONE_ADJECTIVES = new Set(['warm', 'cool', 'soft', 'deep', 'rich', 'muted', 'pastel', 'bright', 'vibrant', 'pale', 'dark', 'light', 'subtle', 'various', 'different']);

interface TintPhrase {
  colors: Color[];
  /** "In blue" with no tone word: said of a person, it is their clothes' colour, not the figure's. */
  bare?: boolean;
  /** Index of the phrase's first word: its owner is named before it. */
  start: number;
}

const isColor = (t: Token | undefined): boolean => t !== undefined && t.normal in COLOR_WORDS;
const joins = (t: Token | undefined): boolean => t !== undefined && (t.normal === 'and' || t.normal === 'or');

/** A list of colours from `k` ("blue and purple", "emerald, gold and cream"); its colours and the index after it. */
function colourList(tokens: readonly Token[], k: number): { colors: Color[]; end: number } {
  const colors: Color[] = [];
  while (isColor(tokens[k])) {
    const word = tokens[k]!.normal;
    if (!colors.some((c) => c.name === word)) colors.push({ name: word, hex: COLOR_WORDS[word]! });
    if (tokens[k]!.breakAfter && !(isColor(tokens[k + 1]) && joins(tokens[k + 2]))) return { colors, end: k + 1 };
    if (joins(tokens[k + 1]) && isColor(tokens[k + 2]) && !tokens[k + 1]!.breakAfter) k += 2;
    else if (tokens[k]!.breakAfter && isColor(tokens[k + 1])) k += 1;
    else return { colors, end: k + 1 };
  }
  return { colors, end: k };
}

/** The tint phrases of the prompt, in order. */
export function tintPhrases(tokens: readonly Token[]): TintPhrase[] {
  const out: TintPhrase[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // "shades of blue and purple", "hues of teal", "tones of emerald".
    if (TONE_NOUNS.has(t.normal) && tokens[i + 1]?.normal === 'of' && !t.breakAfter) {
      const { colors, end } = colourList(tokens, i + 2);
      let start = i;
      while (start > 0 && TONE_ADJECTIVES.has(tokens[start - 1]!.normal) && !tokens[start - 1]!.breakAfter) start--;
      if (tokens[start - 1]?.normal === 'in') start--;
      if (colors.length) out.push({ colors, start });
      if (colors.length) i = end - 1;
      continue;
    }
    // "tinted rose", "rose-tinted", "blue tinted".
    if (t.normal === 'tinted' && isColor(tokens[i + 1]) && !t.breakAfter) {
      out.push({ colors: colourList(tokens, i + 1).colors, start: i });
      continue;
    }
    // "in emerald tones", "in blue and purple hues", "emerald-tinted", "in blue and purple" (no noun after).
    if (isColor(t)) {
      const { colors, end } = colourList(tokens, i);
      const next = tokens[end];
      const closed = tokens[end - 1]!.breakAfter || next === undefined;
      const toned = !closed && next !== undefined && (TONE_NOUNS.has(next.normal) || next.normal === 'tinted');
      const bareIn = tokens[i - 1]?.normal === 'in' && !tokens[i - 1]!.breakAfter && (closed || next?.tags.has('Preposition') === true);
      if (toned || bareIn) {
        out.push({ colors, start: tokens[i - 1]?.normal === 'in' ? i - 1 : i, ...(toned ? {} : { bare: true }) });
        i = end - (toned ? 0 : 1);
        continue;
      }
      i = end - 1;
    }
  }
  return out;
}

/** The subject a word names, if the plan has it. */
function subjectNamed(plan: ScenePlan, tok: Token): Subject | undefined {
  const forms = [...singular(tok.normal), tok.root];
  return plan.subjects.find((s) => forms.some((f) => f === s.label || s.label.split(' ').at(-1) === f || resolveThing(f)?.key === s.thing.key));
}

/** Whose colours these are: the subject named before the phrase in its clause, the place ('scene'), or nothing named. */
function ownerOf(plan: ScenePlan, tokens: readonly Token[], start: number): Subject | 'scene' {
  for (let k = start - 1; k >= 0 && !tokens[k]!.breakAfter; k--) {
    const tok = tokens[k]!;
    const two = k > 0 ? `${tokens[k - 1]!.normal} ${tok.normal}` : '';
    if (tok.normal in SETTING_WORDS || two in SETTING_WORDS || tok.root in SETTING_WORDS) return 'scene';
    const s = subjectNamed(plan, tok);
    if (s) return s;
  }
  return 'scene';
}

/**
 * Apply the prompt's tint phrases: a subject takes the first colour (several copies take them
 * in turn, as `tints`); a place's or an unowned phrase's colours become the palette.
 */
export function applyTints(plan: ScenePlan, tokens: readonly Token[]): void {
  const phrases = tintPhrases(tokens);
  // "Hues", "tones" said as colours name nothing missing.
  if (phrases.length) plan.unknown = plan.unknown.filter((w) => !TONE_NOUNS.has(w) && w !== 'tinted');
  for (const phrase of phrases) {
    const owner = ownerOf(plan, tokens, phrase.start);
    if (owner === 'scene') {
      plan.palette = [...(plan.palette ?? []), ...phrase.colors.filter((c) => !plan.palette?.some((p) => p.name === c.name))];
      continue;
    }
    // A person's figure keeps its own colours ("a woman in shades of red" is no red figure).
    if (PERSON_ICON.test(owner.thing.icon ?? '') || (phrase.bare && owner.thing.animate)) continue;
    const [first] = phrase.colors;
    const several = owner.count > 1 && phrase.colors.length > 1;
    owner.color = several ? { name: phrase.colors.map((c) => c.name).join(' and '), hex: first!.hex } : first!;
    if (several) owner.tints = phrase.colors;
  }
}
