// App icons and the hex colours design prompts give (docs/local-engine-modes.md, "App icons"):
// which colours are the backdrop's or the tile's gradient and which the glyph's, and what glyph
// an icon shows (a rising chart line, a smiling face, the prompt's subject, its first letter).
// Pure words → plan data.

/** What an app icon's tile shows. */
export type IconGlyph = 'chart' | 'smiley' | 'subject' | 'letter' | 'star';

const HEX = /#([0-9a-f]{6}|[0-9a-f]{3})\b/gi;
// A clause about the backdrop or the tile: its hex colours are the gradient's.
const BACKDROP_CLAUSE = /\b(background|backdrop|gradient|bg|tile|squircle|base colou?r|canvas)\b/i;

function fullHex(h: string): string {
  const s = h.slice(1).toLowerCase();
  return `#${s.length === 3 ? s.split('').map((ch) => ch + ch).join('') : s}`;
}

/**
 * The prompt's hex colours, split by the clause they are in: a clause that speaks of the
 * background or gradient gives the backdrop's, any other (a chart line's, a "Primary:" colour) the
 * rest. Clauses end at full stops, semicolons and commas outside brackets.
 */
export function hexColors(prompt: string): { backdrop: string[]; other: string[] } {
  const backdrop: string[] = [], other: string[] = [];
  const clauses = prompt.split(/[.;]\s|,(?![^(]*\))|\n/);
  for (const clause of clauses) {
    const found = [...clause.matchAll(HEX)].map((m) => fullHex(m[0]));
    if (!found.length) continue;
    const into = BACKDROP_CLAUSE.test(clause) ? backdrop : other;
    for (const h of found) if (!backdrop.includes(h) && !other.includes(h)) into.push(h);
  }
  return { backdrop, other };
}

/** Whether a thing is named only in clauses about the backdrop ("a gradient (tangerine to yellow)"): a colour there. */
export function namedOnlyForBackdrop(label: string, prompt: string): boolean {
  const word = new RegExp(`\\b${label.split(' ').at(-1)!.replace(/[^a-z-]/gi, '')}`, 'i');
  const clauses = prompt.split(/[.;]\s|,(?![^(]*\))|\n/).filter((c) => word.test(c));
  return clauses.length > 0 && clauses.every((c) => BACKDROP_CLAUSE.test(c));
}

/** Whether a word the tokenizer kept is a hex colour's digits ("ffd93d", "00d9ff"). */
export function isHexWord(word: string): boolean {
  return /^#?(?=[0-9a-f]*\d)(?:[0-9a-f]{6}|[0-9a-f]{3})$/i.test(word);
}

/** The trigger of an app icon: an app icon, an icon for an app, a favicon, a launcher icon (a logo "suitable for favicon" is the logo). */
export const ICON_TRIGGER = /\b(app icons?|application icons?|(?:ios|macos|android|iphone|ipad|mobile|desktop|launcher|home ?screen) (?:app )?icons?|icons? for (?:an?|the|my|our) (?:[a-z-]+ ){0,4}?(?:app|application)s?|(?<!\b(?:suitable|usable|works|scales?|scalable|use|used|fit|fits|legible|readable) (?:for|as|to|at|in) (?:an? |the )?)favicons?)\b/;

const CHART = /\b(stocks?|ticker|charts?|graphs?|trading|trader|finance|financial|investing|investments?|portfolio|analytics|growth|market|candlesticks?|revenue|crypto)\b/;
const SMILEY = /\b(smil(?:e|es|ey|ing)|mood|happy|happiness|emoji|emotions?|feelings?|joy|cheerful)\b|😊|🙂|😀|😃|😄/u;

/** The glyph an icon prompt asks for; its quoted text first (drawn whole), `subject` when the plan has a known thing to draw. */
export function iconGlyph(lower: string, hasSubject: boolean, hasLetter: boolean): IconGlyph {
  if (hasLetter) return 'letter';
  if (CHART.test(lower)) return 'chart';
  if (SMILEY.test(lower)) return 'smiley';
  return hasSubject ? 'subject' : 'star';
}

/** Words the icon's glyph draws, so they are not listed as "not drawn". */
export function iconWords(glyph: IconGlyph): string[] {
  const shared = ['icon', 'icons', 'favicon', 'launcher', 'app', 'apps', 'ios', 'macos', 'android', 'squircle', 'tile', 'rounded', 'square', 'format', 'corner', 'center', 'centre', 'canvas', 'shape', 'shadow', 'glyph', 'symbol', 'gradient', 'background', 'height', 'menu', 'bar', 'accent', 'effect', 'design'];
  if (glyph === 'chart') return [...shared, 'stock', 'stocks', 'ticker', 'chart', 'line', 'lines', 'graph', 'trading', 'candlestick', 'candlesticks', 'bars', 'grid', 'area', 'fill', 'glow', 'market', 'upward', 'trending', 'trend'];
  if (glyph === 'smiley') return [...shared, 'face', 'smile', 'smiley', 'emoji', 'mood', 'tracker'];
  return shared;
}
