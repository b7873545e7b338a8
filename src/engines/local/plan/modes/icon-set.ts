// Icons that are the picture (docs/local-engine-modes.md, "Icons and icon sets"): "a minimal vector
// icon of a shark", "a flat pictogram of a bicycle", "a set of 4 line icons for a weather app".
// One icon is its subject on a plain backdrop; a set is N icons in a grid, each one of the things
// the prompt lists, else a fitting set for the app or topic named. Pixel sizes ("16px", "24x24",
// "512x512") are a format, never lettered nor "not drawn". Pure words → plan data.
import { thingOf, type Thing } from '../../read/things.js';

/** A set of icons: "a set of 4 flat icons …", "an icon pack", "6 line icons: home, search, …". */
const ICON_SET = /\b((?:set|pack|collection|series|family|sheet|grid|row) of (?:\d{1,2} |two |three |four |five |six |seven |eight |nine |ten |twelve )?(?:[\w-]+ ){0,3}?(?:icons|pictograms|glyphs)|icon (?:sets?|packs?|collections?|sheets?|family)|(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|twelve) (?:[\w-]+ ){0,2}?(?:icons|pictograms|glyphs))\b/;

// An icon of a subject at the prompt's start ("minimalist line icon of a shopping cart", "a shark
// icon"), or an icon style word as a clause of its own (", flat icon, 16px").
const ICON_AT_START = /^\s*(?:(?:please\s+)?(?:create|design|draw|make|generate|render)\s+(?:me\s+)?)?(?:an?\s+|the\s+|one\s+)?(?:(?!(?:an?|the|of|in|on|with|and)\s)[\w-]+,?\s+){0,5}?(icons?|pictograms?|glyphs?)\b(?!\s+(?:bar|buttons?|font))/;
const ICON_CLAUSE = /(?:^|[,.;]\s*)(?:an?\s+)?((?:(?:minimal(?:ist)?|simple|flat|vector|line|outline|outlined|glyph|filled|solid|material|ui|web|svg|isometric|3d|colou?red|pixel|round(?:ed)?|duotone|monochrome)\s+)+(?:icons?|pictograms?))\b/;
// A page or picture that has icons on it is that page, not an icon.
const OTHER_PICTURE = /\b(websites?|web ?pages?|landing pages?|screens?|dashboards?|banners?|posters?(?! (?:style|art|look|aesthetic|colou?rs?)\b)|logos?|ui|mock-?ups?|thumbnails?|flyers?|infographics?|slides?|browser|interface|t-?shirts?|stickers?|patterns?|wallpapers?)\b/;

/** The trigger of one icon that is the picture ("a vector icon of a shark"), or undefined. */
export function iconPicture(lower: string): string | undefined {
  if (OTHER_PICTURE.test(lower.replace(/\bapp icons?\b/g, ''))) return undefined;
  return (ICON_AT_START.exec(lower) ?? ICON_CLAUSE.exec(lower))?.[1];
}

/** The trigger of a set of icons that is the picture, or undefined ("a tab bar with three icons" is the screen's). */
export function iconSetPicture(lower: string): string | undefined {
  if (OTHER_PICTURE.test(lower.replace(/\bapp icons?\b/g, ''))) return undefined;
  return ICON_SET.exec(lower)?.[1];
}

/** Pixel sizes and resolutions: "16px", "24x24", "512 x 512 px", "@2x". */
export const SIZE_WORD = /^(?:\d{1,4}(?:px|x\d{1,4}(?:px)?|dpi|pt)|@?[1-4]x|px|\d{1,4}x)$/i;
const SIZES = /\b\d{1,4} ?(?:x|×) ?\d{1,4}(?: ?px)?\b|\b\d{1,4} ?px\b|@[1-4]x\b/gi;

/** The prompt with its pixel sizes taken out (they are no names, numbers or things). */
export function withoutSizes(text: string): string {
  return text.replace(SIZES, ' ');
}

