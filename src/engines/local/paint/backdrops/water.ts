// Water settings: a beach, the open sea, a lake or river with its shore, and under the sea.
import { fmt } from '../canvas.js';
import { far, ground, openSky, sea, type LandPainter } from './ground.js';
import { mountains, ridge, scatter, treeLine } from './sky.js';
import { SHORE } from '../stage.js';

export const beach: LandPainter = (ctx) => {
  const { stage } = ctx;
  const hz = stage.horizon;
  openSky(ctx);
  const shore = hz + (stage.H - hz) * 0.3;
  sea(ctx, hz, shore + 1);
  ground(ctx, shore, '#f3dcaa', '#e6c488');
  ctx.c.path(`M0 ${fmt(shore)} Q${fmt(stage.W * 0.25)} ${fmt(shore - stage.H * 0.015)} ${fmt(stage.W * 0.5)} ${fmt(shore)} T${fmt(stage.W)} ${fmt(shore)} L${fmt(stage.W)} ${fmt(shore + stage.H * 0.02)} L0 ${fmt(shore + stage.H * 0.02)} Z`, '#ffffff', { opacity: 0.7, bare: true });
  scatter(ctx, shore, 'pebbles', 0.5);
  return {
    decor: [
      { thing: 'palm-tree', zone: 'ground', count: 2, size: 1.2 },
      { thing: 'umbrella-on-ground', zone: 'ground', count: 1, size: 0.55 },
      { thing: 'spiral-shell', zone: 'ground', count: 2, size: 0.1 },
      { thing: 'crab', zone: 'ground', count: 1, size: 0.12 },
    ],
  };
};

export const ocean: LandPainter = (ctx) => {
  const hz = ctx.stage.horizon;
  openSky(ctx);
  sea(ctx, hz, ctx.stage.H);
  return {
    decor: [
      { thing: 'sailboat', zone: 'ground', count: 1, size: 0.6 },
      { thing: 'bird', zone: 'sky', count: 2, size: 0.08 },
    ],
  };
};

export const underwater: LandPainter = (ctx) => {
  const { c, stage, rng } = ctx;
  const { W, H } = stage;
  c.rect(0, 0, W, H, c.linear(ctx.night ? [[0, '#0d3458'], [1, '#03101f']] : [[0, '#3fb8d8'], [0.5, '#1a78b0'], [1, '#0a3d6b']]), { bare: true });
  const r = rng.fork('rays');
  for (let i = 0; i < 5; i++) {
    const x = r.range(0, W);
    const w = Math.min(W, H) * r.range(0.04, 0.1);
    c.polygon([x, 0, x + w, 0, x + w * 3 + H * 0.3, H, x + w + H * 0.3, H], '#ffffff', { opacity: 0.07, bare: true });
  }
  let d = '';
  for (let i = 0; i < 30; i++) {
    const x = r.range(0, W), y = r.range(0, stage.horizon);
    const s = c.u * r.range(0.3, 1.1);
    d += `M${fmt(x - s)} ${fmt(y)}a${fmt(s)} ${fmt(s)} 0 1 0 ${fmt(2 * s)} 0a${fmt(s)} ${fmt(s)} 0 1 0 ${fmt(-2 * s)} 0`;
  }
  c.add(`<path d="${d}" fill="none" stroke="${c.paint('#d8f4ff')}" stroke-opacity=".55" stroke-width="${fmt(Math.max(1, c.u * 0.2))}"/>`);
  ridge(ctx, stage.horizon, H * 0.03, c.linear([[0, '#e0c98f'], [1, '#b89a62']]), 2, 'seabed');
  // Swaying kelp.
  let kelp = '';
  const k = rng.fork('kelp');
  for (let i = 0; i < Math.round(4 + stage.aspect * 3); i++) {
    const x = k.range(0, W);
    const h = H * k.range(0.2, 0.45);
    const s = Math.min(W, H) * 0.03;
    kelp += `M${fmt(x)} ${fmt(H)} C${fmt(x - s)} ${fmt(H - h * 0.3)} ${fmt(x + s)} ${fmt(H - h * 0.6)} ${fmt(x)} ${fmt(H - h)}`;
  }
  c.line(kelp, '#2f8a4c', Math.min(W, H) * 0.012, { opacity: 0.85 });
  return {
    decor: [
      { thing: 'coral', zone: 'ground', count: 3, size: 0.3 },
      { thing: 'tropical-fish', zone: 'float', count: 3, size: 0.14 },
      { thing: 'spiral-shell', zone: 'ground', count: 1, size: 0.1 },
      { thing: 'bubbles', zone: 'float', count: 2, size: 0.1 },
    ],
  };
};

