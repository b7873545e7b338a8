// A product shot's effects (docs/local-engine-modes.md, "Splashes, steam and tilts"): a crown of
// liquid round the product, its back wall drawn before the product and its front skirt after, with
// drops on its peaks and satellite droplets flung round it; wisps of steam over a hot drink.
import { fmt, type Canvas } from '../canvas.js';
import { mixHex, shade } from '../color.js';
import type { Rng } from '../prng.js';

/** Where a splash is: its rim's centre, its half-width, and how tall its crown rises. */
export interface SplashSpot {
  x: number;
  y: number;
  r: number;
  rise: number;
}

function sheetFill(c: Canvas, color: string) {
  return c.linear([[0, mixHex(color, '#ffffff', 0.45)], [0.55, color], [1, shade(color, -0.14)]]);
}

function edge(c: Canvas, color: string, r: number): string {
  return `stroke="${c.paint(shade(color, -0.22), 'fg')}" stroke-opacity=".55" stroke-width="${fmt(Math.max(1, r * 0.012))}" stroke-linejoin="round"`;
}

/**
 * Peaks along the rim from x0 to x1: the crown's jagged top, each peak a narrow tongue of liquid
 * ending in a drop. Returns the path (from the left end to the right end) and the tips.
 */
function crownEdge(s: SplashSpot, x0: number, x1: number, y: number, n: number, rise: number, rng: Rng): { d: string; tips: { x: number; y: number }[] } {
  const step = (x1 - x0) / n;
  const tips: { x: number; y: number }[] = [];
  let d = `M${fmt(x0)} ${fmt(y)}`;
  for (let i = 0; i < n; i++) {
    const vx = x0 + step * i, nx = vx + step;
    // Asymmetric: the peaks on the right side rise higher than those on the left.
    const lean = 0.55 + 0.75 * (i / Math.max(1, n - 1));
    const h = rise * lean * rng.range(0.6, 1.05) * Math.sin(Math.PI * ((i + 0.5) / n)) ** 0.5;
    const tip = { x: vx + step * rng.range(0.4, 0.6) + (vx - s.x) * 0.08, y: y - h };
    tips.push(tip);
    d += ` C${fmt(vx + step * 0.3)} ${fmt(y - h * 0.2)} ${fmt(tip.x - step * 0.12)} ${fmt(tip.y + h * 0.3)} ${fmt(tip.x)} ${fmt(tip.y)}`;
    d += ` C${fmt(tip.x + step * 0.12)} ${fmt(tip.y + h * 0.3)} ${fmt(nx - step * 0.3)} ${fmt(y - h * 0.2)} ${fmt(nx)} ${fmt(y)}`;
  }
  return { d, tips };
}

function drop(c: Canvas, x: number, y: number, r: number, color: string): void {
  c.ellipse(x, y, r, r * 1.1, sheetFill(c, color), { bare: true, layer: 'fg', extra: edge(c, color, r * 8) });
  c.circle(x - r * 0.35, y - r * 0.35, r * 0.28, '#ffffff', { bare: true, layer: 'fg', opacity: 0.85 });
}

/** The crown's back wall and the arms flung out of it, behind the product. */
export function paintSplashBack(c: Canvas, s: SplashSpot, color: string, crown: boolean, rng: Rng): void {
  const back = shade(color, -0.06);
  // Arms of liquid thrown out sideways, each ending in a drop.
  for (const side of [-1, 1]) {
    const sx = s.x + side * s.r * 0.7, sy = s.y - s.rise * 0.25;
    const ex = s.x + side * s.r * rng.range(1.25, 1.45), ey = s.y - s.rise * rng.range(0.75, 1.05);
    c.line(`M${fmt(sx)} ${fmt(sy)} Q${fmt(s.x + side * s.r * 1.25)} ${fmt(sy)} ${fmt(ex)} ${fmt(ey)}`, back, s.r * 0.07, { bare: true, layer: 'fg' });
    drop(c, ex + side * s.r * 0.03, ey - s.r * 0.06, s.r * 0.05, color);
  }
  if (!crown) return;
  const rim = s.y - s.r * 0.12;
  const { d, tips } = crownEdge(s, s.x - s.r, s.x + s.r, rim, 7, s.rise, rng.fork('back'));
  c.path(`${d} Q${fmt(s.x)} ${fmt(rim + s.r * 0.3)} ${fmt(s.x - s.r)} ${fmt(rim)} Z`, sheetFill(c, back), { bare: true, layer: 'fg', extra: edge(c, color, s.r) });
  for (const t of tips) drop(c, t.x, t.y - s.r * 0.05, s.r * 0.035, color);
}

