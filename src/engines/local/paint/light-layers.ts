// Light layers: the see-through glows, vignettes and tints laid over a finished scene. resvg
// (tiny-skia) blends a translucent layer over every pixel it covers at ~3 ns a pixel, a gradient at
// ~9: a glow or vignette costs it 60–140 ms at 4096², and most pictures end with two or three.
// The same paint applied to the rendered pixels here, one row span at a time, costs a fraction.
//
// A light layer is written into the SVG twice over: as ordinary shapes (any SVG renderer draws the
// same picture from them) inside a group that also carries the layer as data. When such groups are
// the last thing in the document, the rasterizer strips them, lets resvg draw the rest and applies
// the data to the pixels (`splitLights`, `applyLights`), with resvg's arithmetic: a gradient's
// stops interpolated unpremultiplied, premultiplied, then source-over at each pixel's centre.
// See docs/local-engine.md.

/** A stop already graded: offset 0..1, r, g, b (0..255), opacity 0..1. */
export type LightStop = [offset: number, r: number, g: number, b: number, alpha: number];

export type LightOp =
  /** A radial gradient over the whole canvas, padded past its last stop (an ellipse of radii rx, ry). */
  | { kind: 'radial'; cx: number; cy: number; rx: number; ry: number; stops: LightStop[] }
  /** Full-width bands of one colour each, from y to y + h (edges may fall inside a pixel row). */
  | { kind: 'rows'; bands: [y: number, h: number, r: number, g: number, b: number, alpha: number][] };

const OPEN = `<g data-lights='`;

/** The group that carries light layers: their SVG shapes, and the layers as data for the pixel pass. */
export function lightGroup(ops: LightOp[], svg: string): string {
  return `${OPEN}${JSON.stringify(ops)}'>${svg}</g>`;
}

/**
 * The document without its trailing light group and the layers that group drew, or null when
 * the document does not end with one. (Text in a picture is escaped, so `<g` cannot come from it.)
 */
export function splitLights(svg: string): { svg: string; ops: LightOp[] } | null {
  const at = svg.lastIndexOf(OPEN);
  if (at < 0 || !svg.endsWith('</g></svg>')) return null;
  const end = svg.indexOf(`'>`, at);
  const ops = JSON.parse(svg.slice(at + OPEN.length, end)) as LightOp[];
  return { svg: `${svg.slice(0, at)}</svg>`, ops };
}

/** Paints the layers, in order, over premultiplied RGBA pixels (resvg's), in place. */
export function applyLights(pixels: Uint8Array, width: number, height: number, ops: LightOp[]): void {
  if (pixels.byteOffset % 4 !== 0) throw new Error('applyLights: pixels must start on a 4-byte boundary');
  // One pixel per 32-bit word: r | g << 8 | b << 16 | a << 24 on a little-endian machine.
  const px = new Uint32Array(pixels.buffer, pixels.byteOffset, width * height);
  // The hot code below sees numbers and typed arrays only: a large picture is followed by a full
  // collection (threads/release-memory.ts), which frees the parsed layers' object shapes, and code
  // that had seen them would be thrown away and compiled again for each picture.
  for (const op of ops) {
    if (op.kind === 'radial') radial(px, width, height, op.cx, op.cy, op.rx, op.ry, Float64Array.from(op.stops.flat()));
    else rows(px, width, height, Float64Array.from(op.bands.flat()));
  }
}

/**
 * A source colour packed for `over`: r g b a premultiplied, 8 bits each, as tiny-skia's 8-bit
 * pipeline holds a solid colour or a gradient's.
 */
function pack(r: number, g: number, b: number, a: number): number {
  return (r | (g << 8) | (b << 16) | (a << 24)) >>> 0;
}

/**
 * Source-over of one pixel, as tiny-skia blends: each channel s + (d · (255 - a) + 255) >> 8,
 * two channels at a time (r and b, g and a) in the halves of a 32-bit word: a product stays below
 * 2^16, and the sum never exceeds 255, so no channel spills into the next.
 */
function over(d: number, s: number, k: number): number {
  const rb = ((Math.imul(d & 0xff00ff, k) + 0xff00ff) >>> 8) & 0xff00ff;
  const ga = (Math.imul((d >>> 8) & 0xff00ff, k) + 0xff00ff) & 0xff00ff00;
  return s + rb + ga;
}

