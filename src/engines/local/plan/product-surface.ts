// What a product stands on: "on pale marble", "on a sleek black reflective surface", "sitting on a
// wet marble surface", "on green grass", "on pink silk". Read from the words after "on" into a
// material, its colour and whether it shines, is wet or dark (docs/local-engine-modes.md,
// "Product surfaces"): glass with water caustics, brushed steel, marble dusted with flour, or a
// minimal gallery room ("into a minimal concrete gallery"). Pure words → plan data.
import { colorName, COLOR_WORDS } from '../read/lexicon-scene.js';
import { PRODUCT_PROCS } from '../read/lexicon-products.js';

export type SurfaceMaterial = 'marble' | 'glossy' | 'glass' | 'metal' | 'wood' | 'grass' | 'sand' | 'concrete' | 'fabric' | 'gallery' | 'plain';

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
  /** The colour as said ("pale blue"), for `text` when its hex has no name. */
  tone?: string;
  /** "On a wooden shelf": a ledge, named so in `text`. */
  shelf?: boolean;
  /** "Dusted with flour": a fine powder scattered over the top. */
  dust?: 'flour' | 'sugar' | 'cocoa';
  /** "Soft water caustics": rippling light on and through the glass. */
  caustics?: boolean;
  /** The prompt's words the surface draws (no longer "not drawn"). */
  words: string[];
}

const NOUNS = 'shel(?:f|ves)|ledges?|mantel(?:piece)?s?|windowsills?|surfaces?|marble|granite|countertops?|counters?|tabletops?|table|slabs?|plinths?|pedestals?|podiums?|platforms?|grass|lawn|moss|sand|beach|dunes?|concrete|stone|cement|slate|silk|satin|fabric|linen|velvet|cloth|drapery|wood|floor|mirror|glass|acrylic|water|steel|metal|aluminium|aluminum|chrome|titanium|brass|copper|iron';
const PHRASE = new RegExp(`\\b(?:on|onto|upon|atop|over) (?:top of )?(?:an? |the |some )?((?:[a-z-]+ ){0,4}(?:${NOUNS}))\\b`);

const MATERIALS: [SurfaceMaterial, RegExp][] = [
  ['marble', /\b(marble|granite|terrazzo|onyx)\b/],
  ['grass', /\b(grass|grassy|lawn|moss|meadow|turf)\b/],
  ['sand', /\b(sand|sandy|beach|dunes?)\b/],
  ['fabric', /\b(silk|silky|satin|fabric|linen|velvet|cloth|drapery|draped)\b/],
  ['wood', /\b(wood|wooden|oak|walnut|teak|pine|rustic|timber)\b/],
  ['concrete', /\b(concrete|cement|stone|slate|terracotta)\b/],
  ['metal', /\b(steel|metal|metallic|aluminium|aluminum|chrome|titanium|brass|copper|iron)\b/],
  ['glossy', /\b(reflective|glossy|gloss|mirror(?:ed)?|polished|lacquer(?:ed)?|shiny|sleek)\b/],
  ['glass', /\b(glass|frosted|acrylic)\b/],
];

// A product these surfaces are for when no product-shot word is said: shoes, bottles, cosmetics, watches.
const PRODUCT_KEYS = new Set([
  'running-shoe', 'mans-shoe', 'high-heeled-shoe', 'hiking-boot', 'womans-boot', 'flat-shoe', 'ballet-shoes', 'womans-sandal',
  'lotion-bottle', 'watch', 'lipstick', 'handbag', 'purse', 'clutch-bag', 'backpack', 'headphone', 'ring', 'gem-stone',
  'sunglasses', 'glasses', 'mobile-phone', 'soap', 'bottle-with-popping-cork',
  ...PRODUCT_PROCS.map((p) => `proc:${p}`), 'proc:game-console', 'proc:console-tower', 'proc:stroller', 'proc:dropper-bottle',
]);

