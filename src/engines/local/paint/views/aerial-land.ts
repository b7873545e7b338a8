// The land seen from straight above: a patchwork of fields with hedges and a lane, a forest's
// canopy (pines in snow), a river winding through, a lake among trees, a coast where sand meets
// surf and deep water, or dunes (docs/local-engine.md, "Viewpoints").
import { fmt, type Canvas } from '../canvas.js';
import { shade } from '../color.js';
import type { Rng } from '../prng.js';
import type { SettingKind } from '../../read/lexicon-settings.js';
import type { ViewContext, ViewScene } from './iso.js';

/** A tree's crown seen from above at (x, y), `r` across: shadow, crown, a lit side. */
export function topTree(c: Canvas, x: number, y: number, r: number, green: string, pine = false): void {
  c.circle(x + r * 0.35, y + r * 0.35, r, '#000000', { bare: true, opacity: 0.22, layer: 'fg' });
  if (pine) {
    const pts: number[] = [];
    for (let k = 0; k < 16; k++) {
      const a = (k / 16) * Math.PI * 2, rr = k % 2 ? r * 0.55 : r;
      pts.push(x + Math.cos(a) * rr, y + Math.sin(a) * rr);
    }
    c.polygon(pts, green, { layer: 'fg' });
    c.circle(x, y, r * 0.3, shade(green, 0.2), { layer: 'fg', bare: true });
    return;
  }
  c.circle(x, y, r, green, { layer: 'fg' });
  c.circle(x - r * 0.25, y - r * 0.25, r * 0.55, shade(green, 0.16), { layer: 'fg', bare: true, opacity: 0.85 });
}

const circleD = (x: number, y: number, r: number) => `M${fmt(x - r)} ${fmt(y)}a${fmt(r)} ${fmt(r)} 0 1 0 ${fmt(2 * r)} 0a${fmt(r)} ${fmt(r)} 0 1 0 ${fmt(-2 * r)} 0Z`;

/**
 * Many crowns at once, as one path per colour (shadows first, then crowns, then their lit sides):
 * a forest of three hundred trees is a handful of shapes for the rasterizer.
 */
export class Crowns {
  private shadows = '';
  private readonly crowns = new Map<string, string>();
  private readonly lights = new Map<string, string>();
  private snow = '';

  add(x: number, y: number, r: number, green: string, pine = false, snowy = false): void {
    this.shadows += circleD(x + r * 0.35, y + r * 0.35, r);
    let d = '';
    if (pine) {
      for (let k = 0; k < 16; k++) {
        const a = (k / 16) * Math.PI * 2, rr = k % 2 ? r * 0.55 : r;
        d += `${k ? 'L' : 'M'}${fmt(x + Math.cos(a) * rr)} ${fmt(y + Math.sin(a) * rr)}`;
      }
      d += 'Z';
    } else d = circleD(x, y, r);
    this.crowns.set(green, (this.crowns.get(green) ?? '') + d);
    this.lights.set(green, (this.lights.get(green) ?? '') + (pine ? circleD(x, y, r * 0.3) : circleD(x - r * 0.25, y - r * 0.25, r * 0.55)));
    if (snowy) this.snow += circleD(x - r * 0.2, y - r * 0.2, r * 0.35);
  }

  draw(c: Canvas): void {
    if (this.shadows) c.path(this.shadows, '#000000', { bare: true, opacity: 0.22, layer: 'fg' });
    for (const [green, d] of this.crowns) c.path(d, green, { layer: 'fg' });
    for (const [green, d] of this.lights) c.path(d, shade(green, 0.16), { layer: 'fg', bare: true, opacity: 0.85 });
    if (this.snow) c.path(this.snow, '#f4f8fb', { layer: 'fg', bare: true });
  }
}

const SEA: ReadonlySet<SettingKind> = new Set<SettingKind>(['beach', 'coast', 'ocean', 'underwater', 'fjord']);
const WOODS: ReadonlySet<SettingKind> = new Set<SettingKind>(['forest', 'jungle', 'mountains', 'snow']);

