// Who or what a mode picture is about, when its words do not name it as a subject: the topic of a
// banner ("a banner ad on the theme of fitness" is about a flexed arm, "healthy eating" a salad),
// the sitter of a portrait that names no creature ("a corporate headshot" is a person in a suit),
// and the colour a product is asked in after its noun ("a coffee mug in matte black"). Pure words
// → plan data.
import { colourPhraseIn } from '../../read/colour-phrases.js';
import { COLOR_WORDS } from '../../read/lexicon-scene.js';
import { PRODUCT_VARIANTS } from '../../read/lexicon-products.js';
import { headVariant, thingOf, type Thing } from '../../read/things.js';
import type { Subject } from '../scene-plan.js';

// Topic words → the picture a stranger would expect as the hero. First match wins.
const TOPICS: [RegExp, string, string][] = [
  [/\b(fitness|gym|workouts?|exercises?|training|bodybuilding|weight ?lifting)\b/, 'person-lifting-weights', 'person lifting weights'],
  [/\b(yoga|meditation|mindfulness)\b/, 'person-in-lotus-position', 'person in lotus position'],
  [/\bmental health|\bwell-?being\b|\bpsychology\b|\btherapy\b/, 'brain', 'brain'],
  // Food to order or many dishes: a spread of dishes, not one salad (TOPIC_SPREADS).
  [/\b(food delivery|food ordering|restaurants?|takeaways?|take-?out|foods|dishes|meals|cuisines?|food (?:images|photos|pictures|items))\b/, 'pizza', 'pizza'],
  [/\b(healthy eating|nutrition|diet|healthy food|salads?|vegan|food)\b/, 'green-salad', 'green salad'],
  [/\b(coffee|espresso|latte|cappuccino|cafe|café|roastery)\b/, 'hot-beverage', 'cup of coffee'],
  [/\b(online learning|e-?learning|education|courses?|school|students?|learning|study|studying)\b/, 'graduation-cap', 'graduation cap'],
  [/\b(books?|reading|library|novels?|authors?|publishing)\b/, 'books', 'books'],
  [/\b(banking|bank|finance|financial|money|investing|investment|savings|budget|fintech|crypto)\b/, 'money-bag', 'money bag'],
  [/\b(travel|vacation|holiday trip|flights?|tourism|airline)\b/, 'airplane', 'airplane'],
  [/\b(packaging|shipping|delivery|logistics|parcels?)\b/, 'package', 'package'],
  [/\b(eco|eco-friendly|sustainab\w*|environment\w*|green energy|climate|recycl\w*)\b/, 'seedling', 'seedling'],
  [/\b(startup|launch|launching|rocket)\b/, 'rocket', 'rocket'],
  [/\b(success|winners?|awards?|achievement|champions?)\b/, 'trophy', 'trophy'],
  [/\b(events?|party|celebration|festival|community)\b/, 'party-popper', 'party popper'],
  [/\b(security|privacy|cyber ?security|passwords?)\b/, 'locked', 'lock'],
  [/\b(newsletter|e-?mail|inbox)\b/, 'envelope', 'envelope'],
  [/\b(ai|artificial intelligence|machine learning|robots?|automation)\b/, 'robot', 'robot'],
  [/\b(gaming|video games?|games?|esports)\b/, 'video-game', 'video game controller'],
  // A concert is music played live: a microphone on its stage, not headphones.
  [/\b(concerts?|gigs?|live music|festival stage)\b/, 'microphone', 'microphone'],
  [/\b(music|podcasts?|songs?|playlists?)\b/, 'headphone', 'headphones'],
  [/\b(real estate|homes?(?! ?page)|housing|property|mortgage)\b/, 'house', 'house'],
  [/\b(sale|sales event|discount|black friday|shopping|deals?)\b/, 'shopping-bags', 'shopping bags'],
  [/\b(sports?|football|soccer)\b/, 'soccer-ball', 'soccer ball'],
  [/\b(health ?care|medical|clinic|doctors?|hospital)\b/, 'stethoscope', 'stethoscope'],
  // A camera the picture is taken with ("shot on a DSLR camera", "camera angle") is no topic.
  [/\b(photography|photographers?)\b|\bcameras?\b(?! (?:angles?|focus\w*|lens|view|perspective|settings))(?<!\b(?:shot|taken|captured|filmed|photographed) (?:on|with) (?:an? |the )?(?:[\w-]+ )?cameras?)/, 'camera', 'camera'],
  [/\b(beauty|skincare|skin care|cosmetics|makeup)\b/, 'lotion-bottle', 'lotion bottle'],
  [/\b(fashion|clothing|apparel|outfits?)\b/, 'dress', 'dress'],
  [/\b(pets?|dogs?|puppies)\b/, 'dog', 'dog'],
  [/\b(ideas?|inspiration|creativity|innovation|innovative|brainstorm\w*)\b/, 'light-bulb', 'light bulb'],
  [/\b(electronics?|electronic (?:components?|parts)|gadgets?)\b/, 'proc:microchip', 'microchip'],
  [/\b(real[- ]estate|realtors?|realty|property listings?|home buyers?|mortgages?)\b/, 'house', 'house'],
  [/\b(consult(?:ant|ants|ing|ancy)|business coach\w*|corporate services)\b/, 'briefcase', 'briefcase'],
  [/\b(technology|tech|software|engineering|developers?|coding)\b/, 'gear', 'gear'],
  [/\b(customers?|clients?|partnerships?|teamwork|collaborat\w*)\b/, 'handshake', 'handshake'],
  // ("Vector art style", "pixel art", "line art": the picture's style, not an art topic.)
  [/\b(?<!\b(?:vector|pixel|line|digital|clip|concept|3d|ai|pop|wall|word|ascii|flat|fan|cover) )(art|artists?|creative)\b(?! (?:style|styled|deco|nouveau|direction)\b)/, 'artist-palette', 'artist palette'],
];

