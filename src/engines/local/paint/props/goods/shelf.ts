// Packaged goods, beauty and fitness products (docs/local-engine.md, "Product vocabulary"):
// a pendant necklace, a wine bottle, a beer bottle, a coffee bag, a protein powder tub, a cereal
// box, a reed diffuser, a nail polish bottle, a powder compact, a rolled yoga mat, a dumbbell, a
// ceramic vase, a bifold wallet and a shampoo squeeze bottle.
// Each draws in its box, in the colour asked or its usual one.
import { shade } from '../../color.js';
import { frame, sideLit, topLit, type Painter } from './kit.js';

const strokeOf = (c: Parameters<Painter>[0], hex: string, w: number, layer: Parameters<Painter>[2]['layer']) =>
  `stroke="${c.paint(hex, layer)}" stroke-width="${w.toFixed(1)}" stroke-linecap="round"`;

/** A fine chain hanging in a V from the top corners, a drop pendant with a gem at its point. */
export const necklace: Painter = (c, b, o) => {
  const { X, Y, d, L, W, H } = frame(b, o);
  const metal = '#d4b25a';
  const gem = o.color ?? '#3f8fd8';
  c.path(d('M0.06 0.02 Q0.12 0.5 0.5 0.66 Q0.88 0.5 0.94 0.02'), 'none', { ...L, extra: strokeOf(c, metal, Math.max(1.2, W * 0.012), o.layer) });
  c.path(d('M0.06 0.02 Q0.12 0.5 0.5 0.66 Q0.88 0.5 0.94 0.02'), 'none', { ...L, extra: `${strokeOf(c, shade(metal, -0.35), Math.max(0.8, W * 0.006), o.layer)} stroke-dasharray="${(W * 0.012).toFixed(1)} ${(W * 0.012).toFixed(1)}"` });
  c.circle(X(0.5), Y(0.69), W * 0.025, 'none', { ...L, extra: strokeOf(c, metal, W * 0.01, o.layer) });
  c.path(d('M0.5 0.72 Q0.62 0.84 0.5 0.98 Q0.38 0.84 0.5 0.72 Z'), metal, L);
  c.path(d('M0.5 0.76 Q0.58 0.85 0.5 0.94 Q0.42 0.85 0.5 0.76 Z'), c.linear([[0, shade(gem, 0.4)], [1, shade(gem, -0.3)]], [0, 0, 1, 1]), L);
  c.circle(X(0.48), Y(0.82), W * 0.012, '#ffffff', { ...L, opacity: 0.8 });
};

/** A bottle with a long neck: wine (dark glass, a foil capsule, a cream label) or beer (brown, a crown cap). */
const longBottle = (kind: 'wine' | 'beer'): Painter => (c, b, o) => {
  const { X, Y, d, L, W, H } = frame(b, o);
  const glass = o.color ?? (kind === 'wine' ? '#2d4a2a' : '#6b3a12');
  const shoulder = kind === 'wine' ? 0.36 : 0.42;
  c.path(d(`M0.38 0.04 L0.62 0.04 L0.62 ${shoulder - 0.1} Q0.92 ${shoulder} 0.92 ${shoulder + 0.14} L0.92 0.97 Q0.92 1 0.86 1 L0.14 1 Q0.08 1 0.08 0.97 L0.08 ${shoulder + 0.14} Q0.08 ${shoulder} 0.38 ${shoulder - 0.1} Z`), sideLit(c, glass, 0.35), L);
  if (kind === 'wine') c.rect(X(0.36), Y(0.02), W * 0.28, H * 0.16, c.linear([[0, '#5a1420'], [0.4, '#9c2a3a'], [1, '#4a1018']], [0, 0, 1, 0]), { ...L, rx: W * 0.04 });
  else c.rect(X(0.34), Y(0.01), W * 0.32, H * 0.04, '#c9a24a', { ...L, rx: W * 0.04 });
  c.rect(X(0.12), Y(kind === 'wine' ? 0.58 : 0.6), W * 0.76, H * 0.26, kind === 'wine' ? '#f1ead8' : '#e9c46a', { ...L, rx: W * 0.03 });
  c.rect(X(0.24), Y(kind === 'wine' ? 0.64 : 0.66), W * 0.52, H * 0.05, shade(glass, -0.2), { ...L, rx: W * 0.02 });
  c.rect(X(0.3), Y(0.73), W * 0.4, H * 0.025, '#8c7a5a', L);
  c.rect(X(0.18), Y(shoulder + 0.08), W * 0.08, H * 0.44, '#ffffff', { ...L, opacity: 0.3, rx: W * 0.04 });
};
export const wineBottle = longBottle('wine');
export const beerBottle = longBottle('beer');