/** The skirt of liquid round the product's foot, in front of it, and the satellite droplets. */
export function paintSplashFront(c: Canvas, s: SplashSpot, color: string, rng: Rng): void {
  // The skirt's belly is as deep as the crown allows, so it hides only the product's foot.
  const w = s.r * 1.08, top = s.y - s.r * 0.02, belly = Math.min(s.r * 0.34, s.rise * 0.3);
  const { d, tips } = crownEdge(s, s.x - w, s.x + w, top, 6, s.rise * 0.32, rng.fork('front'));
  // The skirt's front falls away in a round belly under the rim.
  c.path(`${d} C${fmt(s.x + w)} ${fmt(top + belly * 0.82)} ${fmt(s.x + w * 0.4)} ${fmt(top + belly)} ${fmt(s.x)} ${fmt(top + belly)} ` +
    `C${fmt(s.x - w * 0.4)} ${fmt(top + belly)} ${fmt(s.x - w)} ${fmt(top + belly * 0.82)} ${fmt(s.x - w)} ${fmt(top)} Z`, sheetFill(c, color), { bare: true, layer: 'fg', extra: edge(c, color, s.r) });
  c.line(`M${fmt(s.x - w * 0.8)} ${fmt(top + belly * 0.35)} Q${fmt(s.x)} ${fmt(top + belly * 0.76)} ${fmt(s.x + w * 0.7)} ${fmt(top + belly * 0.3)}`, '#ffffff', s.r * 0.025, { bare: true, layer: 'fg', opacity: 0.6 });
  for (const t of tips) drop(c, t.x, t.y - s.r * 0.04, s.r * 0.028, color);
  // Satellite droplets, thrown up and out round the crown.
  for (let i = 0; i < 16; i++) {
    const a = rng.range(Math.PI * 1.05, Math.PI * 1.95), dist = s.r * rng.range(0.9, 1.5);
    drop(c, s.x + Math.cos(a) * dist * 1.1, s.y - s.rise * 0.2 + Math.sin(a) * dist * 0.9, s.r * rng.range(0.015, 0.045), color);
  }
}

/** Wisps of steam curling up from (x, top), over a product `w` wide. */
export function paintSteam(c: Canvas, x: number, top: number, w: number, rise: number): void {
  [-0.12, 0.14].forEach((f, i) => {
    const x0 = x + w * f, k = i % 2 ? 1 : -1, h = rise * (0.8 + 0.15 * i);
    const d = `M${fmt(x0)} ${fmt(top)} C${fmt(x0 + k * w * 0.12)} ${fmt(top - h * 0.25)} ${fmt(x0 - k * w * 0.12)} ${fmt(top - h * 0.45)} ${fmt(x0 + k * w * 0.04)} ${fmt(top - h * 0.7)} ` +
      `S${fmt(x0 + k * w * 0.12)} ${fmt(top - h * 0.92)} ${fmt(x0 + k * w * 0.02)} ${fmt(top - h)}`;
    c.line(d, '#ffffff', w * 0.07, { bare: true, layer: 'fg', opacity: 0.1 });
    c.line(d, '#ffffff', w * 0.022, { bare: true, layer: 'fg', opacity: 0.38 });
  });
}
