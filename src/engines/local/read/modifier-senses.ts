// Words that, right before another noun, only describe it: "key features" are important ones (no
// key), a "home workout" is done at home (no house), a "magazine ad" looks like one (no newspaper),
// an "oak floor" is made of oak (no tree), "brass spectacles" are brass-coloured (no trumpet), a
// "cable-knit sweater" is a sweater, a "designer beard" a beard (no designer), "olive skin" a skin
// tone (no fruit). The next words decide (docs/local-engine.md, "Word senses").
import { clothBeforeGarment, partOfProductAt, shadesNotWornAt } from './senses-nearby.js';
import { WEAR_WORDS } from './lexicon-scene.js';
import { BACKDROP_AFTER, colourPhraseAt } from './colour-phrases.js';
import type { Token } from './tokens.js';

type Color = { name: string; hex: string };

/** A set from a space-separated list. */
const words = (list: string): Set<string> => new Set(list.split(' '));

/** Modifier words and the nouns after which each only describes them (and is drawn as nothing). */
const MODIFIES: Record<string, Set<string>> = {
  key: words('feature features point points benefit benefits takeaway takeaways insight insights moment moments factor factors ' +
    'element elements metric metrics finding findings highlight highlights fact facts idea ideas principle principles message ' +
    'messages area areas skill skills detail details step steps lesson lessons date dates term terms theme themes question ' +
    'questions result results goal goals component components player players decision decisions milestone milestones ' +
    'concept concepts event events stakeholder stakeholders figure figures trend trends driver drivers difference differences'),
  // "cocktail napkins", "a cocktail party", "a cocktail dress": no drink unless a glass is asked.
  cocktail: words('napkin napkins party parties dress dresses gown hour hours bar bars menu menus attire reception lounge ' +
    'umbrella umbrellas table tables ring rings sauce shaker shakers event events'),
  home: words('workout workouts exercise exercises gym fitness training yoga office offices cooking baking cook decor ' +
    'improvement renovation cinema theater theatre studio page screen button feed tab security automation assistant care ' +
    'delivery schooling school brewing bar barista spa routine'),
  magazine: words('ad ads advert adverts advertisement advertisements advertising cover covers editorial style quality spread ' +
    'spreads layout layouts shoot photo photos photography aesthetic look feel page pages format campaign image images ' +
    'print feature article design portrait'),
  // "Apple-style glass cards", "an Apple aesthetic", "Mac OS windows": the look of a brand, no fruit.
  apple: words('style aesthetic design designs ui ux interface font fonts look feel inspired minimalism vibe vibes keynote'),
  mac: words('os osx window windows style aesthetic interface ui'),
  // "cherry red", "cherry wood": the colour or the timber, no fruit (the colour word after it is read as the colour).
  cherry: words('red wood lacquer finish'),
  // "a school uniform", "a school girl": what she wears or is, no school building.
  school: words('uniform uniforms girl girls boy boys kid kids children student students bag backpack'),
  // "a character portrait of a young woman", "character design": the kind of picture, no cartoon character.
  character: words('portrait portraits design designs sheet sheets concept concepts art artwork study studies illustration ' +
    'illustrations model models turnaround reference sprite sprites card cards'),
};
/** Woods named before what is made of them. */
const WOODS: Record<string, string> = {
  oak: '#b98a52', walnut: '#5d3a1e', pine: '#d9b27c', maple: '#d7a86e', birch: '#e3cfa8', teak: '#9a6a3a',
  mahogany: '#6b2d1c', cedar: '#a0613a', beech: '#d2a873', elm: '#a97a4e', ash: '#cbb391', rosewood: '#65000b',
};
/** Things a wood colours (it tints the picture) ... */
const WOODEN_THINGS = words('table tables desk desks chair chairs bench benches shelf shelves bookshelf bookshelves bed beds ' +
  'stool stools door doors box boxes bowl bowls spoon spoons frame frames chest chests');
/** ... and surfaces and furniture the engine has no picture for (the word is left out). */
const WOODEN_SURFACES = words('floor floors flooring floorboards panel panels paneling panelling wall walls beam beams ceiling ' +
  'veneer parquet plank planks boards deck decking countertop countertops counter worktop finish trim cladding wood ' +
  'cabinet cabinets cupboard cupboards dresser wardrobe sideboard furniture');