/** A stand-up coffee pouch: folded top with a tin tie, a degassing valve, a label with a bean. */
export const coffeeBag: Painter = (c, b, o) => {
  const { X, Y, d, L, W, H } = frame(b, o);
  const bag = o.color ?? '#2b2622';
  c.path(d('M0.1 0.12 L0.9 0.12 L0.96 0.98 L0.04 0.98 Z'), topLit(c, bag), L);
  c.rect(X(0.08), Y(0.04), W * 0.84, H * 0.1, shade(bag, -0.2), L);
  c.rect(X(0.04), Y(0.08), W * 0.92, H * 0.025, '#c9a24a', { ...L, rx: H * 0.01 });
  c.circle(X(0.5), Y(0.24), W * 0.05, shade(bag, 0.2), L);
  c.rect(X(0.18), Y(0.4), W * 0.64, H * 0.42, '#efe6d6', { ...L, rx: W * 0.04 });
  c.ellipse(X(0.5), Y(0.56), W * 0.12, H * 0.08, '#6b4226', L);
  c.path(d('M0.5 0.49 Q0.45 0.56 0.5 0.63'), 'none', { ...L, extra: strokeOf(c, '#3a2414', W * 0.015, o.layer) });
  c.rect(X(0.28), Y(0.7), W * 0.44, H * 0.04, '#3a2414', { ...L, rx: H * 0.01 });
};

/** A wide tub of protein powder: a screw lid, a printed band, a scoop resting against it. */
export const proteinTub: Painter = (c, b, o) => {
  const { X, Y, L, W, H } = frame(b, o);
  const tub = o.color ?? '#1f2228';
  c.rect(X(0.06), Y(0.02), W * 0.88, H * 0.16, sideLit(c, shade(tub, -0.2), 0.2), { ...L, rx: W * 0.04 });
  c.rect(X(0.04), Y(0.16), W * 0.92, H * 0.84, sideLit(c, tub, 0.25), { ...L, rx: W * 0.06 });
  c.rect(X(0.04), Y(0.36), W * 0.92, H * 0.4, '#e8432f', L);
  c.rect(X(0.2), Y(0.44), W * 0.6, H * 0.1, '#ffffff', { ...L, rx: H * 0.02 });
  c.rect(X(0.3), Y(0.6), W * 0.4, H * 0.05, '#ffffff', { ...L, opacity: 0.7, rx: H * 0.02 });
  c.rect(X(0.12), Y(0.2), W * 0.07, H * 0.74, '#ffffff', { ...L, opacity: 0.18, rx: W * 0.03 });
};

