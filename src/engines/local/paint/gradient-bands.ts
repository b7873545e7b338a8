// A vertical linear gradient over a large rectangle, drawn as solid horizontal bands instead.
// resvg (tiny-skia) shades a gradient per pixel in its float pipeline: a canvas-sized one costs
// ~100-140 ms at 4096², a solid fill of the same area ~5-15 ms. An 8-bit picture of a gradient is
// itself a run of rows of equal colour, so this works out each pixel row's colour the way the
// gradient would (at the row's centre, stops interpolated unpremultiplied, rounded to 8 bits) and
// draws each run of equal rows as one solid rectangle. Inner band edges fall on whole pixel rows,
// so neighbouring bands meet without an anti-aliased seam; the outer edges are the rectangle's own.
import { toHex, type Rgb } from './color.js';

/** A stop already graded: offset 0..1, colour, opacity 0..1. */
export type SolidStop = [offset: number, rgb: Rgb, alpha: number];

export interface Band {
  y: number;
  h: number;
  hex: string;
  /** 0..1, a multiple of 1/255. */
  alpha: number;
}

/** The gradient's colour at t (0..1), as SVG pads it past the first and last stop. */
function colourAt(stops: SolidStop[], t: number): [number, number, number, number] {
  if (t <= stops[0][0]) return [...stops[0][1], stops[0][2]];
  for (let i = 1; i < stops.length; i++) {
    const [o1, c1, a1] = stops[i];
    if (t <= o1) {
      const [o0, c0, a0] = stops[i - 1];
      const f = o1 > o0 ? (t - o0) / (o1 - o0) : 1;
      return [c0[0] + (c1[0] - c0[0]) * f, c0[1] + (c1[1] - c0[1]) * f, c0[2] + (c1[2] - c0[2]) * f, a0 + (a1 - a0) * f];
    }
  }
  const last = stops[stops.length - 1];
  return [...last[1], last[2]];
}

/**
 * The bands that paint a rectangle from y to y + h whose gradient runs from y1 to y2 of its height
 * (objectBoundingBox units, as the canvas writes them). SVG's rule that an offset smaller than the
 * one before it takes the larger one is applied.
 */
export function verticalGradientBands(y: number, h: number, y1: number, y2: number, stops: SolidStop[]): Band[] {
  let max = 0;
  const sorted = stops.map(([o, c, a]): SolidStop => {
    max = Math.max(max, Math.min(1, Math.max(0, o)));
    return [max, c, a];
  });
  const bands: Band[] = [];
  const bottom = y + h;
  for (let row = Math.floor(y); row < bottom; row++) {
    const [r, g, b, a] = colourAt(sorted, ((row + 0.5 - y) / h - y1) / (y2 - y1));
    const hex = toHex([r, g, b]);
    const alpha = Math.round(Math.max(0, Math.min(1, a)) * 255) / 255;
    const top = Math.max(row, y), end = Math.min(row + 1, bottom);
    const prev = bands[bands.length - 1];
    if (prev && prev.hex === hex && prev.alpha === alpha) prev.h = end - prev.y;
    else bands.push({ y: top, h: end - top, hex, alpha });
  }
  return bands;
}