// Topics that are many things at once: the others drawn around the first.
const TOPIC_SPREADS: Record<string, [string, string][]> = {
  house: [['key', 'key'], ['round-pushpin', 'map pin']],
  pizza: [['hamburger', 'hamburger'], ['sushi', 'sushi'], ['green-salad', 'green salad']],
  'proc:microchip': [['battery', 'battery'], ['electric-plug', 'electric plug']],
};

/** The thing a prompt's topic suggests as a hero, if any (quoted words already removed), and the others of its spread. */
export function topicThing(lower: string): { thing: Thing; words: string[]; more: Thing[] } | undefined {
  for (const [re, key, label] of TOPICS) {
    const m = re.exec(lower);
    if (m) return { thing: thingOf(key, label), words: m[0].split(/[ -]/), more: (TOPIC_SPREADS[key] ?? []).map(([k, l]) => thingOf(k, l)) };
  }
  return undefined;
}

export function subjectOf(thing: Thing, role: Subject['role'] = 'main'): Subject {
  return { label: thing.label, thing, count: 1, size: 'normal', role, wearing: [], holding: [] };
}

/**
 * Subjects in the order a banner or screen should use them as its hero: the ones the tables know,
 * then the topic's picture, then emojilib's loose guesses (which are left out when anything else
 * is there to draw: "post" is no placard in "a social post").
 */
export function rankHeroes(subjects: readonly Subject[], topic: Thing | undefined, otherwise: boolean): Subject[] {
  // A video's play button is the thumbnail's furniture: the topic ("a home workout video") comes before it.
  const furniture = topic ? subjects.filter((s) => s.thing.key === 'play-button') : [];
  const known = subjects.filter((s) => !s.thing.loose && !furniture.includes(s));
  const loose = subjects.filter((s) => s.thing.loose);
  const topical = topic && !subjects.some((s) => s.thing.key === topic.key) ? [subjectOf(topic, known.length ? 'prop' : 'main')] : [];
  const ranked = [...known, ...topical, ...furniture.map((s) => ({ ...s, role: 'prop' as const }))];
  return ranked.length || otherwise ? ranked : loose;
}