// "Into a minimal concrete gallery", "in a white art gallery": a room with plain walls and its floor.
const GALLERY = /\b(?:in|into|inside|within) (?:an? |the )?((?:[a-z-]+ ){0,3})(?:art )?(?:gallery|galleries|museum)\b/;
const DUST = /\b(?:dusted|sprinkled|scattered|covered) with (?:a little |some |fine )?(flour|sugar|icing sugar|powdered sugar|cocoa)\b|\b(flour|sugar|cocoa)[- ]dusted\b|\ba dusting of (flour|sugar|cocoa)\b/;
const PALE = /\b(pale|light|soft|pastel|powder|baby)\b/;

/** The surface the prompt stands its product on, if it names one. */
export function productSurface(lower: string): ProductSurface | undefined {
  const g = GALLERY.exec(lower);
  if (g) return gallery(g[1]!.trim());
  const m = PHRASE.exec(lower);
  if (!m) return undefined;
  const phrase = m[1]!;
  // "On a wooden shelf", "on the mantelpiece": a shelf is a wooden ledge the product stands on, no bookcase.
  const shelf = /\b(shel(?:f|ves)|ledges?|mantel(?:piece)?s?|windowsills?)\b/.test(phrase);
  const material = MATERIALS.find(([, re]) => re.test(phrase))?.[0] ?? (shelf ? 'wood' : 'plain');
  // "On the table" alone says nothing about the picture's surface; "a wet surface" does.
  if (material === 'plain' && !/\b(surface|wet|black|dark|plinth|pedestal|podium)\b/.test(phrase)) return undefined;
  const words = phrase.split(' ');
  // "Marble" and "sand" are colour words too; here they are the material.
  const named = words.filter((w) => !MATERIALS.some(([, re]) => re.test(w))).map((w) => COLOR_WORDS[w]).find((h) => h !== undefined);
  // "Pale blue glass": the colour lightened.
  const pale = named !== undefined && PALE.test(phrase);
  const color = named && pale ? mixToWhite(named, 0.55) : named;
  const said = words.find((w) => COLOR_WORDS[w] === named && !MATERIALS.some(([, re]) => re.test(w)));
  const tone = pale && said ? `${PALE.exec(phrase)![1]} ${said}` : undefined;
  const dark = /\b(black|dark|obsidian|onyx|charcoal|midnight)\b/.test(phrase);
  const reflective = /\b(reflective|reflecting|glossy|gloss|mirror(?:ed)?|polished|lacquer(?:ed)?|shiny|glass|acrylic)\b/.test(phrase) || (material === 'glossy' && dark);
  const wet = /\b(wet|damp|dewy|water|droplets?|rain-?soaked)\b/.test(phrase);
  const plinth = /\b(plinths?|pedestals?|podiums?|platforms?)\b/.test(phrase);
  const d = DUST.exec(lower.slice(m.index));
  const dust = d ? (/cocoa/.test(d[0]) ? 'cocoa' : /sugar/.test(d[0]) ? 'sugar' : 'flour') : undefined;
  const caustics = material === 'glass' && /\bcaustics?\b/.test(lower);
  const extra = [...(dust ? ['dusted', 'dusting', 'flour', 'sugar', 'cocoa'] : []), ...(caustics ? ['caustics', 'caustic', 'water', 'horizon'] : []),
    ...(material === 'metal' ? ['brushed', 'metal'] : [])];
  return { material, ...(color ? { color } : {}), dark, reflective, wet, plinth, ...(shelf ? { shelf } : {}), ...(tone ? { tone } : {}), ...(dust ? { dust } : {}), ...(caustics ? { caustics } : {}), words: [...words, ...extra] };
}

/** A gallery room: plain walls (in the colour named) and a concrete floor. */
function gallery(before: string): ProductSurface {
  const words = before ? before.split(' ') : [];
  const color = words.filter((w) => !/^(concrete|cement|stone|marble|minimal)$/.test(w)).map((w) => COLOR_WORDS[w]).find((h) => h !== undefined);
  return { material: 'gallery', ...(color ? { color } : {}), dark: /\b(dark|black)\b/.test(before), reflective: false, wet: false, plinth: false,
    words: [...words, 'gallery', 'museum', 'walls', 'wall', 'floor', 'concrete', 'minimal'] };
}

