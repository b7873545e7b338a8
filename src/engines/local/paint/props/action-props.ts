// Things the interaction templates draw that no emoji shows: a chessboard and a game table, a
// watering can and its stream, a surfboard and a breaking wave, a fence to jump, a windowsill to
// sleep on, and motion arcs.
import { fmt, type Canvas } from '../canvas.js';
import { shade } from '../color.js';
import type { IconBook } from '../icons.js';
import type { Layer } from '../grade.js';

const L: { layer: Layer } = { layer: 'fg' };

/** A board seen from slightly above, `w` wide, its near edge at `y`: a chessboard or a plain game board. */
/** What a board game's table shows (plan/scene-plan.ts Interaction.board). */
export type GameBoard = 'chess' | 'checkers' | 'cards' | 'dice' | 'pits';

export function gameBoard(c: Canvas, icons: IconBook, cx: number, y: number, w: number, board: GameBoard): void {
  const d = w * 0.28;
  const skew = w * 0.12;
  const corners = [cx - w / 2, y, cx + w / 2, y, cx + w / 2 - skew, y - d, cx - w / 2 + skew, y - d];
  const squares = board === 'chess' || board === 'checkers';
  // A mancala board is carved wood: two rows of pits, each with a few seeds.
  c.polygon(corners, squares ? '#f1e3c6' : board === 'pits' ? '#9a6434' : '#2f7d4a', { ...L });
  const at = (u: number, v: number): [number, number] => [cx - w / 2 + skew * v + (w - 2 * skew * v) * u, y - d * v];
  if (board === 'pits') {
    for (const v of [0.3, 0.7]) for (let i = 0; i < 6; i++) {
      const [px, py] = at(0.15 + i * 0.14, v);
      c.ellipse(px, py, w * 0.045, d * 0.13, '#5e3a1c', { ...L, bare: true });
      for (const k of [-1, 0, 1]) c.circle(px + k * w * 0.012, py + (k % 2) * d * 0.03, w * 0.01, ['#e9e2d0', '#c94f3d', '#3d6ea8'][(i + k + 3) % 3]!, { ...L, bare: true });
    }
  }
  if (squares) {
    const n = 6;
    let dark = '';
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) {
      if ((i + j) % 2 === 0) continue;
      const p = (u: number, v: number) => {
        const yy = y - d * v;
        const half = w / 2 - skew * v;
        return `${fmt(cx - half + 2 * half * u)} ${fmt(yy)}`;
      };
      const [u0, u1, v0, v1] = [i / n, (i + 1) / n, j / n, (j + 1) / n];
      dark += `M${p(u0, v0)}L${p(u1, v0)}L${p(u1, v1)}L${p(u0, v1)}Z`;
    }
    c.path(dark, '#6b4226', { ...L, bare: true });
    if (board === 'chess') for (const [u, v] of [[0.25, 0.3], [0.6, 0.7], [0.75, 0.25]]) icons.draw('chess-pawn', ...at(u, v), w * 0.22, { layer: 'fg' });
    // Checkers are flat discs, red and black, on the dark squares.
    else for (const [i, j] of [[1, 0], [3, 0], [5, 0], [0, 1], [2, 1], [4, 4], [1, 5], [3, 5], [5, 5]] as const) {
      const [px, py] = at((i + 0.5) / 6, (j + 0.5) / 6);
      c.ellipse(px, py, w * 0.045 * (1 - 0.25 * j / 6), d * 0.07, j < 3 ? '#c0392b' : '#1f1f24', { ...L });
    }
  } else if (board === 'pits') {
    // (drawn above)
  } else if (board === 'cards') {
    for (const [u, r] of [[0.35, -12], [0.65, 10]]) icons.draw('flower-playing-cards', cx - w / 2 + w * u, y - d * 0.2, w * 0.26, { layer: 'fg', rotate: r });
  } else {
    icons.draw('game-die', cx - w * 0.12, y - d * 0.25, w * 0.2, { layer: 'fg' });
    icons.draw('game-die', cx + w * 0.14, y - d * 0.45, w * 0.18, { layer: 'fg', rotate: 20 });
  }
  c.rect(cx - w / 2, y, w, w * 0.03, shade(squares ? '#8a5a36' : board === 'pits' ? '#9a6434' : '#2f7d4a', -0.2), { ...L, bare: true });
}

