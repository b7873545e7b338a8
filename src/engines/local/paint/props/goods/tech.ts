// Electronics as products (docs/local-engine.md, "Product vocabulary"): wireless earbuds in
// their open charging case, a smartphone (back with its camera island, front with its screen), a
// tablet, a smartwatch, a fitness band, a drone, a bluetooth speaker, a smart speaker, a power bank,
// a wall charger and a game controller. Each draws in its box, in the colour asked or its usual one.
import { shade } from '../../color.js';
import { frame, sideLit, topLit, type Painter } from './kit.js';

/** The open case seen a little from above (lid tipped back, two buds in their wells) and a third bud lying beside it. */
export const earbuds: Painter = (c, b, o) => {
  const { X, Y, d, L, W, H } = frame(b, o);
  const body = o.color ?? '#f4f5f7';
  // The lid, open behind the case, and the case's top face with its two wells.
  c.path(d('M0.07 0.4 L0.11 0.08 Q0.13 0 0.38 0 Q0.63 0 0.65 0.08 L0.69 0.4 Z'), topLit(c, shade(body, -0.04)), L);
  c.path(d('M0.1 0.4 L0.13 0.12 Q0.15 0.06 0.38 0.06 Q0.61 0.06 0.63 0.12 L0.66 0.4 Z'), shade(body, -0.14), L);
  c.ellipse(X(0.38), Y(0.44), W * 0.34, H * 0.07, shade(body, -0.08), L);
  // The buds lean out of their wells: a stem down into the case, a round head with its grey tip.
  for (const [x, lean] of [[0.26, -1], [0.5, 1]] as const) {
    c.path(d(`M${x - 0.03} 0.46 L${x + lean * 0.03 - 0.025} 0.3 L${x + lean * 0.03 + 0.025} 0.3 L${x + 0.03} 0.46 Z`), sideLit(c, body, 0.2), L);
    c.ellipse(X(x + lean * 0.04), Y(0.27), W * 0.06, H * 0.065, sideLit(c, body, 0.3), L);
    c.ellipse(X(x + lean * 0.075), Y(0.26), W * 0.022, H * 0.04, '#aab0b8', L);
  }
  // The case body with its hinge line and charge light.
  c.rect(X(0.04), Y(0.44), W * 0.68, H * 0.54, sideLit(c, body, 0.12), { ...L, rx: W * 0.16 });
  c.path(d('M0.06 0.5 Q0.38 0.56 0.7 0.5'), 'none', { ...L, extra: `stroke="${c.paint(shade(body, -0.2), o.layer)}" stroke-width="${(H * 0.01).toFixed(1)}"` });
  c.circle(X(0.38), Y(0.7), W * 0.012, '#4fd17a', L);
  // The loose bud lying on its side: a round head with its grey tip and a stem out along the table.
  c.path(d('M0.8 0.9 L0.98 0.93 L0.98 0.99 L0.8 0.98 Z'), sideLit(c, body, 0.2), L);
  c.ellipse(X(0.82), Y(0.9), W * 0.07, H * 0.09, sideLit(c, body, 0.3), L);
  c.ellipse(X(0.79), Y(0.87), W * 0.025, H * 0.04, '#aab0b8', L);
};

/** Two phones: one turned to show its back and camera island, one in front showing its screen. */
export const smartphone: Painter = (c, b, o) => {
  const { X, Y, L, W, H } = frame(b, o);
  const body = o.color ?? '#2e3440';
  // The back, behind on the left: the body, its camera island with three lenses and a flash.
  c.rect(X(0.02), Y(0.02), W * 0.52, H * 0.94, sideLit(c, body, 0.22), { ...L, rx: W * 0.09 });
  c.rect(X(0.07), Y(0.06), W * 0.24, H * 0.22, shade(body, 0.14), { ...L, rx: W * 0.06 });
  for (const [x, y] of [[0.14, 0.11], [0.24, 0.17], [0.14, 0.23]] as const) {
    c.circle(X(x), Y(y), W * 0.045, '#16181d', L);
    c.circle(X(x), Y(y), W * 0.025, '#2b3e63', L);
  }
  c.circle(X(0.25), Y(0.1), W * 0.015, '#f3e6b8', L);
  // The front, overlapping it: the frame, the lit screen, the camera pill and a clock bar.
  c.rect(X(0.42), Y(0.04), W * 0.56, H * 0.96, shade(body, -0.3), { ...L, rx: W * 0.1 });
  c.rect(X(0.45), Y(0.06), W * 0.5, H * 0.92, c.linear([[0, shade(body, 0.55)], [0.5, '#5b6cd6'], [1, '#c86bb0']], [0, 0, 1, 1]), { ...L, rx: W * 0.08 });
  c.rect(X(0.62), Y(0.09), W * 0.16, H * 0.03, '#0c0d10', { ...L, rx: H * 0.015 });
  c.rect(X(0.56), Y(0.22), W * 0.28, H * 0.07, '#ffffff', { ...L, opacity: 0.85, rx: H * 0.01 });
  c.rect(X(0.6), Y(0.31), W * 0.2, H * 0.025, '#ffffff', { ...L, opacity: 0.6, rx: H * 0.01 });
  c.rect(X(0.62), Y(0.93), W * 0.16, H * 0.012, '#ffffff', { ...L, opacity: 0.7, rx: H * 0.006 });
  c.rect(X(0.98), Y(0.22), W * 0.015, H * 0.1, shade(body, -0.1), L);
};

