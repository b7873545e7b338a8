// Indoor settings: a wall, a floor in perspective, and what furnishes each kind of room.
import { courtroom } from './courtroom.js';
import { fmt } from '../canvas.js';
import { shade } from '../color.js';
import { chalkboard, floor, paintRoom, pendantLamps, wallRun, windowAt } from './room-kit.js';
import type { Backdrop, BackdropContext } from './sky.js';
import { paintViewOut } from './view-out.js';
import type { SettingKind } from '../../read/lexicon-settings.js';
import { VENUE_ROOMS } from './venues.js';
import { clinic } from './work-places.js';

type RoomPainter = (ctx: BackdropContext) => Backdrop;

const study: RoomPainter = (ctx) => {
  const wall = ctx.rng.pick(['#2f4a3a', '#5a2a2a', '#2b3a55', '#4a3a2a']);
  paintRoom(ctx, { wall, floor: '#8a5a36', floorKind: 'planks', wainscot: '#5b3a22', stripes: true });
  wallRun(ctx, ['shelf', 'shelf', 'window', 'shelf', 'frame']);
  return {
    decor: [
      { thing: 'proc:lamp', zone: 'ground', count: 1, size: 1.15 },
      { thing: 'globe-showing-europe-africa', zone: 'table', count: 1, size: 0.2 },
      { thing: 'books', zone: 'table', count: 1, size: 0.18 },
      { thing: 'potted-plant', zone: 'ground', count: 1, size: 0.4 },
      { thing: 'proc:rug', zone: 'ground', count: 1, size: 0 },
    ],
  };
};

const livingRoom: RoomPainter = (ctx) => {
  const wall = ctx.rng.pick(['#e8d8c3', '#cfe0e8', '#e9d6d6', '#dfe7d2']);
  paintRoom(ctx, { wall, floor: '#b07d52', floorKind: 'planks', wainscot: shade(wall, -0.12) });
  wallRun(ctx, ['frame', 'window', 'gap', 'frame', 'window']);
  return {
    decor: [
      { thing: 'potted-plant', zone: 'ground', count: 1, size: 0.5 },
      { thing: 'proc:lamp', zone: 'ground', count: 1, size: 1.1 },
      { thing: 'teapot', zone: 'table', count: 1, size: 0.16 },
      { thing: 'proc:rug', zone: 'ground', count: 1, size: 0 },
    ],
  };
};

const bedroom: RoomPainter = (ctx) => {
  const wall = ctx.rng.pick(['#d9def0', '#e6d9ec', '#f1e3d3']);
  paintRoom(ctx, { wall, floor: '#c69c6d', floorKind: 'planks', stripes: true });
  wallRun(ctx, ['window', 'frame', 'gap']);
  return {
    decor: [
      { thing: 'bed', zone: 'ground', count: 1, size: 0.9 },
      { thing: 'proc:lamp', zone: 'ground', count: 1, size: 0.9 },
      { thing: 'teddy-bear', zone: 'ground', count: 1, size: 0.25 },
      { thing: 'proc:rug', zone: 'ground', count: 1, size: 0 },
    ],
  };
};

const kitchen: RoomPainter = (ctx) => {
  const { c, stage, icons } = ctx;
  const { W, horizon: fy } = stage;
  paintRoom(ctx, { wall: '#f3eee4', floor: '#d9d4cc', floorKind: 'tiles' });
  // Tiled backsplash, upper cabinets, and a counter along the back wall.
  const counterTop = fy * 0.68;
  c.rect(0, fy * 0.36, W, counterTop - fy * 0.36, '#dfeef2', { bare: true });
  const tile = fy * 0.06;
  let d = '';
  for (let y = fy * 0.36; y < counterTop; y += tile) d += `M0 ${fmt(y)}H${fmt(W)}`;
  for (let x = 0; x < W; x += tile) d += `M${fmt(x)} ${fmt(fy * 0.36)}V${fmt(counterTop)}`;
  c.line(d, '#b9cfd6', Math.max(1, c.u * 0.12), { bare: true });
  const cab = Math.max(fy * 0.3, W / Math.max(2, Math.round(W / (fy * 0.34))));
  for (let x = 0; x < W; x += cab) {
    c.rect(x + cab * 0.04, fy * 0.04, cab * 0.92, fy * 0.28, '#8fb3a0', { rx: c.u * 0.4 });
    c.rect(x + cab * 0.46, fy * 0.2, cab * 0.08, fy * 0.02, '#d9b45a', { bare: true });
    c.rect(x + cab * 0.04, counterTop + fy * 0.05, cab * 0.92, fy * 0.27, '#8fb3a0', { rx: c.u * 0.4 });
  }
  c.rect(0, counterTop, W, fy * 0.05, '#f4f1ea');
  const items = ['pot-of-food', 'teapot', 'bread', 'cooking', 'red-apple', 'croissant'];
  const n = Math.max(2, Math.round(W / (fy * 0.35)));
  for (let i = 0; i < n; i++) icons.draw(items[i % items.length], (W * (i + 0.5)) / n, counterTop + fy * 0.005, fy * 0.11, { layer: 'bg' });
  return { decor: [{ thing: 'potted-plant', zone: 'ground', count: 1, size: 0.35 }] };
};