/** A watering can `h` tall, spout toward `dir`, pouring a stream of drops that lands at (tx, ty). */
export function wateringCan(c: Canvas, x: number, y: number, h: number, dir: 1 | -1, tx: number, ty: number): void {
  const col = '#4caf7a';
  const w = h * 1.2;
  const sx = x + dir * w * 0.5, sy = y - h * 0.55;
  const tip = [x + dir * w * 1.05, y - h * 0.95] as const;
  c.line(`M${fmt(sx)} ${fmt(sy)}L${fmt(tip[0])} ${fmt(tip[1])}`, shade(col, -0.15), h * 0.14, { ...L });
  c.path(`M${fmt(x - w / 2)} ${fmt(y)} L${fmt(x - w * 0.42)} ${fmt(y - h * 0.75)} L${fmt(x + w * 0.42)} ${fmt(y - h * 0.75)} L${fmt(x + w / 2)} ${fmt(y)} Z`, col, { ...L });
  c.line(`M${fmt(x - dir * w * 0.4)} ${fmt(y - h * 0.7)} Q${fmt(x - dir * w * 0.75)} ${fmt(y - h * 1.05)} ${fmt(x - dir * w * 0.05)} ${fmt(y - h * 0.8)}`, shade(col, -0.25), h * 0.1, { ...L });
  c.ellipse(tip[0], tip[1], h * 0.1, h * 0.14, shade(col, -0.3), { ...L, transform: `rotate(${dir * 35} ${fmt(tip[0])} ${fmt(tip[1])})` });
  // The stream: drops along an arc from the rose to the plants.
  let drops = '';
  for (let k = 1; k <= 9; k++) {
    const t = k / 10;
    const px = tip[0] + (tx - tip[0]) * t;
    const py = tip[1] + (ty - tip[1]) * t * t - h * 0.4 * t * (1 - t);
    for (const off of [-1, 0, 1]) {
      const dx = px + off * h * 0.08 * t, r = h * 0.035;
      drops += `M${fmt(dx)} ${fmt(py - r * 1.6)}Q${fmt(dx + r)} ${fmt(py)} ${fmt(dx)} ${fmt(py + r)}Q${fmt(dx - r)} ${fmt(py)} ${fmt(dx)} ${fmt(py - r * 1.6)}Z`;
    }
  }
  c.path(drops, '#5fb3e8', { ...L, bare: true, opacity: 0.9 });
}

/** A breaking wave across the bottom of the picture, its crest curling at (crestX, crestY). */
export function breakingWave(c: Canvas, W: number, H: number, crestX: number, crestY: number): (x: number) => number {
  const base = H * 0.86;
  const face = (x: number) => (x <= crestX ? base - (base - crestY) * (x / crestX) ** 1.6 : crestY + (x - crestX) * 0.8);
  let d = `M0 ${fmt(H)} L0 ${fmt(base)}`;
  for (let x = 0; x <= crestX; x += W / 40) d += ` L${fmt(x)} ${fmt(face(x))}`;
  const r = (base - crestY) * 0.35;
  d += ` Q${fmt(crestX + r * 1.4)} ${fmt(crestY - r * 0.6)} ${fmt(crestX + r * 1.5)} ${fmt(crestY + r * 0.9)} Q${fmt(crestX + r * 0.8)} ${fmt(crestY + r * 0.4)} ${fmt(crestX + r * 0.6)} ${fmt(crestY + r * 1.2)} L${fmt(W)} ${fmt(base + H * 0.04)} L${fmt(W)} ${fmt(H)} Z`;
  c.path(d, c.linear([[0, '#2aa3b8'], [0.6, '#1f6fb2'], [1, '#174f87']]), { layer: 'fg' });
  let foam = `M${fmt(crestX * 0.55)} ${fmt(face(crestX * 0.55))}`;
  for (let x = crestX * 0.55; x <= crestX; x += W / 60) foam += ` L${fmt(x)} ${fmt(face(x))}`;
  foam += ` Q${fmt(crestX + r * 1.4)} ${fmt(crestY - r * 0.6)} ${fmt(crestX + r * 1.5)} ${fmt(crestY + r * 0.9)}`;
  c.line(foam, '#ffffff', Math.max(2, H * 0.018), { layer: 'fg', bare: true, opacity: 0.9 });
  for (let k = 0; k < 6; k++) c.circle(crestX + r * (0.6 + 0.2 * k), crestY + r * (1 + 0.15 * k), H * 0.012, '#ffffff', { layer: 'fg', bare: true, opacity: 0.8 });
  return face;
}