export function aerialLand(ctx: ViewContext): ViewScene {
  const { c, setting } = ctx;
  const W = c.width, H = c.height, m = Math.min(W, H);
  const spots: ViewScene['spots'] = [{ x: W * 0.5, y: H * 0.6, h: m * 0.24, depth: 1 }, { x: W * 0.3, y: H * 0.75, h: m * 0.2, depth: 2 }];
  if (setting === 'underwater') return { what: reef(ctx), spots };
  if (SEA.has(setting)) return { what: coast(ctx), spots: spots.map((s) => ({ ...s, x: s.x - W * 0.12 })) };
  if (ctx.park && (setting === 'park' || setting === 'garden')) return { what: park(ctx), spots };
  if (setting === 'canyon') return { what: mesas(ctx), spots };
  if (setting === 'desert' || setting === 'mars') return { what: dunes(ctx), spots };
  if (setting === 'lake') return { what: lake(ctx), spots: [{ x: W * 0.5, y: H * 0.58, h: m * 0.2, depth: 1 }] };
  if (WOODS.has(setting)) return { what: woods(ctx), spots };
  return { what: fields(ctx), spots };
}

/** A river winding across the picture from top to bottom; returns its centre line's points. */
function river(c: Canvas, rng: Rng, width: number): [number, number][] {
  const W = c.width, H = c.height;
  const pts: [number, number][] = [];
  let x = W * rng.range(0.3, 0.7);
  for (let k = 0; k <= 6; k++) {
    pts.push([x, (H * k) / 6]);
    x = Math.min(W * 0.85, Math.max(W * 0.15, x + rng.range(-0.22, 0.22) * W));
  }
  let d = `M${fmt(pts[0]![0])} ${fmt(pts[0]![1] - width)}`;
  for (let k = 1; k < pts.length; k++) {
    const [px, py] = pts[k - 1]!, [qx, qy] = pts[k]!;
    d += `C${fmt(px)} ${fmt(py + (qy - py) * 0.5)} ${fmt(qx)} ${fmt(qy - (qy - py) * 0.5)} ${fmt(qx)} ${fmt(qy)}`;
  }
  d += `v${fmt(width)}`;
  c.line(d, '#d8c9a0', width * 1.35, { bare: true });
  c.line(d, '#3f8fc0', width, { bare: true });
  c.line(d, '#7cc0e6', width * 0.35, { bare: true, opacity: 0.6 });
  return pts;
}

function nearLine(pts: readonly [number, number][], x: number, y: number, r: number): boolean {
  for (let k = 1; k < pts.length; k++) {
    const [ax, ay] = pts[k - 1]!, [bx, by] = pts[k]!;
    const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
    if (Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay))) < r) return true;
  }
  return false;
}

