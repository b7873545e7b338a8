// "no people", "without text or human faces": from "without" or "no" to the end of its phrase
// (the next comma or full stop), what is named is left out. One rule for every reader of the
// prompt's words, so a negated word neither draws a thing nor brings in a group's figures.
import type { Token } from './tokens.js';

/** Whether token `i` opens a negated phrase ("no" alone at a phrase's end, "no." answers nothing). */
export function opensNegation(tokens: readonly Token[], i: number): boolean {
  const tok = tokens[i];
  // "devoid of any people", "free of man-made structures": the same, said with "of".
  const of = !tok.breakAfter && tokens[i + 1]?.normal === 'of';
  return tok.normal === 'without' || (tok.normal === 'no' && !tok.breakAfter && i + 1 < tokens.length) ||
    (of && (tok.normal === 'devoid' || tok.normal === 'free' || tok.normal === 'void'));
}

/** The tokens outside negated phrases, in order. */
export function unnegated(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  let negated = false;
  for (let i = 0; i < tokens.length; i++) {
    if (opensNegation(tokens, i)) negated = true;
    if (!negated) out.push(tokens[i]);
    if (tokens[i].breakAfter) negated = false;
  }
  return out;
}