/** A tablet in landscape: a thin bezel, a wallpaper and a dock of app tiles. */
export const tablet: Painter = (c, b, o) => {
  const { X, Y, L, W, H } = frame(b, o);
  const body = o.color ?? '#3a3f4a';
  c.rect(X(0), Y(0), W, H, topLit(c, body), { ...L, rx: W * 0.05 });
  c.rect(X(0.04), Y(0.06), W * 0.92, H * 0.88, c.linear([[0, '#7fb2f0'], [0.55, '#6d74d9'], [1, '#d48ac2']], [0, 0, 1, 1]), { ...L, rx: W * 0.025 });
  c.circle(X(0.5), Y(0.03), H * 0.012, '#111318', L);
  c.rect(X(0.24), Y(0.78), W * 0.52, H * 0.12, '#ffffff', { ...L, opacity: 0.35, rx: H * 0.04 });
  ['#f2b84b', '#5fd08a', '#ff6f61', '#4aa3ff', '#ffffff'].forEach((col, i) => c.rect(X(0.27 + i * 0.095), Y(0.8), W * 0.07, H * 0.08, col, { ...L, rx: H * 0.02 }));
  c.rect(X(0.4), Y(0.3), W * 0.2, H * 0.12, '#ffffff', { ...L, opacity: 0.8, rx: H * 0.02 });
};

/** A smartwatch face on: strap above and below, a square case, the crown, activity rings on the black screen. */
export const smartwatch: Painter = (c, b, o) => {
  const { X, Y, d, L, W, H } = frame(b, o);
  const strap = o.color ?? '#2b2d33';
  c.path(d('M0.2 0.3 L0.24 0 L0.76 0 L0.8 0.3 Z'), topLit(c, strap), L);
  c.path(d('M0.2 0.7 L0.8 0.7 L0.76 1 L0.24 1 Z'), topLit(c, shade(strap, -0.08)), L);
  for (const y of [0.08, 0.16, 0.84, 0.92]) c.rect(X(0.3), Y(y), W * 0.4, H * 0.012, shade(strap, -0.3), L);
  c.rect(X(0.94), Y(0.4), W * 0.06, H * 0.1, '#9aa0aa', { ...L, rx: W * 0.02 });
  c.rect(X(0.06), Y(0.2), W * 0.88, H * 0.6, c.linear([[0, '#d8dce2'], [0.5, '#8d939c'], [1, '#c5cad1']], [0, 0, 1, 1]), { ...L, rx: W * 0.22 });
  c.rect(X(0.12), Y(0.24), W * 0.76, H * 0.52, '#08090b', { ...L, rx: W * 0.17 });
  const rings: [string, number][] = [['#ff3b5c', 0.26], ['#9bff3b', 0.19], ['#3bd6ff', 0.12]];
  for (const [col, r] of rings) {
    c.circle(X(0.5), Y(0.5), W * r, 'none', { ...L, extra: `stroke="${c.paint(shade(col, -0.6), o.layer)}" stroke-width="${(W * 0.05).toFixed(1)}"` });
    c.path(d(`M0.5 ${0.5 - (r * W) / H} Q${0.5 + r * 1.3} ${0.5 - (r * W) / H} ${0.5 + r} 0.5`), 'none', { ...L, extra: `stroke="${c.paint(col, o.layer)}" stroke-width="${(W * 0.05).toFixed(1)}" stroke-linecap="round"` });
  }
};

