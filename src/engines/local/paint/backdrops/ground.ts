// Ground, open sky and sea shared by the outdoor settings, and the painter type they all have.
import { mixHex } from '../color.js';
import { clouds, horizonColor, paintSky, paintSunOrMoon, type Backdrop, type BackdropContext } from './sky.js';
import { fmt } from '../canvas.js';

export type LandPainter = (ctx: BackdropContext) => Backdrop;

/** A colour faded toward the sky at the horizon, by t: far things pale into the air. */
export const far = (ctx: BackdropContext, hex: string, t: number) => mixHex(hex, horizonColor(ctx.plan.time), t);

export function ground(ctx: BackdropContext, top: number, near: string, farColor: string): void {
  const { c, stage } = ctx;
  c.rect(0, top, stage.W, stage.H - top, c.linear([[0, farColor], [1, near]]), { bare: true });
}

/** Sky, sun or moon and clouds down to the horizon. */
export function openSky(ctx: BackdropContext, cloudAmount = 1): void {
  const hz = ctx.stage.horizon;
  paintSky(ctx, hz);
  paintSunOrMoon(ctx, hz);
  if (cloudAmount > 0) clouds(ctx, hz, cloudAmount);
}

export const snowGround = (ctx: BackdropContext) => ground(ctx, ctx.stage.horizon, '#ffffff', '#dfe8f2');

export function sea(ctx: BackdropContext, top: number, bottom: number): void {
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

/**
 * A road running from the horizon to the viewer across a landscape ("a desert highway"); returns
 * the ground it covers, which decorations keep off.
 */
/** A dirt footpath winding from the far trees to the front edge, with a few stones beside it. */
export function drawTrail(ctx: BackdropContext): void {
  const { c, stage, plan } = ctx;
  const { W, H, horizon: hz } = stage;
  const r = ctx.rng.fork('trail');
  const bend = r.chance(0.5) ? 1 : -1;
  const x0 = W * 0.5, near = Math.min(W * 0.18, H * 0.22);
  const mid = hz + (H - hz) * 0.45;
  const col = plan.snowy ? '#dfe5ee' : plan.setting === 'desert' || plan.setting === 'canyon' ? '#c9a36a' : '#b08d5e';
  c.path(`M${fmt(x0 - W * 0.01)} ${fmt(hz)} Q${fmt(x0 - bend * W * 0.22)} ${fmt(mid)} ${fmt(x0 + bend * W * 0.04 - near)} ${fmt(H)} L${fmt(x0 + bend * W * 0.04 + near)} ${fmt(H)} Q${fmt(x0 - bend * W * 0.12)} ${fmt(mid)} ${fmt(x0 + W * 0.01)} ${fmt(hz)} Z`,
    c.linear([[0, far(ctx, col, 0.4)], [1, col]]), { bare: true, opacity: 0.95 });
  let stones = '';
  for (let i = 0; i < 8; i++) {
    const t = r.range(0.2, 1), y = hz + (H - hz) * t, s = c.u * (0.4 + t * 1.4);
    const x = x0 - bend * W * 0.22 * Math.sin(t * Math.PI) * 0.8 + (r.chance(0.5) ? -1 : 1) * near * t * 1.1;
    stones += `M${fmt(x - s)} ${fmt(y)}a${fmt(s)} ${fmt(s * 0.6)} 0 1 0 ${fmt(2 * s)} 0a${fmt(s)} ${fmt(s * 0.6)} 0 1 0 ${fmt(-2 * s)} 0`;
  }
  c.path(stones, '#8f8a80', { bare: true, opacity: 0.8 });
}

export function drawRoad(ctx: BackdropContext): NonNullable<Backdrop['keepClear']> {
  const { c, stage, plan } = ctx;
  const { W, H, horizon: hz } = stage;
  const vx = W * 0.5;
  const half = Math.min(W * 0.45, H * 0.7);
  const farHalf = half * 0.04;
  const snowy = plan.snowy;
  c.polygon([vx - farHalf, hz, vx + farHalf, hz, vx + half, H, vx - half, H], c.linear([[0, far(ctx, '#5a5d66', 0.4)], [1, snowy ? '#6a6e78' : '#3d4048']]), { bare: true });
  c.line(`M${fmt(vx - farHalf)} ${fmt(hz)}L${fmt(vx - half * 0.94)} ${fmt(H)}M${fmt(vx + farHalf)} ${fmt(hz)}L${fmt(vx + half * 0.94)} ${fmt(H)}`, snowy ? '#ffffff' : '#e9e4d6', Math.max(1, c.u * 0.35), { bare: true, opacity: 0.8 });
  // Centre dashes, longer and further apart toward the viewer.
  let d = '';
  for (let t = 0.04, step = 0.05; t < 1; t += step * 2, step *= 1.25) {
    d += `M${fmt(vx)} ${fmt(hz + (H - hz) * t)}V${fmt(hz + (H - hz) * Math.min(1, t + step))}`;
  }
  c.line(d, '#f2d24a', Math.max(1, c.u * 0.6), { bare: true, cap: 'butt' });
  // The road's ground, as boxes: nothing stands on the tarmac except what the prompt put there.
  return [0.15, 0.4, 0.7].map((t, i, all) => {
    const y0 = hz + (H - hz) * t, y1 = hz + (H - hz) * (all[i + 1] ?? 1);
    const w = farHalf + (half - farHalf) * ((y1 - hz) / (H - hz));
    return { x: vx - w, y: y0, w: w * 2, h: y1 - y0 };
  });
}
