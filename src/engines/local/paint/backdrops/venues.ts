// Places people go: a restaurant with set tables under warm lamps, a greenhouse of glass panes and
// plant benches, and a stadium with its stands, floodlights and pitch.
import { fmt } from '../canvas.js';
import { artRoom } from './art-room.js';
import { workshop } from './workshop.js';
import { far, ground, type LandPainter } from './ground.js';
import { floor, paintRoom, pendantLamps, wallRun } from './room-kit.js';
import { clouds, paintSky, type Backdrop, type BackdropContext } from './sky.js';
import { paintViewOut } from './view-out.js';

type RoomPainter = (ctx: BackdropContext) => Backdrop;

/** A dining table with a white cloth, plates, a wine glass and a candle, `w` wide, standing at `base`. */
function setTable(ctx: BackdropContext, cx: number, base: number, w: number): void {
  const { c, icons } = ctx;
  const h = w * 0.5;
  const top = base - h;
  c.rect(cx - w * 0.04, top + h * 0.3, w * 0.08, h * 0.7, '#5b3a22', { layer: 'bg' });
  c.path(`M${fmt(cx - w / 2)} ${fmt(top)} H${fmt(cx + w / 2)} L${fmt(cx + w * 0.52)} ${fmt(top + h * 0.55)} Q${fmt(cx)} ${fmt(top + h * 0.62)} ${fmt(cx - w * 0.52)} ${fmt(top + h * 0.55)} Z`, '#f7f5ef', { layer: 'bg' });
  c.ellipse(cx, top, w / 2, h * 0.08, '#ffffff', { layer: 'bg' });
  for (const f of [-0.28, 0.28]) c.ellipse(cx + w * f, top, w * 0.11, h * 0.04, '#e6e8ec', { layer: 'bg', bare: true });
  icons.draw('wine-glass', cx + w * 0.12, top + w * 0.01, w * 0.16, { layer: 'bg' });
  icons.draw('candle', cx - w * 0.06, top + w * 0.01, w * 0.14, { layer: 'fg' });
  c.circle(cx - w * 0.06, top - w * 0.1, w * 0.16, c.radial([[0, '#ffd98a', 0.5], [1, '#ffd98a', 0]]), { bare: true, layer: 'fg' });
}

const restaurant: RoomPainter = (ctx) => {
  const { stage, rng } = ctx;
  const { W, horizon: fy } = stage;
  const wall = rng.pick(['#6b2430', '#3d2a22', '#2f3a2f', '#e7d7bd']);
  paintRoom(ctx, { wall, floor: '#6b4226', floorKind: 'planks', wainscot: '#4a2a1a' });
  wallRun(ctx, ['frame', 'gap', 'window', 'gap', 'frame']);
  pendantLamps(ctx, Math.max(2, Math.round(W / (fy * 0.45))), fy * 0.14);
  // Set tables along the back of the room.
  const n = Math.max(2, Math.round(W / (fy * 0.55)));
  for (let i = 0; i < n; i++) setTable(ctx, (W * (i + 0.5)) / n, fy + stage.H * 0.03, Math.min(fy * 0.4, (W / n) * 0.7));
  return {
    decor: [
      { thing: 'fork-and-knife-with-plate', zone: 'table', count: 1, size: 0.16 },
      { thing: 'wine-glass', zone: 'table', count: 1, size: 0.14 },
      { thing: 'candle', zone: 'table', count: 1, size: 0.12 },
      { thing: 'potted-plant', zone: 'ground', count: 1, size: 0.4 },
    ],
  };
};

const PLANTS = ['potted-plant', 'seedling', 'herb', 'cactus', 'tulip', 'potted-plant', 'sunflower', 'herb'];

