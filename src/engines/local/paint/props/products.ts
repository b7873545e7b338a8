// Products no emoji shows, drawn in their box in the colour asked (or their usual one): a faceted
// perfume bottle with its cap and atomiser collar, a tall steel water bottle, a mug with a handle,
// a soda can, a cosmetic cream jar, a VR headset, a tri-fold brochure, a microchip.
import { shade } from '../color.js';
import { at, type Painter } from './proc-box.js';

export const perfumeBottle: Painter = (c, b, o) => {
  const { X, Y } = at(b);
  const L = { layer: o.layer };
  const glass = o.color ?? '#f3b7c8';
  // Gold cap and collar, then the faceted glass body with the perfume inside and a highlight.
  c.rect(X(0.36), Y(0), b.w * 0.28, b.h * 0.2, '#c9a24a', { ...L, rx: b.w * 0.04 });
  c.rect(X(0.42), Y(0.19), b.w * 0.16, b.h * 0.08, shade('#c9a24a', -0.2), L);
  c.polygon([X(0.14), Y(0.32), X(0.86), Y(0.32), X(0.96), Y(0.44), X(0.96), Y(0.92), X(0.86), Y(1), X(0.14), Y(1), X(0.04), Y(0.92), X(0.04), Y(0.44)], shade(glass, 0.35), L);
  c.polygon([X(0.12), Y(0.5), X(0.88), Y(0.5), X(0.88), Y(0.9), X(0.8), Y(0.96), X(0.2), Y(0.96), X(0.12), Y(0.9)], glass, L);
  c.rect(X(0.28), Y(0.27), b.w * 0.44, b.h * 0.06, shade(glass, 0.1), L);
  c.rect(X(0.18), Y(0.4), b.w * 0.08, b.h * 0.48, '#ffffff', { ...L, opacity: 0.55, rx: b.w * 0.04 });
  c.rect(X(0.34), Y(0.62), b.w * 0.32, b.h * 0.14, '#ffffff', { ...L, opacity: 0.8, rx: b.w * 0.02 });
};

export const waterBottle: Painter = (c, b, o) => {
  const { X, Y } = at(b);
  const L = { layer: o.layer };
  const body = o.color ?? '#b9c2cc';
  c.rect(X(0.3), Y(0), b.w * 0.4, b.h * 0.1, shade(body, -0.45), { ...L, rx: b.w * 0.08 });
  c.path(`M${X(0.34)} ${Y(0.09)} L${X(0.66)} ${Y(0.09)} Q${X(0.9)} ${Y(0.14)} ${X(0.9)} ${Y(0.24)} L${X(0.9)} ${Y(0.95)} Q${X(0.9)} ${Y(1)} ${X(0.8)} ${Y(1)} L${X(0.2)} ${Y(1)} Q${X(0.1)} ${Y(1)} ${X(0.1)} ${Y(0.95)} L${X(0.1)} ${Y(0.24)} Q${X(0.1)} ${Y(0.14)} ${X(0.34)} ${Y(0.09)} Z`, c.linear([[0, shade(body, -0.25)], [0.35, shade(body, 0.45)], [0.6, body], [1, shade(body, -0.35)]], [0, 0, 1, 0]), L);
  c.rect(X(0.1), Y(0.5), b.w * 0.8, b.h * 0.16, shade(body, -0.15), { ...L, opacity: 0.6 });
};

export const mug: Painter = (c, b, o) => {
  const { X, Y } = at(b);
  const L = { layer: o.layer };
  const body = o.color ?? '#f2ede4';
  const stroke = `stroke="${c.paint(shade(body, -0.12), o.layer)}" stroke-width="${(b.w * 0.09).toFixed(1)}"`;
  c.path(`M${X(0.7)} ${Y(0.3)} C${X(1.02)} ${Y(0.28)} ${X(1.02)} ${Y(0.74)} ${X(0.7)} ${Y(0.72)}`, 'none', { ...L, extra: stroke });
  c.path(`M${X(0.06)} ${Y(0.12)} L${X(0.76)} ${Y(0.12)} L${X(0.74)} ${Y(0.92)} Q${X(0.73)} ${Y(1)} ${X(0.64)} ${Y(1)} L${X(0.18)} ${Y(1)} Q${X(0.09)} ${Y(1)} ${X(0.08)} ${Y(0.92)} Z`, c.linear([[0, shade(body, 0.12)], [0.55, body], [1, shade(body, -0.22)]], [0, 0, 1, 0]), L);
  c.ellipse(X(0.41), Y(0.12), b.w * 0.35, b.h * 0.06, shade(body, -0.3), L);
  c.ellipse(X(0.41), Y(0.13), b.w * 0.3, b.h * 0.04, '#5a3a22', L);
};

