// Artists' manners (plan/modes/art-manner.ts; docs/local-engine.md, "Artists' manners"): each
// fills the picture the way that painter did, as the whole of an abstract render or as the
// backdrop behind a named subject. Flat shapes, lines and patterns only: cheap at any size.
import { fmt, type Canvas } from '../../paint/canvas.js';
import { mixHex } from '../../paint/color.js';
import type { Rng } from '../../paint/prng.js';
import type { Manner } from '../../plan/modes/art-manner.js';

const INK = '#1a1a1a';
type Box = { x: number; y: number; w: number; h: number };

export function paintManner(c: Canvas, manner: Manner, W: number, H: number, rng: Rng): void {
  PAINTERS[manner](c, W, H, rng);
}

const poly = (pts: number[]) => `M${pts.map(fmt).reduce((s, v, i) => s + (i % 2 ? ` ${v}` : i ? `L${v}` : v), '')}Z`;

const PAINTERS: Record<Manner, (c: Canvas, W: number, H: number, rng: Rng) => void> = {
  kandinsky(c, W, H, rng) {
    const m = Math.min(W, H);
    c.rect(0, 0, W, H, '#efe6d2', { bare: true });
    const tones = ['#1f4e9c', '#d8332a', '#f2c12e', '#2f8f5b', '#7a3e9d', '#e87a2a', '#111111'];
    // The big circle: a dark disc in a halo, upper left; concentric rings elsewhere.
    c.circle(W * 0.28, H * 0.32, m * 0.2, '#c9a0d8', { bare: true, opacity: 0.7 });
    c.circle(W * 0.28, H * 0.32, m * 0.14, '#14122a', { bare: true });
    c.circle(W * 0.28, H * 0.32, m * 0.06, '#d8332a', { bare: true });
    for (let i = 0; i < 3; i++) {
      const x = W * rng.range(0.5, 0.9), y = H * rng.range(0.15, 0.85), r = m * rng.range(0.05, 0.1);
      for (let k = 3; k >= 1; k--) c.circle(x, y, (r * k) / 3, tones[(i + k) % tones.length]!, { bare: true });
    }
    for (let i = 0; i < 14; i++) c.circle(W * rng.next(), H * rng.next(), m * rng.range(0.01, 0.04), rng.pick(tones), { bare: true });
    // Triangles, straight lines fanning across, arcs and a little chequerboard.
    for (let i = 0; i < 5; i++) {
      const x = W * rng.range(0.1, 0.9), y = H * rng.range(0.2, 0.9), s = m * rng.range(0.06, 0.16), a = rng.range(0, Math.PI * 2);
      c.path(poly([x, y, x + Math.cos(a) * s, y + Math.sin(a) * s, x + Math.cos(a + 0.5) * s * 1.3, y + Math.sin(a + 0.5) * s * 1.3]), rng.pick(tones), { bare: true, opacity: 0.9 });
    }
    let lines = '';
    for (let i = 0; i < 12; i++) lines += `M${fmt(W * rng.next())} ${fmt(H * rng.next())}L${fmt(W * rng.next())} ${fmt(H * rng.next())}`;
    c.line(lines, INK, m * 0.004, { bare: true });
    let arcs = '';
    for (let i = 0; i < 5; i++) {
      const x = W * rng.next(), y = H * rng.next(), r = m * rng.range(0.08, 0.25);
      arcs += `M${fmt(x - r)} ${fmt(y)}A${fmt(r)} ${fmt(r)} 0 0 1 ${fmt(x + r)} ${fmt(y)}`;
    }
    c.line(arcs, INK, m * 0.007, { bare: true });
    const bx = W * rng.range(0.55, 0.75), by = H * rng.range(0.6, 0.75), q = m * 0.025;
    for (let i = 0; i < 4; i++) for (let k = 0; k < 4; k++) if ((i + k) % 2 === 0) c.rect(bx + i * q, by + k * q, q, q, i % 3 ? '#111111' : '#d8332a', { bare: true });
  },
  mondrian(c, W, H, rng) {
    c.rect(0, 0, W, H, '#f4f1ea', { bare: true });
    const cells: Box[] = [];
    const split = (b: Box, depth: number) => {
      if (depth === 0 || Math.min(b.w, b.h) < Math.min(W, H) * 0.14) return cells.push(b);
      const vertical = b.w > b.h ? rng.chance(0.75) : rng.chance(0.25);
      const t = rng.range(0.3, 0.7);
      if (vertical) { split({ ...b, w: b.w * t }, depth - 1); split({ ...b, x: b.x + b.w * t, w: b.w * (1 - t) }, depth - 1); }
      else { split({ ...b, h: b.h * t }, depth - 1); split({ ...b, y: b.y + b.h * t, h: b.h * (1 - t) }, depth - 1); }
    };
    split({ x: 0, y: 0, w: W, h: H }, 4);
    const colours = ['#d8262b', '#1f47a8', '#f5cf1d'];
    cells.forEach((b, i) => {
      if (i < 3 || rng.chance(0.22)) c.rect(b.x, b.y, b.w, b.h, i < 3 ? colours[i]! : rng.pick([...colours, '#111111']), { bare: true });
    });
    const line = Math.min(W, H) * 0.018;
    for (const b of cells) c.rect(b.x, b.y, b.w, b.h, 'none', { bare: true, extra: `stroke="${c.paint(INK)}" stroke-width="${fmt(line)}"` });
  },
  miro(c, W, H, rng) {
    const m = Math.min(W, H);
    c.rect(0, 0, W, H, '#e9e0c8', { bare: true });
    const tones = ['#d8262b', '#1f47a8', '#f5cf1d', '#2f8f5b', '#111111'];
    for (let i = 0; i < 5; i++) {
      const x = W * rng.range(0.1, 0.9), y = H * rng.range(0.15, 0.85), r = m * rng.range(0.05, 0.11);
      c.path(`M${fmt(x - r)} ${fmt(y)}C${fmt(x - r)} ${fmt(y - r * 1.6)} ${fmt(x + r * 1.4)} ${fmt(y - r)} ${fmt(x + r)} ${fmt(y)}C${fmt(x + r * 0.6)} ${fmt(y + r)} ${fmt(x - r * 0.4)} ${fmt(y + r * 1.2)} ${fmt(x - r)} ${fmt(y)}Z`, tones[i % tones.length]!, { bare: true });
    }
    let lines = '';
    for (let i = 0; i < 6; i++) {
      const x = W * rng.next(), y = H * rng.next();
      lines += `M${fmt(x)} ${fmt(y)}C${fmt(x + m * rng.range(-0.3, 0.3))} ${fmt(y + m * rng.range(-0.3, 0.3))} ${fmt(x + m * rng.range(-0.3, 0.3))} ${fmt(y + m * rng.range(-0.3, 0.3))} ${fmt(W * rng.next())} ${fmt(H * rng.next())}`;
    }
    c.line(lines, INK, m * 0.006, { bare: true });
    // Black stars (crossed strokes), dots and little crescents.
    let stars = '';
    for (let i = 0; i < 6; i++) {
      const x = W * rng.next(), y = H * rng.next(), s = m * rng.range(0.025, 0.05);
      for (let k = 0; k < 4; k++) { const a = (Math.PI * k) / 4; stars += `M${fmt(x - Math.cos(a) * s)} ${fmt(y - Math.sin(a) * s)}L${fmt(x + Math.cos(a) * s)} ${fmt(y + Math.sin(a) * s)}`; }
    }
    c.line(stars, INK, m * 0.006, { bare: true });
    for (let i = 0; i < 10; i++) c.circle(W * rng.next(), H * rng.next(), m * rng.range(0.008, 0.025), rng.pick(tones), { bare: true });
  },
  pollock(c, W, H, rng) {
    const m = Math.min(W, H);
    c.rect(0, 0, W, H, '#e6dcc6', { bare: true });
    for (const [col, n, wid] of [['#2b2622', 16, 0.006], ['#f4f1ea', 12, 0.005], ['#8a8f96', 8, 0.004], ['#c98a2e', 9, 0.004], ['#9c3a2a', 6, 0.003], ['#1d1d1d', 16, 0.0025]] as const) {
      let d = '';
      for (let i = 0; i < n; i++) {
        let x = W * rng.next(), y = H * rng.next();
        d += `M${fmt(x)} ${fmt(y)}`;
        for (let k = 0; k < 6; k++) {
          const nx = x + m * rng.range(-0.25, 0.25), ny = y + m * rng.range(-0.25, 0.25);
          d += `Q${fmt(x + m * rng.range(-0.2, 0.2))} ${fmt(y + m * rng.range(-0.2, 0.2))} ${fmt(nx)} ${fmt(ny)}`;
          x = nx; y = ny;
        }
      }
      c.line(d, col, m * wid * rng.range(0.7, 1.4), { bare: true });
      let dots = '';
      for (let i = 0; i < n * 3; i++) { const x = W * rng.next(), y = H * rng.next(), r = m * rng.range(0.002, 0.009); dots += `M${fmt(x - r)} ${fmt(y)}a${fmt(r)} ${fmt(r)} 0 1 0 ${fmt(2 * r)} 0a${fmt(r)} ${fmt(r)} 0 1 0 ${fmt(-2 * r)} 0`; }
      c.path(dots, col, { bare: true });
    }
  },
  rothko(c, W, H, rng) {
    const pairs = [['#7a1f1f', '#e2662a', '#3a0f14'], ['#2a2147', '#b8441f', '#6b1d2c'], ['#c8541c', '#f0b43a', '#8f2a1a']];
    const [back, top, bottom] = rng.pick(pairs);
    c.rect(0, 0, W, H, back!, { bare: true });
    const mx = W * 0.09, gap = H * 0.05;
    const blocks: [number, number, string][] = [[H * 0.07, H * 0.5 - gap / 2 - H * 0.07, top!], [H * 0.5 + gap / 2, H * 0.93 - H * 0.5 - gap / 2, bottom!]];
    // Soft edges: each block as a few rectangles stepping in, each faint, so its edge blurs.
    for (const [y, h, col] of blocks) for (let k = 0; k < 5; k++) {
      const inset = Math.min(W, H) * 0.012 * k;
      c.rect(mx + inset, y + inset, W - 2 * mx - 2 * inset, h - 2 * inset, mixHex(col, back!, 0.3 - k * 0.06), { bare: true, opacity: 0.45 });
    }
  },
  malevich(c, W, H, rng) {
    const m = Math.min(W, H);
    c.rect(0, 0, W, H, '#f1ede2', { bare: true });
    const tones = ['#111111', '#c8262b', '#1f47a8', '#f0c22a', '#2f6b3f'];
    for (let i = 0; i < 12; i++) {
      const w = m * (i === 0 ? 0.3 : rng.range(0.04, 0.22)), h = i === 0 ? w : w * rng.range(0.12, 0.6);
      const x = W * rng.range(0.15, 0.85), y = H * rng.range(0.15, 0.85);
      c.rect(x - w / 2, y - h / 2, w, h, tones[i % tones.length]!, { bare: true, transform: `rotate(${fmt(rng.range(-40, 40))} ${fmt(x)} ${fmt(y)})` });
    }
  },
  cubism(c, W, H, rng) {
    const m = Math.min(W, H);
    c.rect(0, 0, W, H, '#b89a6a', { bare: true });
    const tones = ['#8a6a44', '#c9a46a', '#5f6f7a', '#3f4a52', '#a07c4e', '#d8c49a', '#6b5a3e', '#7f8f8a'];
    // Overlapping angular planes, each with a shaded half, outlined in black.
    for (let i = 0; i < 34; i++) {
      const x = W * rng.next(), y = H * rng.next(), s = m * rng.range(0.1, 0.3);
      const pts: number[] = [];
      const n = rng.int(3, 5);
      for (let k = 0; k < n; k++) { const a = (Math.PI * 2 * k) / n + rng.range(-0.4, 0.4); pts.push(x + Math.cos(a) * s * rng.range(0.5, 1), y + Math.sin(a) * s * rng.range(0.5, 1)); }
      c.path(poly(pts), rng.pick(tones), { bare: true, opacity: 0.85, extra: `stroke="${c.paint(INK)}" stroke-width="${fmt(m * 0.004)}" stroke-linejoin="miter"` });
    }
    // A few curves across the planes (a guitar's body, a bottle's shoulder).
    let d = '';
    for (let i = 0; i < 4; i++) { const x = W * rng.next(), y = H * rng.next(), r = m * rng.range(0.06, 0.14); d += `M${fmt(x - r)} ${fmt(y)}A${fmt(r)} ${fmt(r)} 0 0 0 ${fmt(x + r)} ${fmt(y)}`; }
    c.line(d, INK, m * 0.005, { bare: true });
  },
  surreal(c, W, H, rng) {
    // (Drawn over the desert: the clocks only; compose.ts paints the desert first.)
    meltingClocks(c, { x: 0, y: H * 0.55, w: W, h: H * 0.45 }, rng);
  },
  floral(c, W, H, rng) {
    const [ground, motif, gold] = rng.pick([['#6e1f2a', '#a8424c', '#d9b25c'], ['#1f4a4a', '#3f7a72', '#d6b45e'], ['#f2d9dc', '#d99aa6', '#c9a24a'], ['#dfe8dc', '#9fbf9a', '#c9a24a']]);
    const s = Math.min(W, H) * 0.2, id = c.id('damask');
    const g = (hex: string) => c.paint(hex!);
    // One damask medallion: a flower of petals in a frame of leaves and scrolls, repeated offset.
    const petals = [0, 60, 120, 180, 240, 300].map((a) => `<ellipse cx="${fmt(s / 2)}" cy="${fmt(s * 0.36)}" rx="${fmt(s * 0.06)}" ry="${fmt(s * 0.13)}" transform="rotate(${a} ${fmt(s / 2)} ${fmt(s / 2)})" fill="${g(motif!)}"/>`).join('');
    const leaves = [45, 135, 225, 315].map((a) => `<path d="M${fmt(s / 2)} ${fmt(s * 0.12)}q${fmt(s * 0.12)} ${fmt(s * 0.1)} 0 ${fmt(s * 0.26)}q${fmt(-s * 0.12)} ${fmt(-s * 0.1)} 0 ${fmt(-s * 0.26)}Z" transform="rotate(${a} ${fmt(s / 2)} ${fmt(s / 2)})" fill="${g(motif!)}"/>`).join('');
    const scroll = `<path d="M${fmt(s * 0.1)} ${fmt(s / 2)}c0 ${fmt(-s * 0.3)} ${fmt(s * 0.8)} ${fmt(-s * 0.3)} ${fmt(s * 0.8)} 0c0 ${fmt(s * 0.3)} ${fmt(-s * 0.8)} ${fmt(s * 0.3)} ${fmt(-s * 0.8)} 0Z" fill="none" stroke="${g(gold!)}" stroke-width="${fmt(s * 0.02)}"/>`;
    const bloom = `${leaves}${petals}<circle cx="${fmt(s / 2)}" cy="${fmt(s / 2)}" r="${fmt(s * 0.06)}" fill="${g(gold!)}"/>${scroll}`;
    const small = `<g transform="translate(${fmt(s / 2)} ${fmt(s / 2)}) scale(.5) translate(${fmt(-s / 2)} ${fmt(-s / 2)})">${petals}</g>`;
    c.def(`<pattern id="${id}" width="${fmt(s)}" height="${fmt(s)}" patternUnits="userSpaceOnUse"><rect width="${fmt(s)}" height="${fmt(s)}" fill="${g(ground!)}"/>${bloom}<g transform="translate(${fmt(-s / 2)} ${fmt(-s / 2)})">${small}</g><g transform="translate(${fmt(s / 2)} ${fmt(-s / 2)})">${small}</g><g transform="translate(${fmt(-s / 2)} ${fmt(s / 2)})">${small}</g><g transform="translate(${fmt(s / 2)} ${fmt(s / 2)})">${small}</g></pattern>`);
    c.add(`<rect x="0" y="0" width="${W}" height="${H}" fill="url(#${id})"/>`);
  },
};

