// The claymation style (clay, plasticine, stop-motion): every shape a soft lump of modelling clay,
// lit from the upper left by a warm studio lamp, so each is shaded round (a radial gradient from a
// highlight to a darker rim, reused for every shape of one colour), with a soft darker edge where
// it turns away; fingerprints pressed into the surfaces, and the warm light and soft dark corners
// of a little film set (docs/local-engine.md, "Styles").
import { fmt, type Canvas } from '../canvas.js';
import { hslToRgb, mix, parseHex, rgbToHsl, toHex, type Rgb } from '../color.js';
import type { Layer } from '../grade.js';
import type { Rng } from '../prng.js';

const WARM: Rgb = parseHex('#ffcf9e');

/** Saturated, a little warm and light: clay colours under a tungsten lamp. */
export function clayGrade(c: Rgb, layer: Layer): Rgb {
  const [h, s, l] = rgbToHsl(mix(c, WARM, layer === 'bg' ? 0.14 : 0.06));
  // The set behind is softer (a little paler and greyer), as if out of focus, so the figures stand forward.
  if (layer === 'bg') return hslToRgb(h, Math.min(1, s * 0.9), Math.min(0.93, l * 0.9 + 0.08));
  return hslToRgb(h, Math.min(1, s * 1.15 + (s > 0.08 ? 0.04 : 0)), Math.min(0.93, l * 0.96 + 0.03));
}

const toned = (hex: string, dl: number, ds = 0): string => {
  const [h, s, l] = rgbToHsl(parseHex(hex));
  return toHex(hslToRgb(h, Math.min(1, Math.max(0, s + ds)), Math.min(0.98, Math.max(0.02, l + dl))));
};

/**
 * The rounded shading's stops for a (graded) colour: a glossy highlight, the body, the shadowed
 * rim; the set behind is shaded softly, with no highlight (a big lump's would be a white blotch).
 */
export function clayStops(hex: string, layer: Layer = 'fg'): string {
  if (layer === 'bg') return `<stop offset="0" stop-color="${toned(hex, 0.07, -0.03)}"/><stop offset=".6" stop-color="${hex}"/><stop offset="1" stop-color="${toned(hex, -0.12, 0.03)}"/>`;
  return `<stop offset="0" stop-color="${toned(hex, 0.3, -0.15)}"/><stop offset=".14" stop-color="${toned(hex, 0.12, -0.04)}"/><stop offset=".55" stop-color="${hex}"/><stop offset="1" stop-color="${toned(hex, -0.24, 0.05)}"/>`;
}

const SHADOW = '#2a160c';
const GEOMETRY_ONLY = / (fill|fill-opacity|stroke|stroke-width|stroke-opacity|stroke-linejoin|stroke-linecap|stroke-dasharray|opacity|id)="[^"]*"/g;

/**
 * The soft shadow a lump casts on what is behind it: the same element, dark and faint, moved a
 * little down and to the right (away from the lamp). Drawn before the element.
 */
