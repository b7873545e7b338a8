// The anime style: cel shading (flat colour with one hard-edged shadow tone, no soft gradients on
// objects), thin dark plum outlines, a deep blue sky with towering cumulus by day, and a few lens
// flare and sparkle accents round a bright daytime sun (docs/local-engine.md, "Styles"). The
// accents belong to the sky, so the subjects are drawn over them: never over a face.
import { fmt, type Canvas, type Gradient, type Stop } from '../canvas.js';
import { hslToRgb, rgbToHsl, type Rgb } from '../color.js';
import type { Layer } from '../grade.js';
import type { Rng } from '../prng.js';
import type { TimeOfDay } from '../../read/lexicon-scene.js';

export const ANIME_LINE = '#3a2233';

/** Cleaner, more saturated colour; backgrounds a little brighter, as in a painted anime backdrop. */
export function animeGrade(c: Rgb, layer: Layer): Rgb {
  const [h, s, l] = rgbToHsl(c);
  if (s < 0.06) return c;
  return hslToRgb(h, Math.min(1, s * 1.18 + 0.05), Math.min(0.97, l + (layer === 'bg' ? 0.02 : 0)));
}

export function animeEdge(width: number): string {
  return ` stroke="${ANIME_LINE}" stroke-width="${width.toFixed(1)}" stroke-linejoin="round"`;
}

/**
 * A gradient on an object turned into cel shading: its light tone, then one hard step to its
 * shadow tone (two stops at the same offset).
 */
export function celGradient(g: Gradient): Gradient {
  const near = (at: number) => g.stops.reduce((a, b) => (Math.abs(b[0] - at) < Math.abs(a[0] - at) ? b : a));
  const light = near(0.25), dark = near(0.85);
  const stop = (o: number, s: Stop): Stop => (s[2] === undefined ? [o, s[1]] : [o, s[1], s[2]]);
  return { ...g, stops: [stop(0, light), stop(0.56, light), stop(0.56, dark), stop(1, dark)] };
}

/** Skies of an anime backdrop: a deep saturated blue by day, vivid dusks, an indigo night. */
export const ANIME_SKY: Record<TimeOfDay, Stop[]> = {
  day: [[0, '#1456c8'], [0.55, '#3f8fea'], [0.9, '#8cc6f7'], [1, '#c4e4fb']],
  dawn: [[0, '#3d5cb8'], [0.55, '#e79bb0'], [1, '#ffd6a6']],
  'golden-hour': [[0, '#2f6fd0'], [0.6, '#f2b477'], [1, '#ffd27a']],
  sunset: [[0, '#2a1f6e'], [0.45, '#a8407f'], [0.8, '#ff7a45'], [1, '#ffbe5c']],
  night: [[0, '#040a26'], [0.6, '#0f2160'], [1, '#27408a']],
};

/** A sky a cumulus can be in: a time of day but night (night clouds stay the usual dim ones), or rain cover. */
export type CloudSky = Exclude<TimeOfDay, 'night'> | 'overcast';

/** Light and shadow tones of a cumulus in each sky. */
const CLOUD_TONES: Record<CloudSky, [string, string]> = {
  overcast: ['#a3abb8', '#6f7788'],
  day: ['#ffffff', '#b3c8ec'],
  dawn: ['#fff1ea', '#d9a3b8'],
  'golden-hour': ['#fff4de', '#e3b08e'],
  sunset: ['#ffd7b8', '#b36488'],
};

const circleD = (x: number, y: number, r: number) => `M${fmt(x - r)} ${fmt(y)}a${fmt(r)} ${fmt(r)} 0 1 0 ${fmt(2 * r)} 0a${fmt(r)} ${fmt(r)} 0 1 0 ${fmt(-2 * r)} 0`;

/**
 * A towering cumulus with a flat base at y, from x to x + w: puffs in its shadow tone, then the
 * same puffs raised and a little smaller in its light tone, which leaves a hard-edged shadow along
 * the underside of each.
 */