function mixToWhite(hex: string, t: number): string {
  const n = parseInt(hex.slice(1), 16);
  const ch = (v: number) => Math.round(v + (255 - v) * t).toString(16).padStart(2, '0');
  return `#${ch(n >> 16)}${ch((n >> 8) & 255)}${ch(n & 255)}`;
}

/** Whether a scene's main subject is a product a surface makes a product shot of. */
export function isProductThing(thing: { key: string; animate: boolean; loose?: boolean; place: string }, surface: ProductSurface): boolean {
  if (thing.animate || thing.loose) return false;
  if (PRODUCT_KEYS.has(thing.key)) return true;
  // A gallery shows whatever is set in it: a chair, a vase, a sculpture.
  if (surface.material === 'gallery') return true;
  // Fruit or a cup on marble, silk or a glossy surface is shot as a product; on grass or sand it is a scene.
  return thing.place === 'table' && surface.material !== 'grass' && surface.material !== 'sand' && surface.material !== 'wood';
}

/** A drawn product (a perfume bottle, an espresso machine, earbuds: not an emoji), on any background. */
export function isGoodsThing(thing: { key: string; animate: boolean; loose?: boolean }): boolean {
  return !thing.animate && !thing.loose && thing.key.startsWith('proc:') && PRODUCT_KEYS.has(thing.key);
}

/** A short name for `text`: "pale veined marble", "a black reflective surface", "sunlit green grass". */
export function surfaceName(s: ProductSurface): string {
  const named = s.color ? colorName(s.color) : undefined;
  const tone = named ? `${named} ` : s.tone ? `${s.tone} ` : s.dark ? 'black ' : '';
  const wet = s.wet ? 'wet ' : '';
  const shine = s.reflective ? 'polished ' : '';
  switch (s.material) {
    case 'marble': return `a ${shine}${wet}${tone || 'pale '}veined marble ${s.plinth ? 'plinth' : 'surface'}${s.dust ? ` dusted with ${s.dust}` : ''}`;
    case 'glossy': return `a ${wet}${tone}reflective surface`;
    case 'glass': return `${tone}glass${s.caustics ? ' with soft water caustics' : ''}, a clean horizon behind`;
    case 'metal': return `a ${tone}brushed metal surface`;
    case 'gallery': return `the concrete floor of a minimal gallery room, plain ${tone}walls behind`;
    case 'wood': return `a ${wet}${tone}wooden ${s.plinth ? 'plinth' : s.shelf ? 'shelf' : 'tabletop'}`;
    case 'grass': return `sunlit ${wet}${tone || 'green '}grass outdoors under the sky`;
    case 'sand': return `${wet}${tone}sand under the sky`;
    case 'concrete': return `a ${wet}${tone}concrete ${s.plinth ? 'plinth' : 'surface'}`;
    case 'fabric': return `${tone}draped silk fabric`;
    default: return `a ${shine}${wet}${tone}${s.plinth ? 'plinth' : s.shelf ? 'shelf' : 'surface'}`;
  }
}

/**
 * The things the surface's own words were read as are the surface ("on pale blue glass" is no
 * tumbler, "a marble countertop" no table, "brushed steel" no brush): dropped from the subjects.
 */
export function dropSurfaceThings(plan: { subjects: { label: string; role: string }[] }, s: ProductSurface): void {
  const named = (label: string) => {
    const last = label.split(' ').at(-1)!;
    // The water of "water caustics" is the light's, no droplet.
    if (label === 'droplet' && s.caustics) return true;
    return last.length >= 4 && s.words.some((w) => w === last || (w.startsWith(last) && w.length - last.length <= 3));
  };
  const kept = plan.subjects.filter((x) => !named(x.label));
  if (!kept.length || kept.length === plan.subjects.length) return;
  if (!kept.some((x) => x.role === 'main')) kept[0]!.role = 'main';
  plan.subjects.splice(0, plan.subjects.length, ...kept);
}