export function clayShadow(tag: string, u: number): string {
  const move = `translate(${fmt(0.5 * u)} ${fmt(0.8 * u)})`;
  const bare = tag.replace(GEOMETRY_ONLY, '');
  const moved = / transform="/.test(bare) ? bare.replace(/ transform="([^"]*)"/, ` transform="${move} $1"`) : bare.replace(/\/>$/, ` transform="${move}"/>`);
  return moved.replace(/\/>$/, ` fill="${SHADOW}" fill-opacity=".24"/>`);
}

const SHADE = '<radialGradient id="ID" cx=".36" cy=".3" r=".8" fx=".34" fy=".26">STOPS</radialGradient>';

/** The fill value for a (graded) colour: its rounded shading, defined once per picture. */
export function clayFill(c: Canvas, hex: string, layer: Layer): string {
  let book = FILLS.get(c);
  if (!book) FILLS.set(c, (book = new Map()));
  const known = book.get(layer + hex);
  if (known) return known;
  const id = c.id('clay');
  c.def(SHADE.replace('ID', id).replace('STOPS', clayStops(hex, layer)));
  const fill = `url(#${id})`;
  book.set(layer + hex, fill);
  return fill;
}
const FILLS = new WeakMap<Canvas, Map<string, string>>();

/** The soft edge where a lump turns away from the light: its own colour, darker, with round joins. */
export function clayEdge(graded: string, layer: Layer, u: number): string {
  // The set behind has none: its shading is enough, and stroking its canvas-wide shapes costs resvg dear.
  if (layer === 'bg') return '';
  return ` stroke="${toned(graded, -0.2)}" stroke-opacity=".7" stroke-width="${fmt(0.5 * u)}" stroke-linejoin="round" stroke-linecap="round"`;
}

/**
 * An emoji's body in clay: each filled part gets the rounded shading of its colour (gradients in
 * the emoji's own defs, one per colour) and a soft darker edge (emoji are 32 or 36 units across).
 */
export function clayIconBody(body: string): string {
  const ids = new Map<string, string>();
  const out = body.replace(/<(path|circle|ellipse|rect|polygon)\b([^>]*?)\/>/g, (tag, _el: string, attrs: string) => {
    const fill = /fill="(#[0-9a-fA-F]{6})"/.exec(attrs)?.[1];
    if (!fill || / stroke="/.test(attrs)) return tag;
    let id = ids.get(fill);
    if (!id) ids.set(fill, (id = `@@cl${ids.size}`));
    return tag.replace(`fill="${fill}"`, `fill="url(#${id})" stroke="${toned(fill, -0.2)}" stroke-opacity=".6" stroke-width=".55" stroke-linejoin="round"`);
  });
  const defs = [...ids].map(([hex, id]) => SHADE.replace('ID', id).replace('STOPS', clayStops(hex))).join('');
  // The whole emoji's shadow under it, one lump.
  const shadow = body.replace(/<(path|circle|ellipse|rect|polygon)\b([^>]*?)\/>/g, (_t, el: string, attrs: string) => (/ fill="none"/.test(attrs) ? '' : `<${el}${attrs.replace(GEOMETRY_ONLY, '')}/>`));
  const under = `<g transform="translate(.45 .7)" fill="${SHADOW}" fill-opacity=".22">${shadow.replace(/<\/?(g|defs|linearGradient|radialGradient|stop)\b[^>]*>/g, '')}</g>`;
  return `${defs ? `<defs>${defs}</defs>` : ''}${under}${out}`;
}

/**
 * The clay's surface over everything, drawn ungraded: small pits and thumb marks, each a dark
 * crescent with a light one beside it, in one tile repeated (a pattern costs resvg one small
 * picture, where as many separate marks cost it a pass each). The lamp and the set's dark corners
 * are the finish's (paint/effects.ts).
 */
export function clayFinish(c: Canvas, rng: Rng): void {
  const { width: W, height: H } = c;
  const m = Math.min(W, H);
  // The clay's surface: small pits, each a dark crescent with a light one under it, in a tile.
  const tile = m * 0.13, id = c.id('pits');
  let pits = '';
  for (let i = 0; i < 22; i++) {
    const x = rng.range(0, tile), y = rng.range(0, tile), r = tile * rng.range(0.012, 0.03);
    pits += `<circle cx="${fmt(x)}" cy="${fmt(y)}" r="${fmt(r)}" fill="#2a160c" fill-opacity=".1"/><circle cx="${fmt(x + r * 0.4)}" cy="${fmt(y + r * 0.5)}" r="${fmt(r * 0.8)}" fill="#fff4e0" fill-opacity=".09"/>`;
  }
  c.def(`<pattern id="${id}" width="${fmt(tile)}" height="${fmt(tile)}" patternUnits="userSpaceOnUse">${pits}</pattern>`);
  c.add(`<rect x="0" y="0" width="${W}" height="${H}" fill="url(#${id})"/>`);
}