/** A cereal box a little turned: its bright front with a bowl picture and a title, a darker side. */
export const cerealBox: Painter = (c, b, o) => {
  const { X, Y, d, L, W, H } = frame(b, o);
  const box = o.color ?? '#f2b33d';
  c.path(d('M0.8 0.04 L0.98 0.08 L0.98 0.98 L0.8 1 Z'), shade(box, -0.3), L);
  c.path(d('M0.02 0.02 L0.8 0.04 L0.98 0.08 L0.2 0.06 Z'), shade(box, 0.2), L);
  c.rect(X(0.02), Y(0.04), W * 0.78, H * 0.96, topLit(c, box), L);
  c.rect(X(0.08), Y(0.08), W * 0.66, H * 0.16, '#c8343a', { ...L, rx: W * 0.04 });
  c.rect(X(0.16), Y(0.13), W * 0.5, H * 0.06, '#ffffff', { ...L, rx: H * 0.02 });
  c.path(d('M0.12 0.62 L0.7 0.62 Q0.68 0.86 0.41 0.86 Q0.14 0.86 0.12 0.62 Z'), '#ffffff', L);
  c.ellipse(X(0.41), Y(0.62), W * 0.29, H * 0.04, '#f6e7c8', L);
  for (const [x, y] of [[0.24, 0.58], [0.34, 0.56], [0.46, 0.57], [0.56, 0.59], [0.3, 0.61], [0.5, 0.61]] as const) c.circle(X(x), Y(y), W * 0.035, '#d99a3c', L);
  c.ellipse(X(0.56), Y(0.48), W * 0.08, H * 0.05, '#d8283a', L);
};

/** A reed diffuser: a round glass bottle of oil with a fan of thin reeds standing out of it. */
export const reedDiffuser: Painter = (c, b, o) => {
  const { X, Y, d, L, W, H } = frame(b, o);
  const glass = o.color ?? '#c9b79a';
  for (const [x0, x1] of [[0.46, 0.1], [0.48, 0.3], [0.5, 0.5], [0.52, 0.7], [0.54, 0.9]] as const) {
    c.path(d(`M${x0} 0.6 L${x1} 0.02`), 'none', { ...L, extra: strokeOf(c, '#5b3a22', Math.max(1, W * 0.02), o.layer) });
  }
  c.rect(X(0.38), Y(0.52), W * 0.24, H * 0.1, '#2a2b31', { ...L, rx: W * 0.03 });
  c.rect(X(0.12), Y(0.6), W * 0.76, H * 0.4, sideLit(c, glass, 0.35), { ...L, rx: W * 0.16 });
  c.rect(X(0.16), Y(0.74), W * 0.68, H * 0.24, shade(glass, -0.2), { ...L, opacity: 0.6, rx: W * 0.12 });
  c.rect(X(0.3), Y(0.7), W * 0.4, H * 0.12, '#ffffff', { ...L, opacity: 0.8, rx: W * 0.02 });
};

/** A nail polish bottle: a square glass of lacquer in the colour asked, a tall black cap. */
export const nailPolish: Painter = (c, b, o) => {
  const { X, Y, L, W, H } = frame(b, o);
  const lacquer = o.color ?? '#d2234d';
  c.rect(X(0.3), Y(0), W * 0.4, H * 0.48, sideLit(c, '#1c1d22', 0.3), { ...L, rx: W * 0.06 });
  c.rect(X(0.36), Y(0.46), W * 0.28, H * 0.06, '#d9dce1', L);
  c.rect(X(0.04), Y(0.5), W * 0.92, H * 0.5, shade(lacquer, 0.45), { ...L, rx: W * 0.12 });
  c.rect(X(0.1), Y(0.55), W * 0.8, H * 0.41, sideLit(c, lacquer, 0.3), { ...L, rx: W * 0.09 });
  c.rect(X(0.16), Y(0.58), W * 0.1, H * 0.34, '#ffffff', { ...L, opacity: 0.45, rx: W * 0.04 });
};

/** A powder compact, open: the lid's mirror tipped back over the pressed powder and its puff. */
export const powderCompact: Painter = (c, b, o) => {
  const { X, Y, L, W, H } = frame(b, o);
  const shell = o.color ?? '#d8b56a';
  c.ellipse(X(0.5), Y(0.3), W * 0.44, H * 0.29, sideLit(c, shell, 0.3), L);
  c.ellipse(X(0.5), Y(0.3), W * 0.38, H * 0.24, c.linear([[0, '#f4f7fa'], [0.5, '#b9c4cf'], [1, '#e7edf2']], [0, 0, 1, 1]), L);
  c.ellipse(X(0.5), Y(0.74), W * 0.48, H * 0.24, shade(shell, -0.2), L);
  c.ellipse(X(0.5), Y(0.7), W * 0.48, H * 0.22, topLit(c, shell), L);
  c.ellipse(X(0.5), Y(0.7), W * 0.38, H * 0.16, '#e7b99c', L);
  c.ellipse(X(0.44), Y(0.67), W * 0.12, H * 0.06, '#ffffff', { ...L, opacity: 0.35 });
};

