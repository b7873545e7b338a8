// The ukiyo-e style (ukiyo-e, Hokusai, Hiroshige, Japanese woodblock): the woodcut's carved block
// printed the Edo way. Prussian blue and indigo, soft vermilion, muted green and ochre on cream
// paper; thin dark key lines round every shape, no hatching; the sky darkening to indigo at the
// top (bokashi, in flat bands); a title cartouche and a red seal; on the open sea, a great curling
// wave with clawed foam and a small snow-capped mountain beyond (docs/local-engine.md, "Styles").
import { fmt, type Canvas } from '../canvas.js';
import { hslToRgb, hueGap, luma, parseHex, rgbToHsl, type Rgb } from '../color.js';
import type { Layer } from '../grade.js';
import type { Rng } from '../prng.js';

export const KEY_LINE = '#1c2233';
export const UKIYO_PAPER = '#efe3c4';
const PAPER_RGB = parseHex(UKIYO_PAPER);
const KEY_RGB = parseHex(KEY_LINE);

/** The block colours: hue (degrees) → colour; everything chromatic takes the nearest. */
const INKS: [number, Rgb][] = [
  [8, parseHex('#c4533a')], [35, parseHex('#c99a52')], [60, parseHex('#d3b872')], [110, parseHex('#7b8f5a')],
  [160, parseHex('#5f8a78')], [205, parseHex('#2f5d8a')], [235, parseHex('#23406e')], [300, parseHex('#8c5a72')], [340, parseHex('#b9485a')],
];

export function ukiyoGrade(c: Rgb, layer: Layer): Rgb {
  const l = luma(c);
  const [h, s] = rgbToHsl(c);
  const lift = layer === 'bg' ? 0.05 : 0;
  if (l + lift < 0.16) return KEY_RGB;
  if (l + lift > 0.8 || (s < 0.12 && l + lift > 0.62)) return PAPER_RGB;
  const ink = s < 0.12 ? parseHex('#9a8f7a') : INKS.reduce((a, b) => (hueGap(b[0], h) < hueGap(a[0], h) ? b : a))[1];
  const [ih, is, il] = rgbToHsl(ink);
  // Three strengths of each block colour: pale, full, deep.
  const k = l + lift > 0.6 ? 1.28 : l + lift > 0.36 ? 1 : 0.66;
  return hslToRgb(ih, is, Math.min(0.86, il * k));
}

export function ukiyoEdge(layer: Layer, u: number): string {
  return ` stroke="${KEY_LINE}" stroke-width="${fmt((layer === 'fg' ? 0.32 : 0.2) * u)}" stroke-linejoin="round"`;
}

export function ukiyoIconFill(graded: string): string {
  return `fill="${graded}" stroke="${KEY_LINE}" stroke-width=".45" stroke-linejoin="round"`;
}

/** The sky's bokashi: bands of indigo growing fainter down from the top edge. */
export function bokashi(c: Canvas, W: number, bottom: number): void {
  for (let i = 0; i < 4; i++) c.add(`<rect x="0" y="0" width="${fmt(W)}" height="${fmt(bottom * (0.08 + i * 0.08))}" fill="#23406e" fill-opacity=".28"/>`);
}

