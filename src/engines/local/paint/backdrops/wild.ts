// Wild landscapes: forest, jungle, mountains, desert, savanna and snowfields.
import { fmt } from '../canvas.js';
import { drawProc } from '../props/props.js';
import { far, ground, openSky, snowGround, type LandPainter } from './ground.js';
import { clouds, mountains, paintSky, paintSunOrMoon, ridge, scatter, treeLine, type BackdropContext, type DecorSpec } from './sky.js';

export const forest: LandPainter = (ctx) => {
  const hz = ctx.stage.horizon;
  const snowy = ctx.plan.snowy;
  openSky(ctx, 0.6);
  treeLine(ctx, hz + ctx.stage.H * 0.01, ctx.stage.H * 0.2, far(ctx, '#2f6b45', 0.45), 'pine', 'far-trees', snowy);
  treeLine(ctx, hz + ctx.stage.H * 0.03, ctx.stage.H * 0.26, far(ctx, '#27553a', 0.15), 'mixed', 'mid-trees', snowy);
  if (snowy) snowGround(ctx);
  else ground(ctx, hz, '#4f8a3c', '#3a6e34');
  scatter(ctx, hz, snowy ? 'snow' : 'grass');
  return {
    decor: [
      { thing: 'evergreen-tree', zone: 'ground', count: 3, size: 1.1 },
      { thing: 'deciduous-tree', zone: 'ground', count: 2, size: 1.1 },
      // Mushrooms and fallen leaves are not lying on snow.
      ...(snowy ? [] : [
        { thing: 'mushroom', zone: 'ground' as const, count: 2, size: 0.14 },
        { thing: 'fallen-leaf', zone: 'ground' as const, count: 1, size: 0.1 },
      ]),
    ],
  };
};

export const jungle: LandPainter = (ctx) => {
  const { c, stage, rng } = ctx;
  const hz = stage.horizon;
  openSky(ctx, 0.3);
  treeLine(ctx, hz + stage.H * 0.02, stage.H * 0.32, far(ctx, '#1f6b3a', 0.35), 'round', 'jungle-far');
  ground(ctx, hz, '#2f6b2a', '#24552a');
  // Big leaves framing the edges.
  const r = rng.fork('leaves');
  const n = Math.round(8 + stage.aspect * 4);
  for (let i = 0; i < n; i++) {
    const left = i % 2 === 0;
    const x = left ? r.range(-stage.W * 0.02, stage.W * 0.12) : r.range(stage.W * 0.88, stage.W * 1.02);
    const y = r.range(0, stage.H * 0.9);
    const s = Math.min(stage.W, stage.H) * r.range(0.1, 0.2);
    const a = left ? r.range(-40, 20) : r.range(160, 220);
    c.path(`M0 0 Q${fmt(s * 0.5)} ${fmt(-s * 0.35)} ${fmt(s)} 0 Q${fmt(s * 0.5)} ${fmt(s * 0.35)} 0 0 Z`, r.pick(['#2f8a3c', '#3a9a48', '#1f6b30']), { transform: `translate(${fmt(x)} ${fmt(y)}) rotate(${fmt(a)})`, layer: 'fg' });
  }
  scatter(ctx, hz, 'grass', 1.5);
  return {
    decor: [
      { thing: 'palm-tree', zone: 'ground', count: 2, size: 1.2 },
      { thing: 'herb', zone: 'ground', count: 3, size: 0.3 },
      { thing: 'parrot', zone: 'sky', count: 1, size: 0.14 },
    ],
  };
};

export const mountainsLand: LandPainter = (ctx) => {
  const { stage } = ctx;
  const hz = stage.horizon;
  const snowy = ctx.plan.snowy;
  openSky(ctx, 0.7);
  mountains(ctx, hz, stage.H * 0.38, far(ctx, '#7d8fb0', 0.45), true, 'range-far');
  mountains(ctx, hz + stage.H * 0.01, stage.H * 0.26, far(ctx, '#5d6f8a', 0.2), snowy, 'range-near');
  // In autumn the valley's trees are leafy ones, turning (sky.ts colours their crowns).
  const autumn = ctx.plan.autumn === true;
  treeLine(ctx, hz + stage.H * 0.015, stage.H * 0.08, far(ctx, '#2f5a3a', 0.2), autumn ? 'round' : 'pine', 'mountain-pines', snowy);
  if (snowy) snowGround(ctx);
  else ground(ctx, hz, autumn ? '#a7a044' : '#6aa84f', autumn ? '#8c8a3c' : '#4f8a45');
  scatter(ctx, hz, snowy ? 'snow' : 'grass', 0.6);
  return {
    decor: [
      { thing: autumn ? 'deciduous-tree' : 'evergreen-tree', zone: 'ground', count: 2, size: 1.0 },
      { thing: 'rock', zone: 'ground', count: 1, size: 0.2 },
    ],
  };
};