/** A yoga mat rolled up and lying on its side: the roll's spiral end and its long body. */
export const yogaMat: Painter = (c, b, o) => {
  const { X, Y, d, L, W, H } = frame(b, o);
  const mat = o.color ?? '#7a5bd6';
  c.rect(X(0.14), Y(0.08), W * 0.84, H * 0.88, c.linear([[0, shade(mat, 0.3)], [0.45, mat], [1, shade(mat, -0.35)]]), { ...L, rx: H * 0.08 });
  c.path(d('M0.98 0.72 L0.98 0.96 L0.7 0.96 Z'), shade(mat, -0.15), L);
  c.ellipse(X(0.16), Y(0.52), W * 0.14, H * 0.44, shade(mat, 0.1), L);
  c.path(d('M0.16 0.52 Q0.2 0.36 0.13 0.32 Q0.05 0.36 0.06 0.56 Q0.08 0.8 0.18 0.78 Q0.27 0.72 0.26 0.5 Q0.24 0.2 0.14 0.18'), 'none', { ...L, extra: strokeOf(c, shade(mat, -0.4), Math.max(1, H * 0.03), o.layer) });
  c.rect(X(0.5), Y(0.08), W * 0.06, H * 0.88, '#2a2b31', { ...L, opacity: 0.55 });
};

/** A hex dumbbell: a knurled steel handle between two six-sided heads. */
export const dumbbell: Painter = (c, b, o) => {
  const { X, Y, d, L, W, H } = frame(b, o);
  const head = o.color ?? '#2a2c31';
  c.rect(X(0.26), Y(0.42), W * 0.48, H * 0.16, c.linear([[0, '#e1e4e8'], [0.5, '#9aa0a8'], [1, '#6c7178']]), { ...L, rx: H * 0.06 });
  for (let k = 0; k < 9; k++) c.rect(X(0.36 + k * 0.03), Y(0.43), W * 0.008, H * 0.14, '#6c7178', L);
  for (const x of [0.02, 0.74]) {
    c.path(d(`M${x + 0.06} 0.02 L${x + 0.18} 0.02 L${x + 0.24} 0.5 L${x + 0.18} 0.98 L${x + 0.06} 0.98 L${x} 0.5 Z`), topLit(c, head), L);
    c.path(d(`M${x + 0.06} 0.02 L${x + 0.18} 0.02 L${x + 0.2} 0.2 L${x + 0.04} 0.2 Z`), shade(head, 0.25), L);
  }
};

/** A ceramic vase: a rounded belly narrowing to a neck and a flared lip, a soft glaze highlight. */
export const vase: Painter = (c, b, o) => {
  const { X, Y, d, L, W, H } = frame(b, o);
  const glaze = o.color ?? '#d9cbb8';
  c.path(d('M0.34 0.04 L0.66 0.04 L0.6 0.12 Q0.58 0.26 0.8 0.42 Q0.98 0.58 0.9 0.8 Q0.82 1 0.5 1 Q0.18 1 0.1 0.8 Q0.02 0.58 0.2 0.42 Q0.42 0.26 0.4 0.12 Z'), sideLit(c, glaze, 0.3), L);
  c.ellipse(X(0.5), Y(0.04), W * 0.17, H * 0.025, shade(glaze, -0.35), L);
  c.path(d('M0.24 0.5 Q0.18 0.66 0.26 0.84'), 'none', { ...L, extra: `stroke="#ffffff" stroke-opacity="0.45" stroke-width="${(W * 0.05).toFixed(1)}" stroke-linecap="round"` });
  c.path(d('M0.14 0.66 Q0.5 0.72 0.86 0.66'), 'none', { ...L, extra: `stroke="${c.paint(shade(glaze, -0.18), o.layer)}" stroke-width="${(H * 0.012).toFixed(1)}"` });
};