/** A fitness band: a slim strap looped round, a narrow pill-shaped screen with a heart rate. */
export const fitnessBand: Painter = (c, b, o) => {
  const { X, Y, L, W, H } = frame(b, o);
  const strap = o.color ?? '#2b2d33';
  c.ellipse(X(0.5), Y(0.5), W * 0.46, H * 0.48, 'none', { ...L, extra: `stroke="${c.paint(strap, o.layer)}" stroke-width="${(W * 0.2).toFixed(1)}"` });
  c.rect(X(0.32), Y(0.06), W * 0.36, H * 0.5, '#15171b', { ...L, rx: W * 0.16 });
  c.rect(X(0.36), Y(0.1), W * 0.28, H * 0.42, c.linear([[0, '#1d2a3a'], [1, '#0b0f16']]), { ...L, rx: W * 0.12 });
  c.rect(X(0.41), Y(0.2), W * 0.18, H * 0.05, '#ffffff', { ...L, opacity: 0.9, rx: H * 0.02 });
  c.circle(X(0.5), Y(0.36), W * 0.05, '#ff3b5c', L);
};

/** A quadcopter seen a little from above: body, four arms, spinning rotor discs, a camera under its nose. */
export const drone: Painter = (c, b, o) => {
  const { X, Y, d, L, W, H } = frame(b, o);
  const body = o.color ?? '#d9dce1';
  const arm = `stroke="${c.paint(shade(body, -0.35), o.layer)}" stroke-width="${(H * 0.07).toFixed(1)}" stroke-linecap="round"`;
  c.path(d('M0.16 0.3 L0.84 0.62 M0.84 0.3 L0.16 0.62'), 'none', { ...L, extra: arm });
  for (const [x, y] of [[0.16, 0.3], [0.84, 0.3], [0.16, 0.62], [0.84, 0.62]] as const) {
    c.rect(X(x - 0.03), Y(y - 0.06), W * 0.06, H * 0.14, shade(body, -0.45), { ...L, rx: W * 0.015 });
    c.ellipse(X(x), Y(y - 0.08), W * 0.15, H * 0.05, '#9aa3ad', { ...L, opacity: 0.35 });
    c.path(d(`M${x - 0.14} ${y - 0.08} L${x + 0.14} ${y - 0.08}`), 'none', { ...L, extra: `stroke="${c.paint('#2a2d33', o.layer)}" stroke-width="${(H * 0.02).toFixed(1)}"` });
  }
  c.path(d('M0.5 0.78 L0.44 0.96 M0.5 0.78 L0.56 0.96'), 'none', { ...L, extra: arm });
  c.rect(X(0.32), Y(0.34), W * 0.36, H * 0.3, sideLit(c, body, 0.2), { ...L, rx: H * 0.12 });
  c.rect(X(0.38), Y(0.38), W * 0.24, H * 0.08, shade(body, -0.2), { ...L, rx: H * 0.04 });
  c.rect(X(0.45), Y(0.64), W * 0.1, H * 0.12, '#2a2d33', { ...L, rx: W * 0.02 });
  c.circle(X(0.5), Y(0.72), H * 0.045, '#111318', L);
  c.circle(X(0.5), Y(0.72), H * 0.02, '#3b5b9a', L);
};

/** A bluetooth speaker: a fabric-covered capsule lying down, rubber end caps, buttons on top. */
export const bluetoothSpeaker: Painter = (c, b, o) => {
  const { X, Y, L, W, H } = frame(b, o);
  const fabric = o.color ?? '#2f5d8c';
  c.rect(X(0.02), Y(0.12), W * 0.96, H * 0.86, c.linear([[0, shade(fabric, 0.25)], [0.4, fabric], [1, shade(fabric, -0.35)]]), { ...L, rx: H * 0.43 });
  for (let r = 0; r < 5; r++) for (let k = 0; k < 16; k++) c.circle(X(0.2 + k * 0.04), Y(0.34 + r * 0.11), H * 0.012, shade(fabric, -0.3), L);
  for (const x of [0.02, 0.86]) c.rect(X(x), Y(0.12), W * 0.12, H * 0.86, shade(fabric, -0.5), { ...L, rx: H * 0.3 });
  c.rect(X(0.38), Y(0.04), W * 0.24, H * 0.12, shade(fabric, -0.45), { ...L, rx: H * 0.05 });
  for (const x of [0.43, 0.5, 0.57]) c.circle(X(x), Y(0.1), H * 0.025, '#d9dde3', L);
  c.rect(X(0.42), Y(0.74), W * 0.16, H * 0.05, '#ffffff', { ...L, opacity: 0.7, rx: H * 0.02 });
};

