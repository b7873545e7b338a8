// Night and beyond: a starry night sky, outer space and the moon, Mars, and the sky above the clouds.
import { fmt, type Stop } from '../canvas.js';
import { ground, type LandPainter } from './ground.js';
import { SKY_STOPS, clouds, paintSky, paintSunOrMoon, ridge, stars, treeLine } from './sky.js';
import type { TimeOfDay } from '../../read/lexicon-scene.js';

export const nightSky: LandPainter = (ctx) => {
  const { c, stage } = ctx;
  const hz = stage.horizon;
  paintSky(ctx, hz);
  stars(ctx, hz, 0.8);
  // A soft glow across the sky, or the Milky Way's own band when the prompt asks for it (sky.ts).
  if (!ctx.plan.milkyWay) c.ellipse(stage.W / 2, hz * 0.45, Math.max(stage.W, stage.H) * 0.7, hz * 0.16, c.radial([[0, '#b9c6ff', 0.28], [1, '#b9c6ff', 0]]), { bare: true, layer: 'fg', transform: `rotate(-18 ${fmt(stage.W / 2)} ${fmt(hz * 0.45)})` });
  paintSunOrMoon(ctx, hz);
  ridge(ctx, hz, stage.H * 0.07, '#0f1a33', 2, 'night-hills');
  treeLine(ctx, hz + stage.H * 0.04, stage.H * 0.1, '#0b1326', 'pine', 'night-pines');
  ground(ctx, hz + stage.H * 0.04, '#0e1a2e', '#0b1326');
  return { decor: [{ thing: 'tent', zone: 'ground', count: 1, size: 0.45 }, { thing: 'fire', zone: 'ground', count: 1, size: 0.16 }] };
};

export const space: LandPainter = (ctx) => {
  const { c, stage, rng, plan } = ctx;
  const { W, H } = stage;
  c.rect(0, 0, W, H, c.linear([[0, '#050312'], [1, '#120a2e']]), { bare: true });
  const r = rng.fork('nebula');
  for (let i = 0; i < 3; i++) {
    const col = r.pick(['#8a2be2', '#ff4f9a', '#2fb5d8', '#4b5bdc']);
    c.ellipse(r.range(0, W), r.range(0, H), Math.max(W, H) * r.range(0.2, 0.4), Math.min(W, H) * r.range(0.15, 0.3), c.radial([[0, col, 0.35], [1, col, 0]]), { bare: true });
  }
  stars(ctx, H, 1.2);
  if (plan.lunar) {
    const hz = stage.horizon;
    ctx.icons.draw('globe-showing-americas', W * 0.75, hz * 0.45, Math.min(W, H) * 0.16, { layer: 'bg' });
    ridge(ctx, hz, H * 0.03, c.linear([[0, '#9a9aa3'], [1, '#6f6f78']]), 1.5, 'lunar');
    const cr = rng.fork('craters');
    for (let i = 0; i < 6 + stage.aspect * 3; i++) {
      const y = cr.range(hz + H * 0.04, H);
      const s = Math.min(W, H) * cr.range(0.02, 0.06) * (0.5 + (y - hz) / (H - hz));
      c.ellipse(cr.range(0, W), y, s, s * 0.3, '#5f5f68');
    }
    return { decor: [{ thing: 'rocket', zone: 'ground', count: 1, size: 0.6 }] };
  }
  // A ringed planet.
  const px = W * (rng.chance(0.5) ? 0.8 : 0.2), py = H * 0.28, pr = Math.min(W, H) * 0.11;
  c.circle(px, py, pr, c.linear([[0, '#f2b36b'], [1, '#b5603a']]));
  c.ellipse(px, py, pr * 1.9, pr * 0.35, 'none', { extra: `stroke="${c.paint('#f7d9a8')}" stroke-width="${fmt(pr * 0.12)}"`, transform: `rotate(-15 ${fmt(px)} ${fmt(py)})` });
  return {
    decor: [
      { thing: 'ringed-planet', zone: 'float', count: 1, size: 0.22 },
      { thing: 'satellite', zone: 'float', count: 1, size: 0.16 },
      { thing: 'comet', zone: 'float', count: 1, size: 0.12 },
    ],
  };
};