export const sodaCan: Painter = (c, b, o) => {
  const { X, Y } = at(b);
  const L = { layer: o.layer };
  const body = o.color ?? '#e0262f';
  c.rect(X(0.12), Y(0.05), b.w * 0.76, b.h * 0.92, c.linear([[0, shade(body, -0.3)], [0.3, shade(body, 0.25)], [0.55, body], [1, shade(body, -0.35)]], [0, 0, 1, 0]), { ...L, rx: b.w * 0.1 });
  for (const y of [0.02, 0.9]) c.rect(X(0.16), Y(y), b.w * 0.68, b.h * 0.08, '#c8ccd2', { ...L, rx: b.w * 0.06 });
  c.path(`M${X(0.12)} ${Y(0.55)} Q${X(0.5)} ${Y(0.38)} ${X(0.88)} ${Y(0.5)} L${X(0.88)} ${Y(0.6)} Q${X(0.5)} ${Y(0.48)} ${X(0.12)} ${Y(0.65)} Z`, '#ffffff', L);
  c.rect(X(0.2), Y(0.12), b.w * 0.07, b.h * 0.74, '#ffffff', { ...L, opacity: 0.35, rx: b.w * 0.03 });
};

export const cosmeticJar: Painter = (c, b, o) => {
  const { X, Y } = at(b);
  const L = { layer: o.layer };
  const body = o.color ?? '#f6efe6';
  c.rect(X(0.04), Y(0.1), b.w * 0.92, b.h * 0.32, '#c9a24a', { ...L, rx: b.w * 0.06 });
  c.rect(X(0.08), Y(0.4), b.w * 0.84, b.h * 0.6, c.linear([[0, shade(body, 0.1)], [0.5, body], [1, shade(body, -0.2)]], [0, 0, 1, 0]), { ...L, rx: b.w * 0.1 });
  c.rect(X(0.28), Y(0.58), b.w * 0.44, b.h * 0.18, shade(body, -0.12), { ...L, rx: b.w * 0.03 });
};

/** A virtual-reality headset seen from the front: strap over the top, padded body, glossy visor. */
export const vrHeadset: Painter = (c, b, o) => {
  const { X, Y } = at(b);
  const L = { layer: o.layer };
  const body = o.color ?? '#2a2d33';
  const strap = `stroke="${c.paint(shade(body, -0.2), o.layer)}" stroke-width="${(b.h * 0.09).toFixed(1)}" stroke-linecap="round"`;
  c.path(`M${X(0.12)} ${Y(0.5)} C${X(0.1)} ${Y(-0.05)} ${X(0.9)} ${Y(-0.05)} ${X(0.88)} ${Y(0.5)}`, 'none', { ...L, extra: strap });
  c.rect(X(0.02), Y(0.42), b.w * 0.08, b.h * 0.24, shade(body, -0.3), { ...L, rx: b.w * 0.03 });
  c.rect(X(0.9), Y(0.42), b.w * 0.08, b.h * 0.24, shade(body, -0.3), { ...L, rx: b.w * 0.03 });
  c.rect(X(0.06), Y(0.26), b.w * 0.88, b.h * 0.66, c.linear([[0, shade(body, 0.25)], [0.5, body], [1, shade(body, -0.3)]]), { ...L, rx: b.h * 0.2 });
  c.rect(X(0.11), Y(0.33), b.w * 0.78, b.h * 0.5, c.linear([[0, '#1b3f6e'], [0.55, '#0d1a33'], [1, '#2a6fb0']], [0, 0, 1, 1]), { ...L, rx: b.h * 0.15 });
  c.path(`M${X(0.18)} ${Y(0.42)} Q${X(0.5)} ${Y(0.34)} ${X(0.82)} ${Y(0.42)} L${X(0.8)} ${Y(0.5)} Q${X(0.5)} ${Y(0.43)} ${X(0.2)} ${Y(0.5)} Z`, '#ffffff', { ...L, opacity: 0.3 });
  c.rect(X(0.4), Y(0.76), b.w * 0.2, b.h * 0.05, '#5fd3ff', { ...L, opacity: 0.8, rx: b.h * 0.025 });
};