/** Words between a wood and its thing: "oak herringbone floor", "walnut coffee table". */
const WOOD_BETWEEN = words('herringbone parquet plank wide-plank dining coffee writing side kitchen butcher block slab solid ' +
  'wood wooden veneer live-edge reclaimed');
/** Metals that colour what follows ("brass spectacles"), unless they are the instruments. */
const METALS: Record<string, string> = { brass: '#b5a642', pewter: '#8e9196' };
const BRASS_MUSIC = words('band bands instrument instruments section quintet ensemble player players music musician musicians ' +
  'fanfare orchestra');
/** Words that only say how a garment is made: "cable-knit sweater", "chunky knit cardigan". */
const WEAVES = words('cable knit knitted chunky ribbed cashmere wool woolen woollen merino crochet crocheted');
const HAIR_NOUNS = words('hair beard beards stubble moustache mustache goatee');
/** "Designer" before a noun is a quality ("a designer beard", "designer handbag"), after these a person. */
const DESIGNER_TRADES = words('graphic fashion interior web ux ui game product floral logo lead senior junior');

/** Skin-tone words, by the emoji skin tone they choose (paint/figures/head.ts colours the body to match). */
export type SkinTone = 'light' | 'medium-light' | 'medium' | 'medium-dark' | 'dark';
const TONES: Record<string, SkinTone> = {
  porcelain: 'light', fair: 'light', pale: 'light', ivory: 'light', peach: 'light', peaches: 'light', rosy: 'light', light: 'light',
  honey: 'medium-light', golden: 'medium-light', beige: 'medium-light', sandy: 'medium-light',
  olive: 'medium', caramel: 'medium', tan: 'medium', tanned: 'medium', bronze: 'medium', bronzed: 'medium', medium: 'medium',
  brown: 'medium-dark', chestnut: 'medium-dark', mocha: 'medium-dark', mahogany: 'medium-dark', cocoa: 'medium-dark',
  chocolate: 'medium-dark', umber: 'medium-dark', dark: 'dark', ebony: 'dark', deep: 'dark', espresso: 'dark',
};
const NATIONALITIES = words('japanese chinese korean thai vietnamese indian american british english spanish ' +
  'german russian african european asian scandinavian nordic');
const SKIN_NOUNS = words('skin skinned complexion skintone');

const next = (tokens: readonly Token[], index: number, k = 1): Token | undefined => {
  for (let j = index; j < index + k; j++) if (!tokens[j] || tokens[j]!.breakAfter) return undefined;
  return tokens[index + k];
};

/** The wood's thing or surface within two words ("oak herringbone floor"), and which. */
function woodTarget(tokens: readonly Token[], index: number): 'thing' | 'surface' | undefined {
  for (let k = 1; k <= 3; k++) {
    const t = next(tokens, index, k);
    if (!t) return undefined;
    if (WOODEN_THINGS.has(t.normal)) return 'thing';
    if (WOODEN_SURFACES.has(t.normal)) return 'surface';
    if (!WOOD_BETWEEN.has(t.normal)) return undefined;
  }
  return undefined;
}

/** The skin tone said here ("warm olive skin", "caramel-skinned"), and how many words say it. */
export function skinToneAt(tokens: readonly Token[], index: number): { tone: SkinTone; len: number } | undefined {
  const tone = TONES[tokens[index]?.normal ?? ''];
  const after = next(tokens, index);
  if (!tone || !after) return undefined;
  if (SKIN_NOUNS.has(after.normal)) return { tone, len: next(tokens, index + 1)?.normal === 'tone' ? 3 : 2 };
  return undefined;
}

/** Words that describe the next: how many, and the skin tone or colour they give it, or what of them is not drawn. */
export interface Describing {
  len: number;
  tone?: SkinTone;
  color?: Color;
  unsaid?: string;
}

/**
 * Words here that describe the person, garment, hair or piece of furniture after them, and the
 * skin tone or colour they give it: a tone before "skin", a wood before furniture, brass before a
 * thing, "salt-and-pepper" before a beard (grey), a knit before a sweater, "designer" before a
 * beard (nothing). Undefined when the word is no such modifier.
 */
