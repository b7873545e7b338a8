// Buying and selling: a market of stalls under striped awnings with crates of produce, and a shop
// seen from the pavement: its sign, awning, display window and door.
import { fmt } from '../canvas.js';
import { shade } from '../color.js';
import { far, ground, type LandPainter } from './ground.js';
import { clouds, paintSky, paintSunOrMoon, scatter, type BackdropContext } from './sky.js';

const AWNINGS = [['#d6342c', '#f7f1e3'], ['#2f7d4a', '#f7f1e3'], ['#2f5fa8', '#f7f1e3'], ['#e0a82e', '#fff7e0'], ['#8a3a8a', '#f7f1e3']];
const PRODUCE = ['red-apple', 'tangerine', 'banana', 'grapes', 'carrot', 'tomato', 'broccoli', 'pear', 'lemon', 'watermelon', 'ear-of-corn', 'eggplant'];

/** A striped awning over [x, x + w] from y (top) down to y + h, with a scalloped valance. */
export function awning(ctx: BackdropContext, x: number, y: number, w: number, h: number, colors: string[]): void {
  const { c } = ctx;
  const stripes = Math.max(4, Math.round(w / (h * 0.45)));
  const sw = w / stripes;
  for (let i = 0; i < stripes; i++) {
    const col = colors[i % 2];
    c.polygon([x + i * sw + sw * 0.1, y, x + (i + 1) * sw - sw * 0.1 + (i === stripes - 1 ? sw * 0.1 : 0), y, x + (i + 1) * sw + sw * 0.15, y + h, x + i * sw + sw * 0.15, y + h], col, { bare: i > 0 });
    c.circle(x + i * sw + sw * 0.65, y + h, sw * 0.5, col, { bare: true });
  }
  c.rect(x, y - h * 0.08, w + sw * 0.15, h * 0.1, shade(colors[0], -0.3), { bare: true });
}

/** A wooden crate `w` wide, heaped with one kind of produce. */
function crate(ctx: BackdropContext, cx: number, bottom: number, w: number, produce: string): void {
  const { c, icons } = ctx;
  const h = w * 0.5;
  const size = w * 0.36;
  for (let i = 0; i < 3; i++) icons.draw(produce, cx + (i - 1) * w * 0.28, bottom - h + size * 0.35, size, { layer: 'bg' });
  icons.draw(produce, cx, bottom - h - size * 0.05, size, { layer: 'bg' });
  c.rect(cx - w / 2, bottom - h, w, h, '#b07a45', { layer: 'bg' });
  let slats = '';
  for (const f of [0.33, 0.66]) slats += `M${fmt(cx - w / 2)} ${fmt(bottom - h + h * f)}h${fmt(w)}`;
  c.line(slats, '#7a4f2a', Math.max(1, w * 0.03), { bare: true });
}

export const market: LandPainter = (ctx) => {
  const { c, stage, rng } = ctx;
  const { W, H, horizon: hz } = stage;
  paintSky(ctx, hz);
  paintSunOrMoon(ctx, hz * 0.6, 0.8);
  if (!ctx.night) clouds(ctx, hz * 0.5, 0.5);
  ground(ctx, hz, '#c9b79a', far(ctx, '#b3a48a', 0.2));
  // Cobbles.
  let cobbles = '';
  for (let y = hz + H * 0.02, g = H * 0.018; y < H; y += g, g *= 1.18) {
    for (let x = (Math.round(y) % 2) * g; x < W; x += g * 2.2) cobbles += `M${fmt(x)} ${fmt(y)}h${fmt(g * 1.6)}`;
  }
  c.line(cobbles, '#a39277', Math.max(1, c.u * 0.2), { bare: true, opacity: 0.6 });
  // A row of stalls along the back: posts, a striped awning, a counter, crates in front.
  const stallW = Math.min(W * 0.42, H * 0.42);
  const n = Math.max(2, Math.round(W / stallW));
  const sw = W / n;
  const r = rng.fork('stalls');
  const stallH = Math.min(hz * 0.62, H * 0.34);
  for (let i = 0; i < n; i++) {
    const x = i * sw + sw * 0.05, w = sw * 0.9;
    const base = hz + H * 0.01;
    const top = base - stallH;
    const colors = r.pick(AWNINGS);
    c.rect(x + w * 0.03, top, w * 0.03, stallH, '#6b4a32', { layer: 'bg' });
    c.rect(x + w * 0.94, top, w * 0.03, stallH, '#6b4a32', { layer: 'bg' });
    c.rect(x + w * 0.05, top + stallH * 0.25, w * 0.9, stallH * 0.4, far(ctx, '#5b3a22', 0.25), { bare: true });
    awning(ctx, x, top, w, stallH * 0.26, colors);
    c.rect(x + w * 0.02, base - stallH * 0.36, w * 0.96, stallH * 0.36, '#9a6a3e', { layer: 'bg' });
    c.rect(x, base - stallH * 0.38, w, stallH * 0.05, '#c89a64', { layer: 'bg' });
    const crates = 3;
    for (let k = 0; k < crates; k++) crate(ctx, x + w * (0.2 + 0.3 * k), base - stallH * 0.36, w * 0.26, r.pick(PRODUCE));
  }
  return {
    decor: [
      { thing: 'basket', zone: 'ground', count: 1, size: 0.14 },
      { thing: 'shopping-bags', zone: 'ground', count: 1, size: 0.12, depth: [0.4, 1] },
    ],
  };
};