/** Dalí's soft watches: one drooping over a ledge, one over a bare branch, one flat on the ground. */
export function meltingClocks(c: Canvas, ground: Box, rng: Rng): void {
  const m = Math.min(c.width, c.height);
  const { x, y, w } = ground;
  // A bare dead tree on the left, a stone ledge in the middle.
  const tx = x + w * 0.18, ty = y + ground.h * 0.35;
  c.path(`M${fmt(tx - m * 0.015)} ${fmt(ty)}L${fmt(tx - m * 0.008)} ${fmt(ty - m * 0.32)}L${fmt(tx + m * 0.16)} ${fmt(ty - m * 0.36)}L${fmt(tx + m * 0.16)} ${fmt(ty - m * 0.345)}L${fmt(tx + m * 0.008)} ${fmt(ty - m * 0.3)}L${fmt(tx + m * 0.015)} ${fmt(ty)}Z`, '#4a3a2a', { layer: 'fg' });
  const lx = x + w * 0.52, ly = y + ground.h * 0.3;
  c.rect(lx, ly, m * 0.3, m * 0.09, '#8a6a4a', { layer: 'fg' });
  softWatch(c, tx + m * 0.12, ty - m * 0.35, m * 0.13, rng);
  softWatch(c, lx + m * 0.3, ly, m * 0.15, rng);
  softWatch(c, x + w * 0.35, y + ground.h * 0.72, m * 0.12, rng, true);
}