/**
 * Entries in a radial layer's table of colours, indexed by the squared distance from the centre.
 * Near the centre an entry spans the most distance: t < 1/128 for the first, about half a level
 * of the strongest glow's opacity (stops padded as SVG pads them: the first colour before the
 * first stop, the last after the last).
 */
const TABLE = 1 << 14;

/**
 * A radial layer. Its colour in 8 bits stays the same over runs of pixels along a row (a few
 * hundred runs where a row has thousands of pixels), so each row is walked run by run outward
 * from the centre, one square root per run: a run's pixels then cost what a tint's do.
 */
function radial(px: Uint32Array, width: number, height: number, cx: number, cy: number, rx: number, ry: number, stops: Float64Array): void {
  const tHi = clearFrom(stops);
  const corner = Math.hypot(Math.max(cx, width - cx) / rx, Math.max(cy, height - cy) / ry);
  const tMax = Math.min(corner, tHi) + 1e-6;
  const scale = (TABLE - 1) / (tMax * tMax);
  const src = new Uint32Array(TABLE), keep = new Int32Array(TABLE), next = new Int32Array(TABLE);
  radialTable(stops, scale, src, keep, next);
  // A pixel's entry: its squared distance, in table steps, rounded.
  const dx2 = new Float64Array(width);
  for (let x = 0; x < width; x++) dx2[x] = ((x + 0.5 - cx) / rx) ** 2 * scale + 0.5;
  // A layer centred on the canvas (a vignette) is the same in row y and row height - 1 - y: each
  // pair is walked once.
  const mirrored = cy * 2 === height;
  const runs = new Int32Array(3 * width + 3);
  for (let y = 0; y < (mirrored ? Math.ceil(height / 2) : height); y++) {
    const dy2 = ((y + 0.5 - cy) / ry) ** 2;
    const twin = mirrored && height - 1 - y !== y ? (height - 1 - y) * width : -1;
    if (dy2 < tHi * tHi) radialRow(px, y * width, twin, width, cx, rx, dy2 * scale, scale, dx2, src, keep, next, runs);
  }
}

/**
 * The colour at t² = i / scale, premultiplied as tiny-skia premultiplies a gradient's, 255 - its
 * alpha, and the next entry with another colour. `stops` holds offset, r, g, b, alpha per stop.
 */
function radialTable(stops: Float64Array, scale: number, src: Uint32Array, keep: Int32Array, next: Int32Array): void {
  const n = stops.length / 5;
  // Entries in order of distance, so the stops are walked once.
  let j = 0;
  for (let i = 0; i < TABLE; i++) {
    const t = Math.sqrt(i / scale);
    while (j < n && t > stops[j * 5]) j++;
    const s1 = Math.min(j, n - 1) * 5, s0 = Math.max(0, j - 1) * 5;
    const f = j === 0 || j === n || stops[s1] <= stops[s0] ? 1 : (t - stops[s0]) / (stops[s1] - stops[s0]);
    const a8 = Math.round(255 * (stops[s0 + 4] + (stops[s1 + 4] - stops[s0 + 4]) * f));
    const r = Math.round(stops[s0 + 1] + (stops[s1 + 1] - stops[s0 + 1]) * f);
    const g = Math.round(stops[s0 + 2] + (stops[s1 + 2] - stops[s0 + 2]) * f);
    const b = Math.round(stops[s0 + 3] + (stops[s1 + 3] - stops[s0 + 3]) * f);
    src[i] = pack((r * a8 + 255) >> 8, (g * a8 + 255) >> 8, (b * a8 + 255) >> 8, a8);
    keep[i] = 255 - a8;
  }
  next[TABLE - 1] = TABLE;
  for (let i = TABLE - 2; i >= 0; i--) next[i] = src[i + 1] === src[i] && keep[i + 1] === keep[i] ? next[i + 1] : i + 1;
}

/**
 * One row of a radial layer (and its twin row, when `twin` is not -1), `dy` its squared vertical
 * distance in table steps. Its runs are found outward from the centre column, entries growing
 * with distance (rightward, then leftward): a run ends at the first pixel whose entry reaches the
 * next colour's, found by a square root, then checked against the pixels' own entries. They are
 * then painted left to right, so memory is written in order (twice as fast as run by run outward).
 * `runs` holds room for three numbers per pixel of a row.
 */
