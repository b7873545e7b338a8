// More of what a product stands on (docs/local-engine-modes.md, "Product surfaces"): pale glass
// with rippling water caustics, brushed metal's fine streaks and long highlight, a dusting of flour
// over the top, and a gallery room's plain wall with late light falling across it.
import { fmt, type Canvas } from '../canvas.js';
import { mixHex, shade } from '../color.js';
import type { Rng } from '../prng.js';
import type { Rect } from '../stage.js';
import type { ProductSurface } from '../../plan/product-surface.js';

/** Rippling bright lines of light on glass (water caustics), in loose cells, fading to the back. */
export function caustics(c: Canvas, r: Rect, base: string, rng: Rng): void {
  const m = Math.min(c.width, c.height);
  const light = mixHex(base, '#ffffff', 0.75);
  for (let row = 0; row < 7; row++) {
    const depth = (row + 0.5) / 7;
    const y0 = r.y + r.h * depth, amp = r.h * (0.012 + depth * 0.03), step = r.w * (0.05 + depth * 0.05);
    let d = `M${fmt(r.x - step)} ${fmt(y0)}`;
    for (let x = r.x - step; x < r.x + r.w + step; x += step) d += `q${fmt(step / 2)} ${fmt(rng.range(-1, 1) * amp * 2)} ${fmt(step)} ${fmt(rng.range(-1, 1) * amp)}`;
    c.line(d, light, Math.max(0.8, m * (0.002 + depth * 0.004)), { bare: true, opacity: 0.25 + depth * 0.35 });
  }
  // A few brighter knots where the ripples cross.
  const knot = c.radial([[0, '#ffffff', 0.5], [1, '#ffffff', 0]]);
  for (let i = 0; i < 6; i++) {
    const x = r.x + rng.next() * r.w, y = r.y + r.h * rng.range(0.15, 0.95), rr = m * rng.range(0.01, 0.03);
    c.ellipse(x, y, rr * 2.2, rr * 0.6, knot, { bare: true });
  }
}

/** A glass slab's front edge: a bright band, tinted deeper where the light passes through. */
export function glassEdge(c: Canvas, r: Rect, base: string, edge: number): void {
  const H = r.y + r.h;
  c.rect(r.x, H - edge, r.w, edge, c.linear([[0, shade(base, -0.08)], [0.5, mixHex(base, '#ffffff', 0.4)], [1, shade(base, -0.18)]]), { bare: true, opacity: 0.9 });
}

/** Brushed metal: fine horizontal streaks and a long soft highlight across the top. */
export function brushed(c: Canvas, r: Rect, base: string, rng: Rng): void {
  const m = Math.min(c.width, c.height);
  let dark = '', light = '';
  for (let i = 0; i < 120; i++) {
    const y = r.y + r.h * rng.next(), x = r.x + rng.range(-0.2, 0.9) * r.w, len = r.w * rng.range(0.15, 0.6);
    const seg = `M${fmt(x)} ${fmt(y)}h${fmt(len)}`;
    if (i % 2) dark += seg;
    else light += seg;
  }
  c.line(dark, shade(base, -0.22), Math.max(0.5, m * 0.0012), { bare: true, opacity: 0.45 });
  c.line(light, mixHex(base, '#ffffff', 0.6), Math.max(0.5, m * 0.0012), { bare: true, opacity: 0.5 });
  c.rect(r.x, r.y + r.h * 0.25, r.w, r.h * 0.2, c.linear([[0, '#ffffff', 0], [0.5, '#ffffff', 0.28], [1, '#ffffff', 0]]), { bare: true });
}

/** A dusting of flour (or sugar, or cocoa) over the top, thicker in a few drifts. */
export function dusting(c: Canvas, r: Rect, dust: NonNullable<ProductSurface['dust']>, rng: Rng): void {
  const m = Math.min(c.width, c.height);
  const ink = dust === 'cocoa' ? '#5a3a26' : '#ffffff';
  for (let i = 0; i < 5; i++) {
    const x = r.x + r.w * rng.range(0.05, 0.95), y = r.y + r.h * rng.range(0.2, 0.85);
    c.ellipse(x, y, m * rng.range(0.08, 0.16), m * rng.range(0.02, 0.04), c.radial([[0, ink, 0.55], [1, ink, 0]]), { bare: true });
  }
  let d = '';
  const s = Math.max(0.7, m * 0.0025);
  for (let i = 0; i < 420; i++) d += `M${fmt(r.x + rng.next() * r.w)} ${fmt(r.y + r.h * Math.sqrt(rng.next()))}h${fmt(s)}`;
  c.line(d, ink, s, { bare: true, opacity: 0.75 });
}

/** A gallery's plain wall down to the floor line, a skirting board, and late light falling across it. */
export function galleryWall(c: Canvas, wall: string, floorTop: number): void {
  const W = c.width;
  c.rect(0, 0, W, floorTop, c.linear([[0, shade(wall, -0.06)], [0.7, wall], [1, shade(wall, -0.03)]]), { bare: true });
  // Late-afternoon light: a warm slanted window patch on the wall.
  c.polygon([W * 0.56, floorTop * 0.18, W * 0.78, floorTop * 0.12, W * 0.9, floorTop * 0.94, W * 0.66, floorTop * 0.98], c.linear([[0, '#fff1cf', 0.5], [1, '#ffe2a8', 0.25]]), { bare: true });
  c.rect(0, floorTop - Math.max(2, floorTop * 0.025), W, Math.max(2, floorTop * 0.025), shade(wall, -0.12), { bare: true });
}
