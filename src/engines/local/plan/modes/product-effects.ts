// What a product shot does round its product (docs/local-engine-modes.md, "Splashes, steam and
// tilts"): a liquid splash ("bursting through a creamy white milk splash with crown-splash
// geometry"), steam over a hot drink, the product levitating or tilted ("at a 15-degree backward
// tilt"). Their words are the effect's, not things: a crown splash is no crown, a key light no key,
// satellite droplets no droplet emoji. Pure words → plan data.
import { COLOR_WORDS } from '../../read/lexicon-scene.js';
import type { ScenePlan } from '../scene-plan.js';

export interface SplashReading {
  /** What splashes ("milk", "water", "juice"), for `text`. */
  liquid: string;
  color: { name: string; hex: string };
  /** A crown of liquid (a crown splash, a liquid crown), not only a burst of droplets. */
  crown: boolean;
}

export interface ProductEffects {
  splash?: SplashReading;
  /** Steam curling up from the product ("a thin wisp of steam curling upward"). */
  steam?: boolean;
  /** Floating over the paper, its shadow far below ("levitating", "suspended mid-air"). */
  levitating?: boolean;
  /** Degrees the product leans (positive: its top back to the right). */
  tilt?: number;
  /** The prompt's words the effects draw (so not "not drawn"). */
  words: string[];
}

// The liquid named with the splash, and its colour when no colour word is said.
const LIQUIDS: [RegExp, string, string][] = [
  [/\bmilk\b/, 'milk', '#f6f3ea'], [/\b(coffee|espresso)\b/, 'coffee', '#6b3f22'], [/\b(chocolate|cocoa)\b/, 'chocolate', '#5a3220'],
  [/\b(orange )?juice\b/, 'juice', '#f7a21b'], [/\bwine\b/, 'wine', '#7a1630'], [/\b(cream|yogh?urt)\b/, 'cream', '#fbf6ea'],
  [/\b(cola|soda|coke)\b/, 'cola', '#4a2412'], [/\b(paint)\b/, 'paint', '#3d7bf0'], [/\bwater\b/, 'water', '#9fd6f5'],
];
const SPLASH = /\b(splash(?:es|ing|ed)?|liquid crown|crown[- ]splash)\b/;

/** The effects a product shot's words ask for (quoted words already removed). */
export function readProductEffects(lower: string): ProductEffects {
  const out: ProductEffects = { words: [] };
  const m = SPLASH.exec(lower);
  if (m) {
    // The clause around the splash names its liquid and colour ("explosive creamy pink milk splash").
    const clause = lower.slice(Math.max(0, m.index - 40), m.index + 60);
    const near = lower.slice(Math.max(0, m.index - 40), m.index);
    const liquid = LIQUIDS.find(([re]) => re.test(clause)) ?? [/water/, 'water', '#9fd6f5'];
    const colorWord = [...near.matchAll(/[a-z]+/g)].map((w) => w[0]).reverse().find((w) => COLOR_WORDS[w]);
    const color = colorWord ? { name: colorWord, hex: COLOR_WORDS[colorWord]! } : { name: liquid[1], hex: liquid[2] };
    out.splash = { liquid: liquid[1], color, crown: /\bcrown|\bcorona|\bcoronet/.test(lower) || /\b(burst\w*|explosive|explod\w*)\b/.test(clause) };
    out.words.push('splash', 'splashes', 'crown', 'geometry', 'droplets', 'droplet', 'drops', 'peaks', 'peak', 'satellite', 'liquid', 'simulation', 'surface', 'tension', 'motion', liquid[1]);
  }
  if (/\b(steam\w*|vapou?r|wisps?)\b/.test(lower)) {
    out.steam = true;
    out.words.push('steam', 'wisp', 'wisps', 'upward', 'vapor', 'vapour');
  }
  if (/\b(levitat\w*|floating|suspended|mid-?air|hovering|weightless)\b/.test(lower)) {
    out.levitating = true;
    out.words.push('levitating', 'floating', 'suspended', 'air');
  }
  const tilt = /\b(\d{1,2})[- ]?(?:degrees?|°)[- ](?:backward |forward |side ?ways |)?(?:tilt|angle|lean)/.exec(lower) ?? /\b(?:tilted|tilt|leaning|angled) (?:at |by )?(?:a |an )?(?:precise )?(\d{1,2})[- ]?(?:degrees?|°)/.exec(lower);
  if (tilt) out.tilt = Math.min(40, Number(tilt[1]));
  else if (/\b(tilted|tilting|angled|leaning)\b/.test(lower)) out.tilt = 12;
  if (out.tilt !== undefined) out.words.push('tilt', 'degree', 'degrees', 'angle');
  return out;
}

// Emoji that are a wrong sense of a splash's words: its crown, the droplets it draws, the glass or
// carton of its own liquid.
const SPLASH_SENSES = new Set(['crown', 'droplet', 'sweat-droplets', 'splashing-sweat', 'dashing-away', 'glass-of-milk', 'beverage-box']);

/**
 * The product's companions without the effects' words: no crown or droplet emoji for a splash, no
 * key for a key light, no second copy of the product, nothing named only as a colour ("honey gold"
 * is no honey pot).
 */
export function dropEffectThings(plan: ScenePlan, lower: string, effects: ProductEffects): void {
  const [product, ...rest] = plan.subjects;
  if (!product) return;
  const word = (s: { label: string }) => s.label.split(' ').at(-1)!.replace(/s$/, '');
  const colourOnly = (s: { label: string }) => new RegExp(`\\b${word(s)}s? (?:${Object.keys(COLOR_WORDS).join('|')})\\b`).test(lower);
  const light = (s: { label: string }) => new RegExp(`\\b${word(s)}s? (?:light|lights|lighting)\\b`).test(lower);
  const splashes = (s: { label: string; thing: { key: string } }) => effects.splash !== undefined && (SPLASH_SENSES.has(s.thing.key) || s.label === effects.splash.liquid);
  plan.subjects = [product, ...rest.filter((s) => s.thing.key !== product.thing.key && !light(s) && !colourOnly(s) && !splashes(s))];
}