// The icons a set for an app or topic holds, by the emoji they are drawn with.
const SET_FOR: [RegExp, [string, string][]][] = [
  [/\b(weather|forecast|climate)\b/, [['sun', 'sun'], ['cloud', 'cloud'], ['cloud-with-rain', 'rain cloud'], ['cloud-with-snow', 'snow cloud'], ['cloud-with-lightning-and-rain', 'thunderstorm'], ['sun-behind-cloud', 'sun behind a cloud'], ['wind-face', 'wind'], ['rainbow', 'rainbow'], ['snowflake', 'snowflake']]],
  [/\b(food|restaurant|delivery|recipes?|cooking|kitchen|menu)\b/, [['pizza', 'pizza'], ['hamburger', 'burger'], ['sushi', 'sushi'], ['green-salad', 'salad'], ['hot-beverage', 'cup of coffee'], ['shortcake', 'cake'], ['taco', 'taco'], ['fork-and-knife', 'fork and knife']]],
  [/\b(coffee|caf[eé]s?|espresso|barista|bakery|bakeries|tea ?room|patisserie)\b/, [['hot-beverage', 'cup of coffee'], ['croissant', 'croissant'], ['teacup-without-handle', 'teacup'], ['doughnut', 'doughnut'], ['cookie', 'cookie'], ['bread', 'loaf of bread'], ['cup-with-straw', 'iced drink'], ['shortcake', 'cake']]],
  [/\b(pets?|vets?|veterinar(?:y|ian)|dogs?|cats?|puppy|grooming)\b/, [['dog-face', 'dog'], ['cat-face', 'cat'], ['paw-prints', 'paw print'], ['bone', 'bone'], ['fish', 'fish'], ['red-heart', 'heart']]],
  [/\b(medical|medicine|clinic|hospital|pharmacy|doctors?|healthcare|dental|nurses?)\b/, [['stethoscope', 'stethoscope'], ['pill', 'pill'], ['syringe', 'syringe'], ['hospital', 'hospital'], ['red-heart', 'heart'], ['spiral-calendar', 'calendar']]],
  [/\b(business|office|startups?|productivity|corporate|finance team|work)\b/, [['briefcase', 'briefcase'], ['bar-chart', 'bar chart'], ['memo', 'memo'], ['laptop', 'laptop'], ['handshake', 'handshake'], ['light-bulb', 'light bulb'], ['spiral-calendar', 'calendar']]],
  [/\b(garden(?:ing)?|plants?|nature|eco|green living|farm(?:ing)?|botanical)\b/, [['seedling', 'seedling'], ['potted-plant', 'potted plant'], ['sunflower', 'sunflower'], ['deciduous-tree', 'tree'], ['herb', 'herb'], ['sun', 'sun']]],
  [/\b(real estate|hotels?|rentals?|property|properties|housing|airbnb)\b/, [['house-with-garden', 'house'], ['key', 'key'], ['bed', 'bed'], ['bathtub', 'bathtub'], ['round-pushpin', 'pin'], ['locked', 'lock']]],
  [/\b(beauty|salon|spa|cosmetics?|makeup|nails?)\b/, [['lipstick', 'lipstick'], ['nail-polish', 'nail polish'], ['scissors', 'scissors'], ['sparkles', 'sparkles'], ['herb', 'herb'], ['bathtub', 'bath']]],
  [/\b(fitness|gym|workouts?|sports?|health|exercise)\b/, [['person-lifting-weights', 'weightlifter'], ['running-shoe', 'running shoe'], ['red-heart', 'heart'], ['stopwatch', 'stopwatch'], ['person-running', 'runner'], ['bicycle', 'bicycle'], ['water-wave', 'water'], ['sports-medal', 'medal']]],
  [/\b(music|audio|podcasts?|songs?|player)\b/, [['musical-note', 'musical note'], ['headphone', 'headphones'], ['studio-microphone', 'microphone'], ['guitar', 'guitar'], ['speaker-high-volume', 'speaker'], ['radio', 'radio']]],
  [/\b(bank(?:ing)?|finance|money|payments?|wallet|fintech|crypto)\b/, [['money-bag', 'money bag'], ['coin', 'coin'], ['credit-card', 'credit card'], ['bank', 'bank'], ['chart-increasing', 'rising chart'], ['locked', 'lock']]],
  [/\b(travel|trips?|vacation|holiday|tourism|flights?)\b/, [['airplane', 'airplane'], ['luggage', 'suitcase'], ['globe-showing-europe-africa', 'globe'], ['camera', 'camera'], ['world-map', 'map'], ['beach-with-umbrella', 'beach']]],
  [/\b(shop(?:ping)?|store|e-?commerce|retail)\b/, [['shopping-cart', 'shopping cart'], ['shopping-bags', 'shopping bags'], ['credit-card', 'credit card'], ['package', 'package'], ['label', 'price tag'], ['wrapped-gift', 'gift']]],
  [/\b(education|school|learning|study|students?)\b/, [['graduation-cap', 'graduation cap'], ['books', 'books'], ['pencil', 'pencil'], ['light-bulb', 'light bulb'], ['microscope', 'microscope'], ['globe-showing-europe-africa', 'globe']]],
];