export const sky: LandPainter = (ctx) => {
  const { c, stage } = ctx;
  const { W, H } = stage;
  c.rect(0, 0, W, H, c.linear(SKY_STOPS[ctx.plan.time]), { bare: true });
  if (ctx.night) stars(ctx, H * 0.7, 0.8);
  paintSunOrMoon(ctx, H * 0.6);
  clouds(ctx, H * 0.8, 1.3);
  // A sea of clouds below.
  const r = ctx.rng.fork('cloud-sea');
  const color = ctx.night ? '#3a4470' : '#ffffff';
  for (let x = -H * 0.05; x < W + H * 0.1; x += H * r.range(0.08, 0.14)) {
    c.circle(x, H * r.range(0.9, 0.98), H * r.range(0.08, 0.14), color, { bare: true, opacity: 0.95 });
  }
  c.rect(0, H * 0.95, W, H * 0.05, color, { bare: true });
  return { decor: [{ thing: 'bird', zone: 'float', count: 2, size: 0.07 }] };
};

/** Mars's sky is butterscotch by day; its sunsets are blue (dust scatters red light away). */
const MARS_SKY: Record<TimeOfDay, Stop[]> = {
  day: [[0, '#b97a52'], [0.6, '#e0ab80'], [1, '#f0cfa8']],
  'golden-hour': [[0, '#a8704c'], [0.6, '#e8b07a'], [1, '#f6d09a']],
  dawn: [[0, '#3b4a6b'], [0.7, '#8fa3b8'], [1, '#c9d6e0']],
  sunset: [[0, '#2b3450'], [0.7, '#6f86a8'], [1, '#b8cde0']],
  night: SKY_STOPS.night,
};

export const mars: LandPainter = (ctx) => {
  const { c, stage, rng, plan } = ctx;
  const { W, H, horizon: hz } = stage;
  c.rect(0, 0, W, hz + 1, c.linear(MARS_SKY[plan.time]), { bare: true });
  if (ctx.night) {
    stars(ctx, hz, 0.9);
    // Phobos and Deimos: two small moons.
    c.circle(W * 0.72, hz * 0.25, Math.min(W, H) * 0.018, '#d9d0c4', { layer: 'fg' });
    c.circle(W * 0.3, hz * 0.18, Math.min(W, H) * 0.01, '#cfc6ba', { layer: 'fg' });
  } else {
    const sx = W * (rng.chance(0.5) ? 0.8 : 0.2), sy = plan.time === 'sunset' || plan.time === 'dawn' ? hz * 0.85 : hz * 0.3;
    const sr = Math.min(W, H) * 0.03;
    c.circle(sx, sy, sr * 3.5, c.radial([[0, '#fff4e0', 0.5], [1, '#fff4e0', 0]]), { bare: true, layer: 'fg' });
    c.circle(sx, sy, sr, '#fff6e6', { bare: true, layer: 'fg' });
  }
  const r = rng.fork('mars-mesas');
  for (let i = 0; i < Math.round(1 + stage.aspect); i++) {
    const x = r.range(0, W), w = W * r.range(0.1, 0.25), h = H * r.range(0.05, 0.12);
    c.path(`M${fmt(x)} ${fmt(hz)} L${fmt(x + w * 0.18)} ${fmt(hz - h)} L${fmt(x + w * 0.8)} ${fmt(hz - h * 0.9)} L${fmt(x + w)} ${fmt(hz)} Z`, '#a35a3a');
  }
  ridge(ctx, hz, H * 0.03, c.linear([[0, '#b86a44'], [1, '#a85a36']]), 2, 'mars-far');
  ridge(ctx, hz + H * 0.05, H * 0.04, c.linear([[0, '#c4703f'], [1, '#8f4326']]), 1.5, 'mars-near');
  // Rocks and craters strewn over the red ground.
  const k = rng.fork('mars-rocks');
  let rocks = '';
  for (let i = 0; i < 10 + stage.aspect * 6; i++) {
    const y = k.range(hz + H * 0.08, H);
    const s = Math.min(W, H) * k.range(0.008, 0.03) * (0.4 + (y - hz) / (H - hz));
    const x = k.range(0, W);
    rocks += `M${fmt(x - s)} ${fmt(y)}L${fmt(x - s * 0.6)} ${fmt(y - s * 0.8)}L${fmt(x + s * 0.4)} ${fmt(y - s)}L${fmt(x + s)} ${fmt(y)}Z`;
  }
  c.path(rocks, '#5e2c1c');
  for (let i = 0; i < 3 + stage.aspect * 2; i++) {
    const y = k.range(hz + H * 0.1, H * 0.95);
    const s = Math.min(W, H) * k.range(0.03, 0.07) * (0.5 + (y - hz) / (H - hz));
    c.ellipse(k.range(0, W), y, s, s * 0.28, '#7f3a22', { opacity: 0.7 });
  }
  return { decor: [] };
};
