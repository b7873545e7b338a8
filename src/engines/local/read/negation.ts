// "no people", "without text or human faces", "devoid of any people or animals", "omitting human
// presence", "free of man-made structures": from such a word to the end of its phrase (the next
// comma or full stop), what is named is left out. One rule for every reader of the
// prompt's words, so a negated word neither draws a thing nor brings in a group's figures.
import type { Token } from './tokens.js';

/** Words that leave out what follows them in their phrase. */
const LEAVING_OUT = new Set(['without', 'omitting', 'omit', 'omits', 'excluding', 'exclude', 'excludes', 'lacking', 'avoid', 'avoiding', 'minus']);
/** Words that do so followed by "of": "devoid of", "free of", "empty of", "absent of". */
const LEAVING_OUT_OF = new Set(['devoid', 'void', 'free', 'empty', 'absent', 'clear']);

/** Whether token `i` opens a negated phrase ("no" alone at a phrase's end, "no." answers nothing). */
export function opensNegation(tokens: readonly Token[], i: number): boolean {
  const tok = tokens[i];
  const last = tok.breakAfter || i + 1 >= tokens.length;
  if (LEAVING_OUT.has(tok.normal)) return true;
  if (LEAVING_OUT_OF.has(tok.normal)) return !last && tokens[i + 1].normal === 'of';
  // "do not include", "don't show": the verb after the "not" leaves out what it names.
  if ((tok.normal === 'not' || tok.normal === "don't" || tok.normal === 'dont') && !last) return /^(include|show|add|draw|use|depict|feature|have)$/.test(tokens[i + 1].normal);
  return tok.normal === 'no' && !last;
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
