// Places seen from straight above, filling the frame: a city's street grid with roofs, cars and
// trees; a room's floor plan with its furniture from above; and the land (aerial-land.ts). Every
// roof casts a short shadow to the lower right, so the flat plan still reads as height
// (docs/local-engine.md, "Viewpoints").
import { fmt, type Canvas } from '../canvas.js';
import { shade } from '../color.js';
import type { Rng } from '../prng.js';
import { INDOOR } from '../../read/lexicon-settings.js';
import { aerialLand, topTree } from './aerial-land.js';
import { aerialRoom } from './aerial-room.js';
import { isCity } from './iso-scenes.js';
import type { ViewContext, ViewScene } from './iso.js';

export function aerialView(ctx: ViewContext): ViewScene {
  if (INDOOR.has(ctx.setting) && ctx.setting !== 'greenhouse') return aerialRoom(ctx);
  if (isCity(ctx.setting)) return aerialCity(ctx);
  return aerialLand(ctx);
}

const ROOFS = ['#8d939b', '#a7a9ad', '#d6c7ae', '#b8654a', '#6b7a8a', '#c9bba3', '#9aa6b2', '#b0a08a'];
const CARS = ['#e04b3c', '#f2c230', '#3d7fd6', '#f4f4f2', '#2f3b4a', '#58b368', '#1f1f24'];

/** A car seen from above, centred at (x, y), `l` long, along x or (vertical) along y. */
export function topCar(c: Canvas, x: number, y: number, l: number, vertical: boolean, color: string): void {
  const w = l * 0.46;
  const [bw, bh] = vertical ? [w, l] : [l, w];
  c.rect(x - bw / 2 + l * 0.06, y - bh / 2 + l * 0.06, bw, bh, '#000000', { bare: true, opacity: 0.25, rx: w * 0.3, layer: 'fg' });
  c.rect(x - bw / 2, y - bh / 2, bw, bh, color, { rx: w * 0.3, layer: 'fg' });
  // Windscreen and rear window, the roof between them.
  const glass = '#2a3440';
  if (vertical) {
    c.rect(x - w * 0.38, y - l * 0.28, w * 0.76, l * 0.16, glass, { layer: 'fg', bare: true, rx: w * 0.1 });
    c.rect(x - w * 0.36, y + l * 0.2, w * 0.72, l * 0.11, glass, { layer: 'fg', bare: true, rx: w * 0.1 });
    c.rect(x - w * 0.36, y - l * 0.12, w * 0.72, l * 0.32, shade(color, 0.12), { layer: 'fg', bare: true, rx: w * 0.1 });
  } else {
    c.rect(x + l * 0.12, y - w * 0.38, l * 0.16, w * 0.76, glass, { layer: 'fg', bare: true, rx: w * 0.1 });
    c.rect(x - l * 0.31, y - w * 0.36, l * 0.11, w * 0.72, glass, { layer: 'fg', bare: true, rx: w * 0.1 });
    c.rect(x - l * 0.2, y - w * 0.36, l * 0.32, w * 0.72, shade(color, 0.12), { layer: 'fg', bare: true, rx: w * 0.1 });
  }
}

