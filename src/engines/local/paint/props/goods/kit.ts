// What the drawn goods share (docs/local-engine.md, "Product vocabulary"): the box maths,
// a rounded shape's side-lit gradient (dark rim, a highlight a third across, a darker far side),
// and fmt'd path helpers, so each painter is a few well-proportioned shapes.
import type { Canvas, Gradient } from '../../canvas.js';
import { fmt } from '../../canvas.js';
import { shade } from '../../color.js';
import { at, type Box, type Painter, type ProcOptions } from '../proc-box.js';

export type { Painter };

/** Side light across a rounded body (a can, a bottle, a speaker). */
export const sideLit = (c: Canvas, hex: string, gloss = 0.3): Gradient =>
  c.linear([[0, shade(hex, -0.28)], [0.3, shade(hex, gloss)], [0.62, hex], [1, shade(hex, -0.38)]], [0, 0, 1, 0]);

/** Top light down a flat face (a box, a machine's front). */
export const topLit = (c: Canvas, hex: string): Gradient => c.linear([[0, shade(hex, 0.16)], [1, shade(hex, -0.2)]]);

/** The painter's frame: fractions to pixels, a path builder in fractions, and shape options. */
export function frame(b: Box, o: ProcOptions) {
  const { X, Y } = at(b);
  /** "M 0.1 0.2 L 0.3 0.4 Q ..." in box fractions: every number pair is an (x, y) point. */
  const d = (s: string): string => {
    let k = 0;
    return s.replace(/-?\d*\.?\d+/g, (n) => fmt((k++ % 2 === 0 ? X : Y)(Number(n))));
  };
  return { X, Y, d, L: { layer: o.layer }, W: b.w, H: b.h };
}