const greenhouse: RoomPainter = (ctx) => {
  const { c, stage, icons, rng } = ctx;
  const { W, H, horizon: fy } = stage;
  // Glass walls: the sky through the panes, a gabled roof of glass above.
  paintViewOut(ctx, 0, 0, W, fy + 1, false);
  c.rect(0, fy * 0.45, W, fy * 0.55, c.linear([[0, '#7fb069', 0.6], [1, '#4f8a3c', 0.9]]), { bare: true });
  c.rect(0, 0, W, fy, '#e8f6ff', { bare: true, opacity: 0.22 });
  const pane = Math.max(fy * 0.16, W / Math.max(3, Math.round(W / (fy * 0.2))));
  let frames = '';
  for (let x = 0; x <= W + 1; x += pane) frames += `M${fmt(x)} ${fmt(fy * 0.28)}V${fmt(fy)}`;
  for (const f of [0.28, 0.55, 0.8]) frames += `M0 ${fmt(fy * f)}H${fmt(W)}`;
  // Roof rafters rising to the ridge.
  for (let x = -W; x <= W * 2; x += pane) frames += `M${fmt(x)} ${fmt(fy * 0.28)}L${fmt(W / 2 + (x - W / 2) * 0.35)} 0`;
  c.line(frames, '#f4f7f2', Math.max(2, c.u * 0.7), { bare: true });
  c.line(frames, '#8aa39a', Math.max(1, c.u * 0.2), { bare: true, opacity: 0.6 });
  // Hanging baskets of trailing plants.
  for (let i = 0; i < Math.max(2, Math.round(W / (fy * 0.7))); i++) {
    const x = (W * (i + 0.5)) / Math.max(2, Math.round(W / (fy * 0.7)));
    c.line(`M${fmt(x)} 0V${fmt(fy * 0.12)}`, '#5b4a3a', Math.max(1, c.u * 0.2));
    icons.draw('potted-plant', x, fy * 0.22, fy * 0.1, { layer: 'bg' });
  }
  floor(ctx, { wall: '#000', floor: '#9a8a78', floorKind: 'tiles' });
  // A long bench of potted plants along the glass.
  const benchTop = fy * 0.78, benchH = fy * 0.26;
  c.rect(0, benchTop, W, benchH * 0.12, '#8a5a36');
  let legs = '';
  for (let x = W * 0.04; x < W; x += fy * 0.45) legs += `M${fmt(x)} ${fmt(benchTop)}v${fmt(benchH)}`;
  c.line(legs, '#5b3a22', Math.max(2, c.u * 0.8), { cap: 'butt' });
  c.rect(0, benchTop + benchH * 0.7, W, benchH * 0.08, '#7a4f2f');
  const n = Math.max(3, Math.round(W / (fy * 0.16)));
  const r = rng.fork('bench');
  for (let i = 0; i < n; i++) icons.draw(r.pick(PLANTS), (W * (i + 0.5)) / n, benchTop + fy * 0.005, fy * r.range(0.12, 0.17), { layer: 'bg' });
  c.rect(0, fy - H * 0.01, W, H * 0.014, '#6b6258', { bare: true });
  return {
    decor: [
      { thing: 'potted-plant', zone: 'ground', count: 2, size: 0.35 },
      { thing: 'seedling', zone: 'ground', count: 1, size: 0.14 },
    ],
  };
};

export const VENUE_ROOMS = { restaurant, greenhouse, 'art-studio': artRoom, workshop };