const ELDER = /\b(elderly|old|older|senior|aged|grey-haired|gray-haired|retired|grand(?:pa|ma|father|mother))\b/;
const FEMALE = /\b(woman|women|female|lady|girl|businesswoman|she|her|mother|actress)\b/;
const MALE = /\b(man|men|male|gentleman|guy|boy|businessman|he|his|father|actor)\b/;
const BUSINESS = /\b(business|corporate|executive|professional|linkedin|office|ceo|lawyer|blazer|suit|attire)\b/;

/** Words that say a portrait is of a person even when a thing is named first ("a headshot … facing camera"). */
export const PERSON_WORDS = new RegExp(`${ELDER.source}|${FEMALE.source}|${MALE.source}|${BUSINESS.source}|\\b(head ?shot|person|people|subject|face)\\b`);

/** A person to portray when a portrait prompt names no creature: age and sex from its words, dressed for business if asked. */
export function portraitSitter(lower: string): Subject {
  const old = ELDER.test(lower) && !/\b\d{1,2}[ -]years?[ -]old\b/.test(lower);
  const sex = FEMALE.test(lower) ? 'woman' : MALE.test(lower) ? 'man' : 'person';
  const key = old ? (sex === 'woman' ? 'old-woman' : 'old-man') : sex;
  const label = old ? `elderly ${sex === 'person' ? 'man' : sex}` : sex;
  const sitter = subjectOf(thingOf(key, label));
  if (BUSINESS.test(lower)) sitter.wearing.push({ slot: 'outfit', key: 'suit', label: 'suit' });
  return sitter;
}

/** "a coffee mug in matte black", "sneakers in red": the colour a product is asked in (not the backdrop's). */
export function colorPhrase(lower: string): { name: string; hex: string } | undefined {
  const phrase = colourPhraseIn(lower);
  if (phrase) return phrase;
  const re = /\b(?:in|finished in|colou?red) (?:a |an )?(?:(?:matte|glossy|gloss|satin|pastel|deep|bright|dark|light|metallic|rich|soft|pale) )?([a-z]+)\b(?! (?:background|backdrop|light|lighting|setting|room|gradient))/g;
  for (const m of lower.matchAll(re)) {
    const hex = COLOR_WORDS[m[1]!];
    if (hex) return { name: m[1]!, hex };
  }
  return undefined;
}

/** The specific product art the prompt's words ask for (a perfume bottle, not a lotion pump); returns the words that asked. */
export function specifyProducts(subjects: Subject[], lower: string): string[] {
  const words: string[] = [];
  for (const s of subjects) {
    const v = PRODUCT_VARIANTS.find((p) => s.thing.icon !== undefined && p.from.includes(s.thing.icon) && p.when.test(lower));
    if (!v) continue;
    s.thing = thingOf(`proc:${v.proc}`, v.label);
    s.label = v.label;
    words.push(...(v.when.exec(lower)?.[0].split(' ') ?? []));
  }
  return words;
}

const BACKDROP_NOUN = /^(background|backdrop|bg|backround|paper|field|canvas)$/;

/**
 * A logo's mark: "a fox head" is the creature's head alone (its face picture, or the whole
 * creature when no head-only picture exists, which the label then says), and a colour word not
 * about the background ("orange on a white background") is the mark's colour. Returns the hex of
 * every colour word that named the mark ("navy blue"), which the backdrop then leaves out.
 */
