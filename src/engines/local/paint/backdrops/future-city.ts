// A city of the future (docs/local-engine.md, "Settings"): "a futuristic city", "a sci-fi
// metropolis", "a cyberpunk street". Slender glass towers with rounded crowns and spires, bands of
// light up their sides, a sky bridge between two, and flying cars crossing the sky in lanes.
import { fmt } from '../canvas.js';
import { mixHex, shade } from '../color.js';
import { far } from './ground.js';
import type { BackdropContext } from './sky.js';

const GLASS = ['#5fa8c8', '#7fb8d6', '#4f86b8', '#8ec5cf', '#6a8fc9', '#9fb6d9'];
const NEON = ['#4ff0ff', '#ff5fd2', '#7cff9a', '#ffd84f'];

/** Towers standing on `base`, up to `maxH` tall; lit (windows and edge lights glow) at night. */
export function futureTowers(ctx: BackdropContext, base: number, maxH: number, lit: boolean, farness: number, seed: string): void {
  const { c, stage } = ctx;
  const r = ctx.rng.fork(seed);
  const tops: { x: number; y: number; w: number }[] = [];
  let x = -r.range(0, maxH * 0.2);
  while (x < stage.W) {
    const w = maxH * r.range(0.16, 0.3), h = maxH * r.range(0.5, 1);
    const glass = far(ctx, lit ? shade(r.pick(GLASS), -0.45) : r.pick(GLASS), farness);
    const crown = r.int(0, 2);
    // The body, a rounded dome, a stepped crown or a needle spire on top.
    c.rect(x, base - h, w, h + 1, c.linear([[0, mixHex(glass, '#ffffff', 0.25)], [1, shade(glass, -0.15)]], [0, 0, 1, 0]), { bare: true });
    if (crown === 0) c.ellipse(x + w / 2, base - h, w / 2, w * 0.35, mixHex(glass, '#ffffff', 0.2), { bare: true });
    else if (crown === 1) c.rect(x + w * 0.2, base - h - maxH * 0.06, w * 0.6, maxH * 0.06 + 1, shade(glass, 0.08), { bare: true });
    else c.path(`M${fmt(x + w * 0.46)} ${fmt(base - h)}L${fmt(x + w / 2)} ${fmt(base - h - maxH * 0.16)}L${fmt(x + w * 0.54)} ${fmt(base - h)}Z`, shade(glass, -0.2), { bare: true });
    // Bands of light up the glass, and a glowing edge at night.
    let bands = '';
    for (let y = base - h + maxH * 0.05; y < base - maxH * 0.02; y += maxH * r.range(0.05, 0.08)) bands += `M${fmt(x + w * 0.1)} ${fmt(y)}h${fmt(w * 0.8)}`;
    c.line(bands, lit ? r.pick(NEON) : '#e8f6ff', Math.max(1, maxH * 0.008), { bare: true, opacity: lit ? 0.8 : 0.55, ...(lit ? { layer: 'fg' as const } : {}) });
    tops.push({ x: x + w / 2, y: base - h, w });
    x += w + maxH * r.range(0.03, 0.12);
  }
  // A sky bridge between the two tallest neighbours.
  const pair = tops.slice(0, -1).map((t, i) => [t, tops[i + 1]!] as const).sort((a, b) => Math.max(a[0].y, a[1].y) - Math.max(b[0].y, b[1].y))[0];
  if (pair) {
    const y = Math.max(pair[0].y, pair[1].y) + maxH * 0.12;
    c.rect(pair[0].x, y, pair[1].x - pair[0].x, maxH * 0.03, far(ctx, lit ? '#2a3550' : '#dfe9f2', farness), { bare: true, rx: maxH * 0.01 });
  }
}

/** Flying cars crossing the sky above `hz` in two lanes, with light trails. */
export function flyingCars(ctx: BackdropContext, hz: number, lit: boolean): void {
  const { c, stage } = ctx;
  const r = ctx.rng.fork('flying-cars');
  for (let i = 0; i < 3; i++) {
    const s = stage.H * r.range(0.025, 0.04);
    const cx = stage.W * (0.18 + i * 0.32 + r.range(-0.05, 0.05)), cy = hz * (i % 2 ? 0.34 : 0.22) + r.range(-0.03, 0.03) * stage.H;
    const dir = i % 2 ? -1 : 1;
    c.line(`M${fmt(cx - dir * s * 1.4)} ${fmt(cy)}h${fmt(-dir * s * 4)}`, lit ? '#4ff0ff' : '#ffffff', Math.max(1, s * 0.25), { layer: 'fg', bare: true, opacity: 0.6 });
    c.ellipse(cx, cy, s * 1.5, s * 0.5, r.pick(['#e8ecf2', '#d94f5c', '#3f7fd9']), { layer: 'fg' });
    c.ellipse(cx + dir * s * 0.3, cy - s * 0.35, s * 0.7, s * 0.4, '#9fd8ff', { layer: 'fg', opacity: 0.9 });
    c.ellipse(cx, cy + s * 0.55, s * 0.9, s * 0.14, lit ? '#4ff0ff' : '#ffd84f', { layer: 'fg', bare: true, opacity: 0.8 });
  }
}
