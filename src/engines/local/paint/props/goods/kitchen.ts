// Kitchen appliances as products (docs/local-engine.md, "Product vocabulary"): an espresso
// machine (group head, portafilter, steam wand, gauge, a cup under the spout), a blender, a
// toaster with two slices up, an electric kettle, an air fryer, a stand mixer and a knife block.
// Each draws in its box, in the colour asked or its usual one.
import { shade } from '../../color.js';
import { frame, sideLit, topLit, type Painter } from './kit.js';

const STEEL = '#c3c8cf';
const stroke = (c: Parameters<Painter>[0], hex: string, w: number, layer: Parameters<Painter>[2]['layer']) =>
  `stroke="${c.paint(hex, layer)}" stroke-width="${w.toFixed(1)}" stroke-linecap="round" stroke-linejoin="round"`;

export const espressoMachine: Painter = (c, b, o) => {
  const { X, Y, d, L, W, H } = frame(b, o);
  const body = o.color ?? STEEL;
  // Cups warming on top, then the body: a tall back column and the lower housing.
  for (const x of [0.3, 0.5]) c.path(d(`M${x - 0.07} 0.02 L${x + 0.07} 0.02 L${x + 0.05} 0.1 L${x - 0.05} 0.1 Z`), '#f6f3ee', L);
  c.rect(X(0.04), Y(0.1), W * 0.92, H * 0.2, topLit(c, shade(body, 0.08)), { ...L, rx: W * 0.04 });
  c.rect(X(0.04), Y(0.28), W * 0.92, H * 0.14, sideLit(c, body, 0.25), L);
  c.rect(X(0.04), Y(0.4), W * 0.2, H * 0.48, sideLit(c, shade(body, -0.05), 0.2), L);
  c.rect(X(0.76), Y(0.4), W * 0.2, H * 0.48, sideLit(c, shade(body, -0.05), 0.2), L);
  c.rect(X(0.24), Y(0.4), W * 0.52, H * 0.48, '#2a2c31', L);
  c.rect(X(0.02), Y(0.86), W * 0.96, H * 0.14, topLit(c, shade(body, -0.1)), { ...L, rx: W * 0.02 });
  // The drip tray grate.
  for (let k = 0; k < 8; k++) c.rect(X(0.27 + k * 0.06), Y(0.84), W * 0.03, H * 0.03, '#1a1b1f', L);
  // The pressure gauge and two buttons on the front band.
  c.circle(X(0.5), Y(0.2), H * 0.07, '#f7f5ef', { ...L, extra: stroke(c, '#2a2c31', H * 0.012, o.layer) });
  c.path(d('M0.5 0.2 L0.54 0.16'), 'none', { ...L, extra: stroke(c, '#c8343a', H * 0.01, o.layer) });
  for (const x of [0.2, 0.8]) c.circle(X(x), Y(0.2), H * 0.035, '#2a2c31', L);
  // The group head with its portafilter handle out to the left, the cup under its spouts.
  c.rect(X(0.38), Y(0.42), W * 0.24, H * 0.08, shade(body, -0.15), { ...L, rx: W * 0.02 });
  c.rect(X(0.36), Y(0.5), W * 0.28, H * 0.07, '#9ba1a9', { ...L, rx: W * 0.02 });
  c.path(d('M0.38 0.54 L0.08 0.5'), 'none', { ...L, extra: stroke(c, '#1c1d21', H * 0.06, o.layer) });
  c.path(d('M0.4 0.72 L0.6 0.72 L0.57 0.84 L0.43 0.84 Z'), '#f6f3ee', L);
  c.path(d('M0.6 0.74 Q0.67 0.76 0.6 0.81'), 'none', { ...L, extra: stroke(c, '#f6f3ee', H * 0.015, o.layer) });
  c.rect(X(0.42), Y(0.72), W * 0.16, H * 0.015, '#5a3a22', L);
  c.path(d('M0.47 0.57 L0.47 0.71 M0.53 0.57 L0.53 0.71'), 'none', { ...L, extra: stroke(c, '#6b4226', H * 0.008, o.layer) });
  // The steam wand down the right side, the water tank's window on the left column.
  c.path(d('M0.82 0.42 L0.82 0.52 L0.72 0.74'), 'none', { ...L, extra: stroke(c, '#8e949c', H * 0.025, o.layer) });
  c.rect(X(0.08), Y(0.5), W * 0.1, H * 0.28, '#a7cbe0', { ...L, opacity: 0.7, rx: W * 0.02 });
};

