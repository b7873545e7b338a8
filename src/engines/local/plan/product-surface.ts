// What a product stands on: "on pale marble", "on a sleek black reflective surface", "sitting on a
// wet marble surface", "on green grass", "on pink silk". Read from the words after "on" into a
// material, its colour and whether it shines, is wet or dark (docs/local-engine-modes.md,
// "Product surfaces"). Pure words → plan data.
import { COLOR_WORDS } from '../read/lexicon-scene.js';
import { PRODUCT_PROCS } from '../read/lexicon-products.js';

export type SurfaceMaterial = 'marble' | 'glossy' | 'wood' | 'grass' | 'sand' | 'concrete' | 'fabric' | 'plain';

export interface ProductSurface {
  material: SurfaceMaterial;
  /** The colour named for it ("pink silk", "white sand"), as hex. */
  color?: string;
  dark: boolean;
  /** Polished, glossy, mirror-like: the product is mirrored in it. */
  reflective: boolean;
  /** Droplets and a wet sheen. */
  wet: boolean;
  /** "On a plinth / pedestal / podium": a raised block, not a tabletop. */
  plinth: boolean;
  /** The prompt's words the surface draws (no longer "not drawn"). */
  words: string[];
}

const NOUNS = 'surfaces?|marble|granite|countertops?|counters?|tabletops?|table|slabs?|plinths?|pedestals?|podiums?|platforms?|grass|lawn|moss|sand|beach|dunes?|concrete|stone|cement|slate|silk|satin|fabric|linen|velvet|cloth|drapery|wood|floor|mirror|glass|acrylic|water';
const PHRASE = new RegExp(`\\b(?:on|onto|upon|atop|over) (?:top of )?(?:an? |the |some )?((?:[a-z-]+ ){0,4}(?:${NOUNS}))\\b`);

const MATERIALS: [SurfaceMaterial, RegExp][] = [
  ['marble', /\b(marble|granite|terrazzo|onyx)\b/],
  ['grass', /\b(grass|grassy|lawn|moss|meadow|turf)\b/],
  ['sand', /\b(sand|sandy|beach|dunes?)\b/],
  ['fabric', /\b(silk|silky|satin|fabric|linen|velvet|cloth|drapery|draped)\b/],
  ['wood', /\b(wood|wooden|oak|walnut|teak|pine|rustic|timber)\b/],
  ['concrete', /\b(concrete|cement|stone|slate|terracotta)\b/],
  ['glossy', /\b(reflective|glossy|gloss|mirror(?:ed)?|polished|lacquer(?:ed)?|shiny|glass|acrylic|sleek)\b/],
];

// A product these surfaces are for when no product-shot word is said: shoes, bottles, cosmetics, watches.
const PRODUCT_KEYS = new Set([
  'running-shoe', 'mans-shoe', 'high-heeled-shoe', 'hiking-boot', 'womans-boot', 'flat-shoe', 'ballet-shoes', 'womans-sandal',
  'lotion-bottle', 'watch', 'lipstick', 'handbag', 'purse', 'clutch-bag', 'backpack', 'headphone', 'ring', 'gem-stone',
  'sunglasses', 'glasses', 'mobile-phone', 'soap', 'bottle-with-popping-cork',
  ...PRODUCT_PROCS.map((p) => `proc:${p}`), 'proc:game-console', 'proc:console-tower', 'proc:stroller', 'proc:dropper-bottle',
]);

/** The surface the prompt stands its product on, if it names one. */
export function productSurface(lower: string): ProductSurface | undefined {
  const m = PHRASE.exec(lower);
  if (!m) return undefined;
  const phrase = m[1]!;
  const material = MATERIALS.find(([, re]) => re.test(phrase))?.[0] ?? 'plain';
  // "On the table" alone says nothing about the picture's surface; "a wet surface" does.
  if (material === 'plain' && !/\b(surface|wet|black|dark|plinth|pedestal|podium)\b/.test(phrase)) return undefined;
  const words = phrase.split(' ');
  // "Marble" and "sand" are colour words too; here they are the material.
  const color = words.filter((w) => !MATERIALS.some(([, re]) => re.test(w))).map((w) => COLOR_WORDS[w]).find((h) => h !== undefined);
  const dark = /\b(black|dark|obsidian|onyx|charcoal|midnight)\b/.test(phrase);
  const reflective = /\b(reflective|reflecting|glossy|gloss|mirror(?:ed)?|polished|lacquer(?:ed)?|shiny|glass|acrylic)\b/.test(phrase) || (material === 'glossy' && dark);
  const wet = /\b(wet|damp|dewy|water|droplets?|rain-?soaked)\b/.test(phrase);
  const plinth = /\b(plinths?|pedestals?|podiums?|platforms?)\b/.test(phrase);
  return { material, ...(color ? { color } : {}), dark, reflective, wet, plinth, words };
}

/** Whether a scene's main subject is a product a surface makes a product shot of. */
export function isProductThing(thing: { key: string; animate: boolean; loose?: boolean; place: string }, surface: ProductSurface): boolean {
  if (thing.animate || thing.loose) return false;
  if (PRODUCT_KEYS.has(thing.key)) return true;
  // Fruit or a cup on marble, silk or a glossy surface is shot as a product; on grass or sand it is a scene.
  return thing.place === 'table' && surface.material !== 'grass' && surface.material !== 'sand' && surface.material !== 'wood';
}

/** A short name for `text`: "pale veined marble", "a black reflective surface", "sunlit green grass". */
export function surfaceName(s: ProductSurface, colorName?: string): string {
  const tone = colorName ? `${colorName} ` : s.dark ? 'black ' : '';
  const wet = s.wet ? 'wet ' : '';
  const shine = s.reflective ? 'polished ' : '';
  switch (s.material) {
    case 'marble': return `a ${shine}${wet}${tone || 'pale '}veined marble ${s.plinth ? 'plinth' : 'surface'}`;
    case 'glossy': return `a ${wet}${tone}reflective surface`;
    case 'wood': return `a ${wet}${tone}wooden ${s.plinth ? 'plinth' : 'tabletop'}`;
    case 'grass': return `sunlit ${wet}${tone || 'green '}grass outdoors under the sky`;
    case 'sand': return `${wet}${tone}sand under the sky`;
    case 'concrete': return `a ${wet}${tone}concrete ${s.plinth ? 'plinth' : 'surface'}`;
    case 'fabric': return `${tone}draped silk fabric`;
    default: return `a ${shine}${wet}${tone}${s.plinth ? 'plinth' : 'surface'}`;
  }
}
