// Outdoor settings: sky, far silhouettes, ground, and the decorations each landscape brings.
import { fmt } from './canvas.js';
import { mixHex, shade } from './color.js';
import {
  SKY_STOPS, clouds, horizonColor, mountains, paintSky, paintSunOrMoon, ridge, scatter, stars, treeLine,
  type Backdrop, type BackdropContext,
} from './backdrop-sky.js';
import type { SettingKind } from './lexicon-scene.js';
import { drawProc } from './props.js';

type LandPainter = (ctx: BackdropContext) => Backdrop;

const far = (ctx: BackdropContext, hex: string, t: number) => mixHex(hex, horizonColor(ctx.plan.time), t);

function ground(ctx: BackdropContext, top: number, near: string, farColor: string): void {
  const { c, stage } = ctx;
  c.rect(0, top, stage.W, stage.H - top, c.linear([[0, farColor], [1, near]]), { bare: true });
}

/** Sky, sun or moon and clouds down to the horizon. */
function openSky(ctx: BackdropContext, cloudAmount = 1): void {
  const hz = ctx.stage.horizon;
  paintSky(ctx, hz);
  paintSunOrMoon(ctx, hz);
  if (cloudAmount > 0) clouds(ctx, hz, cloudAmount);
}

const snowGround = (ctx: BackdropContext) => ground(ctx, ctx.stage.horizon, '#ffffff', '#dfe8f2');

const forest: LandPainter = (ctx) => {
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
      { thing: 'mushroom', zone: 'ground', count: 2, size: 0.14 },
      { thing: 'fallen-leaf', zone: 'ground', count: 1, size: 0.1 },
    ],
  };
};