export const storefront: LandPainter = (ctx) => {
  const { c, stage, rng, icons } = ctx;
  const { W, H, horizon: hz } = stage;
  paintSky(ctx, H * 0.12);
  // The building's face fills the wall behind the pavement.
  const wall = rng.pick(['#e9d8c0', '#cfdde6', '#e6c9c0', '#d9e3cf', '#3d4a5c']);
  c.rect(0, H * 0.08, W, hz - H * 0.08 + 1, c.linear([[0, shade(wall, -0.08)], [1, shade(wall, 0.04)]]), { bare: true });
  c.rect(0, H * 0.08, W, H * 0.02, shade(wall, -0.3), { bare: true });
  const shopW = Math.min(W * 0.92, hz * 2.2);
  const sx = (W - shopW) / 2;
  // The sign band, the awning, then the window and door under it.
  const signTop = hz * 0.2, signH = hz * 0.14;
  c.rect(sx, signTop, shopW, signH, '#2b3a4a', { rx: signH * 0.08 });
  c.rect(sx + signH * 0.12, signTop + signH * 0.12, shopW - signH * 0.24, signH * 0.76, 'none', { extra: `stroke="${c.paint('#e0c27a')}" stroke-width="${fmt(Math.max(1, c.u * 0.3))}"` });
  const awTop = signTop + signH + hz * 0.02;
  awning(ctx, sx, awTop, shopW, hz * 0.12, rng.pick(AWNINGS));
  const frameTop = awTop + hz * 0.14;
  const doorW = Math.min(shopW * 0.22, hz * 0.28);
  const doorLeft = rng.chance(0.5);
  const doorX = doorLeft ? sx + shopW * 0.06 : sx + shopW * 0.94 - doorW;
  const winX = doorLeft ? doorX + doorW + shopW * 0.04 : sx + shopW * 0.04;
  const winW = shopW * 0.9 - doorW - shopW * 0.04;
  const winH = (hz - frameTop) * 0.72;
  c.rect(sx, frameTop, shopW, hz - frameTop + 1, '#4a3a2c', { bare: true });
  const glass = ctx.night ? '#f2d88a' : '#9cc3d8';
  c.rect(winX, frameTop + hz * 0.03, winW, winH, c.linear([[0, shade(glass, 0.1)], [1, shade(glass, -0.12)]]), { bare: true });
  // Goods on a shelf in the window, and the glass's reflection.
  const goods = ['handbag', 'womans-hat', 'teapot', 'potted-plant', 'wrapped-gift', 'running-shoe'];
  const gn = Math.max(2, Math.round(winW / (winH * 0.5)));
  const shelfY = frameTop + hz * 0.03 + winH * 0.82;
  c.rect(winX, shelfY, winW, winH * 0.05, '#6b4a32', { bare: true });
  for (let i = 0; i < gn; i++) icons.draw(goods[(i + (doorLeft ? 0 : 2)) % goods.length], winX + (winW * (i + 0.5)) / gn, shelfY, Math.min(winH * 0.4, (winW / gn) * 0.8), { layer: 'bg' });
  c.polygon([winX + winW * 0.1, frameTop + hz * 0.03, winX + winW * 0.22, frameTop + hz * 0.03, winX + winW * 0.08, frameTop + hz * 0.03 + winH, winX - winW * 0.04 + winW * 0.04, frameTop + hz * 0.03 + winH], '#ffffff', { bare: true, opacity: 0.18 });
  const dTop = frameTop + hz * 0.03;
  c.rect(doorX, dTop, doorW, hz - dTop, '#6b3a2a');
  c.rect(doorX + doorW * 0.15, dTop + (hz - dTop) * 0.08, doorW * 0.7, (hz - dTop) * 0.45, glass, { bare: true });
  c.circle(doorLeft ? doorX + doorW * 0.82 : doorX + doorW * 0.18, dTop + (hz - dTop) * 0.6, doorW * 0.05, '#e0c27a', { bare: true });
  c.rect(doorX - doorW * 0.1, hz - H * 0.012, doorW * 1.2, H * 0.014, '#8d939b', { bare: true });
  // The pavement in slabs.
  ground(ctx, hz, '#bdb8ae', '#a9a49a');
  let slabs = '';
  for (let y = hz + H * 0.03, g = H * 0.04; y < H; y += g, g *= 1.35) slabs += `M0 ${fmt(y)}H${fmt(W)}`;
  for (let x = 0; x < W; x += H * 0.16) slabs += `M${fmt(x)} ${fmt(hz)}L${fmt(W / 2 + (x - W / 2) * 1.8)} ${fmt(H)}`;
  c.line(slabs, '#8f8a80', Math.max(1, c.u * 0.2), { bare: true, opacity: 0.6 });
  scatter(ctx, hz + H * 0.05, 'pebbles', 0.2);
  return {
    // The sign board and the door stay clear of decorations.
    keepClear: [{ x: doorX, y: dTop, w: doorW, h: hz - dTop }],
    decor: [{ thing: 'potted-plant', zone: 'ground', count: 1, size: 0.3, depth: [0.05, 0.3] }],
  };
};