/** A patchwork of fields in rows, hedges of trees along their edges, a lane and maybe a river. */
function fields(ctx: ViewContext): string {
  const { c, rng } = ctx;
  const W = c.width, H = c.height, m = Math.min(W, H);
  const snowy = ctx.snowy;
  const crops = snowy ? ['#eef2f6', '#e2e8ee', '#f6f8fa'] : ctx.setting === 'savanna' ? ['#d7c16a', '#c9b35a', '#e0cc7a'] : ['#8cc063', '#a9c75a', '#d9c46a', '#7aa851', '#c9a45a', '#9fcf6a', '#b8d07a'];
  const cols = Math.max(3, Math.round((W / m) * 3)), rows = Math.max(3, Math.round((H / m) * 3));
  // A jittered grid: fields are the quads between its points.
  const gx = (i: number, j: number) => (W * i) / cols + (i > 0 && i < cols ? (((i * 7 + j * 13) % 5) - 2) * m * 0.03 : 0);
  const gy = (i: number, j: number) => (H * j) / rows + (j > 0 && j < rows ? (((i * 11 + j * 3) % 5) - 2) * m * 0.03 : 0);
  c.rect(0, 0, W, H, '#5f8a45', { bare: true });
  for (let i = 0; i < cols; i++) for (let j = 0; j < rows; j++) {
    const q = [gx(i, j), gy(i, j), gx(i + 1, j), gy(i + 1, j), gx(i + 1, j + 1), gy(i + 1, j + 1), gx(i, j + 1), gy(i, j + 1)];
    const g = m * 0.008;
    const inset = [q[0]! + g, q[1]! + g, q[2]! - g, q[3]! + g, q[4]! - g, q[5]! - g, q[6]! + g, q[7]! - g];
    const color = rng.pick(crops);
    c.polygon(inset, color, { bare: true });
    // Rows across the field, each running from one edge of it to the opposite one.
    const [ax, ay, bx, by, cx, cy, dx, dy] = inset as [number, number, number, number, number, number, number, number];
    const step = m * rng.range(0.014, 0.022);
    const lerp = (x0: number, y0: number, x1: number, y1: number, t: number) => y0 + ((y1 - y0) * (t - x0)) / (x1 - x0 || 1);
    let d = '';
    if (rng.chance(0.5)) {
      for (let x = Math.max(ax, dx) + step / 2; x < Math.min(bx, cx); x += step) d += `M${fmt(x)} ${fmt(lerp(ax, ay, bx, by, x))}V${fmt(lerp(dx, dy, cx, cy, x))}`;
    } else {
      for (let y = Math.max(ay, by) + step / 2; y < Math.min(cy, dy); y += step) d += `M${fmt(lerp(ay, ax, dy, dx, y))} ${fmt(y)}H${fmt(lerp(by, bx, cy, cx, y))}`;
    }
    c.line(d, shade(color, -0.14), step * 0.4, { bare: true, opacity: 0.7, cap: 'butt' });
  }
  const water = ctx.water ? river(c, rng, m * 0.05) : [];
  // Hedgerows: trees along some field edges.
  const hedges = new Crowns();
  for (let i = 1; i < cols; i++) for (let j = 0; j < rows; j++) {
    if (!rng.chance(0.5)) continue;
    for (let t = 0.1; t < 1; t += 0.14) {
      const x = gx(i, j) + (gx(i, j + 1) - gx(i, j)) * t, y = gy(i, j) + (gy(i, j + 1) - gy(i, j)) * t;
      if (!nearLine(water, x, y, m * 0.06)) hedges.add(x, y, m * rng.range(0.018, 0.028), rng.pick(['#3f7a38', '#4f8a40']), snowy, snowy);
    }
  }
  hedges.draw(c);
  // A lane across, with a farmhouse roof beside it.
  const ly = H * rng.range(0.35, 0.65);
  c.line(`M0 ${fmt(ly)}C${fmt(W * 0.35)} ${fmt(ly - m * 0.12)} ${fmt(W * 0.65)} ${fmt(ly + m * 0.12)} ${fmt(W)} ${fmt(ly)}`, '#d9cfb0', m * 0.022, { bare: true });
  const hx = W * 0.66, hy = ly + m * 0.06;
  c.rect(hx + m * 0.012, hy + m * 0.012, m * 0.09, m * 0.06, '#000000', { bare: true, opacity: 0.3 });
  c.rect(hx, hy, m * 0.09, m * 0.03, '#b8564a');
  c.rect(hx, hy + m * 0.03, m * 0.09, m * 0.03, '#8a3f36');
  return `a patchwork of ${snowy ? 'snowy ' : ''}fields with hedgerows, a lane and a farmhouse${water.length ? ', a river winding through' : ''}`;
}

/** A forest's canopy (pines when snowy or in the mountains), with a river or a clearing. */
function woods(ctx: ViewContext): string {
  const { c, rng, setting } = ctx;
  const W = c.width, H = c.height, m = Math.min(W, H);
  const snowy = ctx.snowy || setting === 'snow';
  const pine = snowy || setting === 'mountains';
  const greens = setting === 'jungle' ? ['#2f7a3a', '#3f8a3a', '#4f9a3a', '#5aa84a', '#2a6a30'] : pine ? ['#2f5a42', '#3a6a4a', '#27503a'] : ['#3f7a38', '#4f8a40', '#5a9a46', '#6aa84a', '#37702f'];
  c.rect(0, 0, W, H, snowy ? '#eef3f8' : shade(greens[0]!, -0.25), { bare: true });
  const water = ctx.water ? river(c, rng, m * 0.06) : [];
  const clearing = water.length ? undefined : [W * rng.range(0.35, 0.65), H * rng.range(0.4, 0.65)] as const;
  if (clearing) c.ellipse(clearing[0], clearing[1], m * 0.16, m * 0.11, snowy ? '#f6f8fa' : '#8cc063', { bare: true });
  const n = Math.round((W * H) / (m * m) * (pine ? 320 : 260));
  const r0 = m * (pine ? 0.03 : 0.04);
  const trees = new Crowns();
  for (let k = 0; k < n; k++) {
    const x = rng.range(-r0, W + r0), y = rng.range(-r0, H + r0);
    if (nearLine(water, x, y, m * 0.06)) continue;
    if (clearing && Math.hypot((x - clearing[0]) / 1.45, y - clearing[1]) < m * 0.11) continue;
    trees.add(x, y, r0 * rng.range(0.7, 1.3), rng.pick(greens), pine, snowy && rng.chance(0.6));
  }
  trees.draw(c);
  return `${pine ? 'a canopy of pines' : setting === 'jungle' ? 'a dense jungle canopy' : 'a forest canopy'}${snowy ? ' in snow' : ''}${water.length ? ' with a river winding through' : ' around a clearing'}`;
}