/** Stands seen across the pitch: tiers of seats speckled with a crowd, under a roof. */
function stands(ctx: BackdropContext, top: number, base: number): void {
  const { c, stage } = ctx;
  const { W } = stage;
  c.rect(0, top, W, base - top, far(ctx, '#3d4a5c', 0.15), { bare: true });
  const tiers = 3;
  const crowd = ['#e0312b', '#f2f2f2', '#2f6fde', '#f7d21e', '#3aa845', '#26282c'];
  const paths = crowd.map(() => '');
  const r = ctx.rng.fork('crowd');
  const dot = Math.max(1.2, (base - top) * 0.02);
  for (let t = 0; t < tiers; t++) {
    const y0 = top + ((base - top) * t) / tiers, y1 = top + ((base - top) * (t + 1)) / tiers;
    c.rect(0, y1 - (y1 - y0) * 0.1, W, (y1 - y0) * 0.1, far(ctx, '#8d939b', 0.2), { bare: true });
    for (let y = y0 + dot * 1.5; y < y1 - (y1 - y0) * 0.12; y += dot * 2.4) {
      for (let x = r.range(0, dot * 2); x < W; x += dot * r.range(2, 3)) {
        const k = r.int(0, crowd.length - 1);
        paths[k] += `M${fmt(x - dot)} ${fmt(y)}a${fmt(dot)} ${fmt(dot)} 0 1 0 ${fmt(2 * dot)} 0a${fmt(dot)} ${fmt(dot)} 0 1 0 ${fmt(-2 * dot)} 0`;
      }
    }
  }
  paths.forEach((d, k) => d && c.path(d, far(ctx, crowd[k], 0.25), { bare: true }));
  c.polygon([0, top, W, top, W, top - (base - top) * 0.12, 0, top - (base - top) * 0.2], '#2b313b', { bare: true });
}

function floodlight(ctx: BackdropContext, x: number, groundY: number, h: number): void {
  const { c } = ctx;
  const headW = h * 0.22;
  c.rect(x - h * 0.012, groundY - h, h * 0.024, h, '#5d6470');
  c.rect(x - headW / 2, groundY - h - headW * 0.6, headW, headW * 0.6, '#3a404a');
  let cells = '';
  for (let i = 0; i < 4; i++) for (let j = 0; j < 2; j++) cells += `M${fmt(x - headW / 2 + headW * (0.06 + i * 0.235))} ${fmt(groundY - h - headW * (0.54 - j * 0.27))}h${fmt(headW * 0.2)}v${fmt(headW * 0.2)}h${fmt(-headW * 0.2)}Z`;
  c.path(cells, '#fffbe6', { bare: true, layer: 'fg' });
  if (ctx.night || ctx.plan.time === 'sunset') c.circle(x, groundY - h - headW * 0.3, headW * 1.6, c.radial([[0, '#fffbe6', 0.6], [1, '#fffbe6', 0]]), { bare: true, layer: 'fg' });
}

export const stadium: LandPainter = (ctx) => {
  const { c, stage } = ctx;
  const { W, H, horizon: hz } = stage;
  paintSky(ctx, hz);
  if (!ctx.night) clouds(ctx, hz * 0.3, 0.4);
  const standsTop = hz * 0.42;
  for (const fx of [0.06, 0.94]) floodlight(ctx, W * fx, standsTop, hz * 0.36);
  stands(ctx, standsTop, hz);
  ground(ctx, hz, '#3f9a45', '#4fae50');
  // Mowing stripes across the pitch, in perspective.
  let stripes = '';
  for (let y = hz, g = (H - hz) * 0.06, k = 0; y < H; y += g, g *= 1.22, k++) if (k % 2 === 0) stripes += `M0 ${fmt(y)}H${fmt(W)}V${fmt(Math.min(H, y + g))}H0Z`;
  c.path(stripes, '#ffffff', { bare: true, opacity: 0.07 });
  // The lines: the far touchline, the halfway line and the centre circle.
  const lw = Math.max(1.2, c.u * 0.45);
  const touch = hz + (H - hz) * 0.05;
  const circleY = hz + (H - hz) * 0.45;
  c.line(`M0 ${fmt(touch)}H${fmt(W)}M${fmt(W / 2)} ${fmt(touch)}L${fmt(W / 2)} ${fmt(H)}`, '#f4f7f2', lw, { bare: true, opacity: 0.9 });
  c.ellipse(W / 2, circleY, Math.min(W * 0.22, H * 0.3), (H - hz) * 0.16, 'none', { bare: true, extra: `stroke="${c.paint('#f4f7f2')}" stroke-width="${fmt(lw)}" stroke-opacity=".9"` });
  const ball = ctx.plan.subjects.some((s) => /ball/.test(s.thing.key));
  return { decor: ball ? [] : [{ thing: 'soccer-ball', zone: 'ground', count: 1, size: 0.1, depth: [0.5, 1] }] };
};