/** A city's street grid from above: blocks of roofs with their shadows, a park, cars, crossings and trees. */
function aerialCity(ctx: ViewContext): ViewScene {
  const { c, rng, night } = ctx;
  const W = c.width, H = c.height, m = Math.min(W, H);
  const village = ctx.setting === 'village' || ctx.setting === 'market';
  const B = m * (village ? 0.3 : 0.27), S = B * 0.26, P = B + S;
  const ox = -rng.range(0.2, 0.8) * P, oy = -rng.range(0.2, 0.8) * P;
  c.rect(0, 0, W, H, '#50545b', { bare: true });
  const cols = Math.ceil((W - ox) / P) + 1, rows = Math.ceil((H - oy) / P) + 1;
  const park = [rng.int(1, Math.max(1, cols - 3)), rng.int(1, Math.max(1, rows - 3))];
  const spots: ViewScene['spots'] = [];
  const dashes: string[] = [];
  const zebra: string[] = [];
  for (let i = 0; i < cols; i++) {
    for (let j = 0; j < rows; j++) {
      const x = ox + i * P + S / 2, y = oy + j * P + S / 2;
      // The lane lines along the street below and to the right of the block, and the crossing at its corner.
      for (let a = x + B * 0.05; a < x + B; a += B * 0.16) dashes.push(`M${fmt(a)} ${fmt(y + B + S / 2)}h${fmt(B * 0.07)}`);
      for (let a = y + B * 0.05; a < y + B; a += B * 0.16) dashes.push(`M${fmt(x + B + S / 2)} ${fmt(a)}v${fmt(B * 0.07)}`);
      for (let k = 0; k < 6; k++) {
        zebra.push(`M${fmt(x + B + S * 0.12 + k * S * 0.14)} ${fmt(y + B - S * 0.02)}v${fmt(-S * 0.28)}`);
      }
      if (x > W || y > H || x + B < 0 || y + B < 0) continue;
      c.rect(x, y, B, B, '#bdb8ae', { rx: B * 0.04, bare: true });
      if (i === park[0] && j === park[1]) {
        c.rect(x + B * 0.06, y + B * 0.06, B * 0.88, B * 0.88, '#6fa851', { rx: B * 0.03 });
        c.line(`M${fmt(x + B * 0.06)} ${fmt(y + B / 2)}H${fmt(x + B * 0.94)}M${fmt(x + B / 2)} ${fmt(y + B * 0.06)}V${fmt(y + B * 0.94)}`, '#d9cfb8', B * 0.05, { cap: 'butt' });
        c.circle(x + B / 2, y + B / 2, B * 0.08, '#7fc4e8');
        for (const [tx, ty] of [[0.22, 0.22], [0.78, 0.22], [0.22, 0.78], [0.78, 0.78], [0.3, 0.36], [0.68, 0.66]]) topTree(c, x + B * tx!, y + B * ty!, B * rng.range(0.08, 0.12), rng.pick(['#3f8a40', '#4f9a46', '#5aa84a']));
        spots.push({ x: x + B * 0.5, y: y + B * 0.42, h: B * 0.4, depth: y });
        continue;
      }
      roofs(c, rng, x + B * 0.07, y + B * 0.07, B * 0.86, village);
    }
  }
  c.line(dashes.join(''), '#e9e6dc', Math.max(1, S * 0.04), { bare: true, opacity: 0.8, cap: 'butt' });
  c.line(zebra.join(''), '#f4f2ea', S * 0.07, { bare: true, opacity: 0.85, cap: 'butt' });
  // Cars in their lanes, trees along the pavements, street lights at night.
  for (let n = 0; n < Math.round((W * H) / (m * m) * 14); n++) {
    const vertical = rng.chance(0.5);
    const lane = rng.chance(0.5) ? 0.28 : 0.72;
    const i = rng.int(0, cols - 1), j = rng.int(0, rows - 1);
    const along = rng.range(0.1, 0.9) * B;
    const x = vertical ? ox + i * P - S / 2 + S * lane : ox + i * P + S / 2 + along;
    const y = vertical ? oy + j * P + S / 2 + along : oy + j * P - S / 2 + S * lane;
    topCar(c, x, y, S * 0.6, vertical, rng.pick(CARS));
    if (night) c.glow(vertical ? x : x + S * 0.3, vertical ? y - S * 0.3 : y, S * 0.2, S * 0.2, [[0, '#fff1c0', 0.6], [1, '#fff1c0', 0]], { layer: 'fg' });
  }
  for (let i = 0; i < cols; i++) for (let j = 0; j < rows; j++) {
    const x = ox + i * P + S / 2, y = oy + j * P + S / 2;
    for (let k = 1; k < 4; k++) if (rng.chance(0.6)) topTree(c, x + (B * k) / 4, y + B + S * 0.02, S * 0.2, rng.pick(['#3f8a40', '#4f9a46']));
    if (night) {
      // A street light's pool of light at each crossing.
      c.glow(x + B + S / 2, y + B + S / 2, S * 0.75, S * 0.75, [[0, '#ffe3a0', 0.55], [1, '#ffe3a0', 0]], { layer: 'fg' });
    }
  }
  // The street nearest the middle, where a car drives or someone walks; then the park.
  const street = ox + Math.round((W / 2 - ox) / P) * P;
  spots.unshift({ x: street, y: H * 0.62, h: m * 0.22, depth: H });
  return { what: village ? 'lanes between tiled roofs, with cars and trees' : 'a street grid with roofs, cars, crossings, trees and a park', spots };
}