/** A lake among trees: its sandy rim, shallows and deep water, a boat and a jetty. */
function lake(ctx: ViewContext): string {
  const { c, rng } = ctx;
  const W = c.width, H = c.height, m = Math.min(W, H);
  c.rect(0, 0, W, H, ctx.snowy ? '#eef3f8' : '#6a9a4a', { bare: true });
  const cx = W / 2, cy = H / 2, rx = W * 0.34, ry = H * 0.3;
  const blob = (k: number) => {
    let d = '';
    for (let i = 0; i <= 24; i++) {
      const a = (i / 24) * Math.PI * 2, wob = 1 + Math.sin(a * 3 + 1) * 0.08 + Math.cos(a * 5) * 0.05;
      d += `${i ? 'L' : 'M'}${fmt(cx + Math.cos(a) * rx * wob * k)} ${fmt(cy + Math.sin(a) * ry * wob * k)}`;
    }
    return `${d}Z`;
  };
  c.path(blob(1.07), '#d8c9a0', { bare: true });
  c.path(blob(1), '#5ab0d0', { bare: true });
  c.path(blob(0.82), '#2f7fb0', { bare: true });
  c.path(blob(0.5), '#246a9a', { bare: true, opacity: 0.7 });
  // A jetty from the shore and a rowing boat.
  c.rect(cx - rx * 1.02, cy - m * 0.012, rx * 0.3, m * 0.024, '#8a6a45');
  c.ellipse(cx + rx * 0.3, cy - ry * 0.3, m * 0.04, m * 0.016, '#c96a3a', { layer: 'fg' });
  const n = Math.round((W * H) / (m * m) * 150);
  const trees = new Crowns();
  for (let k = 0; k < n; k++) {
    const x = rng.range(0, W), y = rng.range(0, H);
    if (((x - cx) / (rx * 1.2)) ** 2 + ((y - cy) / (ry * 1.2)) ** 2 < 1) continue;
    trees.add(x, y, m * rng.range(0.025, 0.045), rng.pick(['#3f7a38', '#4f8a40', '#5a9a46']), ctx.snowy, ctx.snowy);
  }
  trees.draw(c);
  return 'a lake with a sandy rim, a jetty and a boat, among trees';
}

