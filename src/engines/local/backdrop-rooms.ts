// Indoor settings: a wall, a floor in perspective, and what furnishes each kind of room.
import { fmt } from './canvas.js';
import { shade } from './color.js';
import { SKY_STOPS, stars, type Backdrop, type BackdropContext, type DecorSpec } from './backdrop-sky.js';
import type { SettingKind } from './lexicon-scene.js';
import { drawProc } from './props.js';

type RoomPainter = (ctx: BackdropContext) => Backdrop;

interface RoomLook {
  wall: string;
  floor: string;
  floorKind: 'planks' | 'tiles' | 'carpet' | 'stage';
  wainscot?: string;
  stripes?: boolean;
}

function paintRoom(ctx: BackdropContext, look: RoomLook): void {
  const { c, stage } = ctx;
  const { W, H, horizon: fy } = stage;
  c.rect(0, 0, W, fy + 1, c.linear([[0, shade(look.wall, -0.12)], [1, shade(look.wall, 0.04)]]), { bare: true });
  if (look.stripes) {
    const step = Math.max(W, H) * 0.03;
    let d = '';
    for (let x = step / 2; x < W; x += step * 2) d += `M${fmt(x)} 0h${fmt(step * 0.6)}V${fmt(fy)}h${fmt(-step * 0.6)}Z`;
    c.path(d, shade(look.wall, 0.07), { bare: true, opacity: 0.6 });
  }
  if (look.wainscot) {
    const top = fy - fy * 0.24;
    c.rect(0, top, W, fy - top, look.wainscot, { bare: true });
    c.rect(0, top - fy * 0.012, W, fy * 0.02, shade(look.wainscot, 0.15), { bare: true });
    const panel = Math.max(fy * 0.25, W / Math.max(3, Math.round(W / (fy * 0.35))));
    let d = '';
    for (let x = panel * 0.12; x + panel * 0.76 < W; x += panel) d += `M${fmt(x)} ${fmt(top + fy * 0.04)}h${fmt(panel * 0.76)}v${fmt(fy * 0.14)}h${fmt(-panel * 0.76)}Z`;
    c.path(d, shade(look.wainscot, -0.08), { opacity: 0.8 });
  }
  floor(ctx, look);
  c.rect(0, fy - H * 0.012, W, H * 0.018, shade(look.wainscot ?? look.wall, -0.3), { bare: true });
}

function floor(ctx: BackdropContext, look: RoomLook): void {
  const { c, stage } = ctx;
  const { W, H, horizon: fy } = stage;
  c.rect(0, fy, W, H - fy, c.linear([[0, shade(look.floor, -0.18)], [1, shade(look.floor, 0.06)]]), { bare: true });
  if (look.floorKind === 'carpet') return;
  // Boards or tile joints converge on a vanishing point above the floor's middle.
  const vx = W / 2, vy = fy - (H - fy) * 1.6;
  const lines: string[] = [];
  const n = Math.round(Math.max(8, W / (H - fy) * 5));
  for (let i = -n; i <= 2 * n; i++) {
    const bx = (i / n) * W;
    const t = (fy - vy) / (H - vy);
    lines.push(`M${fmt(vx + (bx - vx) * t)} ${fmt(fy)} L${fmt(bx)} ${fmt(H)}`);
  }
  if (look.floorKind === 'tiles' || look.floorKind === 'stage') {
    let y = fy;
    let gap = (H - fy) * 0.08;
    while (y < H) {
      lines.push(`M0 ${fmt(y)} H${fmt(W)}`);
      y += gap;
      gap *= 1.25;
    }
  }
  c.line(lines.join(' '), shade(look.floor, -0.35), Math.max(1, c.u * 0.18), { opacity: 0.45, bare: true });
}

