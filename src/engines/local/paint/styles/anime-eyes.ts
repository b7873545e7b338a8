// Anime eyes for animals: an animal emoji's small black eyes become large glossy anime eyes (a
// dark iris with a lighter lower half and two white highlights, in the plum line colour), as the
// people's drawn heads have (figures/anime-head.ts; docs/local-engine.md, "Styles"). Where the eyes
// are is found on the emoji's pixels: small, round, solid dark blobs, in a pair side by side, or
// one for an animal seen from the side.
import { Resvg } from '@resvg/resvg-js';
import { iconArt } from '../icon-art.js';
import { ANIME_LINE } from './anime.js';

interface Eye {
  /** Centre and half-size, in the emoji's units. */
  x: number;
  y: number;
  rx: number;
  ry: number;
}

const PX = 128;
const eyeCache = new Map<string, Eye[]>();

/** Dark blobs of the emoji rendered at 128 px: box, area, and how much of its box each fills. */
function darkBlobs(name: string): { x0: number; y0: number; x1: number; y1: number; area: number }[] {
  const art = iconArt(name);
  if (!art) return [];
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${PX}" height="${PX}" viewBox="0 0 ${art.width} ${art.height}">${art.body}</svg>`;
  const px = new Resvg(svg, { font: { loadSystemFonts: false } }).render().pixels;
  const dark = new Uint8Array(PX * PX);
  for (let i = 0; i < PX * PX; i++) {
    const r = px[i * 4], g = px[i * 4 + 1], b = px[i * 4 + 2], a = px[i * 4 + 3];
    dark[i] = a > 200 && 0.299 * r + 0.587 * g + 0.114 * b < 70 ? 1 : 0;
  }
  const blobs: { x0: number; y0: number; x1: number; y1: number; area: number }[] = [];
  const stack: number[] = [];
  for (let start = 0; start < PX * PX; start++) {
    if (dark[start] !== 1) continue;
    dark[start] = 2;
    stack.push(start);
    const blob = { x0: PX, y0: PX, x1: 0, y1: 0, area: 0 };
    while (stack.length > 0) {
      const i = stack.pop()!;
      const x = i % PX, y = (i - x) / PX;
      blob.area++;
      blob.x0 = Math.min(blob.x0, x); blob.x1 = Math.max(blob.x1, x);
      blob.y0 = Math.min(blob.y0, y); blob.y1 = Math.max(blob.y1, y);
      for (const j of [x > 0 ? i - 1 : -1, x < PX - 1 ? i + 1 : -1, i - PX, i + PX]) {
        if (j >= 0 && j < PX * PX && dark[j] === 1) {
          dark[j] = 2;
          stack.push(j);
        }
      }
    }
    blobs.push(blob);
  }
  return blobs;
}

/** Where the emoji's eyes are (none found: an empty list, and the emoji keeps its own). */
export function emojiEyes(name: string): Eye[] {
  const known = eyeCache.get(name);
  if (known) return known;
  const art = iconArt(name);
  const scale = art ? art.width / PX : 1;
  // Eye-sized (a twentieth to a sixth of the box), round or oval, filling most of its box.
  const eyes = darkBlobs(name).filter((b) => {
    const w = b.x1 - b.x0 + 1, h = b.y1 - b.y0 + 1;
    return w >= 4 && h >= 4 && w <= PX / 6 && h <= PX / 5 && w / h > 0.35 && w / h < 2.2 && b.area / (w * h) > 0.6;
  });
  let found: typeof eyes = [];
  // A pair: the same size, side by side; of several pairs, the largest (nostrils are smaller).
  let best = 0;
  for (let i = 0; i < eyes.length; i++) {
    for (let j = i + 1; j < eyes.length; j++) {
      const a = eyes[i], b = eyes[j];
      const h = Math.max(a.y1 - a.y0, b.y1 - b.y0) + 1;
      const similar = Math.max(a.area, b.area) / Math.min(a.area, b.area) < 1.7;
      const level = Math.abs((a.y0 + a.y1) / 2 - (b.y0 + b.y1) / 2) < h * 0.5;
      const apart = Math.abs((a.x0 + a.x1) / 2 - (b.x0 + b.x1) / 2) > Math.max(a.x1 - a.x0, b.x1 - b.x0) * 1.5;
      if (similar && level && apart && a.area + b.area > best) [found, best] = [[a, b], a.area + b.area];
    }
  }
  // One eye of an animal seen from the side: the only eye-like blob.
  if (found.length === 0 && eyes.length === 1) found = eyes;
  const result = found.map((b) => ({
    x: ((b.x0 + b.x1 + 1) / 2) * scale, y: ((b.y0 + b.y1 + 1) / 2) * scale,
    rx: ((b.x1 - b.x0 + 1) / 2) * scale, ry: ((b.y1 - b.y0 + 1) / 2) * scale,
  }));
  eyeCache.set(name, result);
  return result;
}

/**
 * Anime eyes drawn over the emoji's own (in its units): each a little larger than the emoji's and
 * taller than wide, a plum-dark iris, its lower half lighter, and two white highlights.
 */
export function animeAnimalEyes(name: string, paint: (hex: string) => string): string {
  let out = '';
  for (const e of emojiEyes(name)) {
    const ry = Math.max(e.ry, e.rx) * 1.55, rx = Math.max(e.rx * 1.45, ry * 0.72);
    out += `<ellipse cx="${fmt3(e.x)}" cy="${fmt3(e.y)}" rx="${fmt3(rx)}" ry="${fmt3(ry)}" fill="${paint('#24121f')}" stroke="${ANIME_LINE}" stroke-width=".25"/>`;
    out += `<ellipse cx="${fmt3(e.x)}" cy="${fmt3(e.y + ry * 0.38)}" rx="${fmt3(rx * 0.72)}" ry="${fmt3(ry * 0.5)}" fill="${paint('#7a4a6e')}"/>`;
    out += `<circle cx="${fmt3(e.x - rx * 0.3)}" cy="${fmt3(e.y - ry * 0.38)}" r="${fmt3(rx * 0.42)}" fill="#ffffff"/>`;
    out += `<circle cx="${fmt3(e.x + rx * 0.35)}" cy="${fmt3(e.y + ry * 0.42)}" r="${fmt3(rx * 0.18)}" fill="#ffffff"/>`;
  }
  return out;
}

// Two decimals: the canvas's one-decimal rounding is too coarse in an emoji's 32 units.
const fmt3 = (n: number) => (Math.round(n * 100) / 100).toString();