/** The coast from above: sand, surf lines, turquoise shallows and deep blue water. */
function coast(ctx: ViewContext): string {
  const { c, rng, setting } = ctx;
  const W = c.width, H = c.height, m = Math.min(W, H);
  const open = setting === 'ocean';
  c.rect(0, 0, W, H, c.linear([[0, '#1f6fa8'], [1, '#15568a']], [0, 0, 1, 0]), { bare: true });
  // The shore runs top to bottom: land to its left (none on the open sea).
  const shore = (y: number, k: number) => W * (open ? -0.2 : 0.42) + Math.sin((y / H) * Math.PI * 1.3 + 0.6) * W * 0.06 + k * m;
  const band = (k0: number, k1: number, fill: string, opacity?: number) => {
    let d = `M${fmt(shore(0, k0))} 0`;
    for (let y = 0; y <= H; y += H / 16) d += `L${fmt(shore(y, k1))} ${fmt(y)}`;
    for (let y = H; y >= 0; y -= H / 16) d += `L${fmt(shore(y, k0))} ${fmt(y)}`;
    c.path(`${d}Z`, fill, { bare: true, ...(opacity !== undefined ? { opacity } : {}) });
  };
  const land = setting === 'coast' || setting === 'fjord' ? '#6a9a4a' : '#f0d9a0';
  if (!open) {
    band(-2, 0.3, '#3fb7c9');
    band(-2, 0.12, '#7fd6d0');
    band(-2, 0, '#efdcaa');
    band(-2, -0.06, land);
  }
  // Surf: white lines along the shore, and wave flecks further out.
  let surf = '';
  for (const k of open ? [] : [0.01, 0.05, 0.1]) {
    surf += `M${fmt(shore(0, k))} 0`;
    for (let y = 0; y <= H; y += H / 24) surf += `L${fmt(shore(y, k) + Math.sin(y * 0.05) * m * 0.004)} ${fmt(y)}`;
  }
  c.line(surf, '#ffffff', m * 0.006, { bare: true, opacity: 0.75 });
  let flecks = '';
  for (let k = 0; k < 60; k++) {
    const x = rng.range(shore(0, 0.3), W), y = rng.range(0, H);
    flecks += `M${fmt(x)} ${fmt(y)}q${fmt(m * 0.01)} ${fmt(-m * 0.006)} ${fmt(m * 0.02)} 0`;
  }
  c.line(flecks, '#ffffff', m * 0.003, { bare: true, opacity: 0.5 });
  if (setting === 'beach') {
    for (let k = 0; k < 7; k++) {
      const y = H * (0.08 + k * 0.13), x = shore(y, -0.12) - rng.range(0, m * 0.12);
      const col = rng.pick(['#e04b3c', '#f2c230', '#3d7fd6', '#58b368']);
      c.rect(x + m * 0.03, y + m * 0.02, m * 0.035, m * 0.07, rng.pick(['#f4f4f2', '#e07a9a', '#5ab0d0']));
      c.circle(x + m * 0.01, y + m * 0.01, m * 0.04, '#000000', { bare: true, opacity: 0.18 });
      c.circle(x, y, m * 0.04, col, { layer: 'fg' });
      c.path(`M${fmt(x)} ${fmt(y - m * 0.04)}L${fmt(x + m * 0.028)} ${fmt(y - m * 0.028)}L${fmt(x)} ${fmt(y)}ZM${fmt(x)} ${fmt(y + m * 0.04)}L${fmt(x - m * 0.028)} ${fmt(y + m * 0.028)}L${fmt(x)} ${fmt(y)}Z`, '#ffffff', { layer: 'fg', bare: true, opacity: 0.8 });
    }
  } else if (!open) {
    const trees = new Crowns();
    for (let k = 0; k < 40; k++) trees.add(rng.range(0, shore(0, -0.1)), rng.range(0, H), m * rng.range(0.025, 0.04), rng.pick(['#3f7a38', '#4f8a40']));
    trees.draw(c);
  }
  // A boat and its wake out on the water.
  const bx = open ? W * 0.78 : shore(H * 0.5, 0.4), by = H * (open ? 0.22 : 0.35);
  c.line(`M${fmt(bx)} ${fmt(by)}l${fmt(-m * 0.02)} ${fmt(m * 0.2)}M${fmt(bx)} ${fmt(by)}l${fmt(m * 0.02)} ${fmt(m * 0.2)}`, '#ffffff', m * 0.006, { bare: true, opacity: 0.5 });
  c.path(`M${fmt(bx)} ${fmt(by - m * 0.04)}Q${fmt(bx + m * 0.018)} ${fmt(by)} ${fmt(bx + m * 0.014)} ${fmt(by + m * 0.035)}H${fmt(bx - m * 0.014)}Q${fmt(bx - m * 0.018)} ${fmt(by)} ${fmt(bx)} ${fmt(by - m * 0.04)}Z`, '#f4f4f2', { layer: 'fg' });
  return open ? 'open water with wave flecks and a boat' : setting === 'beach' ? 'a beach with umbrellas and towels, surf and turquoise shallows' : 'a green shore, surf, turquoise shallows and deep water';
}