export const lake: LandPainter = (ctx) => {
  const { c, stage, plan } = ctx;
  const { W, H, horizon: hz } = stage;
  const snowy = plan.snowy;
  openSky(ctx, 0.7);
  // What stands behind the water: the mountains or forest the prompt names, else low hills.
  if (plan.scenery.includes('mountains')) mountains(ctx, hz, H * 0.3, far(ctx, '#7d8fb0', 0.4), true, 'lake-range');
  else ridge(ctx, hz, H * 0.06, far(ctx, snowy ? '#e8eef6' : '#6f9e5a', 0.35), 2, 'lake-hills');
  const shore = hz + (H - hz) * (SHORE.lake ?? 0.5);
  const ice = plan.frozen === true;
  const deep = ice ? (ctx.night ? '#4a6a88' : '#7fb0d0') : ctx.night ? '#0f2742' : '#2f78b0';
  const near = ice ? (ctx.night ? '#7d9bb8' : '#c4e2f2') : ctx.night ? '#1a3a5c' : '#4a9acb';
  // The water runs under the far bank's trees and the near bank's curve, leaving no seam.
  c.rect(0, hz, W, shore - hz + H * 0.03, c.linear([[0, far(ctx, deep, 0.45)], [1, near]]), { bare: true });
  treeLine(ctx, hz + H * 0.008, H * 0.09, far(ctx, '#2f6b45', 0.3), plan.scenery.includes('forest') ? 'pine' : 'mixed', 'lake-trees', snowy);
  if (ice) frozenSurface(ctx, hz, shore);
  else ripples(ctx, hz, shore);
  const bank = snowy ? '#f4f7fb' : '#5f9e45';
  c.path(`M0 ${fmt(shore)} Q${fmt(W * 0.3)} ${fmt(shore - H * 0.015)} ${fmt(W * 0.55)} ${fmt(shore + H * 0.005)} T${fmt(W)} ${fmt(shore - H * 0.01)} L${fmt(W)} ${fmt(H)} L0 ${fmt(H)} Z`,
    c.linear([[0, snowy ? '#dfe8f2' : '#4f8a3c'], [1, bank]]), { bare: true });
  c.path(`M0 ${fmt(shore)} Q${fmt(W * 0.3)} ${fmt(shore - H * 0.015)} ${fmt(W * 0.55)} ${fmt(shore + H * 0.005)} T${fmt(W)} ${fmt(shore - H * 0.01)} L${fmt(W)} ${fmt(shore + H * 0.012)} L0 ${fmt(shore + H * 0.014)} Z`, snowy ? '#c9d3de' : '#9a8a5a', { bare: true, opacity: 0.8 });
  if (!snowy && !ice) reeds(ctx, shore);
  scatter(ctx, shore, snowy ? 'snow' : 'grass');
  return {
    decor: [
      { thing: snowy ? 'evergreen-tree' : 'deciduous-tree', zone: 'ground', count: 1, size: 1.0 },
      ...(snowy || ice ? [] : [{ thing: 'proc:lily-pad', zone: 'ground' as const, count: 2, size: 0.05 }]),
      { thing: 'rock', zone: 'ground', count: 1, size: 0.1 },
    ],
  };
};

