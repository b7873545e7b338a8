// Procedural pictures for things no emoji shows: furniture, a smoking pipe, lamps, a barn.
// Each draws into a box given by its bottom centre, width and height.
import { fmt, type Canvas } from './canvas.js';
import { shade } from './color.js';
import type { Layer } from './grade.js';
import type { ProcKind } from './lexicon-things.js';
import type { Rng } from './prng.js';

/** Width / height of each procedural picture. */
export const PROC_ASPECT: Record<ProcKind, number> = {
  armchair: 1.05, sofa: 2.1, table: 1.5, desk: 1.8, lamp: 0.36, bookshelf: 0.72, pipe: 1.6, fireplace: 1.3,
  bench: 2.3, rug: 3.2, piano: 1.35, barn: 1.15, lighthouse: 0.38, 'hot-air-balloon': 0.74, lantern: 0.55,
  streetlamp: 0.24, easel: 0.7, sign: 1.5,
};

export interface ProcOptions {
  color?: string;
  layer?: Layer;
  rng: Rng;
  /** For seating: only the parts behind a sitter, or only those in front. */
  part?: 'back' | 'front';
  /** Lit lamps and windows glow at night. */
  lit?: boolean;
}

export interface Box {
  x0: number;
  y0: number;
  w: number;
  h: number;
}

export function boxOf(cx: number, bottom: number, w: number, h: number): Box {
  return { x0: cx - w / 2, y0: bottom - h, w, h };
}

type Painter = (c: Canvas, b: Box, o: ProcOptions) => void;

const WOOD = '#8a5a36';
const DARK_WOOD = '#5b3a22';

const at = (b: Box) => ({ X: (f: number) => b.x0 + f * b.w, Y: (f: number) => b.y0 + f * b.h });

const armchair: Painter = (c, b, o) => {
  const { X, Y } = at(b);
  const col = o.color ?? '#7b2f27';
  const L = { layer: o.layer };
  if (o.part !== 'front') {
    // Wingback: a tall rounded back with tufting buttons.
    c.path(`M${fmt(X(0.12))} ${fmt(Y(0.62))} L${fmt(X(0.1))} ${fmt(Y(0.12))} Q${fmt(X(0.1))} ${fmt(Y(0))} ${fmt(X(0.3))} ${fmt(Y(0.01))} L${fmt(X(0.7))} ${fmt(Y(0.01))} Q${fmt(X(0.9))} ${fmt(Y(0))} ${fmt(X(0.9))} ${fmt(Y(0.12))} L${fmt(X(0.88))} ${fmt(Y(0.62))} Z`,
      c.linear([[0, shade(col, 0.12)], [1, shade(col, -0.15)]]), L);
    for (let r = 0; r < 3; r++) for (let k = 0; k < 4; k++) {
      c.circle(X(0.24 + k * 0.17 + (r % 2) * 0.085), Y(0.1 + r * 0.13), b.w * 0.012, shade(col, -0.45), { ...L, bare: true });
    }
    c.rect(X(0.13), Y(0.56), b.w * 0.74, b.h * 0.16, shade(col, 0.2), { ...L, rx: b.w * 0.05 });
  }
  if (o.part !== 'back') {
    c.rect(X(0.06), Y(0.68), b.w * 0.88, b.h * 0.2, shade(col, -0.12), { ...L, rx: b.w * 0.03 });
    for (const side of [0, 1]) {
      const ax = side ? X(0.78) : X(0.0);
      c.rect(ax, Y(0.4), b.w * 0.22, b.h * 0.46, shade(col, 0.05), { ...L, rx: b.w * 0.05 });
      c.ellipse(ax + b.w * 0.11, Y(0.41), b.w * 0.12, b.h * 0.06, shade(col, 0.22), L);
    }
    for (const lx of [0.12, 0.82]) c.rect(X(lx), Y(0.88), b.w * 0.06, b.h * 0.12, DARK_WOOD, L);
  }
};

