// Steep places with a view: a fjord (dark cliffs on both sides dropping into deep water that runs
// toward snowy peaks, a rocky shore in front) and a Greek temple, columns under a pediment, on a
// flat-topped rock hill above dry grass.
import { fmt } from '../canvas.js';
import { shade } from '../color.js';
import { SHORE } from '../stage.js';
import { far, ground, openSky, type LandPainter } from './ground.js';
import { mountains, ridge, scatter, treeLine, type BackdropContext } from './sky.js';

/**
 * One fjord wall: its crest from the picture's edge toward the far end, its foot on the water
 * from the far end back to the shore; streaks of wet rock down its face.
 */
function fjordWall(ctx: BackdropContext, side: -1 | 1, shore: number, seed: string): void {
  const { c, stage } = ctx;
  const { W, H, horizon: hz } = stage;
  const r = ctx.rng.fork(seed);
  // x measured from the wall's own edge of the picture, mirrored for the right wall.
  const X = (f: number) => (side < 0 ? W * f : W * (1 - f));
  const crest: [number, number][] = [
    [0, H * r.range(0.02, 0.08)], [0.12, H * r.range(0.05, 0.1)], [0.24, H * r.range(0.12, 0.18)],
    [0.34, hz - H * r.range(0.2, 0.26)], [0.42, hz - H * r.range(0.08, 0.12)], [0.455, hz - H * 0.01],
  ];
  const foot: [number, number][] = [[0.455, hz + H * 0.002], [0.3, hz + (shore - hz) * 0.35], [0.06, shore]];
  const pts = [...crest, ...foot, [0, shore] as [number, number]].flatMap(([f, y]) => [X(f), y]);
  const rock = far(ctx, side < 0 ? '#323d42' : '#3a464a', 0.08);
  c.polygon(pts, c.linear([[0, shade(rock, 0.12)], [1, shade(rock, -0.2)]]));
  // Moss and scrub along the crest.
  const moss = crest.slice(0, 4).flatMap(([f, y]) => [X(f), y]).concat(crest.slice(0, 4).reverse().flatMap(([f, y]) => [X(f), y + H * 0.025]));
  c.polygon(moss, far(ctx, '#3f5b3c', 0.1), { bare: true, opacity: 0.9 });
  // Streaks down the face, steeper toward the viewer.
  let d = '';
  for (let i = 0; i < 9; i++) {
    const f = r.range(0.04, 0.38);
    const top = H * 0.12 + (hz - H * 0.12) * (f / 0.42) * 0.8;
    d += `M${fmt(X(f))} ${fmt(top)}L${fmt(X(f + r.range(0.005, 0.02)))} ${fmt(top + H * r.range(0.12, 0.3))}`;
  }
  c.line(d, shade(rock, -0.35), Math.max(1, c.u * 0.4), { bare: true, opacity: 0.6 });
}

export const fjord: LandPainter = (ctx) => {
  const { c, stage } = ctx;
  const { W, H, horizon: hz } = stage;
  const shore = hz + (H - hz) * (SHORE.fjord ?? 0.6);
  openSky(ctx, 0.5);
  // Snowy peaks far down the fjord, pale with distance, framed by the walls.
  mountains(ctx, hz, H * 0.3, far(ctx, '#8c9cb8', 0.4), true, 'fjord-peaks');
  // Deep, dark still water, and the pale sky in it toward the far end.
  const deep = ctx.night ? '#0b1a26' : '#1b3a4c';
  c.rect(0, hz, W, shore - hz + 1, c.linear([[0, far(ctx, '#3d6478', 0.3)], [0.25, deep], [1, shade(deep, -0.2)]]), { bare: true });
  c.ellipse(W / 2, hz + (shore - hz) * 0.12, W * 0.08, (shore - hz) * 0.1, '#ffffff', { bare: true, opacity: 0.18 });
  let ripples = '';
  const k = ctx.rng.fork('ripples');
  for (let i = 0; i < 14; i++) {
    const y = k.range(hz + (shore - hz) * 0.15, shore - H * 0.01), len = W * k.range(0.02, 0.06) * (0.5 + (y - hz) / (shore - hz));
    ripples += `M${fmt(W / 2 + k.range(-0.3, 0.3) * W - len / 2)} ${fmt(y)}h${fmt(len)}`;
  }
  c.line(ripples, '#cfe6f2', Math.max(1, c.u * 0.25), { bare: true, opacity: 0.45 });
  fjordWall(ctx, -1, shore, 'wall-left');
  fjordWall(ctx, 1, shore, 'wall-right');
  // A thin waterfall down the right wall.
  c.line(`M${fmt(W * 0.78)} ${fmt(H * 0.14)}q${fmt(W * 0.01)} ${fmt((hz - H * 0.14) * 0.5)} ${fmt(-W * 0.004)} ${fmt(hz - H * 0.1)}`, '#e8f4fa', Math.max(1, c.u * 0.5), { bare: true, opacity: 0.75 });
  // The rocky shore the viewer stands on.
  c.path(`M0 ${fmt(shore)}Q${fmt(W * 0.3)} ${fmt(shore - H * 0.015)} ${fmt(W * 0.55)} ${fmt(shore + H * 0.004)}T${fmt(W)} ${fmt(shore - H * 0.01)}V${fmt(H)}H0Z`, '#59574f', { bare: true });
  ground(ctx, shore + H * 0.02, '#4c6040', '#5d6e4a');
  scatter(ctx, shore + H * 0.02, 'pebbles', 0.9);
  scatter(ctx, shore + H * 0.03, 'grass', 0.5);
  return {
    decor: [
      { thing: 'evergreen-tree', zone: 'ground', count: 2, size: 0.9 },
      { thing: 'rock', zone: 'ground', count: 2, size: 0.1 },
      { thing: 'bird', zone: 'sky', count: 1, size: 0.05 },
    ],
  };
};

