// The parts rooms are built from: a wall and a floor in perspective, windows onto the sky,
// pictures, shelf runs, pendant lamps and a chalkboard.
import { fmt } from '../canvas.js';
import { shade } from '../color.js';
import type { Backdrop, BackdropContext } from './sky.js';
import { paintViewOut } from './view-out.js';
import { drawProc } from '../props/props.js';

export interface RoomLook {
  wall: string;
  floor: string;
  floorKind: 'planks' | 'tiles' | 'carpet' | 'stage';
  wainscot?: string;
  stripes?: boolean;
}

export function paintRoom(ctx: BackdropContext, look: RoomLook): void {
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

export function floor(ctx: BackdropContext, look: RoomLook): void {
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

/** A window onto the sky at this time of day and in this weather, with curtains. */
export function windowAt(ctx: BackdropContext, cx: number, top: number, w: number, h: number, curtains = '#8c2f39'): void {
  const { c } = ctx;
  const frame = '#f2ece0';
  c.rect(cx - w / 2 - w * 0.06, top - w * 0.06, w * 1.12, h + w * 0.12, shade(frame, -0.1));
  // Indoors, the weather and the time show only through the windows.
  paintViewOut(ctx, cx - w / 2, top, w, h);
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
export function wallRun(ctx: BackdropContext, pieces: ('shelf' | 'window' | 'frame' | 'fireplace' | 'gap')[]): void {
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

export function pendantLamps(ctx: BackdropContext, n: number, y: number): void {
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
export function chalkboard(ctx: BackdropContext, x: number, y: number, w: number, h: number): Backdrop['board'] {
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

