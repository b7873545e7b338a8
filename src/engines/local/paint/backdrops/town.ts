// Settled places: a city street, a village, a skyline, a park, a garden and a farm.
import { fmt } from '../canvas.js';
import { shade } from '../color.js';
import { far, ground, openSky, sea, snowGround, type LandPainter } from './ground.js';
import { clouds, paintSky, paintSunOrMoon, ridge, scatter, treeLine, type BackdropContext } from './sky.js';
import { drawProc } from '../props/props.js';
import { oasisPool } from './wild.js';
import { flyingCars, futureTowers } from './future-city.js';
import { paperRowShadow } from '../styles/paper-cut.js';

function facades(ctx: BackdropContext, base: number, maxH: number, lit: boolean, farness: number, seed: string): void {
  const { c, stage } = ctx;
  const r = ctx.rng.fork(seed);
  const colors = ['#c97b5a', '#d9b48f', '#8fa3b8', '#b5846b', '#e3d2b5', '#9c6b5a'];
  let x = -r.range(0, maxH * 0.3);
  let windows = '';
  let litWindows = '';
  const blocks: [number, number, number, string][] = [];
  while (x < stage.W) {
    const w = maxH * r.range(0.35, 0.6), h = maxH * r.range(0.55, 1);
    const col = far(ctx, r.pick(colors), farness);
    blocks.push([x, w, h, col]);
    const cols = Math.max(2, Math.round(w / (maxH * 0.12)));
    const rows = Math.max(2, Math.round(h / (maxH * 0.14)));
    const ww = (w / cols) * 0.5, wh = (h / rows) * 0.45;
    for (let i = 0; i < cols; i++) for (let j = 0; j < rows - 1; j++) {
      const wx = x + (w / cols) * (i + 0.25), wy = base - h + (h / rows) * (j + 0.3);
      const rect = `M${fmt(wx)} ${fmt(wy)}h${fmt(ww)}v${fmt(wh)}h${fmt(-ww)}Z`;
      if (lit && r.chance(0.6)) litWindows += rect;
      else windows += rect;
    }
    x += w + maxH * r.range(0, 0.05);
  }
  // Cut paper: the row is one layer of card, casting its shadow on the row and the sky behind.
  const paper = c.style === 'papercut';
  if (paper) paperRowShadow(c, blocks.map(([bx, w, h]) => `M${fmt(bx - w * 0.02)} ${fmt(base)}V${fmt(base - h - maxH * 0.02)}h${fmt(w * 1.04)}V${fmt(base)}Z`).join(''));
  for (const [bx, w, h, col] of blocks) {
    c.rect(bx, base - h, w, h + 1, col);
    c.rect(bx - w * 0.02, base - h - maxH * 0.02, w * 1.04, maxH * 0.03, shade(col, -0.2));
  }
  // Windows cut in cut paper cast none of their own (a second, offset window).
  if (windows) c.path(windows, far(ctx, lit ? '#1d2433' : '#5d7a99', farness), { bare: true, ...(paper ? { layer: 'fg' as const } : {}) });
  if (litWindows) c.path(litWindows, '#ffd66b', { bare: true, layer: 'fg' });
}

export const cityStreet: LandPainter = (ctx) => {
  const { c, stage } = ctx;
  const { W, H, horizon: hz } = stage;
  paintSky(ctx, hz);
  if (!ctx.night) clouds(ctx, hz * 0.6, 0.5);
  const future = ctx.plan.futuristic === true;
  const lit = ctx.night || ctx.plan.time === 'sunset';
  if (future) {
    futureTowers(ctx, hz, Math.min(hz * 0.95, Math.max(W, H) * 0.5), lit, 0, 'street');
    flyingCars(ctx, hz, lit);
  } else facades(ctx, hz, Math.min(hz * 0.92, Math.max(W, H) * 0.45), lit, 0, 'street');
  const curb = hz + (H - hz) * 0.25;
  const snowy = ctx.plan.snowy;
  c.rect(0, hz, W, curb - hz, snowy ? '#eef3f8' : '#b9b4aa', { bare: true });
  c.rect(0, curb, W, H - curb, c.linear(snowy ? [[0, '#6a6e78'], [1, '#50545c']] : [[0, '#4a4d55'], [1, '#2f3238']]), { bare: true });
  c.rect(0, curb, W, H * (snowy ? 0.03 : 0.012), snowy ? '#ffffff' : '#d9d4c9', { bare: true });
  const laneY = curb + (H - curb) * 0.5;
  let d = '';
  for (let x = 0; x < W; x += H * 0.12) d += `M${fmt(x)} ${fmt(laneY)}h${fmt(H * 0.06)}`;
  c.line(d, '#f2d24a', Math.max(1, H * 0.008), { bare: true, cap: 'butt' });
  return {
    decor: [
      { thing: 'proc:streetlamp', zone: 'ground', count: 1, size: 1.3, depth: [0, 0.2] },
      ...(future ? [] : [{ thing: ctx.rng.pick(['automobile', 'taxi', 'bus']), zone: 'ground' as const, count: 1, size: 0.5, depth: [0.45, 0.9] as [number, number] }]),
    ],
  };
};