const MARBLE = '#efe6d2';

/** A temple front `w` wide standing on y: three steps, a row of fluted columns, the entablature and the pediment. */
function templeFront(ctx: BackdropContext, cx: number, y: number, w: number): void {
  const { c } = ctx;
  const marble = far(ctx, MARBLE, 0.15), shadow = shade(marble, -0.22);
  const step = w * 0.025;
  for (let k = 0; k < 3; k++) c.rect(cx - w / 2 + k * step, y - (k + 1) * step, w - 2 * k * step, step, k % 2 ? marble : shade(marble, -0.08));
  const base = y - 3 * step;
  const colH = w * 0.3, n = 8;
  const inner = w - 6 * step, colW = inner / (n * 1.9);
  // The dark cella behind the columns.
  c.rect(cx - inner / 2, base - colH, inner, colH, shade(marble, -0.45), { bare: true });
  let flutes = '';
  for (let i = 0; i < n; i++) {
    const x = cx - inner / 2 + colW * 0.45 + (i * (inner - colW * 1.9)) / (n - 1);
    c.rect(x, base - colH, colW, colH, c.linear([[0, shade(marble, 0.06)], [0.6, marble], [1, shadow]], [0, 0, 1, 0]), { bare: true });
    c.rect(x - colW * 0.15, base - colH, colW * 1.3, colH * 0.04, marble, { bare: true });
    flutes += `M${fmt(x + colW * 0.35)} ${fmt(base - colH * 0.95)}V${fmt(base)}M${fmt(x + colW * 0.68)} ${fmt(base - colH * 0.95)}V${fmt(base)}`;
  }
  c.line(flutes, shadow, Math.max(0.6, colW * 0.06), { bare: true, opacity: 0.7 });
  // Architrave, frieze with triglyphs, cornice, then the pediment's triangle.
  const top = base - colH;
  c.rect(cx - inner / 2 - step, top - w * 0.04, inner + 2 * step, w * 0.04, marble);
  c.rect(cx - inner / 2 - step, top - w * 0.075, inner + 2 * step, w * 0.035, shade(marble, -0.06));
  let glyphs = '';
  for (let x = cx - inner / 2; x < cx + inner / 2; x += inner / 14) glyphs += `M${fmt(x)} ${fmt(top - w * 0.072)}v${fmt(w * 0.03)}`;
  c.line(glyphs, shadow, Math.max(0.8, w * 0.006), { bare: true });
  const eave = top - w * 0.085;
  c.rect(cx - inner / 2 - step * 1.6, eave, inner + step * 3.2, w * 0.012, marble);
  c.polygon([cx - inner / 2 - step * 1.6, eave, cx + inner / 2 + step * 1.6, eave, cx, eave - w * 0.12], marble);
  c.polygon([cx - inner / 2 + step, eave - w * 0.008, cx + inner / 2 - step, eave - w * 0.008, cx, eave - w * 0.1], shade(marble, -0.12), { bare: true });
}

export const greekTemple: LandPainter = (ctx) => {
  const { c, stage } = ctx;
  const { W, H, horizon: hz } = stage;
  openSky(ctx, 0.4);
  ridge(ctx, hz, H * 0.05, far(ctx, '#9aa58a', 0.5), 1.5, 'far-hills');
  // The hill: rock sides rising to a flat top, with scrub along its slopes.
  const w = Math.min(W * 0.44, H * 0.62);
  const plateau = hz - H * 0.15;
  const hw = w * 0.68;
  const rock = far(ctx, '#b59c74', 0.15);
  c.path(`M${fmt(W / 2 - hw * 1.9)} ${fmt(hz + 1)}Q${fmt(W / 2 - hw * 1.3)} ${fmt(hz - H * 0.02)} ${fmt(W / 2 - hw * 1.1)} ${fmt(plateau + H * 0.05)}L${fmt(W / 2 - hw)} ${fmt(plateau)}H${fmt(W / 2 + hw)}L${fmt(W / 2 + hw * 1.12)} ${fmt(plateau + H * 0.06)}Q${fmt(W / 2 + hw * 1.35)} ${fmt(hz - H * 0.02)} ${fmt(W / 2 + hw * 1.9)} ${fmt(hz + 1)}Z`,
    c.linear([[0, shade(rock, 0.08)], [1, shade(rock, -0.15)]]));
  c.line(`M${fmt(W / 2 - hw * 1.05)} ${fmt(plateau + H * 0.03)}L${fmt(W / 2 - hw * 1.2)} ${fmt(hz - H * 0.03)}M${fmt(W / 2 + hw * 1.08)} ${fmt(plateau + H * 0.04)}L${fmt(W / 2 + hw * 1.25)} ${fmt(hz - H * 0.03)}`, shade(rock, -0.3), Math.max(1, c.u * 0.4), { bare: true, opacity: 0.6 });
  treeLine(ctx, hz + H * 0.005, H * 0.05, far(ctx, '#6b7a4a', 0.3), 'round', 'hill-scrub');
  templeFront(ctx, W / 2, plateau + 1, w);
  ground(ctx, hz, '#b3a55c', far(ctx, '#c5b878', 0.2));
  scatter(ctx, hz, 'dry-grass', 0.9);
  return {
    decor: [
      { thing: 'evergreen-tree', zone: 'ground', count: 2, size: 0.9, depth: [0, 0.3] },
      { thing: 'rock', zone: 'ground', count: 1, size: 0.1 },
    ],
  };
};
