// Procedural furniture and indoor things no emoji shows: seats, tables, lamps, shelves, a smoking
// pipe, a fireplace, a piano, an easel, a signboard.
import { fmt, type Canvas } from '../canvas.js';
import { shade } from '../color.js';
import { at, DARK_WOOD, WOOD, type Painter } from './proc-box.js';

export const armchair: Painter = (c, b, o) => {
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

export const sofa: Painter = (c, b, o) => {
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

export const table: Painter = (c, b, o) => {
  const { X, Y } = at(b);
  const col = o.color ?? WOOD;
  const L = { layer: o.layer };
  for (const lx of [0.08, 0.86]) c.rect(X(lx), Y(0.12), b.w * 0.06, b.h * 0.88, shade(col, -0.25), L);
  c.rect(X(0.04), Y(0.1), b.w * 0.92, b.h * 0.12, shade(col, -0.12), L);
  c.rect(X(0), Y(0), b.w, b.h * 0.11, shade(col, 0.08), { ...L, rx: b.h * 0.02 });
};

export const desk: Painter = (c, b, o) => {
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

export const lamp: Painter = (c, b, o) => {
  const { X, Y } = at(b);
  const L = { layer: o.layer };
  const shadeCol = o.color ?? '#f3d9a4';
  c.rect(X(0.47), Y(0.22), b.w * 0.06, b.h * 0.74, '#6b5a44', L);
  c.ellipse(X(0.5), Y(0.97), b.w * 0.32, b.h * 0.03, '#4a3d30', L);
  if (o.lit) c.ellipse(X(0.5), Y(0.2), b.w * 1.6, b.h * 0.22, c.radial([[0, '#ffe7a8', 0.55], [1, '#ffe7a8', 0]]), { bare: true, layer: 'fg' });
  c.polygon([X(0.2), Y(0), X(0.8), Y(0), X(1), Y(0.26), X(0), Y(0.26)], o.lit ? '#ffe9b0' : shadeCol, { layer: o.lit ? 'fg' : o.layer });
};

export const bookshelf: Painter = (c, b, o) => {
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

export const pipe: Painter = (c, b, o) => {
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

export const fireplace: Painter = (c, b, o) => {
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

export const bench: Painter = (c, b, o) => {
  const { X, Y } = at(b);
  const L = { layer: o.layer };
  const col = o.color ?? '#a0683a';
  for (const lx of [0.12, 0.82]) c.rect(X(lx), Y(0.1), b.w * 0.05, b.h * 0.9, '#33363b', L);
  for (const k of [0, 1]) c.rect(X(0.04), Y(0.08 + k * 0.17), b.w * 0.92, b.h * 0.12, shade(col, k * 0.05), { ...L, rx: b.h * 0.02 });
  for (const k of [0, 1]) c.rect(X(0.02), Y(0.55 + k * 0.11), b.w * 0.96, b.h * 0.1, shade(col, 0.1 - k * 0.1), { ...L, rx: b.h * 0.02 });
};

export const rug: Painter = (c, b, o) => {
  const col = o.color ?? '#8e3b35';
  const cx = b.x0 + b.w / 2, cy = b.y0 + b.h / 2;
  c.ellipse(cx, cy, b.w / 2, b.h / 2, shade(col, -0.1), { layer: o.layer });
  c.ellipse(cx, cy, b.w * 0.42, b.h * 0.38, col, { layer: o.layer });
  c.ellipse(cx, cy, b.w * 0.3, b.h * 0.26, '#d9b45a', { layer: o.layer, opacity: 0.55 });
  c.ellipse(cx, cy, b.w * 0.22, b.h * 0.18, shade(col, 0.1), { layer: o.layer });
};

export const piano: Painter = (c, b, o) => {
  const { X, Y } = at(b);
  const L = { layer: o.layer };
  c.path(`M${fmt(X(0.02))} ${fmt(Y(0.35))} L${fmt(X(0.02))} ${fmt(Y(0.62))} L${fmt(X(0.98))} ${fmt(Y(0.62))} Q${fmt(X(1))} ${fmt(Y(0.38))} ${fmt(X(0.7))} ${fmt(Y(0.34))} Q${fmt(X(0.5))} ${fmt(Y(0.3))} ${fmt(X(0.4))} ${fmt(Y(0.35))} Z`, '#1d1d22', L);
  c.line(`M${fmt(X(0.3))} ${fmt(Y(0.36))} L${fmt(X(0.75))} ${fmt(Y(0.02))}`, '#1d1d22', b.w * 0.02, L);
  c.path(`M${fmt(X(0.4))} ${fmt(Y(0.34))} L${fmt(X(0.78))} ${fmt(Y(0.02))} L${fmt(X(0.95))} ${fmt(Y(0.3))} Z`, '#2a2a31', L);
  c.rect(X(0.02), Y(0.62), b.w * 0.3, b.h * 0.07, '#f4f1ea', L);
  for (let k = 0; k < 7; k++) c.rect(X(0.04 + k * 0.04), Y(0.62), b.w * 0.015, b.h * 0.045, '#111', { ...L, bare: true });
  for (const lx of [0.06, 0.5, 0.9]) c.rect(X(lx), Y(0.62), b.w * 0.035, b.h * 0.38, '#1d1d22', L);
};

export const easel: Painter = (c, b, o) => {
  const { X, Y } = at(b);
  const L = { layer: o.layer };
  c.line(`M${fmt(X(0.5))} ${fmt(Y(0))} L${fmt(X(0.12))} ${fmt(Y(1))} M${fmt(X(0.5))} ${fmt(Y(0))} L${fmt(X(0.88))} ${fmt(Y(1))} M${fmt(X(0.5))} ${fmt(Y(0))} L${fmt(X(0.5))} ${fmt(Y(0.95))}`, WOOD, b.w * 0.05, L);
  c.rect(X(0.08), Y(0.1), b.w * 0.84, b.h * 0.5, '#f7f3ea', L);
  c.path(`M${fmt(X(0.14))} ${fmt(Y(0.5))} Q${fmt(X(0.35))} ${fmt(Y(0.25))} ${fmt(X(0.5))} ${fmt(Y(0.42))} T${fmt(X(0.86))} ${fmt(Y(0.3))} L${fmt(X(0.86))} ${fmt(Y(0.56))} L${fmt(X(0.14))} ${fmt(Y(0.56))} Z`, '#6fb56a', { ...L, bare: true });
  c.circle(X(0.7), Y(0.22), b.w * 0.06, '#f7c948', { ...L, bare: true });
  c.rect(X(0.05), Y(0.6), b.w * 0.9, b.h * 0.04, DARK_WOOD, L);
};

export const sign: Painter = (c, b, o) => {
  const { X, Y } = at(b);
  const L = { layer: o.layer };
  for (const lx of [0.16, 0.78]) c.rect(X(lx), Y(0.3), b.w * 0.06, b.h * 0.7, DARK_WOOD, L);
  c.rect(X(0), Y(0), b.w, b.h * 0.62, o.color ?? '#b9824f', { ...L, rx: b.w * 0.03 });
};

/** A treasure chest, lid thrown back, heaped with gold. */
export const chest: Painter = (c, b, o) => {
  const { X, Y } = at(b);
  const L = { layer: o.layer };
  const wood = o.color ?? '#8a4f2a';
  const gold = '#f2c230';
  c.polygon([X(0.1), Y(0.42), X(0.16), Y(0.02), X(0.84), Y(0.02), X(0.9), Y(0.42)], shade(wood, -0.25), L);
  c.rect(X(0.2), Y(0.08), b.w * 0.6, b.h * 0.3, shade(wood, -0.45), L);
  c.path(`M${fmt(X(0.08))} ${fmt(Y(0.5))} Q${fmt(X(0.3))} ${fmt(Y(0.22))} ${fmt(X(0.5))} ${fmt(Y(0.3))} Q${fmt(X(0.72))} ${fmt(Y(0.2))} ${fmt(X(0.92))} ${fmt(Y(0.5))} Z`, gold, { ...L, layer: 'fg' });
  for (const [fx, fy] of [[0.3, 0.36], [0.48, 0.31], [0.64, 0.34], [0.78, 0.4]]) c.circle(X(fx), Y(fy), b.w * 0.04, '#ffe27a', { layer: 'fg' });
  c.circle(X(0.4), Y(0.4), b.w * 0.035, '#e0312b', { layer: 'fg' });
  c.rect(X(0.05), Y(0.46), b.w * 0.9, b.h * 0.54, c.linear([[0, shade(wood, 0.1)], [1, shade(wood, -0.2)]]), { ...L, rx: b.w * 0.02 });
  for (const fx of [0.05, 0.3, 0.65, 0.9]) c.rect(X(fx), Y(0.46), b.w * 0.05, b.h * 0.54, '#c9962b', L);
  c.rect(X(0.05), Y(0.46), b.w * 0.9, b.h * 0.06, '#c9962b', L);
  c.rect(X(0.43), Y(0.55), b.w * 0.14, b.h * 0.18, '#e0b43a', { ...L, rx: b.w * 0.02 });
  c.circle(X(0.5), Y(0.63), b.w * 0.022, '#3a2a14', { ...L, bare: true });
};

/** Fairy lights: warm bulbs on wires drooping across the box in swags. */
export const stringLights: Painter = (c, b, o) => {
  const { X, Y } = at(b);
  const swags = Math.max(2, Math.round(b.w / (b.h * 3)));
  const colors = o.color ? [o.color] : ['#ffd36b', '#ff8fb1', '#8fd3ff', '#b8f28f', '#ffb35c'];
  let wire = '';
  let glow = '';
  const bulbs: [number, number, string][] = [];
  for (let s = 0; s < swags; s++) {
    const x0 = X(s / swags), x1 = X((s + 1) / swags);
    const sag = Y(0.15 + 0.7 * (s % 2 === 0 ? 1 : 0.8));
    wire += `M${fmt(x0)} ${fmt(Y(0.1))} Q${fmt((x0 + x1) / 2)} ${fmt(sag * 2 - Y(0.1))} ${fmt(x1)} ${fmt(Y(0.1))}`;
    const n = 7;
    for (let k = 1; k < n; k++) {
      const t = k / n;
      const x = x0 + (x1 - x0) * t;
      const y = (1 - t) * (1 - t) * Y(0.1) + 2 * (1 - t) * t * (sag * 2 - Y(0.1)) + t * t * Y(0.1);
      bulbs.push([x, y, colors[(s * n + k) % colors.length]]);
    }
  }
  const r = Math.max(2, b.h * 0.06);
  const disc = (x: number, y: number, k: number) => `M${fmt(x - r * k)} ${fmt(y)}a${fmt(r * k)} ${fmt(r * k)} 0 1 0 ${fmt(r * k * 2)} 0a${fmt(r * k)} ${fmt(r * k)} 0 1 0 ${fmt(-r * k * 2)} 0`;
  let halo = '';
  for (const [x, y] of bulbs) {
    glow += disc(x, y + r, 3.2);
    halo += disc(x, y + r, 1.8);
  }
  c.line(wire, '#3a3230', Math.max(1, b.h * 0.012), { layer: o.layer, bare: true });
  c.path(glow, '#ffd98a', { bare: true, opacity: 0.16, layer: 'fg' });
  c.path(halo, '#fff0c0', { bare: true, opacity: 0.3, layer: 'fg' });
  for (const [x, y, col] of bulbs) c.ellipse(x, y + r, r * 0.75, r, col, { layer: 'fg', bare: true });
};