export function animeCumulus(c: Canvas, x: number, y: number, w: number, time: CloudSky, rng: Rng): void {
  const [light, shadow] = CLOUD_TONES[time];
  const puffs: [number, number, number][] = [];
  const n = 7;
  for (let i = 0; i < n; i++) {
    const f = i / (n - 1), dome = Math.sin(Math.PI * f);
    const r = w * (0.09 + 0.1 * dome) * rng.range(0.85, 1.15);
    puffs.push([x + w * (0.08 + 0.84 * f), y - r - w * 0.16 * dome, r]);
  }
  // A second tier on top: the cloud towers.
  for (let i = 0; i < 3; i++) {
    const r = w * rng.range(0.12, 0.17);
    puffs.push([x + w * (0.3 + 0.2 * i + rng.range(-0.04, 0.04)), y - w * (0.36 + rng.range(0, 0.12)) - r * 0.4, r]);
  }
  // The flat base, between the outer puffs' middles: in shadow, as the underside of a cumulus is.
  const x0 = puffs[0][0], x1 = puffs[n - 1][0];
  let under = `M${fmt(x0)} ${fmt(y)}H${fmt(x1)}V${fmt(y - w * 0.08)}H${fmt(x0)}Z`;
  let over = '';
  for (const [px, py, r] of puffs) {
    under += circleD(px, py, r);
    over += circleD(px - r * 0.08, py - r * 0.2, r * 0.9);
  }
  c.path(under, shadow, { bare: true });
  c.path(over, light, { bare: true });
}

/** Clouds across a daytime sky above `bottom`: fewer, larger and brighter than the default ones. */
export function animeClouds(c: Canvas, W: number, H: number, bottom: number, amount: number, time: CloudSky, rng: Rng): void {
  const n = Math.max(2, Math.round((W / H + 0.8) * 1.2 * Math.max(0.6, amount)));
  const m = Math.min(W, H);
  for (let i = 0; i < n; i++) {
    // One big towering cloud, the others smaller; bases low in the sky, so the tops have room.
    const w = Math.min(bottom * 1.3, m * (i === 0 ? rng.range(0.42, 0.52) : rng.range(0.22, 0.34)));
    const cx = (W * (i + rng.range(0.2, 0.8))) / n;
    animeCumulus(c, cx - w / 2, bottom * rng.range(0.55, 0.98), w, time, rng);
  }
}

/** A four-pointed sparkle. */
function sparkleD(x: number, y: number, s: number): string {
  const t = s * 0.18;
  return `M${fmt(x)} ${fmt(y - s)}Q${fmt(x + t)} ${fmt(y - t)} ${fmt(x + s)} ${fmt(y)}Q${fmt(x + t)} ${fmt(y + t)} ${fmt(x)} ${fmt(y + s)}Q${fmt(x - t)} ${fmt(y + t)} ${fmt(x - s)} ${fmt(y)}Q${fmt(x - t)} ${fmt(y - t)} ${fmt(x)} ${fmt(y - s)}Z`;
}

/**
 * Lens flare and sparkles from a bright daytime sun at (x, y): thin rays round it, a few see-through
 * discs along the line toward the picture's middle (stopping at the horizon), and sparkles in the sky.
 */
export function sunAccents(c: Canvas, x: number, y: number, r: number, horizon: number, rng: Rng): void {
  const { width: W } = c;
  let rays = '';
  for (let i = 0; i < 8; i++) {
    const a = (Math.PI * i) / 4 + 0.3, len = r * (i % 2 ? 2.4 : 3.6), wd = r * 0.07;
    const ex = x + Math.cos(a) * len, ey = y + Math.sin(a) * len;
    rays += `M${fmt(x - Math.sin(a) * wd)} ${fmt(y + Math.cos(a) * wd)}L${fmt(ex)} ${fmt(ey)}L${fmt(x + Math.sin(a) * wd)} ${fmt(y - Math.cos(a) * wd)}Z`;
  }
  c.path(rays, '#ffffff', { bare: true, opacity: 0.45, layer: 'fg' });
  const tx = W / 2 - x, ty = horizon * 0.8 - y;
  const discs: [number, number, string, number][] = [[0.35, 0.5, '#fff3b0', 0.3], [0.55, 0.28, '#bfe9ff', 0.28], [0.75, 0.7, '#ffd1ef', 0.16], [0.95, 0.35, '#c9ffd8', 0.22]];
  for (const [t, s, col, op] of discs) {
    const dy = y + ty * t;
    if (dy > horizon - r * s) continue;
    c.circle(x + tx * t, dy, r * s, col, { bare: true, opacity: op, layer: 'fg' });
  }
  let sparkles = '';
  for (let i = 0; i < 5; i++) {
    sparkles += sparkleD(rng.range(W * 0.05, W * 0.95), rng.range(horizon * 0.08, horizon * 0.7), c.u * rng.range(0.8, 1.8));
  }
  c.path(sparkles, '#ffffff', { bare: true, opacity: 0.9, layer: 'fg' });
}
