// A cooked breakfast's foods seen from above, each drawn round a centre and sized by `s` (about
// its radius): a fried egg with its yolk, rashers of bacon, sausages, sliced mushrooms, grilled
// tomato halves, a pool of baked beans, slices of toast and a hash brown.
import { fmt, type Canvas } from '../canvas.js';
import { shade } from '../color.js';
import type { Rng } from '../prng.js';
import type { BreakfastItem } from '../../plan/breakfast.js';

type Food = (c: Canvas, x: number, y: number, s: number, rng: Rng) => void;
const L = { layer: 'fg' as const };

/** A soft irregular round: `n` points jittered about a circle, joined by smooth curves. */
function blob(x: number, y: number, r: number, rng: Rng, jitter = 0.14, n = 9): string {
  const pts = Array.from({ length: n }, (_, i) => {
    const a = (i / n) * Math.PI * 2, k = 1 + rng.range(-jitter, jitter);
    return [x + Math.cos(a) * r * k, y + Math.sin(a) * r * k * 0.9] as const;
  });
  let d = '';
  for (let i = 0; i < n; i++) {
    const [x0, y0] = pts[i]!, [x1, y1] = pts[(i + 1) % n]!;
    const mx = (x0 + x1) / 2, my = (y0 + y1) / 2;
    d += i === 0 ? `M${fmt(mx)} ${fmt(my)}` : `Q${fmt(x0)} ${fmt(y0)} ${fmt(mx)} ${fmt(my)}`;
  }
  const [x0, y0] = pts[0]!, [x1, y1] = pts[1]!;
  return `${d}Q${fmt(x0)} ${fmt(y0)} ${fmt((x0 + x1) / 2)} ${fmt((y0 + y1) / 2)}Z`;
}

const egg: Food = (c, x, y, s, rng) => {
  // The white, its crisp golden frill at the rim, then the yolk.
  c.path(blob(x, y, s, rng, 0.18), '#e9c98f', L);
  c.path(blob(x, y, s * 0.92, rng, 0.14), '#fffefa', L);
  c.path(blob(x + s * 0.05, y - s * 0.02, s * 0.72, rng, 0.1), '#ffffff', { ...L, opacity: 0.6, bare: true });
  c.circle(x + s * 0.08, y - s * 0.05, s * 0.36, c.radial([[0, '#ffc21a'], [0.8, '#f7a600'], [1, '#e08e00']]), L);
  c.circle(x - s * 0.04, y - s * 0.16, s * 0.09, '#fff4c2', { ...L, opacity: 0.85, bare: true });
};

const bacon: Food = (c, x, y, s) => {
  for (const dy of [-0.32, 0.32]) {
    const y0 = y + dy * s;
    const d = `M${fmt(x - s)} ${fmt(y0)}q${fmt(s * 0.25)} ${fmt(-s * 0.16)} ${fmt(s * 0.5)} 0t${fmt(s * 0.5)} 0t${fmt(s * 0.5)} 0t${fmt(s * 0.5)} 0`;
    c.line(d, '#b9433a', s * 0.36, { ...L, cap: 'round' });
    c.line(d, '#f0c7b4', s * 0.09, { ...L, bare: true, transform: `translate(0 ${fmt(-s * 0.08)})` });
    c.line(d, '#8e2f28', s * 0.05, { ...L, bare: true, opacity: 0.7, transform: `translate(0 ${fmt(s * 0.1)})` });
  }
};

const sausage: Food = (c, x, y, s) => {
  for (const dx of [-0.3, 0.3]) {
    const cx = x + dx * s;
    c.rect(cx - s * 0.22, y - s * 0.9, s * 0.44, s * 1.8, c.linear([[0, '#a75a32'], [0.45, '#7c3f22'], [1, '#5a2c17']], [0, 0, 1, 0]), { ...L, rx: s * 0.22 });
    c.rect(cx - s * 0.1, y - s * 0.7, s * 0.07, s * 1.3, '#e6a67a', { ...L, opacity: 0.6, bare: true, rx: s * 0.03 });
  }
};

const mushrooms: Food = (c, x, y, s, rng) => {
  // Slices: a brown cap edge round a pale flesh, with the stem's stub.
  for (let i = 0; i < 5; i++) {
    const a = (i / 5) * Math.PI * 2 + rng.range(-0.3, 0.3), r = s * 0.5;
    const cx = x + Math.cos(a) * r, cy = y + Math.sin(a) * r * 0.8, k = s * 0.36;
    const rot = `rotate(${fmt(rng.range(-40, 40))} ${fmt(cx)} ${fmt(cy)})`;
    c.path(`M${fmt(cx - k)} ${fmt(cy)}A${fmt(k)} ${fmt(k * 0.8)} 0 0 1 ${fmt(cx + k)} ${fmt(cy)}Z`, '#6b4429', { ...L, transform: rot });
    c.path(`M${fmt(cx - k * 0.78)} ${fmt(cy)}A${fmt(k * 0.78)} ${fmt(k * 0.58)} 0 0 1 ${fmt(cx + k * 0.78)} ${fmt(cy)}Z`, '#c79a6c', { ...L, transform: rot });
    c.rect(cx - k * 0.18, cy - k * 0.05, k * 0.36, k * 0.55, '#b88a5e', { ...L, transform: rot, rx: k * 0.1 });
  }
};