/** Dunes from above: sand with curved crests, each lit on one side and shaded on the other. */
function dunes(ctx: ViewContext): string {
  const { c, rng } = ctx;
  const W = c.width, H = c.height, m = Math.min(W, H);
  // Red rock country and Mars are the same ridges in rust.
  const red = ctx.setting !== 'desert';
  const [sand, shadow, crest] = red ? ['#c8643c', '#9a4a2a', '#e08a5a'] : ['#e8c98a', '#c99a5e', '#f6e2b0'];
  c.rect(0, 0, W, H, sand, { bare: true });
  for (let k = 0; k < 9; k++) {
    const y = H * (k / 8) + rng.range(-0.04, 0.04) * H, x0 = rng.range(-0.2, 0.3) * W, x1 = x0 + rng.range(0.5, 0.9) * W;
    const bend = rng.range(-0.12, 0.12) * m;
    c.path(`M${fmt(x0)} ${fmt(y)}Q${fmt((x0 + x1) / 2)} ${fmt(y + bend)} ${fmt(x1)} ${fmt(y)}Q${fmt((x0 + x1) / 2)} ${fmt(y + bend + m * 0.09)} ${fmt(x0)} ${fmt(y)}Z`, shadow, { bare: true, opacity: 0.7 });
    c.line(`M${fmt(x0)} ${fmt(y)}Q${fmt((x0 + x1) / 2)} ${fmt(y + bend)} ${fmt(x1)} ${fmt(y)}`, crest, m * 0.005, { bare: true });
  }
  return red ? 'red rock ridges and dunes' : 'sand dunes with curved crests';
}

/** A reef seen from the air: turquoise shallows over sand, coral patches with pale rims, deep blue around. */
function reef(ctx: ViewContext): string {
  const { c, rng } = ctx;
  const W = c.width, H = c.height, m = Math.min(W, H);
  c.rect(0, 0, W, H, '#1a5f95', { bare: true });
  // The reef flat: a lumpy outline, its shallows paler inside.
  const flat = (k: number) => {
    let d = '';
    for (let i = 0; i <= 28; i++) {
      const t = (i / 28) * Math.PI * 2, wob = 1 + Math.sin(t * 4 + 0.5) * 0.07 + Math.cos(t * 7) * 0.04;
      d += `${i ? 'L' : 'M'}${fmt(W * 0.5 + Math.cos(t) * W * 0.56 * k * wob)} ${fmt(H * 0.52 + Math.sin(t) * H * 0.44 * k * wob)}`;
    }
    return `${d}Z`;
  };
  c.path(flat(1.08), '#2f9fc0', { bare: true });
  c.path(flat(0.92), '#5cc9cf', { bare: true });
  // Coral patches: lumpy blobs in browns, ochres and greens, each with a lighter rim of shallows.
  for (let k = 0; k < 44; k++) {
    const a = rng.range(0, Math.PI * 2), d = Math.sqrt(rng.next()) * 0.85;
    const x = W * 0.5 + Math.cos(a) * W * 0.46 * d, y = H * 0.52 + Math.sin(a) * H * 0.36 * d, r = m * rng.range(0.02, 0.055);
    let path = '';
    for (let i = 0; i <= 14; i++) {
      const t = (i / 14) * Math.PI * 2, rr = r * (0.7 + ((i * 7 + k) % 5) * 0.1);
      path += `${i ? 'L' : 'M'}${fmt(x + Math.cos(t) * rr)} ${fmt(y + Math.sin(t) * rr * 0.8)}`;
    }
    c.ellipse(x, y, r * 1.3, r * 1.1, '#9fe3dc', { bare: true, opacity: 0.35 });
    c.path(`${path}Z`, rng.pick(['#8a6a4a', '#a0784a', '#6a7a4a', '#b0705a', '#7a5a6a']), { bare: true, opacity: 0.9 });
  }
  // A sandy cay in the lagoon, with surf round it.
  c.ellipse(W * 0.62, H * 0.4, m * 0.09, m * 0.045, '#ffffff', { bare: true, opacity: 0.7 });
  c.ellipse(W * 0.62, H * 0.4, m * 0.075, m * 0.035, '#f4e4b4');
  return 'a reef: coral patches in turquoise shallows, a sandy cay and deep blue water around';
}