/** One block's buildings from above: one, two or four roofs, each with its shadow and rooftop things. */
function roofs(c: Canvas, rng: Rng, x: number, y: number, b: number, village: boolean): void {
  const split = village ? 4 : rng.pick([1, 2, 2, 4]);
  const lots: [number, number, number, number][] = split === 1 ? [[x, y, b, b]] : split === 2 ? [[x, y, b, b / 2], [x, y + b / 2, b, b / 2]] : [[x, y, b / 2, b / 2], [x + b / 2, y, b / 2, b / 2], [x, y + b / 2, b / 2, b / 2], [x + b / 2, y + b / 2, b / 2, b / 2]];
  for (const [lx, ly, lw, lh] of lots) {
    const g = b * 0.03, rx = lx + g, ry = ly + g, rw = lw - 2 * g, rh = lh - 2 * g;
    const tall = village ? 0.04 : rng.range(0.04, split === 1 ? 0.16 : 0.1);
    const color = village ? rng.pick(['#b8654a', '#c0673f', '#a8563e', '#9c4a3a']) : rng.pick(ROOFS);
    c.rect(rx + b * tall, ry + b * tall, rw, rh, '#000000', { bare: true, opacity: 0.3, layer: 'fg' });
    c.rect(rx, ry, rw, rh, color, { layer: 'fg' });
    if (village) {
      // A gabled roof: two slopes in light and shade either side of the ridge.
      const along = rw >= rh;
      if (along) c.rect(rx, ry + rh / 2, rw, rh / 2, shade(color, -0.18), { layer: 'fg', bare: true });
      else c.rect(rx + rw / 2, ry, rw / 2, rh, shade(color, -0.18), { layer: 'fg', bare: true });
      continue;
    }
    c.rect(rx + rw * 0.06, ry + rh * 0.06, rw * 0.88, rh * 0.88, 'none', { layer: 'fg', bare: true, extra: `stroke="${c.paint(shade(color, -0.2), 'fg')}" stroke-width="${fmt(b * 0.012)}"` });
    // Rooftop things: air-conditioning boxes, a water tank, or a roof garden.
    const what = rng.int(0, 3);
    if (what === 0) for (let k = 0; k < 3; k++) c.rect(rx + rw * (0.2 + k * 0.22), ry + rh * 0.3, rw * 0.12, rh * 0.14, '#d8dadc', { layer: 'fg' });
    else if (what === 1) c.circle(rx + rw * 0.7, ry + rh * 0.35, Math.min(rw, rh) * 0.12, '#9a8a7a', { layer: 'fg' });
    else if (what === 2 && rw > b * 0.4) {
      c.rect(rx + rw * 0.2, ry + rh * 0.2, rw * 0.6, rh * 0.6, '#7aa05a', { layer: 'fg', rx: b * 0.01 });
      topTree(c, rx + rw * 0.35, ry + rh * 0.4, Math.min(rw, rh) * 0.1, '#4f9a46');
    } else c.rect(rx + rw * 0.55, ry + rh * 0.55, rw * 0.25, rh * 0.2, shade(color, 0.25), { layer: 'fg' });
  }
}