/** One soft watch: a gold-rimmed face sagging into a drip over the edge it hangs on. */
function softWatch(c: Canvas, ex: number, ey: number, s: number, rng: Rng, flat = false): void {
  const sag = flat ? s * 0.2 : s * rng.range(0.7, 0.95);
  const d = `M${fmt(ex - s * 0.6)} ${fmt(ey - s * 0.12)}C${fmt(ex - s * 0.5)} ${fmt(ey - s * 0.45)} ${fmt(ex + s * 0.5)} ${fmt(ey - s * 0.45)} ${fmt(ex + s * 0.55)} ${fmt(ey - s * 0.05)}` +
    `C${fmt(ex + s * 0.6)} ${fmt(ey + sag * 0.6)} ${fmt(ex + s * 0.15)} ${fmt(ey + sag)} ${fmt(ex + s * 0.05)} ${fmt(ey + sag)}C${fmt(ex - s * 0.05)} ${fmt(ey + sag * 0.6)} ${fmt(ex - s * 0.35)} ${fmt(ey + s * 0.2)} ${fmt(ex - s * 0.6)} ${fmt(ey - s * 0.12)}Z`;
  c.path(d, '#d9a23a', { layer: 'fg' });
  const inner = `M${fmt(ex - s * 0.5)} ${fmt(ey - s * 0.1)}C${fmt(ex - s * 0.4)} ${fmt(ey - s * 0.36)} ${fmt(ex + s * 0.42)} ${fmt(ey - s * 0.36)} ${fmt(ex + s * 0.46)} ${fmt(ey - s * 0.04)}C${fmt(ex + s * 0.5)} ${fmt(ey + sag * 0.5)} ${fmt(ex + s * 0.12)} ${fmt(ey + sag * 0.88)} ${fmt(ex + s * 0.05)} ${fmt(ey + sag * 0.88)}C${fmt(ex - s * 0.03)} ${fmt(ey + sag * 0.5)} ${fmt(ex - s * 0.3)} ${fmt(ey + s * 0.16)} ${fmt(ex - s * 0.5)} ${fmt(ey - s * 0.1)}Z`;
  c.path(inner, '#f3ead2', { layer: 'fg', bare: true });
  let ticks = '';
  for (let k = 0; k < 12; k++) { const a = (Math.PI * 2 * k) / 12; const r = s * 0.28; ticks += `M${fmt(ex + Math.cos(a) * r * 1.1)} ${fmt(ey - s * 0.08 + Math.sin(a) * r * 0.6 * (Math.sin(a) > 0 ? 1 + sag / s : 1))}l${fmt(Math.cos(a) * s * 0.04)} ${fmt(Math.sin(a) * s * 0.04)}`; }
  c.line(ticks, '#2a2218', s * 0.025, { layer: 'fg' });
  c.line(`M${fmt(ex)} ${fmt(ey - s * 0.08)}l${fmt(s * 0.18)} ${fmt(-s * 0.06)}M${fmt(ex)} ${fmt(ey - s * 0.08)}l${fmt(-s * 0.04)} ${fmt(s * 0.2)}`, '#2a2218', s * 0.035, { layer: 'fg' });
}

/** A cubist subject: its box broken into translucent angular planes with black edges, over it. */
export function cubistFacets(c: Canvas, r: Box, rng: Rng): void {
  const m = Math.min(r.w, r.h);
  let light = '', dark = '', edges = '';
  for (let i = 0; i < 6; i++) {
    const x = r.x + r.w * rng.range(0.15, 0.85), y = r.y + r.h * rng.range(0.15, 0.85), s = m * rng.range(0.15, 0.3);
    const pts: number[] = [];
    for (let k = 0; k < 4; k++) { const a = (Math.PI * k) / 2 + rng.range(-0.5, 0.5); pts.push(x + Math.cos(a) * s, y + Math.sin(a) * s); }
    const d = poly(pts);
    if (i % 2) light += d; else dark += d;
    edges += d;
  }
  c.add(`<path d="${light}" fill="#f3e6c8" fill-opacity=".16"/><path d="${dark}" fill="#2a2a35" fill-opacity=".12"/>`);
  c.add(`<path d="${edges}" fill="none" stroke="${c.paint(INK, 'fg')}" stroke-opacity=".4" stroke-width="${fmt(c.u * 0.25)}" stroke-linejoin="miter"/>`);
}
