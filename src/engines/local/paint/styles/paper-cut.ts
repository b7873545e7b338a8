// The paper cut style (cut paper, layered paper, paper craft): every shape a flat piece of coloured
// card, cut out and laid over the one behind it, so each casts a soft shadow on what is under it
// (two dark faint copies of it, moved down and right by a little and by more); matte paper colours
// in a few tones, a faint paper fibre over everything and a card mount round the picture
// (docs/local-engine.md, "Styles").
import { fmt, type Canvas } from '../canvas.js';
import { hslToRgb, rgbToHsl, type Rgb } from '../color.js';
import type { Layer } from '../grade.js';
import type { Rng } from '../prng.js';

const SHADOW = '#1d1410';
const GEOMETRY_ONLY = / (fill|fill-opacity|stroke|stroke-width|stroke-opacity|stroke-linejoin|stroke-linecap|stroke-dasharray|opacity|id)="[^"]*"/g;

/** Matte card: softer saturation, lightness in five steps (each layer of paper one tone). */
export function paperGrade(c: Rgb, layer: Layer): Rgb {
  const [h, s, l] = rgbToHsl(c);
  const tone = Math.min(0.9, Math.max(0.16, Math.round(l * 5) / 5));
  return hslToRgb(h, Math.min(layer === 'bg' ? 0.55 : 0.68, s * 0.9), tone * 0.75 + l * 0.25);
}

function moved(tag: string, dx: number, dy: number, opacity: string): string {
  const move = `translate(${fmt(dx)} ${fmt(dy)})`;
  const bare = tag.replace(GEOMETRY_ONLY, '');
  const out = / transform="/.test(bare) ? bare.replace(/ transform="([^"]*)"/, ` transform="${move} $1"`) : bare.replace(/\/>$/, ` transform="${move}"/>`);
  return out.replace(/\/>$/, ` fill="${SHADOW}" fill-opacity="${opacity}"/>`);
}

/**
 * The soft shadow a cut piece casts on the layer under it: a wide faint one and a close darker one,
 * drawn before it. A subject's falls down and to the right; a backdrop layer's (hills, buildings,
 * the ground) up along its top edge onto the layer behind, as layered paper scenes are lit.
 */
export function paperShadow(tag: string, u: number, layer: Layer): string {
  const k = layer === 'fg' ? 1 : -0.7;
  return moved(tag, 1.2 * u * Math.abs(k), 1.9 * u * k, '.14') + moved(tag, 0.45 * u * Math.abs(k), 0.75 * u * k, '.26');
}

/**
 * A row of cut-out buildings is one layer of card: its outline, dark and soft, cast up and to the
 * right onto the layer behind (the farther row, the sky), deeper than a single shape's.
 */
export function paperRowShadow(c: Canvas, d: string): void {
  const u = c.u;
  c.add(`<path d="${d}" fill="${SHADOW}" fill-opacity=".16" transform="translate(${fmt(u * 1.6)} ${fmt(-u * 2.4)})"/>`);
  c.add(`<path d="${d}" fill="${SHADOW}" fill-opacity=".24" transform="translate(${fmt(u * 0.7)} ${fmt(-u * 1.1)})"/>`);
}

/** An emoji's body as cut card: the whole body once more under it, dark and faint, moved down. */
export function paperIconBody(body: string): string {
  const shadow = body.replace(/ id="[^"]*"/g, '').replace(/ (fill|stroke)="#[0-9a-fA-F]{3,6}"/g, (_m, a: string) => ` ${a}="${SHADOW}"`);
  return `<g transform="translate(.9 1.4)" opacity=".3">${shadow}</g>${body}`;
}

/** Paper fibre over the picture, then a white card mount with its own shadow on the picture. */
export function paperFinish(c: Canvas, rng: Rng): void {
  const { width: W, height: H, u } = c;
  let d = '';
  const n = Math.round(Math.min(500, (W * H) / (u * u * 30)));
  for (let i = 0; i < n; i++) {
    const x = rng.range(0, W), y = rng.range(0, H), len = u * rng.range(0.6, 2), a = rng.range(0, Math.PI);
    d += `M${fmt(x)} ${fmt(y)}l${fmt(Math.cos(a) * len)} ${fmt(Math.sin(a) * len)}`;
  }
  c.add(`<path d="${d}" fill="none" stroke="#ffffff" stroke-opacity=".18" stroke-width="${fmt(u * 0.12)}"/>`);
  const t = Math.min(W, H) * 0.035;
  const frame = `M0 0H${fmt(W)}V${fmt(H)}H0Z M${fmt(t)} ${fmt(t)}V${fmt(H - t)}H${fmt(W - t)}V${fmt(t)}Z`;
  c.add(`<path d="${frame}" fill="${SHADOW}" fill-opacity=".25" fill-rule="evenodd" transform="translate(${fmt(u * 0.5)} ${fmt(u * 0.7)})"/>`);
  c.add(`<path d="${frame}" fill="#f7f2e8" fill-rule="evenodd"/>`);
}