const office: RoomPainter = (ctx) => {
  const { c, stage } = ctx;
  const { W, horizon: fy } = stage;
  paintRoom(ctx, { wall: '#e4e7ea', floor: '#8d939b', floorKind: 'carpet' });
  // A wide window onto the city.
  const top = fy * 0.1, h = fy * 0.6;
  const x0 = W * 0.08, w = W * 0.84;
  paintViewOut(ctx, x0, top, w, h, false);
  const r = ctx.rng.fork('office-city');
  let bx = x0;
  while (bx < x0 + w) {
    const bw = w * r.range(0.05, 0.1), bh = h * r.range(0.25, 0.7);
    c.rect(bx, top + h - bh, Math.min(bw, x0 + w - bx), bh, ctx.night ? '#1b2440' : '#9aa7b8', { bare: true });
    bx += bw;
  }
  const mullions = Math.max(2, Math.round(w / (h * 0.6)));
  let d = '';
  for (let i = 0; i <= mullions; i++) d += `M${fmt(x0 + (w * i) / mullions)} ${fmt(top)}V${fmt(top + h)}`;
  c.line(d + `M${fmt(x0)} ${fmt(top)}H${fmt(x0 + w)}M${fmt(x0)} ${fmt(top + h)}H${fmt(x0 + w)}`, '#5f6670', Math.max(2, c.u * 0.8), { bare: true });
  return {
    decor: [
      { thing: 'proc:desk', zone: 'ground', count: 1, size: 0.7 },
      { thing: 'desktop-computer', zone: 'table', count: 1, size: 0.25 },
      { thing: 'potted-plant', zone: 'ground', count: 1, size: 0.5 },
      { thing: 'file-cabinet', zone: 'ground', count: 1, size: 0.45 },
    ],
  };
};

const library: RoomPainter = (ctx) => {
  paintRoom(ctx, { wall: '#4a3524', floor: '#7a4f2f', floorKind: 'planks' });
  wallRun(ctx, ['shelf', 'shelf', 'shelf', 'window', 'shelf', 'shelf']);
  return {
    decor: [
      { thing: 'proc:lamp', zone: 'ground', count: 1, size: 1.1 },
      { thing: 'books', zone: 'table', count: 1, size: 0.18 },
      { thing: 'open-book', zone: 'table', count: 1, size: 0.16 },
      { thing: 'proc:rug', zone: 'ground', count: 1, size: 0 },
    ],
  };
};

const cafe: RoomPainter = (ctx) => {
  const { c, stage } = ctx;
  const { W, horizon: fy } = stage;
  paintRoom(ctx, { wall: '#b5654a', floor: '#6b4a32', floorKind: 'tiles' });
  // Brick courses.
  const bh = fy * 0.045;
  let d = '';
  for (let row = 0, y = 0; y < fy; row++, y += bh) {
    d += `M0 ${fmt(y)}H${fmt(W)}`;
    for (let x = (row % 2) * bh * 1.1; x < W; x += bh * 2.2) d += `M${fmt(x)} ${fmt(y)}v${fmt(bh)}`;
  }
  c.line(d, '#8c4a36', Math.max(1, c.u * 0.2), { bare: true, opacity: 0.8 });
  const board = chalkboard(ctx, W * 0.06, fy * 0.18, Math.min(W * 0.28, fy * 0.5), fy * 0.32);
  // A window onto the street when there is room, or when the weather outside is the point.
  if (W / fy > 1.2 || ctx.plan.weather) windowAt(ctx, W * 0.78, fy * 0.2, Math.min(W * 0.2, fy * 0.4), fy * 0.4, '#2f5d3a');
  c.rect(0, fy * 0.72, W, fy * 0.28, '#4a3222');
  c.rect(0, fy * 0.7, W, fy * 0.03, '#d9c7a8');
  pendantLamps(ctx, Math.max(2, Math.round(W / (fy * 0.5))), fy * 0.12);
  return {
    board,
    decor: [
      { thing: 'hot-beverage', zone: 'table', count: 1, size: 0.16 },
      { thing: 'croissant', zone: 'table', count: 1, size: 0.13 },
      { thing: 'potted-plant', zone: 'ground', count: 1, size: 0.45 },
      { thing: 'chair', zone: 'ground', count: 1, size: 0.55 },
    ],
  };
};