/** A tri-fold brochure standing half open: three panels with a picture, a title and lines of text. */
export const brochure: Painter = (c, b, o) => {
  const { X, Y } = at(b);
  const L = { layer: o.layer };
  const accent = o.color ?? '#f0a6b8';
  const panels: [number, number, number][] = [[0, 0.34, 1], [0.34, 0.66, -1], [0.66, 1, 1]];
  for (const [x0, x1, tilt] of panels) {
    const [t0, t1] = tilt > 0 ? [0.08, 0] : [0, 0.08];
    c.polygon([X(x0), Y(t0), X(x1), Y(t1), X(x1), Y(t1 + 0.92), X(x0), Y(t0 + 0.92)], tilt > 0 ? '#ffffff' : '#eceef2', L);
    const top = Math.max(t0, t1) + 0.06;
    c.rect(X(x0 + 0.04), Y(top), b.w * (x1 - x0 - 0.08), b.h * 0.05, shade(accent, -0.35), L);
    for (let k = 0; k < 5; k++) c.rect(X(x0 + 0.04), Y(top + 0.44 + k * 0.075), b.w * (x1 - x0 - 0.08) * (k % 2 ? 0.7 : 0.9), b.h * 0.025, '#c9d0db', L);
    c.rect(X(x0 + 0.04), Y(top + 0.1), b.w * (x1 - x0 - 0.08), b.h * 0.28, x0 === 0.34 ? accent : shade(accent, 0.35), { ...L, rx: b.w * 0.01 });
  }
  // The middle panel's picture: a rounded product silhouette.
  c.rect(X(0.46), Y(0.2), b.w * 0.08, b.h * 0.2, '#ffffff', { ...L, opacity: 0.85, rx: b.w * 0.02 });
};

/** A square chip seen from above at a slant: a dark package, gold pins on all four sides, a die mark. */
export const microchip: Painter = (c, b, o) => {
  const { X, Y } = at(b);
  const L = { layer: o.layer };
  const body = o.color ?? '#2a2d34';
  const pin = '#d4b25a';
  const n = 6;
  for (let i = 0; i < n; i++) {
    const f = 0.24 + (i * 0.52) / (n - 1);
    c.rect(X(f - 0.025), Y(0.02), b.w * 0.05, b.h * 0.16, pin, L);
    c.rect(X(f - 0.025), Y(0.82), b.w * 0.05, b.h * 0.16, pin, L);
    c.rect(X(0.02), Y(f - 0.025), b.w * 0.16, b.h * 0.05, pin, L);
    c.rect(X(0.82), Y(f - 0.025), b.w * 0.16, b.h * 0.05, pin, L);
  }
  c.rect(X(0.14), Y(0.14), b.w * 0.72, b.h * 0.72, c.linear([[0, shade(body, 0.25)], [1, shade(body, -0.2)]], [0, 0, 1, 1]), { ...L, rx: b.w * 0.05 });
  c.rect(X(0.3), Y(0.3), b.w * 0.4, b.h * 0.4, shade(body, 0.45), { ...L, rx: b.w * 0.03 });
  c.rect(X(0.34), Y(0.34), b.w * 0.32, b.h * 0.32, '#8fa3b8', { ...L, rx: b.w * 0.02 });
  c.circle(X(0.2), Y(0.2), b.w * 0.025, shade(body, 0.5), L);
};
