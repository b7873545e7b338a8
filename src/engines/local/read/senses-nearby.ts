// Senses the next or nearby words decide, found wrong on the fifth held-out set (docs/local-engine.md,
// "Word senses"): "shades of blue" are colours (sunglasses only when worn), "the bottle shape, cap,
// and label" are the bottle's own parts (no baseball cap, no price tag), "a denim apron" is an apron
// made of denim (no jeans), "golden and emerald light" is light of those colours (no gem).
import { COLOR_WORDS } from './lexicon-scene.js';
import { resolveThing } from './things.js';
import type { Token } from './tokens.js';

type Color = { name: string; hex: string };
const words = (list: string): Set<string> => new Set(list.split(' '));

/** Things with a cap, a lid or a label of their own. */
const CONTAINERS = words('bottle bottles jar jars tube tubes pen pens can cans flask flasks vial vials container containers tin ' +
  'tins thermos dropper tumbler tumblers jug jugs carton cartons lipstick marker markers perfume serum shampoo lotion cream ' +
  'packaging package packages pack box boxes product products pouch pouches sachet label labels cap caps lid lids');
/** Things a cap closes (no product or box in general: "a cap product shot" is a baseball cap). */
const CAPPED = words('bottle bottles jar jars tube tubes pen pens flask flasks vial vials thermos dropper tumbler tumblers jug jugs ' +
  'lipstick marker markers perfume serum shampoo lotion cream lid lids label labels');
/** A product's own parts: drawn with the product, never as a thing of their own. */
const PARTS = words('cap caps lid lids label labels');
/** Words a worn cap comes after: "wearing a cap", "a baseball cap", "his cap". */
const WORN_BEFORE = words('wearing wears wear wore donning dons sporting sports in his her their baseball trucker flat knit ' +
  'peaked snapback backwards');

const near = (tokens: readonly Token[], index: number, span: number, set: Set<string>): boolean => {
  for (let k = Math.max(0, index - span); k <= Math.min(tokens.length - 1, index + span); k++) {
    if (k !== index && set.has(tokens[k]!.normal) && !PARTS.has(tokens[k]!.normal)) return true;
  }
  return false;
};

/**
 * "Keep the bottle shape, cap, and label", "a jar with a wooden lid", "Preserve the logo placement,
 * label, and material" of a product: a part of the product beside it, nothing extra to draw. A
 * cap someone wears ("a man in a baseball cap holding a bottle") is still worn.
 */
export function partOfProductAt(tokens: readonly Token[], index: number): boolean {
  const word = tokens[index]?.normal ?? '';
  if (!PARTS.has(word)) return false;
  const worn = [1, 2, 3].some((k) => WORN_BEFORE.has(tokens[index - k]?.normal ?? '') && !tokens[index - k]!.breakAfter);
  if (worn && (word === 'cap' || word === 'caps')) return false;
  // "A cap product shot": a cap is a bottle's or a pen's part only beside one ("the bottle cap",
  // "the product's cap"); else it is the baseball cap.
  if (word === 'cap' || word === 'caps') return /'s$/.test(tokens[index - 1]?.normal ?? '') || near(tokens, index, 8, CAPPED);
  return near(tokens, index, 8, CONTAINERS);
}

/** Words before "shades" that make them tones of colour ("warm shades", "pastel shades"). */
const TONE_BEFORE = words('warm pastel muted soft earthy earth different various many rich deep subtle vibrant natural ' +
  'neutral bright light varying varied lighter darker jewel autumn autumnal all several');
/** Words before "shades" that make them sunglasses ("wearing shades", "cool shades"). */
const SUNGLASSES_BEFORE = words('wearing wears wear wore donning sporting cool aviator mirrored reflective retro designer pair');
/** "Lamp shades", "window shades": no sunglasses either. */
const BLIND_BEFORE = words('lamp lampshade window roller sun');
/** "He", "she" and the like: a person is in the prompt to wear shades. */
const PRONOUNS = words('he she his her him they their');

const hasPerson = (tokens: readonly Token[]): boolean =>
  tokens.some((t) => PRONOUNS.has(t.normal) || resolveThing(t.root, true)?.animate === true || resolveThing(t.normal, true)?.animate === true);