const sofa: Painter = (c, b, o) => {
  const { X, Y } = at(b);
  const col = o.color ?? '#4f6d8f';
  const L = { layer: o.layer };
  if (o.part !== 'front') {
    c.rect(X(0.06), Y(0.05), b.w * 0.88, b.h * 0.6, c.linear([[0, shade(col, 0.1)], [1, shade(col, -0.12)]]), { ...L, rx: b.w * 0.04 });
    for (const k of [0, 1, 2]) c.rect(X(0.12 + k * 0.26), Y(0.12), b.w * 0.24, b.h * 0.42, shade(col, 0.14), { ...L, rx: b.w * 0.03 });
    c.rect(X(0.1), Y(0.55), b.w * 0.8, b.h * 0.17, shade(col, 0.22), { ...L, rx: b.w * 0.03 });
  }
  if (o.part !== 'back') {
    c.rect(X(0.04), Y(0.68), b.w * 0.92, b.h * 0.2, shade(col, -0.1), { ...L, rx: b.w * 0.02 });
    for (const side of [0, 1]) c.rect(side ? X(0.88) : X(0), Y(0.35), b.w * 0.12, b.h * 0.53, shade(col, 0.04), { ...L, rx: b.w * 0.04 });
    for (const lx of [0.07, 0.9]) c.rect(X(lx), Y(0.88), b.w * 0.03, b.h * 0.12, DARK_WOOD, L);
  }
};

const table: Painter = (c, b, o) => {
  const { X, Y } = at(b);
  const col = o.color ?? WOOD;
  const L = { layer: o.layer };
  for (const lx of [0.08, 0.86]) c.rect(X(lx), Y(0.12), b.w * 0.06, b.h * 0.88, shade(col, -0.25), L);
  c.rect(X(0.04), Y(0.1), b.w * 0.92, b.h * 0.12, shade(col, -0.12), L);
  c.rect(X(0), Y(0), b.w, b.h * 0.11, shade(col, 0.08), { ...L, rx: b.h * 0.02 });
};

const desk: Painter = (c, b, o) => {
  const { X, Y } = at(b);
  const col = o.color ?? WOOD;
  const L = { layer: o.layer };
  c.rect(X(0.62), Y(0.1), b.w * 0.34, b.h * 0.9, shade(col, -0.08), L);
  for (const k of [0, 1, 2]) {
    c.rect(X(0.65), Y(0.16 + k * 0.27), b.w * 0.28, b.h * 0.22, shade(col, 0.04), L);
    c.rect(X(0.76), Y(0.25 + k * 0.27), b.w * 0.06, b.h * 0.03, '#d9b45a', { ...L, bare: true });
  }
  c.rect(X(0.05), Y(0.1), b.w * 0.05, b.h * 0.9, shade(col, -0.2), L);
  c.rect(X(0), Y(0), b.w, b.h * 0.1, shade(col, 0.1), { ...L, rx: b.h * 0.02 });
};

const lamp: Painter = (c, b, o) => {
  const { X, Y } = at(b);
  const L = { layer: o.layer };
  const shadeCol = o.color ?? '#f3d9a4';
  c.rect(X(0.47), Y(0.22), b.w * 0.06, b.h * 0.74, '#6b5a44', L);
  c.ellipse(X(0.5), Y(0.97), b.w * 0.32, b.h * 0.03, '#4a3d30', L);
  if (o.lit) c.ellipse(X(0.5), Y(0.2), b.w * 1.6, b.h * 0.22, c.radial([[0, '#ffe7a8', 0.55], [1, '#ffe7a8', 0]]), { bare: true, layer: 'fg' });
  c.polygon([X(0.2), Y(0), X(0.8), Y(0), X(1), Y(0.26), X(0), Y(0.26)], o.lit ? '#ffe9b0' : shadeCol, { layer: o.lit ? 'fg' : o.layer });
};

const bookshelf: Painter = (c, b, o) => {
  const { X, Y } = at(b);
  const col = o.color ?? '#6a4328';
  const L = { layer: o.layer };
  c.rect(X(0), Y(0), b.w, b.h, shade(col, -0.1), L);
  c.rect(X(0.05), Y(0.04), b.w * 0.9, b.h * 0.93, shade(col, -0.55), { ...L, bare: true });
  const shelves = Math.max(3, Math.round(b.h / b.w * 3.2));
  const bookColors = ['#8c2a2a', '#27456e', '#2f5d3a', '#c59a3c', '#6b3f6e', '#d9cfb8', '#7a4a2a', '#3b3b3b', '#a34f2d'];
  const inner = (b.h * 0.93) / shelves;
  for (let s = 0; s < shelves; s++) {
    const floor = Y(0.04) + inner * (s + 1);
    let x = X(0.07);
    const end = X(0.93);
    while (x < end - b.w * 0.03) {
      const bw = b.w * o.rng.range(0.035, 0.07);
      if (x + bw > end) break;
      if (o.rng.chance(0.08)) {
        x += bw * 1.4;
        continue;
      }
      const bh = inner * o.rng.range(0.58, 0.86);
      const bc = o.rng.pick(bookColors);
      c.rect(x, floor - bh - inner * 0.06, bw * 0.92, bh, bc, L);
      if (bw > b.w * 0.05) c.rect(x, floor - bh * 0.75 - inner * 0.06, bw * 0.92, bh * 0.06, '#e8cf7a', { ...L, bare: true, opacity: 0.7 });
      x += bw;
    }
    c.rect(X(0.03), floor - inner * 0.06, b.w * 0.94, inner * 0.07, shade(col, 0.08), L);
  }
};