const tomato: Food = (c, x, y, s) => {
  for (const dx of [-0.48, 0.48]) {
    const cx = x + dx * s, r = s * 0.46;
    c.circle(cx, y, r, '#c8281f', L);
    c.circle(cx, y, r * 0.82, '#e5533b', L);
    for (let k = 0; k < 4; k++) {
      const a = (k / 4) * Math.PI * 2 + 0.4;
      c.ellipse(cx + Math.cos(a) * r * 0.42, y + Math.sin(a) * r * 0.42, r * 0.2, r * 0.14, '#f2b13c', { ...L, bare: true, opacity: 0.85 });
    }
    c.circle(cx, y, r * 0.12, '#f7d2b0', { ...L, bare: true });
    // Grill marks across the cut face.
    c.line(`M${fmt(cx - r * 0.6)} ${fmt(y - r * 0.3)}l${fmt(r * 1.2)} ${fmt(-r * 0.2)}M${fmt(cx - r * 0.6)} ${fmt(y + r * 0.25)}l${fmt(r * 1.2)} ${fmt(-r * 0.2)}`, '#5a1a12', r * 0.09, { ...L, bare: true, opacity: 0.55 });
  }
};

const beans: Food = (c, x, y, s, rng) => {
  c.path(blob(x, y, s * 0.85, rng, 0.12), '#c4471c', L);
  for (let i = 0; i < 22; i++) {
    const a = rng.range(0, Math.PI * 2), r = Math.sqrt(rng.next()) * s * 0.66;
    const bx = x + Math.cos(a) * r, by = y + Math.sin(a) * r * 0.9;
    c.ellipse(bx, by, s * 0.11, s * 0.075, '#e0692f', { ...L, transform: `rotate(${fmt(rng.range(0, 180))} ${fmt(bx)} ${fmt(by)})` });
    c.circle(bx - s * 0.03, by - s * 0.025, s * 0.025, '#ffd3a8', { ...L, bare: true, opacity: 0.8 });
  }
};

const toast: Food = (c, x, y, s, rng) => {
  for (const [dx, dy, turn] of [[-0.2, -0.1, -12], [0.22, 0.12, 10]] as const) {
    const cx = x + dx * s, cy = y + dy * s, k = s * 0.62;
    const rot = `rotate(${turn} ${fmt(cx)} ${fmt(cy)})`;
    // A slice: square base with the loaf's rounded top, crust round a golden face with darker spots.
    const slice = (e: number) => `M${fmt(cx - k + e)} ${fmt(cy + k - e)}L${fmt(cx - k + e)} ${fmt(cy - k * 0.5)}Q${fmt(cx - k + e)} ${fmt(cy - k - e * 0.2)} ${fmt(cx)} ${fmt(cy - k + e)}Q${fmt(cx + k - e)} ${fmt(cy - k - e * 0.2)} ${fmt(cx + k - e)} ${fmt(cy - k * 0.5)}L${fmt(cx + k - e)} ${fmt(cy + k - e)}Z`;
    c.path(slice(0), '#a0632a', { ...L, transform: rot });
    c.path(slice(k * 0.14), c.radial([[0, '#f0c77e'], [1, '#d99a45']]), { ...L, transform: rot });
    for (let i = 0; i < 5; i++) c.circle(cx + rng.range(-0.5, 0.5) * k, cy + rng.range(-0.4, 0.6) * k, k * 0.06, shade('#d99a45', -0.25), { ...L, bare: true, opacity: 0.6, transform: rot });
  }
};

const hashBrown: Food = (c, x, y, s) => {
  c.rect(x - s * 0.7, y - s * 0.45, s * 1.4, s * 0.9, c.linear([[0, '#e0a444'], [1, '#b77424']]), { ...L, rx: s * 0.4 });
  c.line(`M${fmt(x - s * 0.5)} ${fmt(y - s * 0.1)}h${fmt(s)}M${fmt(x - s * 0.4)} ${fmt(y + s * 0.15)}h${fmt(s * 0.8)}`, '#9a5c1a', s * 0.05, { ...L, bare: true, opacity: 0.6 });
};

const FOODS: Record<BreakfastItem, Food> = { egg, bacon, sausage, mushrooms, tomato, beans, toast, 'hash brown': hashBrown };

/** How `text` names each food as drawn. */
export const FOOD_NAMES: Record<BreakfastItem, string> = {
  egg: 'a fried egg', bacon: 'rashers of bacon', sausage: 'sausages', mushrooms: 'sliced mushrooms', tomato: 'grilled tomato halves',
  beans: 'baked beans', toast: 'toast', 'hash brown': 'a hash brown',
};

export function drawFood(c: Canvas, item: BreakfastItem, x: number, y: number, s: number, rng: Rng): void {
  FOODS[item](c, x, y, s, rng);
}