/**
 * How many words here say "shades" that are no sunglasses: "in shades of blue and purple" (the
 * colours too), "warm shades", "lamp shades", or shades in a prompt with no one to wear them. 0
 * when the shades are sunglasses ("a man wearing shades", "cool shades", "a dog in shades").
 */
export function shadesNotWornAt(tokens: readonly Token[], index: number): number {
  const word = tokens[index]?.normal ?? '';
  if (word !== 'shades' && word !== 'shade') return 0;
  const before = tokens[index - 1] && !tokens[index - 1]!.breakAfter ? tokens[index - 1]!.normal : '';
  const after = tokens[index + 1];
  if (after?.normal === 'of' && !tokens[index]!.breakAfter) {
    // "shades of blue and purple": the colours are said with them.
    let k = index + 2;
    while (tokens[k] && (tokens[k]!.normal in COLOR_WORDS || ((tokens[k]!.normal === 'and' || tokens[k]!.normal === 'or') && !tokens[k - 1]!.breakAfter))) {
      if (tokens[k]!.breakAfter) return k + 1 - index;
      k++;
    }
    return k - index;
  }
  if (word === 'shade') return 0;
  const before2 = tokens[index - 2] && !tokens[index - 2]!.breakAfter ? tokens[index - 2]!.normal : '';
  if (SUNGLASSES_BEFORE.has(before) || SUNGLASSES_BEFORE.has(before2)) return 0;
  if (TONE_BEFORE.has(before) || BLIND_BEFORE.has(before) || before in COLOR_WORDS && !hasPerson(tokens)) return 1;
  return hasPerson(tokens) ? 0 : 1;
}

/** Cloths named before a garment made of them, and the colour they give it. */
const CLOTHS: Record<string, string> = { denim: '#3d5a80' };
/** Garments a cloth may come before, besides the wear words ("a denim skirt"). */
const GARMENTS = words('skirt skirts overalls dungarees shorts jacket jackets shirt shirts apron aprons vest dress cap hat bag backpack');

/** "A denim apron", "a denim jacket": the garment in the cloth's colour (denim alone is jeans). */
export function clothBeforeGarment(tokens: readonly Token[], index: number, isWear: (word: string) => boolean): Color | undefined {
  const word = tokens[index]?.normal ?? '';
  const hex = CLOTHS[word];
  const after = tokens[index + 1];
  if (!hex || !after || tokens[index]!.breakAfter) return undefined;
  return isWear(after.normal) || GARMENTS.has(after.normal) || after.normal === 'blue' ? { name: word, hex } : undefined;
}

/** Gems that are colours too. */
const GEMS = words('emerald emeralds ruby sapphire amber jade gold golden topaz amethyst turquoise');
/** What a gem word colours: "emerald light", "ruby glow", "sapphire tones". */
const COLOURED = words('light lights glow glows glowing hue hues tone tones tint tinted tints shade shades colour colours ' +
  'color colors coloured colored palette sheen gleam radiance highlights accents eyes water waters sea sky green ' +
  'greens red reds blue blues');

/**
 * "Filters golden and emerald light", "a ruby glow", "emerald, gold and cream": a gem word that
 * is a colour, before what it colours or in a list of colours; never the stone there.
 */
export function gemColourAt(tokens: readonly Token[], index: number): boolean {
  const t = tokens[index];
  if (!t || !GEMS.has(t.normal)) return false;
  const after = tokens[index + 1];
  if (after && !t.breakAfter && COLOURED.has(after.normal)) return true;
  const isColour = (k: number) => (tokens[k]?.normal ?? '') in COLOR_WORDS;
  const joins = (k: number) => tokens[k]?.normal === 'and' || tokens[k]?.normal === 'or';
  // In a list: "golden and emerald", "emerald, gold and cream".
  if (joins(index - 1) && isColour(index - 2) && !tokens[index - 2]!.breakAfter) return true;
  if (tokens[index - 1]?.breakAfter && isColour(index - 1)) return true;
  if (!t.breakAfter && joins(index + 1) && isColour(index + 2)) return true;
  return t.breakAfter && isColour(index + 1) && (tokens[index + 1]!.breakAfter || joins(index + 2));
}