const pipe: Painter = (c, b, o) => {
  const { X, Y } = at(b);
  const L = { layer: o.layer };
  const wood = o.color ?? '#6e3b1f';
  // Stem from the left end (the mouth) curving down to the bowl on the right.
  c.line(`M${fmt(X(0.02))} ${fmt(Y(0.42))} Q${fmt(X(0.35))} ${fmt(Y(0.75))} ${fmt(X(0.66))} ${fmt(Y(0.7))}`, '#2b211c', b.h * 0.1, L);
  c.path(`M${fmt(X(0.58))} ${fmt(Y(0.38))} L${fmt(X(0.94))} ${fmt(Y(0.38))} L${fmt(X(0.9))} ${fmt(Y(0.86))} Q${fmt(X(0.76))} ${fmt(Y(1))} ${fmt(X(0.62))} ${fmt(Y(0.86))} Z`, wood, L);
  c.ellipse(X(0.76), Y(0.38), b.w * 0.18, b.h * 0.06, '#2a1a10', L);
  c.ellipse(X(0.76), Y(0.37), b.w * 0.12, b.h * 0.035, '#ff8a3d', { ...L, bare: true, opacity: 0.85 });
};

/** Smoke curling up from a point, `h` tall. */
export function smoke(c: Canvas, x: number, y: number, h: number): void {
  const w = h * 0.35;
  const d1 = `M${fmt(x)} ${fmt(y)} C${fmt(x - w)} ${fmt(y - h * 0.25)} ${fmt(x + w)} ${fmt(y - h * 0.45)} ${fmt(x)} ${fmt(y - h * 0.65)} S${fmt(x - w * 0.8)} ${fmt(y - h * 0.9)} ${fmt(x + w * 0.2)} ${fmt(y - h)}`;
  c.line(d1, '#e9e6e1', h * 0.09, { opacity: 0.55, layer: 'fg' });
  const x2 = x + w * 0.5;
  const d2 = `M${fmt(x2)} ${fmt(y - h * 0.2)} C${fmt(x2 + w)} ${fmt(y - h * 0.4)} ${fmt(x2 - w * 0.4)} ${fmt(y - h * 0.6)} ${fmt(x2 + w * 0.5)} ${fmt(y - h * 0.8)}`;
  c.line(d2, '#f4f2ee', h * 0.05, { opacity: 0.4, layer: 'fg' });
}

const fireplace: Painter = (c, b, o) => {
  const { X, Y } = at(b);
  const L = { layer: o.layer };
  const stone = o.color ?? '#a8958a';
  c.rect(X(0.04), Y(0.1), b.w * 0.92, b.h * 0.9, stone, L);
  c.path(`M${fmt(X(0.22))} ${fmt(Y(1))} L${fmt(X(0.22))} ${fmt(Y(0.45))} Q${fmt(X(0.5))} ${fmt(Y(0.25))} ${fmt(X(0.78))} ${fmt(Y(0.45))} L${fmt(X(0.78))} ${fmt(Y(1))} Z`, '#231815', L);
  c.ellipse(X(0.5), Y(0.8), b.w * 0.3, b.h * 0.22, c.radial([[0, '#ffb347', 0.8], [1, '#ff6a00', 0]]), { bare: true, layer: 'fg' });
  c.path(`M${fmt(X(0.34))} ${fmt(Y(0.95))} Q${fmt(X(0.38))} ${fmt(Y(0.6))} ${fmt(X(0.46))} ${fmt(Y(0.5))} Q${fmt(X(0.45))} ${fmt(Y(0.7))} ${fmt(X(0.52))} ${fmt(Y(0.62))} Q${fmt(X(0.6))} ${fmt(Y(0.48))} ${fmt(X(0.58))} ${fmt(Y(0.7))} Q${fmt(X(0.66))} ${fmt(Y(0.75))} ${fmt(X(0.66))} ${fmt(Y(0.95))} Z`, '#ff7a1a', { layer: 'fg' });
  c.path(`M${fmt(X(0.42))} ${fmt(Y(0.95))} Q${fmt(X(0.44))} ${fmt(Y(0.72))} ${fmt(X(0.5))} ${fmt(Y(0.66))} Q${fmt(X(0.56))} ${fmt(Y(0.75))} ${fmt(X(0.58))} ${fmt(Y(0.95))} Z`, '#ffd23f', { layer: 'fg', bare: true });
  c.rect(X(0.3), Y(0.93), b.w * 0.4, b.h * 0.05, '#5b3a22', L);
  c.rect(X(0), Y(0.06), b.w, b.h * 0.08, shade(stone, -0.3), L);
};

