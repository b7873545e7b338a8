// An app icon's quoted text (docs/local-engine-modes.md, "App icons"): drawn whole on the tile when
// short (up to eight characters), else its first word or its initials; in the colour the clause
// that holds it asks for ("text '.avif' ... in bright white"), which is then the text's, not the
// tile's. Pure words → plan data.
import { COLOR_WORDS } from '../../read/lexicon-scene.js';

const MAX = 8;

/** What of a quoted text an icon's tile shows: the whole when short, else the first word or the initials. */
export function iconLabel(quoted: string): string {
  const t = quoted.trim().replace(/\s+/g, ' ');
  if (t.length <= MAX) return t || 'A';
  const first = t.split(' ')[0]!;
  if (first.length <= MAX && first.length >= 2) return first;
  const initials = t.split(' ').map((w) => w.replace(/^[^\p{L}\p{N}]+/u, '')[0] ?? '').join('').toUpperCase();
  return initials.length >= 2 ? initials.slice(0, 4) : t.slice(0, MAX);
}

/**
 * The colour asked for a quoted text: a colour word in the sentence that holds the quote, after
 * the quote ("'.avif' is centrally placed in bright white") or just before "text" ("white text
 * 'GO'"). Undefined when the sentence names none.
 */
export function quotedTextColor(prompt: string, quoted: string): { word: string; hex: string } | undefined {
  const lower = prompt.toLowerCase();
  const at = lower.indexOf(quoted.toLowerCase());
  if (at < 0) return undefined;
  const start = Math.max(lower.lastIndexOf('. ', at), lower.lastIndexOf('; ', at)) + 1;
  // The clause after the quote ends at its comma or full stop ("'Notely', blue": the tile's blue).
  const endAt = lower.slice(at + quoted.length).search(/[,;]|\.(\s|$)/);
  const end = endAt < 0 ? lower.length : at + quoted.length + endAt;
  const after = lower.slice(at + quoted.length, end).match(/[a-z]+/g) ?? [];
  const before = lower.slice(start, at).match(/[a-z]+/g) ?? [];
  // "in bright white", "coloured white", "is white": the words after the quote, up to a new noun's clause.
  for (let i = 1; i < after.length; i++) {
    const w = after[i]!;
    const hex = COLOR_WORDS[w];
    if (hex && /^(in|is|colou?red|bright|pure|crisp|clean|bold|solid)$/.test(after[i - 1]!)) return { word: w, hex };
  }
  // "white text '…'", "white letters reading '…'".
  const k = before.findLastIndex((w) => /^(text|letters?|lettering|type|words?|wordmark|label)$/.test(w));
  if (k > 0 && COLOR_WORDS[before[k - 1]!]) return { word: before[k - 1]!, hex: COLOR_WORDS[before[k - 1]!]! };
  return undefined;
}
