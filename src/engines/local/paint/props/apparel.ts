// Clothing no emoji shows, drawn as a product: a hoodie (hood, kangaroo pocket, drawstrings, cuffs)
// and a T-shirt laid flat, front on, with room on its chest for a print (compose/modes/print.ts).
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

/** A T-shirt seen flat from the front: body, short sleeves, a ribbed crew neck and soft folds. */
export const tshirt: Painter = (c, b, o) => {
  const { X, Y } = at(b);
  const col = o.color ?? '#f4f4f2';
  const L = { layer: o.layer };
  const dark = shade(col, -0.14);
  // The back of the neck, seen through the collar.
  c.path(`M${X(0.37)} ${Y(0.06)} Q${X(0.5)} ${Y(0.0)} ${X(0.63)} ${Y(0.06)} Q${X(0.5)} ${Y(0.17)} ${X(0.37)} ${Y(0.06)} Z`, shade(col, -0.3), L);
  c.path(`M${X(0.37)} ${Y(0.06)} Q${X(0.5)} ${Y(0.17)} ${X(0.63)} ${Y(0.06)} L${X(0.8)} ${Y(0.11)} L${X(0.99)} ${Y(0.31)} L${X(0.87)} ${Y(0.44)} ` +
    `L${X(0.785)} ${Y(0.36)} L${X(0.795)} ${Y(0.985)} Q${X(0.5)} ${Y(1.0)} ${X(0.205)} ${Y(0.985)} L${X(0.215)} ${Y(0.36)} L${X(0.13)} ${Y(0.44)} L${X(0.01)} ${Y(0.31)} L${X(0.2)} ${Y(0.11)} Z`, col, L);
  // Folds: a shadow down each side and under the sleeves, a light crest down the middle.
  c.path(`M${X(0.215)} ${Y(0.36)} L${X(0.205)} ${Y(0.985)} L${X(0.27)} ${Y(0.99)} Q${X(0.25)} ${Y(0.6)} ${X(0.215)} ${Y(0.36)} Z`, dark, { ...L, opacity: 0.6 });
  c.path(`M${X(0.785)} ${Y(0.36)} L${X(0.795)} ${Y(0.985)} L${X(0.73)} ${Y(0.99)} Q${X(0.75)} ${Y(0.6)} ${X(0.785)} ${Y(0.36)} Z`, dark, { ...L, opacity: 0.6 });
  c.line(`M${X(0.13)} ${Y(0.44)} L${X(0.01)} ${Y(0.31)} M${X(0.87)} ${Y(0.44)} L${X(0.99)} ${Y(0.31)}`, dark, Math.max(1, b.w * 0.014), L);
  c.line(`M${X(0.16)} ${Y(0.4)} L${X(0.05)} ${Y(0.28)} M${X(0.84)} ${Y(0.4)} L${X(0.95)} ${Y(0.28)}`, dark, Math.max(1, b.w * 0.004), { ...L, opacity: 0.7 });
  c.line(`M${X(0.22)} ${Y(0.955)} Q${X(0.5)} ${Y(0.97)} ${X(0.78)} ${Y(0.955)}`, dark, Math.max(1, b.w * 0.004), { ...L, opacity: 0.7 });
  // The ribbed collar.
  c.line(`M${X(0.37)} ${Y(0.06)} Q${X(0.5)} ${Y(0.17)} ${X(0.63)} ${Y(0.06)}`, shade(col, -0.2), Math.max(1.5, b.w * 0.024), L);
};

/** Where a garment's print goes on its painter's box (fractions): a T-shirt's chest, a hoodie's between hood and pocket. */
export const PRINT_AREA = {
  tshirt: { x: 0.29, y: 0.2, w: 0.42, h: 0.6 },
  hoodie: { x: 0.31, y: 0.29, w: 0.38, h: 0.32 },
} as const;