const bench: Painter = (c, b, o) => {
  const { X, Y } = at(b);
  const L = { layer: o.layer };
  const col = o.color ?? '#a0683a';
  for (const lx of [0.12, 0.82]) c.rect(X(lx), Y(0.1), b.w * 0.05, b.h * 0.9, '#33363b', L);
  for (const k of [0, 1]) c.rect(X(0.04), Y(0.08 + k * 0.17), b.w * 0.92, b.h * 0.12, shade(col, k * 0.05), { ...L, rx: b.h * 0.02 });
  for (const k of [0, 1]) c.rect(X(0.02), Y(0.55 + k * 0.11), b.w * 0.96, b.h * 0.1, shade(col, 0.1 - k * 0.1), { ...L, rx: b.h * 0.02 });
};

const rug: Painter = (c, b, o) => {
  const col = o.color ?? '#8e3b35';
  const cx = b.x0 + b.w / 2, cy = b.y0 + b.h / 2;
  c.ellipse(cx, cy, b.w / 2, b.h / 2, shade(col, -0.1), { layer: o.layer });
  c.ellipse(cx, cy, b.w * 0.42, b.h * 0.38, col, { layer: o.layer });
  c.ellipse(cx, cy, b.w * 0.3, b.h * 0.26, '#d9b45a', { layer: o.layer, opacity: 0.55 });
  c.ellipse(cx, cy, b.w * 0.22, b.h * 0.18, shade(col, 0.1), { layer: o.layer });
};

const piano: Painter = (c, b, o) => {
  const { X, Y } = at(b);
  const L = { layer: o.layer };
  c.path(`M${fmt(X(0.02))} ${fmt(Y(0.35))} L${fmt(X(0.02))} ${fmt(Y(0.62))} L${fmt(X(0.98))} ${fmt(Y(0.62))} Q${fmt(X(1))} ${fmt(Y(0.38))} ${fmt(X(0.7))} ${fmt(Y(0.34))} Q${fmt(X(0.5))} ${fmt(Y(0.3))} ${fmt(X(0.4))} ${fmt(Y(0.35))} Z`, '#1d1d22', L);
  c.line(`M${fmt(X(0.3))} ${fmt(Y(0.36))} L${fmt(X(0.75))} ${fmt(Y(0.02))}`, '#1d1d22', b.w * 0.02, L);
  c.path(`M${fmt(X(0.4))} ${fmt(Y(0.34))} L${fmt(X(0.78))} ${fmt(Y(0.02))} L${fmt(X(0.95))} ${fmt(Y(0.3))} Z`, '#2a2a31', L);
  c.rect(X(0.02), Y(0.62), b.w * 0.3, b.h * 0.07, '#f4f1ea', L);
  for (let k = 0; k < 7; k++) c.rect(X(0.04 + k * 0.04), Y(0.62), b.w * 0.015, b.h * 0.045, '#111', { ...L, bare: true });
  for (const lx of [0.06, 0.5, 0.9]) c.rect(X(lx), Y(0.62), b.w * 0.035, b.h * 0.38, '#1d1d22', L);
};