/** The great wave over the open sea: its curling body, foam claws along the lip, Fuji beyond it. */
export function greatWave(c: Canvas, W: number, H: number, horizon: number, rng: Rng): void {
  const X = (f: number) => fmt(f * W);
  const y = (f: number) => fmt(f * H);
  // Fuji, small, in the trough beyond the wave.
  const fx = 0.7 * W, fy = horizon, fw = 0.16 * W, fh = 0.11 * H;
  c.path(`M${fmt(fx - fw)} ${fmt(fy)}L${fmt(fx - fw * 0.18)} ${fmt(fy - fh)}L${fmt(fx + fw * 0.18)} ${fmt(fy - fh)}L${fmt(fx + fw)} ${fmt(fy)}Z`, '#2f5d8a');
  c.path(`M${fmt(fx - fw * 0.42)} ${fmt(fy - fh * 0.58)}L${fmt(fx - fw * 0.18)} ${fmt(fy - fh)}L${fmt(fx + fw * 0.18)} ${fmt(fy - fh)}L${fmt(fx + fw * 0.42)} ${fmt(fy - fh * 0.58)}L${fmt(fx + fw * 0.2)} ${fmt(fy - fh * 0.66)}L${fmt(fx)} ${fmt(fy - fh * 0.55)}L${fmt(fx - fw * 0.22)} ${fmt(fy - fh * 0.68)}Z`, '#f4f0e6');
  const body = `M0 ${y(1)}L0 ${y(0.62)}C${X(0.06)} ${y(0.42)} ${X(0.2)} ${y(0.2)} ${X(0.42)} ${y(0.16)}C${X(0.56)} ${y(0.14)} ${X(0.66)} ${y(0.22)} ${X(0.66)} ${y(0.33)}` +
    `C${X(0.64)} ${y(0.4)} ${X(0.57)} ${y(0.41)} ${X(0.55)} ${y(0.35)}C${X(0.52)} ${y(0.29)} ${X(0.45)} ${y(0.3)} ${X(0.43)} ${y(0.4)}` +
    `C${X(0.41)} ${y(0.56)} ${X(0.55)} ${y(0.8)} ${X(0.82)} ${y(1)}Z`;
  c.path(body, '#23406e');
  // Lighter blue streaks down the wave's face, and the foam's cream edge along its back.
  let streaks = '';
  for (let i = 0; i < 6; i++) {
    const t = 0.2 + i * 0.05;
    streaks += `M${X(t * 0.5)} ${y(0.9 - i * 0.05)}C${X(t * 0.7)} ${y(0.55 - i * 0.04)} ${X(0.3 + t * 0.3)} ${y(0.3 - i * 0.01)} ${X(0.46 + i * 0.02)} ${y(0.21 + i * 0.005)}`;
  }
  c.line(streaks, '#5a8cbc', c.u * 0.7, { layer: 'bg' });
  c.line(`M${X(0.02)} ${y(0.6)}C${X(0.08)} ${y(0.4)} ${X(0.2)} ${y(0.21)} ${X(0.42)} ${y(0.17)}C${X(0.56)} ${y(0.15)} ${X(0.65)} ${y(0.23)} ${X(0.65)} ${y(0.32)}`, '#f4f0e6', c.u * 1.4);
  // Claws of foam curling down from the lip.
  for (let i = 0; i < 9; i++) {
    const a = i / 8, cx = (0.66 - a * 0.12) * W, cy = (0.33 + Math.sin(a * Math.PI) * 0.06) * H, r = W * rng.range(0.018, 0.028);
    c.path(`M${fmt(cx - r)} ${fmt(cy)}q${fmt(r)} ${fmt(-r * 1.2)} ${fmt(r * 2)} 0q${fmt(-r * 0.6)} ${fmt(r * 0.2)} ${fmt(-r * 0.7)} ${fmt(r * 1.3)}q${fmt(-r * 0.1)} ${fmt(-r * 0.9)} ${fmt(-r * 1.3)} ${fmt(-r * 1.3)}Z`, '#f4f0e6');
  }
  // Spray: foam flecks falling from the crest.
  for (let i = 0; i < 26; i++) c.circle(W * rng.range(0.45, 0.75), H * rng.range(0.1, 0.45), c.u * rng.range(0.4, 0.9), '#f4f0e6', { bare: true });
}

/** Cream paper margin, a title cartouche at the top right and a red seal below it. */
export function ukiyoFinish(c: Canvas, rng: Rng): void {
  const { width: W, height: H, u } = c;
  const m = Math.min(W, H), t = m * 0.04;
  c.add(`<path d="M0 0H${fmt(W)}V${fmt(H)}H0Z M${fmt(t)} ${fmt(t)}V${fmt(H - t)}H${fmt(W - t)}V${fmt(t)}Z" fill="${UKIYO_PAPER}" fill-rule="evenodd"/>`);
  c.add(`<rect x="${fmt(t)}" y="${fmt(t)}" width="${fmt(W - 2 * t)}" height="${fmt(H - 2 * t)}" fill="none" stroke="${KEY_LINE}" stroke-width="${fmt(u * 0.35)}"/>`);
  const cw = u * 5, ch = u * 20, cx = W - t - u * 3 - cw, cy = t + u * 3;
  c.add(`<rect x="${fmt(cx)}" y="${fmt(cy)}" width="${fmt(cw)}" height="${fmt(ch)}" fill="#e8d9a8" stroke="${KEY_LINE}" stroke-width="${fmt(u * 0.3)}"/>`);
  // Brush characters: short strokes stacked down the cartouche.
  let glyphs = '';
  for (let yy = cy + u * 2; yy < cy + ch - u * 2; yy += u * 2.6) {
    const x0 = cx + cw * 0.28;
    glyphs += `M${fmt(x0)} ${fmt(yy)}h${fmt(cw * 0.44)}M${fmt(cx + cw / 2)} ${fmt(yy - u * 0.7)}v${fmt(u * rng.range(1, 1.8))}`;
  }
  c.add(`<path d="${glyphs}" fill="none" stroke="${KEY_LINE}" stroke-width="${fmt(u * 0.45)}" stroke-linecap="round"/>`);
  c.add(`<rect x="${fmt(cx + cw * 0.1)}" y="${fmt(cy + ch + u * 1.5)}" width="${fmt(cw * 0.8)}" height="${fmt(cw * 0.8)}" rx="${fmt(u * 0.4)}" fill="#b8342a"/>`);
}