/** Calm water: long faint ripples, closer together toward the far bank. */
function ripples(ctx: Parameters<LandPainter>[0], hz: number, shore: number): void {
  const { c, stage } = ctx;
  const r = ctx.rng.fork('ripples');
  let d = '';
  for (let k = 1; k <= 7; k++) {
    const y = hz + (shore - hz) * (k / 8) ** 1.3;
    const len = stage.W * r.range(0.04, 0.1) * (0.5 + k / 8);
    for (let x = r.range(0, len * 2); x < stage.W; x += len * r.range(2, 4)) d += `M${fmt(x)} ${fmt(y)}h${fmt(len)}`;
  }
  c.line(d, '#e6f5ff', Math.max(1, c.u * 0.2), { opacity: 0.45, bare: true });
}

/** Ice: broad white sheen bands, drifts of snow on it and a few thin jagged cracks; no ripples. */
function frozenSurface(ctx: Parameters<LandPainter>[0], hz: number, shore: number): void {
  const { c, stage } = ctx;
  const { W } = stage;
  const r = ctx.rng.fork('ice');
  const depth = shore - hz;
  for (let k = 0; k < 4; k++) {
    const y = hz + depth * r.range(0.15, 0.9), h = depth * r.range(0.04, 0.1);
    const x = r.range(-W * 0.2, W * 0.6), w = W * r.range(0.3, 0.7);
    c.path(`M${fmt(x)} ${fmt(y)} Q${fmt(x + w * 0.5)} ${fmt(y - h)} ${fmt(x + w)} ${fmt(y)} Q${fmt(x + w * 0.5)} ${fmt(y + h * 0.6)} ${fmt(x)} ${fmt(y)} Z`, '#ffffff', { opacity: 0.35, bare: true });
  }
  let cracks = '';
  for (let k = 0; k < 5; k++) {
    let x = r.range(0, W), y = hz + depth * r.range(0.35, 0.95);
    cracks += `M${fmt(x)} ${fmt(y)}`;
    for (let j = 0; j < 5; j++) {
      x += W * r.range(0.02, 0.06) * (r.next() < 0.5 ? -1 : 1);
      y += depth * r.range(-0.04, 0.05);
      cracks += `L${fmt(x)} ${fmt(Math.min(shore, Math.max(hz + depth * 0.2, y)))}`;
    }
  }
  c.line(cracks, '#4f7fa3', Math.max(1, c.u * 0.2), { opacity: 0.7, bare: true });
}

/** Clumps of reeds and cattails along the water's edge. */
function reeds(ctx: Parameters<LandPainter>[0], shore: number): void {
  const { c, stage } = ctx;
  const r = ctx.rng.fork('reeds');
  let stems = '';
  let heads = '';
  const clumps = Math.round(2 + stage.aspect * 1.5);
  for (let k = 0; k < clumps; k++) {
    const cx = r.range(0, stage.W);
    const h = stage.H * r.range(0.05, 0.09);
    for (let j = 0; j < 5; j++) {
      const x = cx + h * r.range(-0.3, 0.3), top = shore - h * r.range(0.6, 1);
      stems += `M${fmt(x)} ${fmt(shore + stage.H * 0.01)}Q${fmt(x + h * 0.05)} ${fmt((top + shore) / 2)} ${fmt(x + h * r.range(-0.1, 0.1))} ${fmt(top)}`;
      if (j % 2 === 0) heads += `M${fmt(x - h * 0.035)} ${fmt(top + h * 0.05)}h${fmt(h * 0.07)}v${fmt(h * 0.22)}h${fmt(-h * 0.07)}Z`;
    }
  }
  c.line(stems, '#4f7a34', Math.max(1, c.u * 0.25), { bare: true });
  c.path(heads, '#6b4226', { bare: true });
}
