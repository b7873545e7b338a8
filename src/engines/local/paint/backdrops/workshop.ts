// A workshop ("a carpenter in his workshop", "a pottery studio", docs/local-engine.md "Settings"): a
// plank wall with a window, a pegboard of hand tools above a heavy workbench with a vice, planks
// leaning in the corner. A pottery workshop ("a ceramic artist at a pottery wheel") has shelves of
// pots and a wheel with clay on it instead of the pegboard and planks.
import { fmt } from '../canvas.js';
import { shade } from '../color.js';
import { drawProc } from '../props/props.js';
import { paintRoom, windowAt } from './room-kit.js';
import type { Backdrop, BackdropContext } from './sky.js';

const TOOLS = ['hammer', 'wrench', 'carpentry-saw', 'screwdriver', 'axe', 'clamp'];
const CLAYS = ['#c8734a', '#b5553a', '#d9a27a', '#8f5b3e', '#e4c9a8', '#6f8fa0'];

export function workshop(ctx: BackdropContext): Backdrop {
  const { c, stage, rng, plan } = ctx;
  const { W, H, horizon: fy } = stage;
  const pottery = plan.pottery === true;
  paintRoom(ctx, { wall: pottery ? '#e9dccb' : '#c9a47a', floor: pottery ? '#a99a8a' : '#8a6a4a', floorKind: pottery ? 'tiles' : 'planks' });
  const u = fy;
  if (!pottery) planksOnWall(ctx);
  windowAt(ctx, W * 0.16, fy * 0.12, Math.min(W * 0.2, u * 0.42), u * 0.4, '#6d6a5a');
  if (pottery) potShelves(ctx, W * 0.34, W * 0.95, fy * 0.1);
  else pegboard(ctx, W * 0.36, fy * 0.1, Math.min(W * 0.5, u * 1.2), u * 0.36);
  // The workbench along the back wall: a thick top, a vice at its end, legs to the floor.
  const tw = Math.min(W * 0.5, u * 1.1), th = u * 0.28, tx = W * 0.36, base = fy + H * 0.02;
  drawProc(c, 'table', tx + tw / 2, base, th, { rng: rng.fork('bench'), layer: 'bg', color: pottery ? '#9b7a58' : '#7a5634' }, tw);
  const top = base - th;
  if (!pottery) {
    c.rect(tx + tw * 0.86, top - th * 0.16, tw * 0.1, th * 0.16, '#5b6470', { layer: 'bg', rx: th * 0.02 });
    c.rect(tx + tw * 0.9, top - th * 0.24, tw * 0.02, th * 0.1, '#3e444c', { layer: 'bg' });
    c.rect(tx + tw * 0.12, top - th * 0.06, tw * 0.3, th * 0.06, '#d9b88a', { layer: 'bg' });
    // Long planks leaning against the wall at the right.
    for (let i = 0; i < 3; i++) {
      const x = W * 0.93 - i * u * 0.05, h = u * (0.75 - i * 0.06);
      c.polygon([x, base, x + u * 0.04, base, x + u * 0.12, base - h, x + u * 0.08, base - h], shade('#c9955a', -0.08 * i), { layer: 'bg' });
    }
  } else {
    // Bowls drying on the bench.
    for (let i = 0; i < 3; i++) pot(ctx, tx + tw * (0.2 + i * 0.22), top, th * 0.22, CLAYS[(i * 2) % CLAYS.length]!, i % 2 === 0 ? 'bowl' : 'vase');
    wheel(ctx, Math.min(W * 0.84, tx + tw + u * 0.2), fy + H * 0.08, u * 0.32);
  }
  return {
    decor: pottery
      ? [{ thing: 'amphora', zone: 'ground', count: 1, size: 0.22 }]
      : [{ thing: 'toolbox', zone: 'ground', count: 1, size: 0.14 }, { thing: 'wood', zone: 'ground', count: 1, size: 0.14 }],
  };
}

/** Vertical boards on the wall, with their seams. */
function planksOnWall(ctx: BackdropContext): void {
  const { c, stage } = ctx;
  const step = Math.max(stage.W, stage.H) * 0.045;
  let d = '';
  for (let x = step; x < stage.W; x += step) d += `M${fmt(x)} 0V${fmt(stage.horizon)}`;
  c.line(d, '#8a6440', Math.max(1, c.u * 0.2), { opacity: 0.5, bare: true });
}

/** A pegboard with hand tools hung on it. */
function pegboard(ctx: BackdropContext, x: number, y: number, w: number, h: number): void {
  const { c, rng } = ctx;
  c.rect(x, y, w, h, '#d8b98c', { layer: 'bg', rx: h * 0.02 });
  let holes = '';
  const gap = h / 8;
  for (let py = y + gap / 2; py < y + h; py += gap) {
    for (let px = x + gap / 2; px < x + w; px += gap) holes += `M${fmt(px)} ${fmt(py)}h${fmt(gap * 0.12)}v${fmt(gap * 0.12)}h${fmt(-gap * 0.12)}Z`;
  }
  c.path(holes, '#8c6a44', { layer: 'bg', bare: true, opacity: 0.6 });
  const n = Math.max(3, Math.min(TOOLS.length, Math.round(w / (h * 0.42))));
  const first = rng.fork('tools').int(0, TOOLS.length - 1);
  for (let i = 0; i < n; i++) {
    const cx = x + (w * (i + 0.5)) / n;
    ctx.icons.draw(TOOLS[(first + i) % TOOLS.length]!, cx, y + h * 0.9, h * 0.72, { layer: 'bg' });
  }
}