/** A window onto the sky at this time of day, with curtains. */
function windowAt(ctx: BackdropContext, cx: number, top: number, w: number, h: number, curtains = '#8c2f39'): void {
  const { c, plan } = ctx;
  const frame = '#f2ece0';
  c.rect(cx - w / 2 - w * 0.06, top - w * 0.06, w * 1.12, h + w * 0.12, shade(frame, -0.1));
  c.rect(cx - w / 2, top, w, h, c.linear(SKY_STOPS[plan.time]), { bare: true });
  if (ctx.night) {
    c.circle(cx + w * 0.22, top + h * 0.25, w * 0.09, '#fff3c4', { layer: 'fg', bare: true });
  } else {
    c.ellipse(cx - w * 0.15, top + h * 0.35, w * 0.22, w * 0.07, '#ffffff', { bare: true, opacity: 0.8 });
  }
  // Distant hills outside.
  c.path(`M${fmt(cx - w / 2)} ${fmt(top + h)} L${fmt(cx - w / 2)} ${fmt(top + h * 0.78)} Q${fmt(cx - w * 0.1)} ${fmt(top + h * 0.62)} ${fmt(cx + w * 0.2)} ${fmt(top + h * 0.76)} T${fmt(cx + w / 2)} ${fmt(top + h * 0.72)} L${fmt(cx + w / 2)} ${fmt(top + h)} Z`, ctx.night ? '#1d2b4a' : '#7fb069', { bare: true });
  c.rect(cx - w * 0.02, top, w * 0.04, h, frame);
  c.rect(cx - w / 2, top + h * 0.48, w, w * 0.04, frame);
  c.rect(cx - w / 2 - w * 0.1, top + h, w * 1.2, w * 0.06, shade(frame, -0.05));
  for (const side of [-1, 1]) {
    const x0 = cx + side * (w / 2 + w * 0.02);
    c.path(`M${fmt(x0)} ${fmt(top - w * 0.1)} L${fmt(x0 - side * w * 0.22)} ${fmt(top - w * 0.1)} Q${fmt(x0 - side * w * 0.12)} ${fmt(top + h * 0.5)} ${fmt(x0 - side * w * 0.2)} ${fmt(top + h + w * 0.08)} L${fmt(x0 + side * w * 0.1)} ${fmt(top + h + w * 0.08)} Q${fmt(x0)} ${fmt(top + h * 0.5)} ${fmt(x0)} ${fmt(top - w * 0.1)} Z`, curtains);
  }
  c.rect(cx - w * 0.8, top - w * 0.14, w * 1.6, w * 0.04, '#6b4a32');
}

function framedPicture(ctx: BackdropContext, cx: number, cy: number, h: number): void {
  ctx.icons.draw('framed-picture', cx, cy + h / 2, h, { layer: 'bg' });
}

/**
 * Lay wall pieces (shelves, windows, frames) across the wall, centred, repeating to fill wide
 * pictures and stacking in tall ones.
 */
function wallRun(ctx: BackdropContext, pieces: ('shelf' | 'window' | 'frame' | 'fireplace' | 'gap')[]): void {
  const { stage, rng } = ctx;
  const { W, H, horizon: fy } = stage;
  const shelfH = fy * (stage.aspect < 0.5 ? 0.7 : 0.86);
  const widths = { shelf: shelfH * 0.62, window: fy * 0.42, frame: fy * 0.3, fireplace: fy * 0.55, gap: fy * 0.12 };
  const seq: typeof pieces = [];
  let total = 0;
  for (let k = 0; total < W * 1.15 && k < 40; k++) {
    const p = pieces[k % pieces.length];
    seq.push(p);
    total += widths[p] + fy * 0.06;
  }
  let x = (W - total) / 2 + fy * 0.03;
  for (const p of seq) {
    const w = widths[p];
    const cx = x + w / 2;
    if (p === 'shelf') drawProc(ctx.c, 'bookshelf', cx, fy + H * 0.005, shelfH, { rng: rng.fork(`shelf${Math.round(x)}`), layer: 'bg' }, w);
    else if (p === 'window') windowAt(ctx, cx, fy * 0.2, w * 0.8, fy * 0.45);
    else if (p === 'frame') framedPicture(ctx, cx, fy * 0.38, w * 0.8);
    else if (p === 'fireplace') drawProc(ctx.c, 'fireplace', cx, fy + H * 0.005, fy * 0.42, { rng, layer: 'bg' }, w);
    x += w + fy * 0.06;
  }
  // Tall pictures: frames stacked above.
  if (stage.aspect < 0.5) {
    for (let y = fy * 0.12; y < fy * 0.3; y += fy * 0.2) framedPicture(ctx, W * (y < fy * 0.2 ? 0.3 : 0.7), y, Math.min(W * 0.3, fy * 0.12));
  }
}