/** A surfboard `w` long under (x, y), tilted by `deg`. */
export function surfboard(c: Canvas, x: number, y: number, w: number, deg: number, color: string): void {
  const t = `rotate(${fmt(deg)} ${fmt(x)} ${fmt(y)})`;
  c.ellipse(x, y, w / 2, w * 0.08, color, { ...L, transform: t });
  c.line(`M${fmt(x - w * 0.42)} ${fmt(y)}H${fmt(x + w * 0.42)}`, '#ffffff', Math.max(1, w * 0.02), { ...L, bare: true, transform: t });
}

/** A wooden rail fence `w` wide and `h` tall standing on `bottom`. */
export function fence(c: Canvas, cx: number, bottom: number, w: number, h: number): void {
  const wood = '#a0703f';
  const posts = 3;
  for (let i = 0; i < posts; i++) c.rect(cx - w / 2 + (w - h * 0.12) * (i / (posts - 1)), bottom - h, h * 0.12, h, shade(wood, -0.15), { ...L });
  for (const f of [0.22, 0.55]) c.rect(cx - w / 2 - h * 0.05, bottom - h + h * f, w + h * 0.1, h * 0.13, wood, { ...L });
}

/**
 * A window in the wall with a deep sill at `sill`: the frame, the view in its panes (painted by
 * `view` into the pane's box: the scene's sky and weather), the ledge.
 */
export function windowsill(c: Canvas, cx: number, sill: number, w: number, h: number, view: (x: number, y: number, w: number, h: number) => void): void {
  const frame = '#f2ece0';
  c.rect(cx - w / 2 - w * 0.05, sill - h - w * 0.05, w * 1.1, h + w * 0.05, shade(frame, -0.12), { layer: 'bg' });
  view(cx - w / 2, sill - h, w, h);
  c.rect(cx - w * 0.015, sill - h, w * 0.03, h, frame, { layer: 'bg' });
  c.rect(cx - w / 2, sill - h * 0.52, w, w * 0.03, frame, { layer: 'bg' });
  c.rect(cx - w / 2 - w * 0.1, sill, w * 1.2, w * 0.07, shade(frame, -0.05), { layer: 'bg' });
  c.rect(cx - w / 2 - w * 0.08, sill + w * 0.07, w * 1.16, w * 0.03, shade(frame, -0.3), { layer: 'bg', bare: true });
}

/** Curved speed lines behind a figure moving along an arc. */
export function motionArcs(c: Canvas, x0: number, y0: number, x1: number, y1: number, lift: number): void {
  let d = '';
  for (const k of [-1, 0, 1]) d += `M${fmt(x0)} ${fmt(y0 + k * lift * 0.12)}Q${fmt((x0 + x1) / 2)} ${fmt(Math.min(y0, y1) - lift + k * lift * 0.12)} ${fmt(x1)} ${fmt(y1 + k * lift * 0.12)}`;
  c.line(d, '#ffffff', Math.max(1, lift * 0.04), { layer: 'fg', bare: true, opacity: 0.7 });
}