export const desert: LandPainter = (ctx) => {
  const { c, stage } = ctx;
  const hz = stage.horizon;
  paintSky(ctx, hz);
  paintSunOrMoon(ctx, hz, 1.4);
  // Mesas on the horizon.
  const r = ctx.rng.fork('mesas');
  for (let i = 0; i < Math.round(1 + stage.aspect); i++) {
    const x = r.range(0, stage.W), w = stage.W * r.range(0.08, 0.2), h = stage.H * r.range(0.06, 0.14);
    c.path(`M${fmt(x)} ${fmt(hz)} L${fmt(x + w * 0.15)} ${fmt(hz - h)} L${fmt(x + w * 0.85)} ${fmt(hz - h)} L${fmt(x + w)} ${fmt(hz)} Z`, far(ctx, '#b5603a', 0.4));
  }
  // Sand under the far dunes, so no gap is left between the sky and a dune dipping below the horizon.
  c.rect(0, hz, stage.W, stage.H - hz, far(ctx, '#e3b574', 0.25), { bare: true });
  ridge(ctx, hz + stage.H * 0.02, stage.H * 0.05, far(ctx, '#e3b574', 0.25), 2, 'dunes-far');
  ridge(ctx, hz + stage.H * 0.12, stage.H * 0.06, c.linear([[0, '#e9c27f'], [1, '#d9a25e']]), 1.5, 'dunes-near');
  if (ctx.plan.oasis) return { decor: oasisPool(ctx, hz + (stage.H - hz) * 0.3) };
  return {
    decor: [
      { thing: 'cactus', zone: 'ground', count: 2, size: 0.6 },
      { thing: 'rock', zone: 'ground', count: 1, size: 0.15 },
    ],
  };
};

export const snow: LandPainter = (ctx) => {
  const { c, stage } = ctx;
  const hz = stage.horizon;
  openSky(ctx, 0.5);
  mountains(ctx, hz, stage.H * 0.22, far(ctx, '#c9d6e8', 0.4), true, 'snow-range');
  treeLine(ctx, hz + stage.H * 0.02, stage.H * 0.12, far(ctx, '#2f5a4a', 0.25), 'pine', 'snow-pines', true);
  ridge(ctx, hz + stage.H * 0.03, stage.H * 0.04, c.linear([[0, '#eef3fa'], [1, '#ffffff']]), 1.5, 'snow-hills');
  scatter(ctx, hz, 'snow');
  return {
    decor: [
      { thing: 'evergreen-tree', zone: 'ground', count: 2, size: 1.0 },
      { thing: 'snowman', zone: 'ground', count: 1, size: 0.45 },
    ],
  };
};

export const savanna: LandPainter = (ctx) => {
  const { c, stage, rng } = ctx;
  const { W, H, horizon: hz } = stage;
  paintSky(ctx, hz);
  paintSunOrMoon(ctx, hz, 1.5);
  clouds(ctx, hz, 0.3);
  ridge(ctx, hz, H * 0.035, far(ctx, '#8a7a5a', 0.55), 1.5, 'savanna-hills');
  // Far acacias on the flat horizon: the savanna's silhouette.
  const r = rng.fork('far-acacias');
  for (let i = 0; i < Math.round(2 + stage.aspect * 2); i++) {
    const h = H * r.range(0.04, 0.08);
    drawProc(c, 'acacia', r.range(0, W), hz + H * 0.006, h, { rng: r, layer: 'bg', color: far(ctx, '#4a5a2a', 0.45) });
  }
  ground(ctx, hz, '#c49a45', far(ctx, '#dcbc6e', 0.2));
  scatter(ctx, hz, 'dry-grass', 1.4);
  return {
    decor: [
      { thing: 'proc:acacia', zone: 'ground', count: 2, size: 1.0 },
      { thing: 'rock', zone: 'ground', count: 1, size: 0.12 },
    ],
  };
};

/** An oasis: a pool of blue water in the sand at `y`, reeds at its rim, palms around it (the decor returned). */
export function oasisPool(ctx: BackdropContext, y: number): DecorSpec[] {
  const { c, stage } = ctx;
  const rx = stage.W * 0.2, ry = stage.H * 0.035;
  const cx = stage.W * 0.5;
  c.ellipse(cx, y, rx * 1.06, ry * 1.3, '#c9b27a', { bare: true });
  c.ellipse(cx, y, rx, ry, c.linear([[0, '#4fa3c7'], [1, '#2f7fa8']]), { bare: true });
  c.ellipse(cx - rx * 0.25, y - ry * 0.25, rx * 0.4, ry * 0.25, '#9fd3ea', { bare: true, opacity: 0.6 });
  let reeds = '';
  for (const fx of [-0.95, -0.8, 0.78, 0.92]) reeds += `M${fmt(cx + rx * fx)} ${fmt(y)}l${fmt(rx * 0.02)} ${fmt(-ry * 1.6)}`;
  c.line(reeds, '#5c8a3a', Math.max(1, stage.H * 0.004), { bare: true });
  return [{ thing: 'palm-tree', zone: 'ground', count: 3, size: 1.3, depth: [0.25, 0.45] }];
}