const barn: Painter = (c, b, o) => {
  const { X, Y } = at(b);
  const L = { layer: o.layer };
  const red = o.color ?? '#b3322b';
  c.polygon([X(0.05), Y(0.42), X(0.5), Y(0.05), X(0.95), Y(0.42), X(0.95), Y(1), X(0.05), Y(1)], red, L);
  c.polygon([X(0), Y(0.44), X(0.5), Y(0), X(1), Y(0.44), X(0.95), Y(0.46), X(0.5), Y(0.08), X(0.05), Y(0.46)], '#f3efe6', L);
  c.rect(X(0.3), Y(0.56), b.w * 0.4, b.h * 0.44, shade(red, -0.15), L);
  c.line(`M${fmt(X(0.3))} ${fmt(Y(0.56))} L${fmt(X(0.7))} ${fmt(Y(1))} M${fmt(X(0.7))} ${fmt(Y(0.56))} L${fmt(X(0.3))} ${fmt(Y(1))}`, '#f3efe6', b.w * 0.025, L);
  c.rect(X(0.3), Y(0.56), b.w * 0.4, b.h * 0.44, 'none', { ...L, extra: `stroke="${c.paint('#f3efe6', o.layer)}" stroke-width="${fmt(b.w * 0.025)}"` });
  c.rect(X(0.42), Y(0.24), b.w * 0.16, b.h * 0.16, '#f3efe6', L);
  c.rect(X(0.445), Y(0.265), b.w * 0.11, b.h * 0.11, '#5b1f1b', L);
};

const lighthouse: Painter = (c, b, o) => {
  const { X, Y } = at(b);
  const L = { layer: o.layer };
  c.polygon([X(0.22), Y(1), X(0.34), Y(0.22), X(0.66), Y(0.22), X(0.78), Y(1)], '#f4f1ea', L);
  // The tower tapers from 0.22 of the width at the foot to 0.34 at the gallery.
  const inset = (y: number) => 0.22 + (0.12 * (1 - y)) / 0.78;
  for (const k of [0, 1, 2]) {
    const y1 = 0.3 + k * 0.24, y2 = y1 + 0.12;
    c.polygon([X(inset(y1)), Y(y1), X(1 - inset(y1)), Y(y1), X(1 - inset(y2)), Y(y2), X(inset(y2)), Y(y2)], '#d6342c', L);
  }
  c.rect(X(0.3), Y(0.1), b.w * 0.4, b.h * 0.12, o.lit ? '#ffe27a' : '#9fd3e8', { layer: o.lit ? 'fg' : o.layer });
  c.polygon([X(0.26), Y(0.1), X(0.5), Y(0), X(0.74), Y(0.1)], '#2d2f36', L);
  c.rect(X(0.24), Y(0.21), b.w * 0.52, b.h * 0.025, '#2d2f36', L);
};

const hotAirBalloon: Painter = (c, b, o) => {
  const { X, Y } = at(b);
  const L = { layer: o.layer };
  const colors = [o.color ?? '#e0312b', '#f7d21e', '#2f6fde', '#f47c20'];
  const env = `M${fmt(X(0.5))} ${fmt(Y(0.72))} C${fmt(X(0.1))} ${fmt(Y(0.55))} ${fmt(X(0))} ${fmt(Y(0.3))} ${fmt(X(0.05))} ${fmt(Y(0.2))} C${fmt(X(0.15))} ${fmt(Y(-0.05))} ${fmt(X(0.85))} ${fmt(Y(-0.05))} ${fmt(X(0.95))} ${fmt(Y(0.2))} C${fmt(X(1))} ${fmt(Y(0.3))} ${fmt(X(0.9))} ${fmt(Y(0.55))} ${fmt(X(0.5))} ${fmt(Y(0.72))} Z`;
  c.path(env, colors[0], L);
  for (let k = 0; k < 3; k++) {
    const f = 0.22 + k * 0.28;
    c.path(`M${fmt(X(0.5))} ${fmt(Y(0.72))} Q${fmt(X(f - 0.04))} ${fmt(Y(0.35))} ${fmt(X(f))} ${fmt(Y(0.01))} L${fmt(X(f + 0.1))} ${fmt(Y(0.01))} Q${fmt(X(f + 0.08))} ${fmt(Y(0.35))} ${fmt(X(0.5))} ${fmt(Y(0.72))} Z`, colors[1 + (k % 3)], { ...L, bare: true });
  }
  c.line(`M${fmt(X(0.38))} ${fmt(Y(0.7))} L${fmt(X(0.42))} ${fmt(Y(0.86))} M${fmt(X(0.62))} ${fmt(Y(0.7))} L${fmt(X(0.58))} ${fmt(Y(0.86))}`, '#5b3a22', b.w * 0.012, L);
  c.rect(X(0.4), Y(0.86), b.w * 0.2, b.h * 0.14, '#a0683a', { ...L, rx: b.w * 0.02 });
};