export const skyline: LandPainter = (ctx) => {
  const { c, stage } = ctx;
  const hz = stage.horizon;
  paintSky(ctx, hz);
  paintSunOrMoon(ctx, hz * 0.7, 0.8);
  const lit = ctx.night || ctx.plan.time === 'sunset';
  if (ctx.plan.futuristic) {
    futureTowers(ctx, hz, hz * 0.7, false, 0.6, 'skyline-far');
    futureTowers(ctx, hz + 1, hz * 0.5, lit, 0.15, 'skyline-near');
    flyingCars(ctx, hz, lit);
  } else {
    facades(ctx, hz, hz * 0.55, false, 0.6, 'skyline-far');
    facades(ctx, hz + 1, hz * 0.38, lit, 0.15, 'skyline-near');
  }
  sea(ctx, hz, hz + (stage.H - hz) * 0.35);
  ground(ctx, hz + (stage.H - hz) * 0.35, '#5d6270', '#7a808c');
  c.rect(0, hz + (stage.H - hz) * 0.35, stage.W, stage.H * 0.015, '#9aa0ab', { bare: true });
  return { decor: [{ thing: 'proc:streetlamp', zone: 'ground', count: 1, size: 1.1, depth: [0.45, 1] }] };
};

export const park: LandPainter = (ctx) => {
  const { c, stage } = ctx;
  const hz = stage.horizon;
  const snowy = ctx.plan.snowy;
  openSky(ctx);
  ridge(ctx, hz, stage.H * 0.06, far(ctx, snowy ? '#e8eef6' : '#7fb069', 0.35), 2, 'far-hills');
  treeLine(ctx, hz + stage.H * 0.01, stage.H * 0.13, far(ctx, '#3f7f3f', 0.3), 'round', 'park-trees', snowy);
  if (snowy) snowGround(ctx);
  else ground(ctx, hz, '#6fb34f', '#5a9e48');
  // A path winding toward the viewer (a road drawn across the meadow takes its place).
  if (!ctx.plan.road) c.path(`M${fmt(stage.W * 0.46)} ${fmt(hz)} Q${fmt(stage.W * 0.3)} ${fmt(hz + (stage.H - hz) * 0.5)} ${fmt(stage.W * 0.38)} ${fmt(stage.H)} L${fmt(stage.W * 0.7)} ${fmt(stage.H)} Q${fmt(stage.W * 0.5)} ${fmt(hz + (stage.H - hz) * 0.5)} ${fmt(stage.W * 0.5)} ${fmt(hz)} Z`, snowy ? '#d8dee8' : '#d9c49a', { opacity: 0.85 });
  scatter(ctx, hz, snowy ? 'snow' : 'grass');
  if (!snowy) scatter(ctx, hz, 'flowers', 0.6);
  // A bench and a butterfly belong to a park or meadow the prompt asked for, not to the fallback.
  const asked = ctx.plan.settingExplicit;
  return {
    decor: [
      { thing: 'deciduous-tree', zone: 'ground', count: 2, size: 1.2 },
      ...(asked && !ctx.plan.road ? [{ thing: 'proc:bench', zone: 'ground', count: 1, size: 0.45 } as const] : []),
      { thing: 'blossom', zone: 'ground', count: 2, size: 0.1 },
      ...(asked ? [{ thing: 'butterfly', zone: 'sky', count: 1, size: 0.07 } as const] : []),
    ],
  };
};

