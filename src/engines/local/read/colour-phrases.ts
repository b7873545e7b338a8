// Two-word colours (docs/local-engine.md, "Word senses"): "rose gold", "forest green", "sky blue",
// "matte black", "amber glass" are one colour each, never a rose, a forest, the sky or a glass beside
// gold, green or blue. Read before any other sense of their first word.
import type { Token } from './tokens.js';

/** Each phrase and its colour; the phrase is the colour's name in `text`. */
export const COLOUR_PHRASES: Record<string, string> = {
  'rose gold': '#b76e79', 'champagne gold': '#d7c08e', 'champagne pink': '#f1d6cb', 'brushed gold': '#c9a54e', 'antique gold': '#b08d3c',
  'navy blue': '#1d2e6b', 'sky blue': '#7ec0ee', 'baby blue': '#a9cdeb', 'powder blue': '#b0d4e8', 'royal blue': '#2a4fd6',
  'midnight blue': '#1a2350', 'electric blue': '#1f7bff', 'ocean blue': '#1f6fa8', 'cobalt blue': '#1f4fb8', 'ice blue': '#cfe8f5',
  'forest green': '#2a7a3b', 'sage green': '#9caf88', 'sea green': '#2e9f7a', 'bottle green': '#1f5a3a', 'hunter green': '#2f5a3a', 'army green': '#5b6237',
  'baby pink': '#f6c6d0', 'hot pink': '#ff3d8b', 'blush pink': '#f1b8bf', 'dusty pink': '#d8a1a4', 'dusty rose': '#c48b8f', 'millennial pink': '#f3c1c0',
  'matte black': '#1e1f22', 'jet black': '#111113', 'piano black': '#0e0e10', 'space grey': '#5f6166', 'space gray': '#5f6166',
  'slate grey': '#6b7480', 'slate gray': '#6b7480', 'gunmetal grey': '#53565c', 'gunmetal gray': '#53565c', 'stone grey': '#9a968e',
  'off white': '#f3efe4', 'pearl white': '#f2efe8', 'snow white': '#fbfbfd', 'cream white': '#f5eedc',
  'burnt orange': '#cc5500', 'mustard yellow': '#d8a31a', 'lemon yellow': '#f7e34b', 'cherry red': '#c2182b', 'wine red': '#7b1e2b', 'blood red': '#8a0a12',
  'amber glass': '#b8651c', 'frosted glass': '#dfe8ec', 'smoked glass': '#5a5550',
};

/** Words after a colour that make it the backdrop's (read/scene-words.ts reads those). */
export const BACKDROP_AFTER = new Set(['background', 'backdrop', 'backround', 'bg', 'gradient', 'studio', 'wall', 'walls', 'canvas', 'seamless', 'paper']);

const MATTE_OR_GLOSS = new Set(['matte', 'matt', 'glossy', 'gloss', 'satin', 'metallic']);

/** The two-word colour starting at `index` ("rose gold", "off-white"), if one does, unbroken by punctuation. */
export function colourPhraseAt(tokens: readonly Token[], index: number): { len: number; color: { name: string; hex: string } } | undefined {
  const a = tokens[index], b = tokens[index + 1];
  if (!a || !b || a.breakAfter) return undefined;
  const name = `${a.normal} ${b.normal}`;
  const hex = COLOUR_PHRASES[name];
  // "Matte black" is black in a finish: named by its colour.
  if (hex) return { len: 2, color: { name: MATTE_OR_GLOSS.has(a.normal) ? b.normal : a.hyphenAfter ? `${a.normal}-${b.normal}` : name, hex } };
  return undefined;
}

/** "in matte black", "finished in rose gold": the two-word colour a regex reader found at the end of `text`, if any. */
export function colourPhraseIn(lower: string): { name: string; hex: string } | undefined {
  const m = /\b(?:in|finished in|colou?red) (?:an? )?([a-z]+)[ -]([a-z]+)\b/g;
  for (const x of lower.matchAll(m)) {
    const name = `${x[1]} ${x[2]}`;
    if (COLOUR_PHRASES[name] && !MATTE_OR_GLOSS.has(x[2]!)) return { name: MATTE_OR_GLOSS.has(x[1]!) ? x[2]! : name, hex: COLOUR_PHRASES[name]! };
  }
  return undefined;
}
