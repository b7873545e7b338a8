// Clothing no emoji shows, drawn as a product: a hoodie (hood, kangaroo pocket, drawstrings, cuffs).
import { shade } from '../color.js';
import { at, type Painter } from './proc-box.js';

export const hoodie: Painter = (c, b, o) => {
  const { X, Y } = at(b);
  const col = o.color ?? '#6d7a8a';
  const L = { layer: o.layer };
  const dark = shade(col, -0.22);
  // Sleeves, then the body, the hood behind the neck, the pocket and the ribbed hem and cuffs.
  c.polygon([X(0.28), Y(0.2), X(0.06), Y(0.55), X(0.02), Y(0.9), X(0.16), Y(0.92), X(0.22), Y(0.6), X(0.3), Y(0.45)], shade(col, -0.08), L);
  c.polygon([X(0.72), Y(0.2), X(0.94), Y(0.55), X(0.98), Y(0.9), X(0.84), Y(0.92), X(0.78), Y(0.6), X(0.7), Y(0.45)], shade(col, -0.08), L);
  c.path(`M${X(0.3)} ${Y(0.16)} Q${X(0.5)} ${Y(-0.02)} ${X(0.7)} ${Y(0.16)} L${X(0.74)} ${Y(0.3)} L${X(0.26)} ${Y(0.3)} Z`, dark, L);
  c.path(`M${X(0.26)} ${Y(0.2)} L${X(0.74)} ${Y(0.2)} L${X(0.76)} ${Y(0.94)} L${X(0.24)} ${Y(0.94)} Z`, col, L);
  c.path(`M${X(0.38)} ${Y(0.2)} Q${X(0.5)} ${Y(0.36)} ${X(0.62)} ${Y(0.2)} Q${X(0.5)} ${Y(0.08)} ${X(0.38)} ${Y(0.2)} Z`, shade(col, -0.45), L);
  c.path(`M${X(0.34)} ${Y(0.62)} L${X(0.66)} ${Y(0.62)} L${X(0.7)} ${Y(0.82)} L${X(0.3)} ${Y(0.82)} Z`, shade(col, -0.1), L);
  c.line(`M${X(0.45)} ${Y(0.28)} V${Y(0.45)} M${X(0.55)} ${Y(0.28)} V${Y(0.45)}`, shade(col, 0.5), Math.max(1, b.w * 0.012), L);
  c.rect(X(0.24), Y(0.9), b.w * 0.52, b.h * 0.06, dark, L);
  for (const x of [0.02, 0.84]) c.rect(X(x), Y(0.88), b.w * 0.14, b.h * 0.05, dark, L);
};