export const garden: LandPainter = (ctx) => {
  const { c, stage } = ctx;
  const { W, H, horizon: hz } = stage;
  openSky(ctx, 0.7);
  c.rect(0, hz - H * 0.12, W, H * 0.13, '#2f6b35', { rx: H * 0.04 });
  // White picket fence.
  const post = H * 0.025;
  let d = '';
  for (let x = post; x < W; x += post * 2.2) d += `M${fmt(x)} ${fmt(hz + H * 0.02)}v${fmt(-H * 0.09)}l${fmt(post / 2)} ${fmt(-post * 0.6)}l${fmt(post / 2)} ${fmt(post * 0.6)}v${fmt(H * 0.09)}Z`;
  c.path(d + `M0 ${fmt(hz - H * 0.05)}h${fmt(W)}v${fmt(H * 0.012)}h${fmt(-W)}Z`, '#f7f5ef');
  ground(ctx, hz + H * 0.02, '#5f9e45', '#4f8a3c');
  scatter(ctx, hz + H * 0.02, 'grass');
  scatter(ctx, hz + H * 0.02, 'flowers', 1.5);
  return {
    decor: [
      { thing: 'tulip', zone: 'ground', count: 3, size: 0.14 },
      { thing: 'sunflower', zone: 'ground', count: 2, size: 0.3 },
      { thing: 'rose', zone: 'ground', count: 2, size: 0.14 },
      { thing: 'potted-plant', zone: 'ground', count: 1, size: 0.3 },
      { thing: 'butterfly', zone: 'sky', count: 2, size: 0.07 },
    ],
  };
};

export const farm: LandPainter = (ctx) => {
  const { c, stage, rng } = ctx;
  const { W, H, horizon: hz } = stage;
  openSky(ctx, 0.8);
  ridge(ctx, hz, H * 0.05, far(ctx, '#a8c66c', 0.3), 2, 'farm-hills');
  if (!ctx.plan.subjects.some((s) => s.thing.proc === 'barn')) drawProc(c, 'barn', W * (rng.chance(0.5) ? 0.2 : 0.8), hz + H * 0.02, H * 0.2, { rng, layer: 'bg' });
  ground(ctx, hz + H * 0.02, '#8fbf5a', '#a3c96a');
  let d = '';
  for (let y = hz + H * 0.04, g = H * 0.02; y < H; y += g, g *= 1.3) d += `M0 ${fmt(y)}H${fmt(W)}`;
  c.line(d, '#6f9e45', Math.max(1, c.u * 0.3), { opacity: 0.5, bare: true });
  // A rail fence.
  const fy = hz + H * 0.07;
  let f = `M0 ${fmt(fy)}H${fmt(W)}M0 ${fmt(fy + H * 0.025)}H${fmt(W)}`;
  for (let x = 0; x < W; x += H * 0.1) f += `M${fmt(x)} ${fmt(fy - H * 0.02)}V${fmt(fy + H * 0.045)}`;
  c.line(f, '#8a5a36', Math.max(1.5, H * 0.007), { cap: 'butt' });
  return {
    decor: [
      { thing: 'sheaf-of-rice', zone: 'ground', count: 2, size: 0.25 },
      { thing: 'chicken', zone: 'ground', count: 1, size: 0.18 },
      { thing: 'deciduous-tree', zone: 'ground', count: 1, size: 1.1 },
    ],
  };
};