/** Two shelves of pots, vases and bowls across the wall. */
function potShelves(ctx: BackdropContext, x0: number, x1: number, y: number): void {
  const { c, stage, rng } = ctx;
  const r = rng.fork('pots');
  const gap = stage.horizon * 0.22;
  for (let k = 0; k < 2; k++) {
    const sy = y + gap * (k + 1);
    c.rect(x0, sy, x1 - x0, gap * 0.08, '#8a6440', { layer: 'bg' });
    const h = gap * 0.62;
    for (let x = x0 + h * 0.6; x < x1 - h * 0.4; x += h * r.range(0.9, 1.3)) {
      pot(ctx, x, sy, h * r.range(0.6, 1), CLAYS[r.int(0, CLAYS.length - 1)]!, r.pick(['vase', 'bowl', 'jug'] as const));
    }
  }
}

/** One pot standing on a line: a bowl, a tall vase or a jug with a handle. */
function pot(ctx: BackdropContext, cx: number, base: number, h: number, clay: string, kind: 'bowl' | 'vase' | 'jug'): void {
  const { c } = ctx;
  const w = kind === 'bowl' ? h * 1.5 : h * 0.7;
  const hh = kind === 'bowl' ? h * 0.55 : h;
  const body = kind === 'bowl'
    ? `M${fmt(cx - w / 2)} ${fmt(base - hh)} Q${fmt(cx - w * 0.45)} ${fmt(base)} ${fmt(cx)} ${fmt(base)} Q${fmt(cx + w * 0.45)} ${fmt(base)} ${fmt(cx + w / 2)} ${fmt(base - hh)} Z`
    : `M${fmt(cx - w * 0.22)} ${fmt(base - hh)} Q${fmt(cx - w * 0.3)} ${fmt(base - hh * 0.8)} ${fmt(cx - w * 0.5)} ${fmt(base - hh * 0.45)} Q${fmt(cx - w * 0.55)} ${fmt(base)} ${fmt(cx)} ${fmt(base)} Q${fmt(cx + w * 0.55)} ${fmt(base)} ${fmt(cx + w * 0.5)} ${fmt(base - hh * 0.45)} Q${fmt(cx + w * 0.3)} ${fmt(base - hh * 0.8)} ${fmt(cx + w * 0.22)} ${fmt(base - hh)} Z`;
  if (kind === 'jug') c.line(`M${fmt(cx + w * 0.3)} ${fmt(base - hh * 0.85)} Q${fmt(cx + w * 0.75)} ${fmt(base - hh * 0.7)} ${fmt(cx + w * 0.45)} ${fmt(base - hh * 0.35)}`, shade(clay, -0.2), Math.max(1, h * 0.08), { layer: 'bg' });
  c.path(body, c.linear([[0, shade(clay, 0.12)], [1, shade(clay, -0.18)]]), { layer: 'bg' });
  c.ellipse(cx, base - hh, kind === 'bowl' ? w / 2 : w * 0.22, hh * 0.07, shade(clay, -0.35), { layer: 'bg', bare: true });
}

/** A potter's wheel: a low stand, a round head spinning, a lump of wet clay rising on it. */
function wheel(ctx: BackdropContext, cx: number, base: number, h: number): void {
  const { c } = ctx;
  const w = h * 1.3;
  c.path(`M${fmt(cx - w / 2)} ${fmt(base)} L${fmt(cx - w * 0.42)} ${fmt(base - h * 0.5)} L${fmt(cx + w * 0.42)} ${fmt(base - h * 0.5)} L${fmt(cx + w / 2)} ${fmt(base)} Z`, '#5f6b75', { layer: 'bg' });
  c.ellipse(cx, base - h * 0.5, w * 0.46, h * 0.07, '#48525b', { layer: 'bg' });
  c.rect(cx - w * 0.05, base - h * 0.66, w * 0.1, h * 0.16, '#3a4249', { layer: 'bg' });
  c.ellipse(cx, base - h * 0.66, w * 0.3, h * 0.06, '#9aa4ad', { layer: 'bg' });
  c.path(`M${fmt(cx - w * 0.16)} ${fmt(base - h * 0.67)} Q${fmt(cx - w * 0.2)} ${fmt(base - h * 0.85)} ${fmt(cx - w * 0.1)} ${fmt(base - h)} L${fmt(cx + w * 0.1)} ${fmt(base - h)} Q${fmt(cx + w * 0.2)} ${fmt(base - h * 0.85)} ${fmt(cx + w * 0.16)} ${fmt(base - h * 0.67)} Z`, c.linear([[0, '#b07a58'], [1, '#8a5638']]), { layer: 'bg' });
  c.ellipse(cx, base - h, w * 0.1, h * 0.025, '#6b3f28', { layer: 'bg', bare: true });
}