/** A bifold wallet seen front on: cards peeking out of its top, the leather body with a stitched border and its fold. */
export const wallet: Painter = (c, b, o) => {
  const { X, Y, L, W, H } = frame(b, o);
  const leather = o.color ?? '#6b4226';
  c.rect(X(0.14), Y(0.06), W * 0.5, H * 0.4, '#4a7bd0', { ...L, rx: W * 0.03 });
  c.rect(X(0.3), Y(0.14), W * 0.5, H * 0.4, '#d8b25a', { ...L, rx: W * 0.03 });
  c.rect(X(0.04), Y(0.26), W * 0.92, H * 0.72, topLit(c, leather), { ...L, rx: W * 0.06 });
  c.rect(X(0.04), Y(0.26), W * 0.92, H * 0.1, shade(leather, -0.25), { ...L, rx: W * 0.04 });
  c.rect(X(0.08), Y(0.4), W * 0.84, H * 0.52, 'none', { ...L, rx: W * 0.04, extra: `stroke="${c.paint(shade(leather, 0.4), o.layer)}" stroke-width="${Math.max(1, W * 0.008).toFixed(1)}" stroke-dasharray="${(W * 0.02).toFixed(1)} ${(W * 0.014).toFixed(1)}"` });
};

/** A squeeze bottle of shampoo standing on its flip cap's shoulder: a soft rounded body, a label. */
export const squeezeBottle: Painter = (c, b, o) => {
  const { X, Y, d, L, W, H } = frame(b, o);
  const body = o.color ?? '#8fc7c0';
  c.rect(X(0.3), Y(0), W * 0.4, H * 0.12, shade(body, -0.4), { ...L, rx: W * 0.06 });
  c.path(d('M0.3 0.12 L0.7 0.12 Q0.92 0.2 0.92 0.4 L0.9 0.94 Q0.88 1 0.8 1 L0.2 1 Q0.12 1 0.1 0.94 L0.08 0.4 Q0.08 0.2 0.3 0.12 Z'), sideLit(c, body, 0.3), L);
  c.rect(X(0.2), Y(0.42), W * 0.6, H * 0.34, '#ffffff', { ...L, opacity: 0.85, rx: W * 0.04 });
  c.rect(X(0.28), Y(0.5), W * 0.44, H * 0.06, shade(body, -0.35), { ...L, rx: H * 0.02 });
  c.rect(X(0.32), Y(0.62), W * 0.36, H * 0.03, shade(body, -0.1), { ...L, rx: H * 0.01 });
  c.rect(X(0.16), Y(0.22), W * 0.06, H * 0.66, '#ffffff', { ...L, opacity: 0.3, rx: W * 0.03 });
};

/** A lipstick, uncapped: the slanted bullet in its colour rising from a gold collar on a black case. */
export const lipstick: Painter = (c, b, o) => {
  const { X, Y, d, L, W, H } = frame(b, o);
  const shadeOf = o.color ?? '#c8173f';
  c.path(d('M0.24 0.5 L0.24 0.2 Q0.26 0.1 0.4 0.06 L0.7 0.01 Q0.76 0.02 0.76 0.1 L0.76 0.5 Z'), sideLit(c, shadeOf, 0.34), L);
  c.path(d('M0.3 0.46 L0.3 0.2 Q0.32 0.13 0.4 0.1 L0.4 0.46 Z'), '#ffffff', { ...L, opacity: 0.3 });
  c.rect(X(0.16), Y(0.44), W * 0.68, H * 0.14, sideLit(c, '#d6ae55', 0.4), { ...L, rx: W * 0.04 });
  c.rect(X(0.1), Y(0.56), W * 0.8, H * 0.44, sideLit(c, '#1d1c22', 0.28), { ...L, rx: W * 0.06 });
  c.rect(X(0.1), Y(0.9), W * 0.8, H * 0.03, '#d6ae55', L);
};