export function describingWordsAt(tokens: readonly Token[], index: number, isWear: (word: string) => boolean): Describing | undefined {
  const skin = skinToneAt(tokens, index);
  if (skin) return skin;
  // "rose gold", "forest green", "amber glass": one colour (read/colour-phrases.ts).
  // Before a backdrop ("a cherry red studio backdrop") the second word is read as the backdrop's colour.
  const phrase = colourPhraseAt(tokens, index);
  if (phrase) return BACKDROP_AFTER.has(tokens[index + 2]?.normal ?? '') && !tokens[index + 1]!.breakAfter ? { len: 1 } : phrase;
  const word = tokens[index]?.normal ?? '';
  // "hair tied back", "a boat tied to a post": tied up, never a necktie worn.
  if (word === 'tied' || word === 'tying') return { len: 1 };
  // "the bottle shape, cap, and label", "shades of blue", "a denim apron" (senses-nearby.ts).
  if (partOfProductAt(tokens, index)) return { len: 1 };
  const shades = shadesNotWornAt(tokens, index);
  if (shades) return { len: shades };
  const cloth = clothBeforeGarment(tokens, index, isWear);
  if (cloth) return { len: 1, color: cloth };
  const after = next(tokens, index);
  if (!after) return undefined;
  if (word in WOODS && woodTarget(tokens, index) === 'thing') return { len: 1, color: { name: word, hex: WOODS[word]! } };
  if (word in METALS && !BRASS_MUSIC.has(after.normal) && (after.tags.has('Noun') || isWear(after.normal))) return { len: 1, color: { name: word, hex: METALS[word]! } };
  // Grey hair is the white-haired emoji; no emoji has a grey beard, so that is said as not drawn.
  const hairAfter = next(tokens, index, 3)?.normal ?? '';
  if (word === 'salt' && after.normal === 'and' && next(tokens, index, 2)?.normal === 'pepper' && HAIR_NOUNS.has(hairAfter)) {
    return { len: 3, color: { name: 'grey', hex: '#8d939b' }, ...(hairAfter === 'hair' ? {} : { unsaid: 'salt-and-pepper colour' }) };
  }
  if (WEAVES.has(word)) {
    let k = 1;
    while (next(tokens, index, k) && WEAVES.has(next(tokens, index, k)!.normal)) k++;
    const garment = next(tokens, index, k);
    // "A knitted cap" is its own garment (a beanie), which the wear table names whole.
    const phrase = tokens.slice(index, index + k + 1).map((t) => t.normal).join(' ');
    if (garment && isWear(garment.normal) && !(phrase in WEAR_WORDS)) return { len: k };
  }
  if (word === 'designer' && HAIR_NOUNS.has(after.normal)) return { len: 1 };
  return undefined;
}

/** True when the word here only describes the noun after it and has no picture of its own. */
export function describesNext(tokens: readonly Token[], index: number): boolean {
  const word = tokens[index]?.normal ?? '';
  const after = next(tokens, index);
  if (!after) return false;
  if (MODIFIES[word]?.has(after.normal)) return true;
  if (word in WOODS && woodTarget(tokens, index) !== undefined) return true;
  if (word in METALS && !BRASS_MUSIC.has(after.normal) && after.tags.has('Noun')) return true;
  if (word === 'cable' && (after.normal === 'knit' || after.normal === 'knitted')) return true;
  if ((word === 'knit' || word === 'knitted') && after.tags.has('Noun')) return true;
  if (word in TONES && SKIN_NOUNS.has(after.normal)) return true;
  // "A Japanese garden": the nationality describes, never emojilib's picture for it (the 💮 stamp).
  if (NATIONALITIES.has(word) && after.tags.has('Noun')) return true;
  if (word === 'designer') {
    const before = tokens[index - 1];
    const trade = before !== undefined && !before.breakAfter && DESIGNER_TRADES.has(before.normal);
    // "a designer working at a laptop": the person, doing something.
    const doing = after.tags.has('Verb') || after.tags.has('Gerund') || after.normal.endsWith('ing');
    return !trade && after.tags.has('Noun') && !doing && !after.tags.has('Preposition');
  }
  return false;
}