export const blender: Painter = (c, b, o) => {
  const { X, Y, d, L, W, H } = frame(b, o);
  const base = o.color ?? '#2b2d33';
  // The jar: clear glass with measure lines, a smoothie inside, the blades at its foot, the lid.
  c.path(d('M0.14 0.1 L0.86 0.1 L0.76 0.66 L0.24 0.66 Z'), '#dbe8f0', { ...L, opacity: 0.55 });
  c.path(d('M0.19 0.36 L0.81 0.36 L0.76 0.66 L0.24 0.66 Z'), '#f08aa0', { ...L, opacity: 0.9 });
  c.path(d('M0.86 0.18 Q1 0.2 0.98 0.4 L0.82 0.5'), 'none', { ...L, extra: stroke(c, '#c9d6de', W * 0.05, o.layer) });
  for (let k = 0; k < 4; k++) c.rect(X(0.2), Y(0.2 + k * 0.1), W * 0.1, H * 0.01, '#ffffff', { ...L, opacity: 0.8 });
  c.path(d('M0.36 0.62 L0.64 0.6 M0.4 0.58 L0.6 0.64'), 'none', { ...L, extra: stroke(c, '#9aa0aa', H * 0.012, o.layer) });
  c.rect(X(0.12), Y(0.04), W * 0.76, H * 0.07, shade(base, 0.1), { ...L, rx: W * 0.03 });
  c.rect(X(0.42), Y(0.0), W * 0.16, H * 0.05, shade(base, -0.1), { ...L, rx: W * 0.02 });
  c.rect(X(0.7), Y(0.14), W * 0.05, H * 0.44, '#ffffff', { ...L, opacity: 0.4, rx: W * 0.02 });
  // The motor base with its dial.
  c.path(d('M0.2 0.66 L0.8 0.66 L0.9 1 L0.1 1 Z'), topLit(c, base), L);
  c.circle(X(0.5), Y(0.83), W * 0.09, shade(base, 0.35), L);
  c.circle(X(0.5), Y(0.83), W * 0.05, shade(base, -0.2), L);
};

export const toaster: Painter = (c, b, o) => {
  const { X, Y, L, W, H } = frame(b, o);
  const body = o.color ?? STEEL;
  // Two slices standing up out of the slots, then the body, its lever and dial.
  for (const x of [0.22, 0.52]) {
    c.rect(X(x), Y(0.02), W * 0.26, H * 0.32, '#d9a35a', { ...L, rx: W * 0.07 });
    c.rect(X(x + 0.02), Y(0.05), W * 0.22, H * 0.28, '#f1d49a', { ...L, rx: W * 0.06 });
  }
  c.rect(X(0.04), Y(0.22), W * 0.92, H * 0.72, c.linear([[0, shade(body, 0.3)], [0.5, body], [1, shade(body, -0.3)]]), { ...L, rx: W * 0.18 });
  for (const x of [0.2, 0.5]) c.rect(X(x), Y(0.24), W * 0.3, H * 0.05, '#1a1b1f', { ...L, rx: H * 0.02 });
  c.rect(X(0.1), Y(0.34), W * 0.06, H * 0.5, '#ffffff', { ...L, opacity: 0.35, rx: W * 0.03 });
  c.rect(X(0.9), Y(0.42), W * 0.08, H * 0.06, '#1a1b1f', { ...L, rx: H * 0.02 });
  c.circle(X(0.5), Y(0.68), H * 0.07, '#2a2c31', L);
  c.rect(X(0.49), Y(0.62), W * 0.02, H * 0.05, '#e9ebee', L);
  for (const x of [0.16, 0.76]) c.rect(X(x), Y(0.92), W * 0.08, H * 0.08, '#1a1b1f', { ...L, rx: W * 0.02 });
};

export const electricKettle: Painter = (c, b, o) => {
  const { X, Y, d, L, W, H } = frame(b, o);
  const body = o.color ?? '#eef0f2';
  // Handle, spout, body narrowing to its lid, the water window, then the base plate.
  c.path(d('M0.7 0.2 Q0.98 0.2 0.96 0.5 Q0.94 0.78 0.76 0.82'), 'none', { ...L, extra: stroke(c, shade(body, -0.25), W * 0.08, o.layer) });
  c.path(d('M0.26 0.3 L0.04 0.18 L0.08 0.14 L0.3 0.2 Z'), shade(body, -0.08), L);
  c.path(d('M0.28 0.16 L0.72 0.16 L0.8 0.88 L0.2 0.88 Z'), sideLit(c, body, 0.3), L);
  c.ellipse(X(0.5), Y(0.16), W * 0.22, H * 0.035, shade(body, -0.12), L);
  c.rect(X(0.44), Y(0.08), W * 0.12, H * 0.07, '#2a2c31', { ...L, rx: W * 0.03 });
  c.path(d('M0.3 0.34 L0.36 0.34 L0.38 0.78 L0.32 0.78 Z'), '#a7d3ee', { ...L, opacity: 0.8 });
  c.rect(X(0.14), Y(0.88), W * 0.72, H * 0.12, '#2a2c31', { ...L, rx: W * 0.04 });
  c.circle(X(0.72), Y(0.94), H * 0.015, '#5fd3ff', L);
};