/** Red rock country from above: flat-topped mesas with stepped rims and shadows, a river in the gorge between. */
function mesas(ctx: ViewContext): string {
  const { c, rng } = ctx;
  const W = c.width, H = c.height, m = Math.min(W, H);
  c.rect(0, 0, W, H, '#a9502c', { bare: true });
  const water = river(c, rng, m * 0.035);
  const taken: [number, number, number][] = [];
  for (let k = 0, placed = 0; k < 80 && placed < 14; k++) {
    const x = rng.range(0, W), y = rng.range(0, H), r = m * rng.range(0.07, 0.15);
    if (nearLine(water, x, y, r * 1.1 + m * 0.08) || taken.some(([tx, ty, tr]) => Math.hypot(x - tx, y - ty) < (r + tr) * 0.9)) continue;
    taken.push([x, y, r]);
    placed++;
    const blob = (s: number, dx = 0, dy = 0) => {
      let d = '';
      for (let i = 0; i <= 12; i++) {
        const t = (i / 12) * Math.PI * 2, rr = r * s * (0.72 + ((i * 5 + k * 3) % 6) * 0.07);
        d += `${i ? 'L' : 'M'}${fmt(x + dx + Math.cos(t) * rr)} ${fmt(y + dy + Math.sin(t) * rr * 0.8)}`;
      }
      return `${d}Z`;
    };
    c.path(blob(1.05, r * 0.18, r * 0.18), '#000000', { bare: true, opacity: 0.28 });
    c.path(blob(1.05), '#c0653a', { bare: true });
    c.path(blob(0.85), '#d9874f');
    c.path(blob(0.6), '#e3a06a', { bare: true, opacity: 0.6 });
  }
  return 'flat-topped red mesas with a river in the gorge between';
}

/** A park from above: lawns crossed by curving paths, a pond, clumps of trees and benches. */
function park(ctx: ViewContext): string {
  const { c, rng } = ctx;
  const W = c.width, H = c.height, m = Math.min(W, H);
  c.rect(0, 0, W, H, ctx.snowy ? '#eef3f8' : '#7cb85a', { bare: true });
  let mow = '';
  for (let x = 0; x < W; x += m * 0.08) mow += `M${fmt(x)} 0V${fmt(H)}`;
  c.line(mow, ctx.snowy ? '#e2e8ee' : '#86c263', m * 0.04, { bare: true, opacity: 0.6, cap: 'butt' });
  const pond = [W * rng.range(0.6, 0.75), H * rng.range(0.25, 0.4)] as const;
  c.ellipse(pond[0], pond[1], m * 0.16, m * 0.1, '#d9cfb8', { bare: true });
  c.ellipse(pond[0], pond[1], m * 0.145, m * 0.088, '#4fa8d0', { bare: true });
  c.ellipse(pond[0] - m * 0.03, pond[1] - m * 0.02, m * 0.07, m * 0.035, '#7cc4e6', { bare: true, opacity: 0.6 });
  // Two paths crossing the park in curves, meeting at a round plaza.
  const px = W * 0.42, py = H * 0.6;
  const path = `M0 ${fmt(H * 0.3)}C${fmt(W * 0.2)} ${fmt(H * 0.35)} ${fmt(px - m * 0.2)} ${fmt(py - m * 0.1)} ${fmt(px)} ${fmt(py)}S${fmt(W * 0.8)} ${fmt(H * 0.9)} ${fmt(W)} ${fmt(H * 0.85)}` +
    `M${fmt(W * 0.3)} ${fmt(H)}C${fmt(W * 0.35)} ${fmt(H * 0.8)} ${fmt(px - m * 0.05)} ${fmt(py + m * 0.1)} ${fmt(px)} ${fmt(py)}S${fmt(pond[0] - m * 0.1)} ${fmt(pond[1] + m * 0.2)} ${fmt(pond[0] - m * 0.15)} ${fmt(pond[1] + m * 0.05)}`;
  c.line(path, '#e3d7b8', m * 0.045, { bare: true });
  c.circle(px, py, m * 0.08, '#e3d7b8', { bare: true });
  c.circle(px, py, m * 0.03, '#7fc4e8');
  const trees = new Crowns();
  for (let k = 0; k < 70; k++) {
    const x = rng.range(0, W), y = rng.range(0, H);
    if (Math.hypot((x - pond[0]) / 1.6, y - pond[1]) < m * 0.12 || Math.hypot(x - px, y - py) < m * 0.14) continue;
    trees.add(x, y, m * rng.range(0.03, 0.05), rng.pick(['#3f8a40', '#4f9a46', '#5aa84a', '#2f7a3a']), false, ctx.snowy);
  }
  trees.draw(c);
  for (const [bx, by] of [[px - m * 0.12, py - m * 0.02], [px + m * 0.1, py + m * 0.06]]) c.rect(bx!, by!, m * 0.05, m * 0.015, '#8a5a36', { layer: 'fg' });
  return 'a park: lawns crossed by paths to a fountain, a pond, trees and benches';
}