const lantern: Painter = (c, b, o) => {
  const { X, Y } = at(b);
  const L = { layer: o.layer };
  if (o.lit !== false) c.circle(X(0.5), Y(0.55), b.w * 1.1, c.radial([[0, '#ffd36b', 0.55], [1, '#ffd36b', 0]]), { bare: true, layer: 'fg' });
  c.line(`M${fmt(X(0.3))} ${fmt(Y(0.12))} Q${fmt(X(0.5))} ${fmt(Y(-0.05))} ${fmt(X(0.7))} ${fmt(Y(0.12))}`, '#2d2f36', b.w * 0.06, L);
  c.rect(X(0.15), Y(0.12), b.w * 0.7, b.h * 0.1, '#2d2f36', L);
  c.rect(X(0.2), Y(0.22), b.w * 0.6, b.h * 0.62, '#ffe08a', { layer: 'fg' });
  c.rect(X(0.46), Y(0.22), b.w * 0.08, b.h * 0.62, '#2d2f36', L);
  c.rect(X(0.1), Y(0.84), b.w * 0.8, b.h * 0.16, '#2d2f36', L);
};

const streetlamp: Painter = (c, b, o) => {
  const { X, Y } = at(b);
  const L = { layer: o.layer };
  if (o.lit) c.circle(X(0.5), Y(0.1), b.h * 0.16, c.radial([[0, '#ffe7a8', 0.6], [1, '#ffe7a8', 0]]), { bare: true, layer: 'fg' });
  c.rect(X(0.42), Y(0.12), b.w * 0.16, b.h * 0.85, '#2d2f36', L);
  c.rect(X(0.25), Y(0.95), b.w * 0.5, b.h * 0.05, '#2d2f36', L);
  c.polygon([X(0.1), Y(0.04), X(0.9), Y(0.04), X(0.75), Y(0.15), X(0.25), Y(0.15)], o.lit ? '#fff0b8' : '#d8d2c0', { layer: o.lit ? 'fg' : o.layer });
  c.rect(X(0.2), Y(0), b.w * 0.6, b.h * 0.045, '#2d2f36', L);
};

const easel: Painter = (c, b, o) => {
  const { X, Y } = at(b);
  const L = { layer: o.layer };
  c.line(`M${fmt(X(0.5))} ${fmt(Y(0))} L${fmt(X(0.12))} ${fmt(Y(1))} M${fmt(X(0.5))} ${fmt(Y(0))} L${fmt(X(0.88))} ${fmt(Y(1))} M${fmt(X(0.5))} ${fmt(Y(0))} L${fmt(X(0.5))} ${fmt(Y(0.95))}`, WOOD, b.w * 0.05, L);
  c.rect(X(0.08), Y(0.1), b.w * 0.84, b.h * 0.5, '#f7f3ea', L);
  c.path(`M${fmt(X(0.14))} ${fmt(Y(0.5))} Q${fmt(X(0.35))} ${fmt(Y(0.25))} ${fmt(X(0.5))} ${fmt(Y(0.42))} T${fmt(X(0.86))} ${fmt(Y(0.3))} L${fmt(X(0.86))} ${fmt(Y(0.56))} L${fmt(X(0.14))} ${fmt(Y(0.56))} Z`, '#6fb56a', { ...L, bare: true });
  c.circle(X(0.7), Y(0.22), b.w * 0.06, '#f7c948', { ...L, bare: true });
  c.rect(X(0.05), Y(0.6), b.w * 0.9, b.h * 0.04, DARK_WOOD, L);
};

const sign: Painter = (c, b, o) => {
  const { X, Y } = at(b);
  const L = { layer: o.layer };
  for (const lx of [0.16, 0.78]) c.rect(X(lx), Y(0.3), b.w * 0.06, b.h * 0.7, DARK_WOOD, L);
  c.rect(X(0), Y(0), b.w, b.h * 0.62, o.color ?? '#b9824f', { ...L, rx: b.w * 0.03 });
};

const PAINTERS: Record<ProcKind, Painter> = {
  armchair, sofa, table, desk, lamp, bookshelf, pipe, fireplace, bench, rug, piano, barn, lighthouse,
  'hot-air-balloon': hotAirBalloon, lantern, streetlamp, easel, sign,
};

/** Draw a procedural picture with its bottom centre at (cx, bottom), `h` tall. */
export function drawProc(c: Canvas, kind: ProcKind, cx: number, bottom: number, h: number, o: ProcOptions, w = h * PROC_ASPECT[kind]): void {
  PAINTERS[kind](c, boxOf(cx, bottom, w, h), o);
}