/** A smart speaker: a fabric cylinder with a glowing ring of light on its top. */
export const smartSpeaker: Painter = (c, b, o) => {
  const { X, Y, L, W, H } = frame(b, o);
  const fabric = o.color ?? '#3a3d44';
  c.rect(X(0.04), Y(0.1), W * 0.92, H * 0.86, sideLit(c, fabric, 0.22), { ...L, rx: W * 0.12 });
  for (let k = 0; k < 12; k++) c.rect(X(0.06), Y(0.24 + k * 0.06), W * 0.88, H * 0.008, shade(fabric, -0.25), { ...L, opacity: 0.8 });
  c.ellipse(X(0.5), Y(0.12), W * 0.46, H * 0.08, shade(fabric, -0.35), L);
  c.ellipse(X(0.5), Y(0.12), W * 0.38, H * 0.055, 'none', { ...L, extra: `stroke="${c.paint('#3bd6ff', o.layer)}" stroke-width="${(H * 0.02).toFixed(1)}"` });
  c.ellipse(X(0.5), Y(0.96), W * 0.46, H * 0.035, shade(fabric, -0.45), L);
};

/** A power bank: a slim slab standing up, four charge dots, a port and a lightning mark. */
export const powerBank: Painter = (c, b, o) => {
  const { X, Y, d, L, W, H } = frame(b, o);
  const body = o.color ?? '#2b2f36';
  c.rect(X(0.04), Y(0.02), W * 0.92, H * 0.96, sideLit(c, body, 0.2), { ...L, rx: W * 0.14 });
  c.rect(X(0.36), Y(0.04), W * 0.28, H * 0.035, '#0c0d10', { ...L, rx: H * 0.015 });
  for (let k = 0; k < 4; k++) c.circle(X(0.5), Y(0.7 + k * 0.06), W * 0.035, k ? '#4fd17a' : shade(body, 0.3), L);
  c.path(d('M0.56 0.26 L0.4 0.46 L0.5 0.46 L0.44 0.6 L0.62 0.4 L0.52 0.4 Z'), '#f4c542', L);
};

/** A wall charger: a rounded cube with its two pins and a USB port, its cable curling away. */
export const charger: Painter = (c, b, o) => {
  const { X, Y, d, L, W, H } = frame(b, o);
  const body = o.color ?? '#f4f5f7';
  c.path(d('M0.5 0.8 C0.7 0.98 0.96 0.9 0.94 0.7 C0.92 0.5 0.7 0.56 0.74 0.72'), 'none', { ...L, extra: `stroke="${c.paint(shade(body, -0.1), o.layer)}" stroke-width="${(W * 0.04).toFixed(1)}" stroke-linecap="round"` });
  for (const x of [0.2, 0.38]) c.rect(X(x), Y(0.04), W * 0.05, H * 0.22, '#c9ccd2', { ...L, rx: W * 0.01 });
  c.rect(X(0.06), Y(0.22), W * 0.5, H * 0.58, topLit(c, body), { ...L, rx: W * 0.08 });
  c.rect(X(0.23), Y(0.7), W * 0.16, H * 0.04, '#3a3d45', { ...L, rx: H * 0.02 });
  c.rect(X(0.43), Y(0.74), W * 0.12, H * 0.1, shade(body, -0.08), { ...L, rx: W * 0.02 });
};

/** A game controller face on: two grips, a d-pad, four face buttons, two thumbsticks, shoulder bumpers. */
export const gameController: Painter = (c, b, o) => {
  const { X, Y, d, L, W, H } = frame(b, o);
  const body = o.color ?? '#2b2d33';
  c.path(d('M0.2 0.2 L0.36 0.12 L0.64 0.12 L0.8 0.2 Z'), shade(body, -0.3), L);
  c.path(d('M0.22 0.16 Q0.5 0.1 0.78 0.16 Q0.94 0.2 0.98 0.6 Q1 0.96 0.84 0.96 Q0.74 0.96 0.66 0.72 L0.34 0.72 Q0.26 0.96 0.16 0.96 Q0 0.96 0.02 0.6 Q0.06 0.2 0.22 0.16 Z'), topLit(c, body), L);
  const pad = shade(body, -0.35);
  c.rect(X(0.17), Y(0.36), W * 0.12, H * 0.06, pad, { ...L, rx: W * 0.01 });
  c.rect(X(0.2), Y(0.28), W * 0.06, H * 0.22, pad, { ...L, rx: W * 0.01 });
  for (const [x, y, col] of [[0.76, 0.28, '#f2c230'], [0.84, 0.39, '#e0453a'], [0.68, 0.39, '#3a7be0'], [0.76, 0.5, '#4fbf5a']] as const) c.circle(X(x), Y(y), W * 0.035, col, L);
  for (const x of [0.38, 0.62]) {
    c.circle(X(x), Y(0.56), W * 0.075, shade(body, -0.4), L);
    c.circle(X(x), Y(0.55), W * 0.055, shade(body, 0.15), L);
  }
  c.circle(X(0.5), Y(0.3), W * 0.03, shade(body, 0.35), L);
};
