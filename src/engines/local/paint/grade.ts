// The colour grade: every colour in the picture, procedural or emoji, passes through one function
// for time of day, lighting, reference palette and style. Grading colours (rather than overlaying
// filters on pixels) costs nothing at render time, whatever the output size.
import { hueGap, luma, mix, parseHex, rgbToHsl, hslToRgb, toHex, type Rgb } from './color.js';
import type { Lighting, StyleKind, TimeOfDay } from '../read/lexicon-scene.js';
import { animeGrade } from './styles/anime.js';
import { clayGrade } from './styles/clay.js';
import { comicGrade } from './styles/comic.js';
import { inkGrade } from './styles/ink-wash.js';
import { neonGrade } from './styles/neon.js';
import { woodcutGrade } from './styles/woodcut.js';
import { glassGrade, lowPolyGrade } from './styles/facets.js';
import { paperGrade } from './styles/paper-cut.js';
import { popGrade } from './styles/pop-art.js';
import { ukiyoGrade } from './styles/ukiyo-e.js';
import { nouveauGrade } from './styles/nouveau.js';

/** Background colours take the full grade; subjects a softer one, as if lit from the front. */
export type Layer = 'bg' | 'fg';

export interface ReferencePalette {
  colors: Rgb[];
  mean: Rgb;
  /** 0..1: how hard colours are pulled toward the palette. */
  strength: number;
}

/** Colours the prompt names for the whole picture ("in shades of emerald"), as a palette to grade toward. */
export function namedPalette(hexes: readonly string[]): ReferencePalette | undefined {
  if (!hexes.length) return undefined;
  const colors = hexes.map(parseHex);
  const mean: Rgb = [0, 1, 2].map((k) => colors.reduce((sum, c) => sum + c[k]!, 0) / colors.length) as Rgb;
  return { colors, mean, strength: 0.4 };
}

export interface GradeOptions {
  time: TimeOfDay;
  lighting: readonly Lighting[];
  style: StyleKind;
  vintageDecor: boolean;
  /** An indoor setting: night is lamplight, not moonlight. */
  indoor: boolean;
  palette?: ReferencePalette;
}

export interface Grade {
  (hex: string, layer?: Layer): string;
  readonly key: string;
}

/** One grading step: the colour, how strongly it applies (subjects take a softer grade), and which layer it is on. */
type Step = (c: Rgb, strength: number, layer: Layer) => Rgb;

const multiply = (k: Rgb): Step => (c, s) => [c[0] * (1 + (k[0] - 1) * s), c[1] * (1 + (k[1] - 1) * s), c[2] * (1 + (k[2] - 1) * s)];
const toward = (hex: string, amount: number): Step => (c, s) => mix(c, parseHex(hex), amount * s);
const chain = (...steps: Step[]): Step => (c, s, layer) => steps.reduce((acc, f) => f(acc, s, layer), c);

const TIME_STEPS: Record<TimeOfDay, Step | undefined> = {
  day: undefined,
  dawn: chain(multiply([1.02, 0.94, 0.92]), toward('#ffd3c0', 0.1)),
  'golden-hour': chain(multiply([1.04, 0.95, 0.82]), toward('#ffb347', 0.1)),
  sunset: chain(multiply([1.02, 0.8, 0.74]), toward('#ff7a5c', 0.14)),
  night: chain(multiply([0.36, 0.42, 0.66]), toward('#101a3a', 0.18)),
};
/** A room at night is lamp-lit: dimmer and warmer, not moonlit blue (its windows are dark anyway). */
const NIGHT_INDOORS: Step = chain(multiply([0.8, 0.74, 0.7]), toward('#2e2030', 0.1));

const LIGHT_STEPS: Record<Lighting, Step> = {
  // Black and white: every colour to its grey, subjects too; the backdrop in the light half of the
  // scale and the subjects a step darker, so a pale animal on pale sand does not become the sand's
  // grey and vanish (ink on paper, as black-and-white pictures are read).
  mono: (c, _s, layer) => {
    const l = luma(c);
    const g = (layer === 'bg' ? 0.52 + 0.46 * l : 0.72 * l) * 255;
    return [g, g, g];
  },
  warm: chain(multiply([1.05, 0.97, 0.86]), toward('#ffb060', 0.05)),
  cool: chain(multiply([0.88, 0.97, 1.08]), toward('#7fb0ff', 0.05)),
  neon: chain(multiply([0.8, 0.62, 0.98]), toward('#2a0a40', 0.1)),
  dramatic: (c, s) => {
    const k = 1 + 0.35 * s;
    const d = 1 - 0.18 * s;
    return [((c[0] / 255 - 0.5) * k + 0.5) * 255 * d, ((c[1] / 255 - 0.5) * k + 0.5) * 255 * d, ((c[2] / 255 - 0.5) * k + 0.5) * 255 * d];
  },
  foggy: (c, s) => {
    const g = luma(c) * 255;
    return mix(mix(c, [g, g, g], 0.3 * s), parseHex('#cdd5db'), 0.22 * s);
  },
  soft: (c, s) => mix(c, parseHex('#fff1ea'), 0.12 * s),
};

const SEPIA_DARK = parseHex('#2e1e12');
const SEPIA_MID = parseHex('#9c7048');
const SEPIA_LIGHT = parseHex('#f4e6c8');

function sepia(c: Rgb): Rgb {
  const l = Math.min(1, Math.max(0, luma(c)));
  return l < 0.5 ? mix(SEPIA_DARK, SEPIA_MID, l * 2) : mix(SEPIA_MID, SEPIA_LIGHT, (l - 0.5) * 2);
}

