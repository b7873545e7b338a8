// Rock country: a red rock canyon with a river (or a dry bed) between layered walls, and a sea
// cliff: a grassy clifftop, a headland whose rock face drops into the sea, surf at its foot.
import { fmt } from '../canvas.js';
import { shade } from '../color.js';
import { far, ground, openSky, sea, type LandPainter } from './ground.js';
import type { BackdropContext } from './sky.js';
import { scatter } from './sky.js';
import { SHORE } from '../stage.js';

const STRATA = ['#b5502e', '#c8683a', '#a3452a', '#d9824a', '#b85a34', '#e09a5c'];

/**
 * A canyon wall on one side, built as terraced bands of rock: each band juts a little further in
 * than the one above, in alternating reds, so the strata read from afar.
 */
function canyonWall(ctx: BackdropContext, side: -1 | 1, top: number, base: number, reach: number, farness: number, seed: string): void {
  const { c, stage } = ctx;
  const r = ctx.rng.fork(seed);
  const bands = 7;
  const bandH = (base - top) / bands;
  for (let k = 0; k < bands; k++) {
    const y = top + k * bandH;
    const inner = stage.W * (reach * (0.55 + 0.45 * (k / (bands - 1)))) + stage.W * r.range(-0.015, 0.015);
    const col = far(ctx, STRATA[(k + (side > 0 ? 1 : 0)) % STRATA.length], farness);
    const x0 = side < 0 ? 0 : stage.W - inner;
    // A sloped lip at the inner edge so the bands are ledges, not boxes.
    const lip = bandH * 0.6 * -side;
    const edge = side < 0 ? x0 + inner : x0;
    const outer = side < 0 ? 0 : stage.W;
    c.polygon([outer, y, edge + lip, y, edge, y + bandH, edge, base + 1, outer, base + 1], col, { bare: k > 0 });
    c.rect(Math.min(outer, edge), y + bandH * 0.82, Math.abs(edge - outer), bandH * 0.18, shade(col, -0.22), { bare: true, opacity: 0.7 });
  }
}

export const canyon: LandPainter = (ctx) => {
  const { c, stage, plan } = ctx;
  const { W, H, horizon: hz } = stage;
  openSky(ctx, 0.5);
  // Far walls across the horizon, flat-topped mesas pale with distance.
  const r = ctx.rng.fork('mesas');
  let x = -W * 0.05;
  while (x < W) {
    const w = W * r.range(0.12, 0.3), h = H * r.range(0.08, 0.16);
    c.polygon([x, hz + 1, x + w * 0.1, hz - h, x + w * 0.9, hz - h, x + w, hz + 1], far(ctx, r.pick(STRATA), 0.5));
    x += w * r.range(0.7, 1.05);
  }
  ground(ctx, hz, '#d08a55', far(ctx, '#b86a40', 0.2));
  const dry = /\b(dry|arid|dusty|parched)\b/i.test(plan.prompt);
  // The river (or the dry bed) winding from the far end toward the viewer.
  const bed = `M${fmt(W * 0.47)} ${fmt(hz)} Q${fmt(W * 0.62)} ${fmt(hz + (H - hz) * 0.45)} ${fmt(W * 0.4)} ${fmt(H)} L${fmt(W * 0.74)} ${fmt(H)} Q${fmt(W * 0.78)} ${fmt(hz + (H - hz) * 0.45)} ${fmt(W * 0.53)} ${fmt(hz)} Z`;
  if (dry) {
    c.path(bed, '#e8c79a', { bare: true });
    let cracks = '';
    const k = ctx.rng.fork('cracks');
    for (let i = 0; i < 24; i++) {
      const cy = k.range(hz + (H - hz) * 0.2, H), cx = W * (0.5 + 0.12 * ((cy - hz) / (H - hz))) + k.range(-1, 1) * W * 0.06;
      const s = c.u * k.range(1, 3);
      cracks += `M${fmt(cx)} ${fmt(cy)}l${fmt(s)} ${fmt(s * 0.3)}l${fmt(s * 0.6)} ${fmt(-s * 0.5)}`;
    }
    c.line(cracks, '#b89468', Math.max(1, c.u * 0.2), { bare: true, opacity: 0.8 });
  } else {
    c.path(bed, c.linear([[0, far(ctx, '#4a8fb5', 0.3)], [1, ctx.night ? '#1d3a5c' : '#3f86b0']]), { bare: true });
    c.line(`M${fmt(W * 0.5)} ${fmt(hz + (H - hz) * 0.2)}q${fmt(W * 0.04)} ${fmt((H - hz) * 0.2)} ${fmt(W * 0.02)} ${fmt((H - hz) * 0.4)}M${fmt(W * 0.6)} ${fmt(hz + (H - hz) * 0.6)}q${fmt(-W * 0.03)} ${fmt((H - hz) * 0.15)} ${fmt(-W * 0.02)} ${fmt((H - hz) * 0.3)}`, '#d8eef8', Math.max(1, c.u * 0.3), { bare: true, opacity: 0.6 });
  }
  // The near walls rise on both sides, high above the horizon.
  const reach = stage.aspect > 1.5 ? 0.2 : 0.26;
  canyonWall(ctx, -1, H * 0.12, hz + (H - hz) * 0.25, reach, 0.05, 'wall-left');
  canyonWall(ctx, 1, H * 0.2, hz + (H - hz) * 0.2, reach * 0.85, 0.1, 'wall-right');
  scatter(ctx, hz + (H - hz) * 0.25, 'pebbles', 0.7);
  return {
    decor: [
      { thing: 'rock', zone: 'ground', count: 3, size: 0.12 },
      { thing: 'eagle', zone: 'sky', count: 1, size: 0.08 },
    ],
  };
};