const classroom: RoomPainter = (ctx) => {
  const { stage, icons } = ctx;
  const { W, horizon: fy } = stage;
  paintRoom(ctx, { wall: '#efe3c2', floor: '#b98a5a', floorKind: 'planks', wainscot: '#c9a36b' });
  const bw = Math.min(W * 0.7, fy * 1.6);
  const board = chalkboard(ctx, (W - bw) / 2, fy * 0.12, bw, fy * 0.42);
  icons.draw('mantelpiece-clock', W - Math.min(W * 0.12, fy * 0.15), fy * 0.24, fy * 0.14, { layer: 'bg' });
  return {
    board,
    decor: [
      { thing: 'proc:desk', zone: 'ground', count: 2, size: 0.5 },
      { thing: 'red-apple', zone: 'table', count: 1, size: 0.1 },
      { thing: 'books', zone: 'table', count: 1, size: 0.15 },
      { thing: 'globe-showing-americas', zone: 'table', count: 1, size: 0.16 },
    ],
  };
};

const studio: RoomPainter = (ctx) => {
  const { c, stage } = ctx;
  const { W, H, horizon: fy } = stage;
  // A seamless paper sweep: wall and floor are one gradient; a named colour keeps close to itself.
  const named = ctx.plan.backdrop;
  const paper = named ?? ctx.rng.pick(['#e9e4dc', '#dfe6ee', '#f0e2d8', '#e4e9dd']);
  const depth = named ? 0.06 : 0.2;
  c.rect(0, 0, W, H, c.linear([[0, shade(paper, -depth)], [fy / H, shade(paper, depth / 10)], [1, shade(paper, depth / 2)]]), { bare: true });
  c.ellipse(W / 2, fy * 0.7, Math.max(W, H) * 0.45, H * 0.5, c.radial([[0, '#ffffff', 0.5], [1, '#ffffff', 0]]), { bare: true });
  return { decor: [] };
};

const stageRoom: RoomPainter = (ctx) => {
  const { c, stage } = ctx;
  const { W, H, horizon: fy } = stage;
  c.rect(0, 0, W, fy + 1, '#3a0d12', { bare: true });
  const fold = Math.max(W, H) * 0.04;
  for (let x = 0; x < W; x += fold) c.rect(x, 0, fold, fy, c.linear([[0, '#5e1119'], [0.5, '#a3202c'], [1, '#5e1119']], [0, 0, 1, 0]));
  c.path(`M0 0 H${fmt(W)} V${fmt(fy * 0.12)} Q${fmt(W * 0.75)} ${fmt(fy * 0.2)} ${fmt(W / 2)} ${fmt(fy * 0.13)} Q${fmt(W * 0.25)} ${fmt(fy * 0.2)} 0 ${fmt(fy * 0.12)} Z`, '#7a1520');
  floor(ctx, { wall: '#000', floor: '#6b4526', floorKind: 'stage' });
  c.rect(0, H * 0.97, W, H * 0.03, '#1a1a1a', { bare: true });
  // The spotlight: a cone from above onto the middle of the stage.
  c.polygon([W * 0.44, 0, W * 0.56, 0, W * 0.5 + Math.min(W, H) * 0.35, H, W * 0.5 - Math.min(W, H) * 0.35, H], c.linear([[0, '#fff6d8', 0.35], [1, '#fff6d8', 0.08]]), { bare: true, layer: 'fg' });
  c.ellipse(W / 2, H * 0.9, Math.min(W, H) * 0.38, (H - fy) * 0.3, c.radial([[0, '#fff6d8', 0.5], [1, '#fff6d8', 0]]), { bare: true, layer: 'fg' });
  return { decor: [] };
};