// Interface icons, by their words (a set of "home, search, settings, profile").
const UI_ICONS: [RegExp, string, string][] = [
  [/^(home|house)$/, 'house', 'house'], [/^(search|magnifier|magnifying glass)$/, 'magnifying-glass-tilted-left', 'magnifying glass'],
  [/^(settings?|gears?|cog|preferences)$/, 'gear', 'gear'], [/^(profile|user|account|person|avatar)$/, 'bust-in-silhouette', 'person'],
  [/^(bell|notifications?|alerts?)$/, 'bell', 'bell'], [/^(hearts?|likes?|favou?rites?|love)$/, 'red-heart', 'heart'],
  [/^(mail|e-?mail|envelope|inbox)$/, 'envelope', 'envelope'], [/^(chat|messages?|comments?)$/, 'speech-balloon', 'speech balloon'],
  [/^(cart|basket)$/, 'shopping-cart', 'shopping cart'], [/^(calendar|events?|schedule)$/, 'spiral-calendar', 'calendar'],
  [/^(lock|security|password)$/, 'locked', 'lock'], [/^(trash|delete|bin)$/, 'wastebasket', 'wastebasket'],
  [/^(phone|call)$/, 'telephone-receiver', 'telephone'], [/^(location|pin|place)$/, 'round-pushpin', 'pin'],
  [/^(camera|photos?)$/, 'camera', 'camera'], [/^(music)$/, 'musical-note', 'musical note'], [/^(stars?|rating)$/, 'star', 'star'],
  [/^(clock|time|history)$/, 'alarm-clock', 'clock'], [/^(folders?|files?)$/, 'file-folder', 'folder'], [/^(share|link)$/, 'link', 'link'],
  [/^(download)$/, 'down-arrow', 'down arrow'], [/^(upload)$/, 'up-arrow', 'up arrow'], [/^(sun|sunny)$/, 'sun', 'sun'],
  [/^(rain|rainy)$/, 'cloud-with-rain', 'rain cloud'], [/^(snow|snowy)$/, 'cloud-with-snow', 'snow cloud'],
  [/^(storm|thunder(?:storm)?|lightning)$/, 'cloud-with-lightning-and-rain', 'thunderstorm'], [/^(clouds?|cloudy)$/, 'cloud', 'cloud'],
  [/^(wind|windy)$/, 'wind-face', 'wind'],
];
const GENERIC_UI = ['house', 'magnifying-glass-tilted-left', 'gear', 'bell', 'bust-in-silhouette', 'red-heart', 'envelope', 'spiral-calendar', 'shopping-cart', 'camera', 'locked', 'star'];
const NUMBERS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12 };

export interface IconSetReading {
  /** The icons in reading order, drawn in a grid. */
  items: Thing[];
  /** Words the set draws. */
  words: string[];
}

/** An interface icon a word names ("settings": a gear), or undefined. */
export function uiIcon(word: string): Thing | undefined {
  const hit = UI_ICONS.find(([re]) => re.test(word));
  return hit ? thingOf(hit[1], hit[2]) : undefined;
}

/**
 * The icons of a set: the words of the prompt's list that name interface icons or things the
 * plan knows (`known`), in order, then a fitting set for the app or topic, else interface icons;
 * as many as the count asked (4 when none; at most 12), fewer when the topic's own run out.
 */
export function readIconSet(lower: string, known: readonly Thing[]): IconSetReading {
  const count = /\b(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|twelve) (?:[\w-]+ ){0,2}?(?:icons|pictograms|glyphs)\b/.exec(lower)?.[1];
  const words: string[] = [];
  const items: Thing[] = [];
  const add = (t: Thing) => { if (!items.some((i) => i.key === t.key)) items.push(t); };
  for (const w of lower.match(/[a-z]+/g) ?? []) {
    const t = uiIcon(w);
    if (t) { add(t); words.push(w); }
  }
  for (const t of known) add(t);
  const n = Math.min(12, count ? NUMBERS[count] ?? Number(count) : Math.max(4, items.length));
  const set = SET_FOR.find(([re]) => re.test(lower));
  if (set) words.push(...(lower.match(new RegExp(set[0].source, 'g')) ?? []));
  for (const [key, label] of set?.[1] ?? []) if (items.length < n) add(thingOf(key, label));
  // Interface icons only for a set with nothing of its own: a topic's set that runs out is a smaller set, never padded with a gear and a bell.
  if (!items.length && !set) for (const key of GENERIC_UI) if (items.length < n) add(thingOf(key, key.replace(/-/g, ' ').replace('bust in silhouette', 'person').replace(' tilted left', '')));
  return { items: items.slice(0, n), words: [...words, 'set', 'sets', 'pack', 'collection', 'icons', 'icon', 'pictograms', 'glyphs', 'line', 'outline', 'flat', 'vector', 'minimal', 'minimalist', 'filled', 'solid', 'consistent', 'style', 'grid', 'ui'] };
}