function radialRow(px: Uint32Array, row: number, twin: number, width: number, cx: number, rx: number, dy: number, scale: number, dx2: Float64Array, src: Uint32Array, keep: Int32Array, next: Int32Array, runs: Int32Array): void {
  const last = TABLE - 1;
  const mid = Math.min(width, Math.max(0, Math.round(cx)));
  // Leftward runs first, stored from the end of `runs` backwards, so they end up in order.
  let first = runs.length;
  for (let x = mid - 1; x >= 0; ) {
    const k = Math.min(last, (dx2[x] + dy) | 0), n = next[k];
    let stop = n > last ? -1 : Math.max(-1, Math.min(x - 1, Math.floor(cx - 0.5 - rx * Math.sqrt(Math.max(0, (n - 0.5 - dy) / scale)))));
    while (stop < x - 1 && Math.min(last, (dx2[stop + 1] + dy) | 0) >= n) stop++;
    while (stop >= 0 && Math.min(last, (dx2[stop] + dy) | 0) < n) stop--;
    if (keep[k] !== 255) {
      runs[--first] = k;
      runs[--first] = x + 1;
      runs[--first] = stop + 1;
    }
    x = stop;
  }
  let end = runs.length;
  for (let x = mid; x < width; ) {
    const k = Math.min(last, (dx2[x] + dy) | 0), n = next[k];
    let stop = n > last ? width : Math.min(width, Math.max(x + 1, Math.ceil(cx - 0.5 + rx * Math.sqrt(Math.max(0, (n - 0.5 - dy) / scale)))));
    while (stop > x + 1 && Math.min(last, (dx2[stop - 1] + dy) | 0) >= n) stop--;
    while (stop < width && Math.min(last, (dx2[stop] + dy) | 0) < n) stop++;
    if (keep[k] !== 255) {
      // Rightward runs go after the leftward ones: move those down to make room, once.
      if (end === runs.length) {
        runs.copyWithin(0, first, runs.length);
        end -= first;
        first = 0;
      }
      runs[end++] = x;
      runs[end++] = stop;
      runs[end++] = k;
    }
    x = stop;
  }
  paintRuns(px, row, runs, first, end, src, keep);
  if (twin >= 0) paintRuns(px, twin, runs, first, end, src, keep);
}

/** Runs (from, to, entry) `first` to `end` of `runs` painted along the row starting at `row`. */
function paintRuns(px: Uint32Array, row: number, runs: Int32Array, first: number, end: number, src: Uint32Array, keep: Int32Array): void {
  for (let i = first; i < end; i += 3) fill(px, row + runs[i], row + runs[i + 1], src[runs[i + 2]], keep[runs[i + 2]]);
}

/** Pixels `from` to `to` (exclusive) under one colour. */
function fill(px: Uint32Array, from: number, to: number, s: number, k: number): void {
  for (let i = from; i < to; i++) px[i] = over(px[i], s, k);
}

/** Bands of y, h, r, g, b, alpha each, across the whole width. */
function rows(px: Uint32Array, width: number, height: number, bands: Float64Array): void {
  for (let i = 0; i < bands.length; i += 6) {
    const y = bands[i], h = bands[i + 1], r = bands[i + 2], g = bands[i + 3], b = bands[i + 4], alpha = bands[i + 5];
    for (let row = Math.max(0, Math.floor(y)); row < Math.min(height, Math.ceil(y + h)); row++) {
      // A row the band's edge passes through is covered in part, as anti-aliasing would.
      const a = alpha * (Math.min(row + 1, y + h) - Math.max(row, y));
      const sa = Math.round(255 * a);
      if (sa <= 0) continue;
      // A solid colour is premultiplied with rounding (a gradient's in `radial` is not).
      const s = pack(Math.round((r * sa) / 255), Math.round((g * sa) / 255), Math.round((b * sa) / 255), sa);
      fill(px, row * width, (row + 1) * width, s, 255 - sa);
    }
  }
}

/** The gradient is clear from this t on (Infinity when its last stop is not). */
function clearFrom(stops: Float64Array): number {
  let tHi = Infinity;
  for (let i = stops.length - 5; i >= 0; i -= 5) {
    if (stops[i + 4] > 0) break;
    tHi = stops[i];
  }
  return tHi;
}