/** A dungeon or cave: stone blocks, an arched doorway into the dark, torches burning on the walls. */
const dungeon: RoomPainter = (ctx) => {
  const { c, stage, rng } = ctx;
  const { W, H, horizon: fy } = stage;
  c.rect(0, 0, W, fy + 1, c.linear([[0, '#2a2e37'], [1, '#3e4350']]), { bare: true });
  const bh = fy * 0.085, bw = bh * 2.2;
  const r = rng.fork('stones');
  let joints = '';
  let light = '';
  for (let row = 0, y = 0; y < fy; row++, y += bh) {
    joints += `M0 ${fmt(y)}H${fmt(W)}`;
    for (let x = (row % 2) * bw * 0.5; x < W; x += bw) {
      joints += `M${fmt(x)} ${fmt(y)}v${fmt(bh)}`;
      if (r.chance(0.3)) light += `M${fmt(x + bh * 0.08)} ${fmt(y + bh * 0.08)}h${fmt(bw - bh * 0.16)}v${fmt(bh * 0.84)}h${fmt(-bw + bh * 0.16)}Z`;
    }
  }
  c.path(light, '#566070', { bare: true, opacity: 0.5 });
  c.line(joints, '#1c1f26', Math.max(1, c.u * 0.3), { bare: true });
  // The doorway: an arch of dressed stone around darkness.
  const dw = Math.min(W * 0.3, fy * 0.34), dh = fy * 0.56, dx = W * (rng.chance(0.5) ? 0.3 : 0.7);
  const arch = (k: number) => `M${fmt(dx - dw * k / 2)} ${fmt(fy)} V${fmt(fy - dh + dw * k / 2)} A${fmt(dw * k / 2)} ${fmt(dw * k / 2)} 0 0 1 ${fmt(dx + dw * k / 2)} ${fmt(fy - dh + dw * k / 2)} V${fmt(fy)} Z`;
  c.path(arch(1.25), '#5a6070');
  c.path(arch(1), c.linear([[0, '#07080b'], [1, '#15171d']]), { bare: true });
  // Torches between the doorway and the edges; wall decorations keep clear of them and the door.
  const keepClear = [{ x: dx - dw * 0.65, y: fy - dh - dw * 0.1, w: dw * 1.3, h: dh + dw * 0.1 }];
  const n = Math.max(2, Math.round(W / (fy * 0.7)));
  for (let i = 0; i < n; i++) {
    const x = (W * (i + 0.5)) / n;
    if (Math.abs(x - dx) < dw) continue;
    torch(ctx, x, fy * 0.38, fy * 0.14);
    keepClear.push({ x: x - fy * 0.1, y: fy * 0.25, w: fy * 0.2, h: fy * 0.28 });
  }
  floor(ctx, { wall: '#000', floor: '#4a4d55', floorKind: 'tiles' });
  c.rect(0, fy - H * 0.012, W, H * 0.018, '#1c1f26', { bare: true });
  return {
    keepClear,
    decor: [
      { thing: 'spider-web', zone: 'wall', count: 1, size: 0.22 },
      { thing: 'skull', zone: 'ground', count: 1, size: 0.1 },
      { thing: 'bone', zone: 'ground', count: 1, size: 0.08 },
    ],
  };
};

/** A wall torch `h` tall whose flame is at (x, y), with its pool of light. */
function torch(ctx: BackdropContext, x: number, y: number, h: number): void {
  const { c } = ctx;
  c.circle(x, y, h * 1.6, c.radial([[0, '#ffb347', 0.45], [1, '#ffb347', 0]]), { bare: true, layer: 'fg' });
  c.polygon([x - h * 0.08, y + h * 0.2, x + h * 0.08, y + h * 0.2, x + h * 0.05, y + h * 0.85, x - h * 0.05, y + h * 0.85], '#6b4426');
  c.rect(x - h * 0.16, y + h * 0.55, h * 0.32, h * 0.08, '#2a2a30');
  c.path(`M${fmt(x)} ${fmt(y - h * 0.45)} Q${fmt(x + h * 0.22)} ${fmt(y - h * 0.05)} ${fmt(x + h * 0.12)} ${fmt(y + h * 0.2)} L${fmt(x - h * 0.12)} ${fmt(y + h * 0.2)} Q${fmt(x - h * 0.22)} ${fmt(y - h * 0.05)} ${fmt(x)} ${fmt(y - h * 0.45)} Z`, '#ff8a1a', { layer: 'fg' });
  c.ellipse(x, y + h * 0.05, h * 0.07, h * 0.16, '#ffe27a', { layer: 'fg', bare: true });
}

export const ROOM_PAINTERS: Partial<Record<SettingKind, RoomPainter>> = {
  study, 'living-room': livingRoom, bedroom, kitchen, office, library, cafe, classroom, studio, stage: stageRoom, dungeon,
  ...VENUE_ROOMS, courtroom, clinic,
};