/** A row of gabled cottages along a base line: walls, roofs (snow-capped in winter), doors, windows, chimneys. */
function cottages(ctx: BackdropContext, base: number, maxH: number, farness: number, seed: string): void {
  const { c, stage, plan } = ctx;
  const r = ctx.rng.fork(seed);
  const lit = ctx.night || plan.time === 'sunset';
  const walls = ['#f1e3c6', '#e9c9a8', '#d9e2e8', '#f3d6c6', '#cfd9c0', '#e8d9b0'];
  const roofs = ['#9c3b30', '#6b4a3a', '#4a5a6b', '#8a5a36'];
  let x = -r.range(0, maxH * 0.5);
  let windows = '';
  let doors = '';
  let snow = '';
  while (x < stage.W) {
    const w = maxH * r.range(0.7, 1.05), wh = maxH * r.range(0.45, 0.6), rh = w * r.range(0.38, 0.5);
    const top = base - wh;
    const roof = far(ctx, r.pick(roofs), farness);
    c.rect(x + w * 0.68, top - rh * 0.75, w * 0.1, rh * 0.6, far(ctx, '#7a5a48', farness));
    c.rect(x, top, w, wh + 1, far(ctx, r.pick(walls), farness));
    c.polygon([x - w * 0.06, top + 1, x + w / 2, top - rh, x + w * 1.06, top + 1], roof);
    if (plan.snowy) snow += `M${fmt(x - w * 0.06)} ${fmt(top + 1)}L${fmt(x + w / 2)} ${fmt(top - rh)}L${fmt(x + w * 1.06)} ${fmt(top + 1)}L${fmt(x + w * 0.96)} ${fmt(top + rh * 0.12)}L${fmt(x + w / 2)} ${fmt(top - rh * 0.72)}L${fmt(x + w * 0.04)} ${fmt(top + rh * 0.12)}Z`;
    doors += `M${fmt(x + w * 0.42)} ${fmt(base)}v${fmt(-wh * 0.5)}h${fmt(w * 0.16)}v${fmt(wh * 0.5)}Z`;
    for (const fx of [0.12, 0.7]) windows += `M${fmt(x + w * fx)} ${fmt(top + wh * 0.25)}h${fmt(w * 0.18)}v${fmt(wh * 0.28)}h${fmt(-w * 0.18)}Z`;
    x += w * 1.12 + maxH * r.range(0.05, 0.35);
  }
  c.path(doors, far(ctx, '#5b3a22', farness), { bare: true });
  c.path(windows, lit ? '#ffd66b' : far(ctx, '#6f8aa3', farness), { bare: true, layer: lit ? 'fg' : 'bg' });
  if (snow) c.path(snow, '#f7f9fc', { bare: true });
}

export const village: LandPainter = (ctx) => {
  const { c, stage } = ctx;
  const { W, H, horizon: hz } = stage;
  const snowy = ctx.plan.snowy;
  // A hamlet around an oasis stands on sand, its pool and palms in front of the houses.
  const oasis = ctx.plan.oasis === true && !snowy;
  openSky(ctx, oasis ? 0.3 : 0.8);
  ridge(ctx, hz, H * 0.06, far(ctx, snowy ? '#e8eef6' : oasis ? '#e3b574' : '#7fb069', 0.35), 2, 'village-hills');
  if (!oasis) treeLine(ctx, hz + H * 0.005, H * 0.08, far(ctx, '#3f7f3f', 0.35), 'mixed', 'village-trees', snowy);
  cottages(ctx, hz + H * 0.01, Math.min(hz * 0.3, H * 0.14), 0.35, 'far-cottages');
  if (snowy) snowGround(ctx);
  else if (oasis) ground(ctx, hz, '#dcae6a', '#e8c386');
  else ground(ctx, hz, '#6fb34f', '#5a9e48');
  cottages(ctx, hz + (H - hz) * 0.12, Math.min(hz * 0.55, H * 0.26), 0, 'near-cottages');
  if (oasis) return { decor: oasisPool(ctx, hz + (H - hz) * 0.42) };
  // A lane winding toward the viewer.
  const lane = hz + (H - hz) * 0.12;
  c.path(`M${fmt(W * 0.44)} ${fmt(lane)} Q${fmt(W * 0.3)} ${fmt(lane + (H - lane) * 0.5)} ${fmt(W * 0.34)} ${fmt(H)} L${fmt(W * 0.72)} ${fmt(H)} Q${fmt(W * 0.52)} ${fmt(lane + (H - lane) * 0.5)} ${fmt(W * 0.56)} ${fmt(lane)} Z`, snowy ? '#d8dee8' : '#b9ab94', { opacity: 0.9 });
  scatter(ctx, lane, snowy ? 'snow' : 'pebbles', 0.6);
  return {
    decor: [
      { thing: 'evergreen-tree', zone: 'ground', count: 1, size: 1.0 },
      { thing: 'proc:streetlamp', zone: 'ground', count: 1, size: 1.0, depth: [0.3, 0.5] },
    ],
  };
};