function pendantLamps(ctx: BackdropContext, n: number, y: number): void {
  const { c, stage } = ctx;
  for (let i = 0; i < n; i++) {
    const x = (stage.W * (i + 0.5)) / n;
    const r = Math.min(stage.W, stage.H) * 0.04;
    c.line(`M${fmt(x)} 0 L${fmt(x)} ${fmt(y - r)}`, '#2d2f36', Math.max(1, c.u * 0.2));
    c.circle(x, y + r * 0.5, r * 4, c.radial([[0, '#ffe3a0', 0.45], [1, '#ffe3a0', 0]]), { bare: true, layer: 'fg' });
    c.path(`M${fmt(x - r)} ${fmt(y + r * 0.4)} Q${fmt(x - r)} ${fmt(y - r)} ${fmt(x)} ${fmt(y - r)} Q${fmt(x + r)} ${fmt(y - r)} ${fmt(x + r)} ${fmt(y + r * 0.4)} Z`, '#2f5d3a');
    c.ellipse(x, y + r * 0.4, r * 0.55, r * 0.2, '#fff2c4', { layer: 'fg', bare: true });
  }
}

/** A chalkboard with chalk scribbles, or blank when the prompt gives it words to carry. */
function chalkboard(ctx: BackdropContext, x: number, y: number, w: number, h: number): Backdrop['board'] {
  const { c, rng } = ctx;
  c.rect(x - h * 0.05, y - h * 0.05, w + h * 0.1, h * 1.1, '#7a4a2a');
  c.rect(x, y, w, h, '#2f4a3a');
  const board = { x, y, w, h };
  if (ctx.plan.texts.some((t) => t.carrier === 'chalkboard')) return board;
  const r = rng.fork('chalk');
  let d = '';
  for (let row = 0; row < 4; row++) {
    const yy = y + h * (0.2 + row * 0.2);
    let xx = x + w * 0.08;
    while (xx < x + w * r.range(0.5, 0.9)) {
      const len = w * r.range(0.05, 0.14);
      d += `M${fmt(xx)} ${fmt(yy)} q${fmt(len / 4)} ${fmt(-h * 0.05)} ${fmt(len / 2)} 0 t${fmt(len / 2)} 0`;
      xx += len + w * 0.03;
    }
  }
  c.line(d, '#e9efe6', Math.max(1, c.u * 0.25), { opacity: 0.7, bare: true });
  return board;
}

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
  c.rect(x0, top, w, h, c.linear(SKY_STOPS[ctx.plan.time]), { bare: true });
  if (ctx.night) stars(ctx, top + h * 0.5, 0.3);
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
  if (W / fy > 1.2) windowAt(ctx, W * 0.78, fy * 0.2, Math.min(W * 0.2, fy * 0.4), fy * 0.4, '#2f5d3a');
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
  const paper = ctx.rng.pick(['#e9e4dc', '#dfe6ee', '#f0e2d8', '#e4e9dd']);
  // A seamless paper sweep: wall and floor are one gradient.
  c.rect(0, 0, W, H, c.linear([[0, shade(paper, -0.2)], [fy / H, shade(paper, 0.02)], [1, shade(paper, 0.1)]]), { bare: true });
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

export const ROOM_PAINTERS: Partial<Record<SettingKind, RoomPainter>> = {
  study, 'living-room': livingRoom, bedroom, kitchen, office, library, cafe, classroom, studio, stage: stageRoom,
};

export type { DecorSpec };