export const airFryer: Painter = (c, b, o) => {
  const { X, Y, L, W, H } = frame(b, o);
  const body = o.color ?? '#25272c';
  c.rect(X(0.04), Y(0.02), W * 0.92, H * 0.96, sideLit(c, body, 0.2), { ...L, rx: W * 0.2 });
  // The control panel with its display and a ring dial, then the basket drawer and its handle.
  c.rect(X(0.2), Y(0.08), W * 0.6, H * 0.2, '#0c0d10', { ...L, rx: W * 0.06 });
  c.rect(X(0.3), Y(0.13), W * 0.22, H * 0.08, '#ff9d3b', { ...L, opacity: 0.9, rx: H * 0.01 });
  c.circle(X(0.66), Y(0.18), H * 0.05, 'none', { ...L, extra: stroke(c, '#5fd3ff', H * 0.012, o.layer) });
  c.rect(X(0.1), Y(0.38), W * 0.8, H * 0.56, topLit(c, shade(body, 0.06)), { ...L, rx: W * 0.14 });
  c.rect(X(0.1), Y(0.38), W * 0.8, H * 0.02, '#0c0d10', L);
  c.rect(X(0.3), Y(0.52), W * 0.4, H * 0.12, shade(body, -0.4), { ...L, rx: H * 0.05 });
  c.rect(X(0.34), Y(0.55), W * 0.32, H * 0.04, shade(body, 0.3), { ...L, rx: H * 0.02 });
};

export const standMixer: Painter = (c, b, o) => {
  const { X, Y, d, L, W, H } = frame(b, o);
  const body = o.color ?? '#e8e1d3';
  // The column rising from the back of the base, the motor head over the bowl, the steel bowl.
  c.rect(X(0.04), Y(0.88), W * 0.76, H * 0.12, topLit(c, body), { ...L, rx: W * 0.05 });
  c.path(d('M0.06 0.88 L0.1 0.3 L0.3 0.3 L0.32 0.88 Z'), sideLit(c, body, 0.25), L);
  c.path(d('M0.04 0.14 Q0.04 0.02 0.2 0.02 L0.76 0.06 Q0.96 0.1 0.96 0.22 Q0.96 0.34 0.78 0.34 L0.16 0.36 Q0.04 0.34 0.04 0.14 Z'), topLit(c, body), L);
  c.rect(X(0.18), Y(0.16), W * 0.06, H * 0.06, shade(body, -0.3), { ...L, rx: W * 0.02 });
  c.rect(X(0.9), Y(0.16), W * 0.06, H * 0.08, '#b7bcc3', { ...L, rx: W * 0.02 });
  c.path(d('M0.6 0.34 L0.6 0.6'), 'none', { ...L, extra: stroke(c, '#aeb3ba', W * 0.03, o.layer) });
  c.path(d('M0.34 0.56 L0.88 0.56 Q0.86 0.88 0.61 0.88 Q0.36 0.88 0.34 0.56 Z'), sideLit(c, STEEL, 0.35), L);
  c.rect(X(0.33), Y(0.54), W * 0.56, H * 0.04, shade(STEEL, 0.1), { ...L, rx: H * 0.02 });
};

/** A wooden knife block leaning back, the handles of five knives out of its top. */
export const knifeBlock: Painter = (c, b, o) => {
  const { d, L } = frame(b, o);
  const wood = o.color ?? '#a06a3e';
  const handles = [0.24, 0.36, 0.48, 0.6, 0.72];
  handles.forEach((x, i) => c.path(d(`M${x - 0.05} ${0.06 + i * 0.03} L${x + 0.05} ${0.04 + i * 0.03} L${x + 0.07} ${0.3 + i * 0.02} L${x - 0.03} ${0.32 + i * 0.02} Z`), i % 2 ? '#1f2024' : '#2b2c31', L));
  c.path(d('M0.1 0.32 L0.82 0.28 L0.98 1 L0.2 1 Z'), c.linear([[0, shade(wood, 0.15)], [1, shade(wood, -0.25)]], [0, 0, 1, 0]), L);
  c.path(d('M0.1 0.32 L0.2 1 L0.04 1 Z'), shade(wood, -0.35), L);
  for (const f of [0.5, 0.7, 0.88]) c.path(d(`M${0.16 + f * 0.06} ${f} L${0.86 + f * 0.1} ${f - 0.02}`), 'none', { ...L, extra: stroke(c, shade(wood, -0.15), 1, o.layer) });
};