export function logoMark(subjects: Subject[], lower: string): string[] {
  const main = subjects.find((s) => s.role === 'main');
  if (!main) return [];
  const word = main.label.replace(/[^a-z ]/g, '');
  // "a dog face" names the face emoji itself.
  if (main.thing.head && / (?:head|face)$/.test(word)) main.headOnly = true;
  else if (main.thing.animate && new RegExp(`\\b${word}(?:'s)? (?:head|face)s?\\b|\\b(?:head|face) of an? ${word}\\b`).test(lower)) {
    const face = headVariant(main.thing);
    if (face.head) {
      main.thing = { ...face, label: `${word} head` };
      main.label = `${word} head`;
      main.headOnly = true;
    } else {
      main.label = `whole ${word} (no head-only picture)`;
    }
  }
  if (main.color) return [main.color.hex];
  const words = lower.match(/[a-z]+/g) ?? [];
  for (let i = 0; i < words.length; i++) {
    const hex = COLOR_WORDS[words[i]!];
    if (!hex || words.slice(i + 1, i + 3).some((w) => BACKDROP_NOUN.test(w))) continue;
    main.color = { name: words[i]!, hex };
    const next = COLOR_WORDS[words[i + 1] ?? ''];
    return next && !words.slice(i + 2, i + 4).some((w) => BACKDROP_NOUN.test(w)) ? [hex, next] : [hex];
  }
  return [];
}

// Words after "baby" that make it a kind of goods, not a baby to draw ("a baby stroller", "baby products").
const BABY_GOODS = /\bbaby (?:strollers?|products?|stores?|shops?|carriages?|buggy|brands?|goods|care|clothes|gear|essentials)\b/g;

/**
 * The goods a prompt names over the pictures its other words suggest: a PlayStation is the console
 * (not a second generic console, nor the controller unless one is asked for), and a baby stroller
 * is the stroller (the "baby" of "baby products" or "baby stroller" is no baby to draw).
 */
export function preferNamedGoods(subjects: Subject[], lower: string): Subject[] {
  let out = subjects;
  if (out.some((s) => s.thing.key === 'proc:console-tower')) {
    const pad = /\b(controllers?|gamepads?|joypads?)\b/.test(lower);
    out = out.filter((s) => s.thing.key !== 'proc:game-console' && (pad || s.thing.key !== 'video-game'));
  }
  const stroller = out.find((s) => s.thing.key === 'proc:stroller');
  if (stroller) {
    const babies = (lower.match(/\bbab(?:y|ies)\b/g) ?? []).length;
    const goods = babies > 0 && babies <= (lower.match(BABY_GOODS) ?? []).length;
    if (goods) out = out.filter((s) => s.thing.key !== 'baby');
    if (goods && out[0] !== stroller) {
      for (const s of out) if (s.role === 'main') s.role = 'prop';
      stroller.role = 'main';
      out = [stroller, ...out.filter((s) => s !== stroller)];
    }
  }
  return out;
}

const NUMBER = '(?:two|three|four|five|six|seven|eight|nine|ten|a pair of|\\d{1,2})';
const BETWEEN = '(?:(?!(?:percent|per|off|on|of|for|in|with|and|or|to|at|by|from|minutes?|hours?|days?|weeks?|years?)\\b)[a-z®-]+ ){0,3}?';

/**
 * Whether the prompt asks for the subject several times over ("five protein drink bottles",
 * "three mugs lined up"), not just names it in the plural ("headphones", "candles on sale").
 */
export function asksMany(lower: string, s: Subject): boolean {
  if (s.count < 2) return false;
  const noun = s.label.split(' ').at(-1)!.replace(/[^a-z]/g, '');
  if (!noun) return false;
  const said = new RegExp(`\\b${NUMBER} ${BETWEEN}${noun}(?:s|es)?\\b`).test(lower);
  return said || new RegExp(`\\b${noun}(?:s|es)? (?:[a-z]+ ){0,2}?(?:arranged horizontally|in a row|lined up|side by side)\\b`).test(lower);
}