const jungle: LandPainter = (ctx) => {
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

function sea(ctx: BackdropContext, top: number, bottom: number): void {
  const { c, stage } = ctx;
  const deep = ctx.night ? '#0d2340' : '#1f6fb2';
  const shallow = ctx.night ? '#1d3a60' : '#4fb0d8';
  c.rect(0, top, stage.W, bottom - top, c.linear([[0, far(ctx, deep, 0.2)], [1, shallow]]), { bare: true });
  const r = ctx.rng.fork('waves');
  let d = '';
  const rows = 6;
  for (let k = 1; k <= rows; k++) {
    const y = top + (bottom - top) * (k / (rows + 1)) ** 1.2;
    const len = c.u * (1.5 + k * 1.2);
    for (let x = r.range(0, len * 3); x < stage.W; x += len * r.range(2.5, 5)) d += `M${fmt(x)} ${fmt(y)} q${fmt(len / 2)} ${fmt(-len * 0.25)} ${fmt(len)} 0`;
  }
  c.line(d, '#e6f5ff', Math.max(1, c.u * 0.25), { opacity: 0.6, bare: true });
}

const beach: LandPainter = (ctx) => {
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

const ocean: LandPainter = (ctx) => {
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

const underwater: LandPainter = (ctx) => {
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

const mountainsLand: LandPainter = (ctx) => {
  const { stage } = ctx;
  const hz = stage.horizon;
  const snowy = ctx.plan.snowy;
  openSky(ctx, 0.7);
  mountains(ctx, hz, stage.H * 0.38, far(ctx, '#7d8fb0', 0.45), true, 'range-far');
  mountains(ctx, hz + stage.H * 0.01, stage.H * 0.26, far(ctx, '#5d6f8a', 0.2), snowy, 'range-near');
  treeLine(ctx, hz + stage.H * 0.015, stage.H * 0.08, far(ctx, '#2f5a3a', 0.2), 'pine', 'mountain-pines', snowy);
  if (snowy) snowGround(ctx);
  else ground(ctx, hz, '#6aa84f', '#4f8a45');
  scatter(ctx, hz, snowy ? 'snow' : 'grass', 0.6);
  return {
    decor: [
      { thing: 'evergreen-tree', zone: 'ground', count: 2, size: 1.0 },
      { thing: 'rock', zone: 'ground', count: 1, size: 0.2 },
    ],
  };
};

const desert: LandPainter = (ctx) => {
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
  ridge(ctx, hz + stage.H * 0.02, stage.H * 0.05, far(ctx, '#e3b574', 0.25), 2, 'dunes-far');
  ridge(ctx, hz + stage.H * 0.12, stage.H * 0.06, c.linear([[0, '#e9c27f'], [1, '#d9a25e']]), 1.5, 'dunes-near');
  return {
    decor: [
      { thing: 'cactus', zone: 'ground', count: 2, size: 0.6 },
      { thing: 'rock', zone: 'ground', count: 1, size: 0.15 },
    ],
  };
};

const snow: LandPainter = (ctx) => {
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

function facades(ctx: BackdropContext, base: number, maxH: number, lit: boolean, farness: number, seed: string): void {
  const { c, stage } = ctx;
  const r = ctx.rng.fork(seed);
  const colors = ['#c97b5a', '#d9b48f', '#8fa3b8', '#b5846b', '#e3d2b5', '#9c6b5a'];
  let x = -r.range(0, maxH * 0.3);
  let windows = '';
  let litWindows = '';
  while (x < stage.W) {
    const w = maxH * r.range(0.35, 0.6), h = maxH * r.range(0.55, 1);
    const col = far(ctx, r.pick(colors), farness);
    c.rect(x, base - h, w, h + 1, col);
    c.rect(x - w * 0.02, base - h - maxH * 0.02, w * 1.04, maxH * 0.03, shade(col, -0.2));
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
  if (windows) c.path(windows, far(ctx, lit ? '#1d2433' : '#5d7a99', farness), { bare: true });
  if (litWindows) c.path(litWindows, '#ffd66b', { bare: true, layer: 'fg' });
}

const cityStreet: LandPainter = (ctx) => {
  const { c, stage } = ctx;
  const { W, H, horizon: hz } = stage;
  paintSky(ctx, hz);
  if (!ctx.night) clouds(ctx, hz * 0.6, 0.5);
  facades(ctx, hz, Math.min(hz * 0.92, Math.max(W, H) * 0.45), ctx.night || ctx.plan.time === 'sunset', 0, 'street');
  const curb = hz + (H - hz) * 0.25;
  c.rect(0, hz, W, curb - hz, '#b9b4aa', { bare: true });
  c.rect(0, curb, W, H - curb, c.linear([[0, '#4a4d55'], [1, '#2f3238']]), { bare: true });
  c.rect(0, curb, W, H * 0.012, '#d9d4c9', { bare: true });
  const laneY = curb + (H - curb) * 0.5;
  let d = '';
  for (let x = 0; x < W; x += H * 0.12) d += `M${fmt(x)} ${fmt(laneY)}h${fmt(H * 0.06)}`;
  c.line(d, '#f2d24a', Math.max(1, H * 0.008), { bare: true, cap: 'butt' });
  return {
    decor: [
      { thing: 'proc:streetlamp', zone: 'ground', count: 1, size: 1.3, depth: [0, 0.2] },
      { thing: ctx.rng.pick(['automobile', 'taxi', 'bus']), zone: 'ground', count: 1, size: 0.5, depth: [0.45, 0.9] },
    ],
  };
};

const skyline: LandPainter = (ctx) => {
  const { c, stage } = ctx;
  const hz = stage.horizon;
  paintSky(ctx, hz);
  paintSunOrMoon(ctx, hz * 0.7, 0.8);
  const lit = ctx.night || ctx.plan.time === 'sunset';
  facades(ctx, hz, hz * 0.55, false, 0.6, 'skyline-far');
  facades(ctx, hz + 1, hz * 0.38, lit, 0.15, 'skyline-near');
  sea(ctx, hz, hz + (stage.H - hz) * 0.35);
  ground(ctx, hz + (stage.H - hz) * 0.35, '#5d6270', '#7a808c');
  c.rect(0, hz + (stage.H - hz) * 0.35, stage.W, stage.H * 0.015, '#9aa0ab', { bare: true });
  return { decor: [{ thing: 'proc:streetlamp', zone: 'ground', count: 1, size: 1.1, depth: [0.45, 1] }] };
};

const park: LandPainter = (ctx) => {
  const { c, stage } = ctx;
  const hz = stage.horizon;
  const snowy = ctx.plan.snowy;
  openSky(ctx);
  ridge(ctx, hz, stage.H * 0.06, far(ctx, snowy ? '#e8eef6' : '#7fb069', 0.35), 2, 'far-hills');
  treeLine(ctx, hz + stage.H * 0.01, stage.H * 0.13, far(ctx, '#3f7f3f', 0.3), 'round', 'park-trees', snowy);
  if (snowy) snowGround(ctx);
  else ground(ctx, hz, '#6fb34f', '#5a9e48');
  // A path winding toward the viewer.
  c.path(`M${fmt(stage.W * 0.46)} ${fmt(hz)} Q${fmt(stage.W * 0.3)} ${fmt(hz + (stage.H - hz) * 0.5)} ${fmt(stage.W * 0.38)} ${fmt(stage.H)} L${fmt(stage.W * 0.7)} ${fmt(stage.H)} Q${fmt(stage.W * 0.5)} ${fmt(hz + (stage.H - hz) * 0.5)} ${fmt(stage.W * 0.5)} ${fmt(hz)} Z`, snowy ? '#d8dee8' : '#d9c49a', { opacity: 0.85 });
  scatter(ctx, hz, snowy ? 'snow' : 'grass');
  if (!snowy) scatter(ctx, hz, 'flowers', 0.6);
  return {
    decor: [
      { thing: 'deciduous-tree', zone: 'ground', count: 2, size: 1.2 },
      { thing: 'proc:bench', zone: 'ground', count: 1, size: 0.45 },
      { thing: 'blossom', zone: 'ground', count: 2, size: 0.1 },
      { thing: 'butterfly', zone: 'sky', count: 1, size: 0.07 },
    ],
  };
};

const garden: LandPainter = (ctx) => {
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

const farm: LandPainter = (ctx) => {
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

const nightSky: LandPainter = (ctx) => {
  const { c, stage } = ctx;
  const hz = stage.horizon;
  paintSky(ctx, hz);
  stars(ctx, hz, 0.8);
  // The Milky Way: a soft band across the sky.
  c.ellipse(stage.W / 2, hz * 0.45, Math.max(stage.W, stage.H) * 0.7, hz * 0.16, c.radial([[0, '#b9c6ff', 0.28], [1, '#b9c6ff', 0]]), { bare: true, layer: 'fg', transform: `rotate(-18 ${fmt(stage.W / 2)} ${fmt(hz * 0.45)})` });
  paintSunOrMoon(ctx, hz);
  ridge(ctx, hz, stage.H * 0.07, '#0f1a33', 2, 'night-hills');
  treeLine(ctx, hz + stage.H * 0.04, stage.H * 0.1, '#0b1326', 'pine', 'night-pines');
  ground(ctx, hz + stage.H * 0.04, '#0e1a2e', '#0b1326');
  return { decor: [{ thing: 'tent', zone: 'ground', count: 1, size: 0.45 }, { thing: 'fire', zone: 'ground', count: 1, size: 0.16 }] };
};

const space: LandPainter = (ctx) => {
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

const sky: LandPainter = (ctx) => {
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

export const LAND_PAINTERS: Partial<Record<SettingKind, LandPainter>> = {
  forest, jungle, beach, ocean, underwater, mountains: mountainsLand, desert, snow, 'city-street': cityStreet,
  skyline, park, garden, farm, 'night-sky': nightSky, space, sky,
};