export const coast: LandPainter = (ctx) => {
  const { c, stage, rng } = ctx;
  const { W, H, horizon: hz } = stage;
  openSky(ctx);
  const shore = hz + (H - hz) * (SHORE.coast ?? 0.34);
  sea(ctx, hz, shore + H * 0.02);
  // The headland across the water: a grass top, a sheer face of layered rock, surf at its foot.
  const left = rng.chance(0.5);
  const hw = W * (stage.aspect > 1.5 ? 0.34 : 0.45);
  const x0 = left ? 0 : W - hw;
  const topY = hz - H * 0.16;
  const footY = hz + (shore - hz) * 0.55;
  const faceX = left ? x0 + hw : x0;
  const dir = left ? -1 : 1;
  const outer = left ? 0 : W;
  const rockFar = far(ctx, '#8a7a6a', 0.2);
  c.polygon([outer, topY - H * 0.02, faceX + dir * hw * 0.12, topY, faceX + dir * hw * 0.02, topY + (footY - topY) * 0.35, faceX, footY, outer, footY], rockFar);
  // Strata across the face, and a dark cleft or two.
  let d = '';
  for (let k = 1; k < 6; k++) {
    const y = topY + (footY - topY) * (k / 6);
    d += `M${fmt(outer)} ${fmt(y)}H${fmt(faceX + dir * hw * 0.02 * (1 - k / 6))}`;
  }
  c.line(d, shade(rockFar, -0.25), Math.max(1, c.u * 0.35), { bare: true, opacity: 0.6 });
  c.polygon([outer, topY - H * 0.035, faceX + dir * hw * 0.12, topY - H * 0.012, faceX + dir * hw * 0.11, topY + H * 0.01, outer, topY + H * 0.005], far(ctx, '#6f9e4a', 0.2));
  // Surf breaking at the foot of the face.
  for (let i = 0; i < 5; i++) c.ellipse(faceX + dir * W * 0.02 * i - dir * W * 0.03, footY - H * 0.004 * i, W * 0.05, H * 0.012, '#ffffff', { bare: true, opacity: 0.75 });
  // Waves rolling in: white crests across the water.
  let crests = '';
  const w = rng.fork('crests');
  for (let k = 0; k < 10; k++) {
    const y = w.range(hz + (shore - hz) * 0.3, shore - H * 0.01), x = w.range(0, W), len = W * w.range(0.04, 0.09);
    crests += `M${fmt(x)} ${fmt(y)}q${fmt(len * 0.5)} ${fmt(-H * 0.012)} ${fmt(len)} 0`;
  }
  c.line(crests, '#ffffff', Math.max(1.2, c.u * 0.45), { bare: true, opacity: 0.85 });
  // The near clifftop: grass to the edge, and the rock lip where it drops away.
  c.path(`M0 ${fmt(shore)} L${fmt(W * 0.3)} ${fmt(shore - H * 0.012)} L${fmt(W * 0.62)} ${fmt(shore + H * 0.006)} L${fmt(W)} ${fmt(shore - H * 0.008)} L${fmt(W)} ${fmt(shore + H * 0.05)} L0 ${fmt(shore + H * 0.05)} Z`, '#7d6e60', { bare: true });
  ground(ctx, shore + H * 0.028, '#5f9e45', '#6fa84c');
  c.path(`M0 ${fmt(shore + H * 0.028)} L${fmt(W * 0.3)} ${fmt(shore + H * 0.018)} L${fmt(W * 0.62)} ${fmt(shore + H * 0.034)} L${fmt(W)} ${fmt(shore + H * 0.02)} L${fmt(W)} ${fmt(shore + H * 0.04)} L0 ${fmt(shore + H * 0.04)} Z`, '#5f9e45', { bare: true });
  scatter(ctx, shore + H * 0.03, 'grass');
  return {
    decor: [
      { thing: 'rock', zone: 'ground', count: 2, size: 0.1 },
      { thing: 'bird', zone: 'sky', count: 2, size: 0.06 },
    ],
  };
};