function saturate(c: Rgb, factor: number, lightness = 0): Rgb {
  const [h, s, l] = rgbToHsl(c);
  return hslToRgb(h, Math.min(1, s * factor), Math.min(1, Math.max(0, l + lightness)));
}

const STYLE_STEPS: Record<StyleKind, ((c: Rgb, layer: Layer) => Rgb) | undefined> = {
  illustrated: undefined,
  watercolor: (c) => mix(saturate(c, 1.05), parseHex('#fffaf0'), 0.2),
  pixel: (c) => c.map((v) => Math.round(v / 36) * 36) as Rgb,
  neon: neonGrade,
  comic: (c) => comicGrade(c),
  anime: animeGrade,
  inkwash: inkGrade,
  woodcut: woodcutGrade,
  clay: clayGrade,
  stainedglass: glassGrade,
  lowpoly: lowPolyGrade,
  papercut: paperGrade,
  ukiyoe: ukiyoGrade,
  popart: popGrade,
  nouveau: nouveauGrade,
  sketch: (c) => {
    const l = 0.6 + 0.4 * Math.min(1, luma(c));
    return [l * 255, l * 251, l * 243];
  },
  oil: (c) => saturate(c, 1.22, -0.03),
  vintage: (c) => mix(c, sepia(c), 0.9),
  poster: (c) => {
    const [h, s, l] = rgbToHsl(c);
    // Near-whites stay white (a white product is no cream one, nor grey): two light neutral steps.
    if (l > 0.78 && s < 0.3) return hslToRgb(0, 0, l > 0.88 ? 0.96 : 0.86);
    const hq = Math.round(h / 30) * 30;
    const lq = Math.min(0.92, Math.max(0.14, Math.round(l * 4) / 4));
    return hslToRgb(hq, s < 0.12 ? 0 : Math.max(0.45, Math.min(0.8, s)), lq);
  },
};

/**
 * Pull a colour toward the reference palette in hue and saturation, keeping most of its lightness,
 * so the picture takes the references' colours without turning to mud; then a little toward their
 * mean colour.
 */
function toPalette(c: Rgb, palette: ReferencePalette, hsl: [number, number, number][]): Rgb {
  const s = palette.strength;
  const [h, sat, l] = rgbToHsl(c);
  let best = hsl[0];
  let bestD = Infinity;
  for (const p of hsl) {
    const dh = hueGap(p[0], h) / 180;
    const d = dh * Math.min(sat, p[1]) + Math.abs(p[2] - l) + Math.abs(p[1] - sat) * 0.5;
    if (d < bestD) [best, bestD] = [p, d];
  }
  const [ph, ps, pl] = best;
  const turn = ((ph - h + 540) % 360) - 180;
  const hue = ps > 0.08 ? h + turn * Math.min(1, s * 0.85 + (sat < 0.15 ? 1 : 0)) : h;
  const out = hslToRgb(hue, sat + (ps - sat) * s * 0.65, l + (pl - l) * s * 0.3);
  return mix(out, palette.mean, s * 0.15);
}

/** How strongly time of day and lighting apply, by style and layer. */
const STRENGTH: Record<'woodcut' | 'inkwash' | 'other', Record<Layer, number>> = {
  woodcut: { bg: 1, fg: 0.2 },
  inkwash: { bg: 0.45, fg: 0.3 },
  other: { bg: 1, fg: 0.55 },
};

export function createGrade(options: GradeOptions): Grade {
  const steps: Step[] = [];
  const timeStep = options.time === 'night' && options.indoor ? NIGHT_INDOORS : TIME_STEPS[options.time];
  if (timeStep) steps.push(timeStep);
  // Ink wash is black and white already: the mono step would only bleach its washes.
  for (const l of options.lighting) if (l !== 'mono' || options.style !== 'inkwash') steps.push(LIGHT_STEPS[l]);
  if (options.vintageDecor) steps.push((c, s) => mix(c, sepia(c), 0.22 * s));
  const palette = options.palette;
  const styleStep = STYLE_STEPS[options.style];
  const paletteHsl = palette ? palette.colors.map(rgbToHsl) : [];
  const cache = new Map<string, string>();
  const mono = options.lighting.includes('mono');

  const grade = ((hex: string, layer: Layer = 'bg'): string => {
    const cacheKey = layer + hex;
    const hit = cache.get(cacheKey);
    if (hit) return hit;
    const original = parseHex(hex);
    let c = original;
    // A print's subjects keep their print colours at night: its black sky says night (styles/woodcut.ts).
    // An ink painting keeps its paper, stained glass its jewel colours: time and light only tint them.
    const strength = STRENGTH[options.style === 'woodcut' || options.style === 'ukiyoe' ? 'woodcut' : options.style === 'inkwash' || options.style === 'stainedglass' ? 'inkwash' : 'other'][layer];
    for (const step of steps) c = step(c, strength, layer);
    // Near-whites keep some of their whiteness (snow should not turn to sand at golden hour); in
    // black and white, their grey's (a pale yellow sun must not bring its yellow back).
    const l = luma(original);
    const white: Rgb = mono ? [l * 255, l * 255, l * 255] : original;
    if (l > 0.82 && options.time !== 'night') c = mix(c, white, ((l - 0.82) / 0.18) * 0.5);
    if (palette) c = toPalette(c, palette, paletteHsl);
    if (styleStep) c = styleStep(c, layer);
    const out = toHex(c);
    cache.set(cacheKey, out);
    return out;
  }) as Grade;
  const paletteKey = palette ? palette.colors.map(toHex).join('') + palette.strength.toFixed(2) : '';
  Object.defineProperty(grade, 'key', {
    value: [options.time, options.indoor ? 'in' : '', options.lighting.join('+'), options.style, options.vintageDecor ? 'v' : '', paletteKey].join('|'),
  });
  return grade;
}
