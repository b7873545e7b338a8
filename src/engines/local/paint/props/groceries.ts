// Groceries and cakes no emoji shows as they are sold or served: a gable-top milk carton, a
// yogurt pot with its foil lid, and a whole layered cake (a black forest gateau: chocolate
// sponge, cream between the layers, cream swirls and cherries on top), each in its box in the
// colour asked or its usual one.
import { fmt } from '../canvas.js';
import { shade } from '../color.js';
import { at, type Painter } from './proc-box.js';

export const milkCarton: Painter = (c, b, o) => {
  const { X, Y } = at(b);
  const L = { layer: o.layer };
  const band = o.color ?? '#2f7fd8';
  // The gable top (front and side faces), then the body with its coloured band and a drop of milk.
  c.rect(X(0.36), Y(0), b.w * 0.28, b.h * 0.07, shade('#f4f6f8', -0.12), L);
  c.polygon([X(0.08), Y(0.26), X(0.36), Y(0.06), X(0.64), Y(0.06), X(0.64), Y(0.26)], '#ffffff', L);
  c.polygon([X(0.64), Y(0.06), X(0.92), Y(0.26), X(0.64), Y(0.26)], shade('#f4f6f8', -0.18), L);
  c.rect(X(0.08), Y(0.26), b.w * 0.56, b.h * 0.74, '#fbfcfd', L);
  c.rect(X(0.64), Y(0.26), b.w * 0.28, b.h * 0.74, shade('#f4f6f8', -0.14), L);
  c.rect(X(0.08), Y(0.56), b.w * 0.56, b.h * 0.3, band, L);
  c.rect(X(0.64), Y(0.56), b.w * 0.28, b.h * 0.3, shade(band, -0.22), L);
  c.path(`M${fmt(X(0.36))} ${fmt(Y(0.33))} Q${fmt(X(0.48))} ${fmt(Y(0.46))} ${fmt(X(0.36))} ${fmt(Y(0.5))} Q${fmt(X(0.24))} ${fmt(Y(0.46))} ${fmt(X(0.36))} ${fmt(Y(0.33))} Z`, band, L);
};

export const yogurtCup: Painter = (c, b, o) => {
  const { X, Y } = at(b);
  const L = { layer: o.layer };
  const body = o.color ?? '#f7d6e0';
  // A tapering pot, its label band with a berry, and the foil lid seen a little from above.
  c.polygon([X(0.06), Y(0.2), X(0.94), Y(0.2), X(0.82), Y(1), X(0.18), Y(1)], c.linear([[0, shade(body, 0.15)], [0.6, body], [1, shade(body, -0.2)]], [0, 0, 1, 0]), L);
  c.polygon([X(0.1), Y(0.42), X(0.9), Y(0.42), X(0.86), Y(0.72), X(0.14), Y(0.72)], '#ffffff', { ...L, opacity: 0.85 });
  c.circle(X(0.5), Y(0.57), b.w * 0.1, '#c2185b', L);
  c.ellipse(X(0.5), Y(0.2), b.w * 0.47, b.h * 0.12, '#c9ced6', L);
  c.ellipse(X(0.5), Y(0.19), b.w * 0.4, b.h * 0.08, '#e6e9ee', L);
};

export const layerCake: Painter = (c, b, o) => {
  const { X, Y } = at(b);
  const L = { layer: o.layer };
  const sponge = o.color ?? '#5a3221';
  const cream = '#fbf3e6';
  // A cake stand's plate, the sponge in three layers with cream between, cream on top, cherries.
  c.ellipse(X(0.5), Y(0.97), b.w * 0.5, b.h * 0.04, '#d9dde3', L);
  c.rect(X(0.06), Y(0.3), b.w * 0.88, b.h * 0.65, c.linear([[0, shade(sponge, 0.15)], [0.5, sponge], [1, shade(sponge, -0.3)]], [0, 0, 1, 0]), { ...L, rx: b.w * 0.04 });
  for (const y of [0.5, 0.72]) c.rect(X(0.06), Y(y), b.w * 0.88, b.h * 0.06, cream, L);
  c.ellipse(X(0.5), Y(0.3), b.w * 0.44, b.h * 0.09, shade(sponge, 0.25), L);
  c.ellipse(X(0.5), Y(0.28), b.w * 0.42, b.h * 0.08, cream, L);
  // Chocolate shavings down the side, cream rosettes with a cherry on each along the top.
  for (let i = 0; i < 9; i++) c.rect(X(0.1 + i * 0.09), Y(0.34 + (i % 3) * 0.05), b.w * 0.018, b.h * 0.1, shade(sponge, -0.35), { ...L, rx: b.w * 0.01 });
  for (let i = 0; i < 5; i++) {
    const x = X(0.18 + i * 0.16), y = Y(0.25 - (i % 2) * 0.02);
    c.circle(x, y, b.w * 0.065, cream, L);
    c.line(`M${fmt(x)} ${fmt(y - b.w * 0.06)}Q${fmt(x + b.w * 0.03)} ${fmt(y - b.w * 0.16)} ${fmt(x + b.w * 0.06)} ${fmt(y - b.w * 0.19)}`, '#4b7a2a', Math.max(1, b.w * 0.012), L);
    c.circle(x, y - b.w * 0.06, b.w * 0.05, '#b3122e', L);
    c.circle(x - b.w * 0.015, y - b.w * 0.075, b.w * 0.013, '#ffffff', { ...L, opacity: 0.7 });
  }
};
