// Page formats a prompt can ask for (docs/local-engine-modes.md, "Formats"): an event's flyer,
// poster, invitation or menu; a side-by-side comparison; a social media post; a presentation slide
// or deck. Pure words → what the format shows: its title, its sides, its author and post text.
import { thingOf } from '../../read/things.js';
import { subjectOf } from './mode-subjects.js';
import type { Subject } from '../scene-plan.js';
import { COVER_SENSES, readCover, type CoverReading } from './cover-reading.js';

export type FormatKind = 'flyer' | 'compare' | 'post' | 'slide' | 'cover';

export interface FormatSide {
  /** The words this half shows ("a cat"), planned as a scene of its own. */
  text: string;
  /** Its label ("BEFORE", "CAT"). */
  label: string;
}

export interface FormatReading {
  kind: FormatKind;
  /** What `text` calls it: "flyer", "invitation", "tweet", "slide deck", "before-and-after comparison". */
  label: string;
  /** The trigger words. */
  trigger: string;
  /** A flyer's event name or a slide's title, read from the words (quoted text replaces it). */
  title?: string;
  /** A comparison's halves, left then right. */
  sides?: FormatSide[];
  /** A before-and-after: the left half faded and dusty, the right bright. */
  beforeAfter?: boolean;
  /** "X vs Y": a VS badge on the divider. */
  versus?: boolean;
  /** A post's author ("from Einstein") and the line derived from the prompt. */
  author?: string;
  postText?: string;
  /** A post with a big picture (Instagram), or a small one when a subject is named. */
  picture?: 'large' | 'small' | 'none';
  /** A deck: several slides in a grid. */
  deck?: boolean;
  /** A slide's chart (results, data, growth…). */
  chart?: boolean;
  /** Swiss grid style: black type, a red accent, grid lines. */
  swiss?: boolean;
  /** A book, magazine or album cover, or a movie poster (plan/modes/cover-reading.ts). */
  cover?: CoverReading;
  /** The format's words, drawn by being the format (not "not drawn"). */
  words: string[];
}

const EVENT = /\b(tastings?|(?<!\b(?:at|by|of|the|starry|moonlit|dark|clear|snowy|rainy|winter|summer|cold|quiet|silent|calm) )nights?|part(?:y|ies)|galas?|fairs?|workshops?|meet-?ups?|conferences?|weddings?|dinners?|brunch(?:es)?|luncheons?|picnics?|ceremon(?:y|ies)|celebrations?|exhibitions?|exhibits?|reunions?|fundraisers?|open house|markets?|class(?:es)?|tournaments?|screenings?|premieres?|recitals?|festivals?|concerts?|gigs?|quiz(?:zes)?|barbecues?|bbqs?|potlucks?|showers?|anniversar(?:y|ies)|launch(?:es)?|openings?|retreats?|seminars?|lectures?|karaoke|dances?|balls?|proms?|carnivals?|parades?|marathons?|races?|jam sessions?|soirées?|soirees?|fêtes?|fetes?|festivities|bazaars?|auctions?|raffles?|meetings?)\b/;
// A concert or festival poster keeps its stage (docs/local-engine-modes.md, "Poster places").
const STAGE_EVENT = /\b(concerts?|gigs?|festivals?|shows?|tours?)\b/;
const TYPE_WORDS = /\b(typography|typographic(?:al)?|lettering|letterforms?|(?:bold|big|large|retro|vintage|display|chunky) (?:type|fonts?|typefaces?))\b/;
const DISCOUNT = /\b\d{1,2} ?(?:%|percent\b)|\b(?:sale|discount|off)\b/;
const SCREEN_MENU = /\bmenu (?:bars?|screens?|icons?|buttons?|items? in|pages?)\b|\b(apps?|website|web ?page|phone|screen|ui|ux|dashboard|interface)\b/;

// "Flat poster style", "poster art" are a style, not a page.
const PAGE = /\b(invitation cards?|invitations?|invites?(?!\s+(?:viewers?|the viewers?|you|us|them|people|one|reflection|contemplation|a moment|a sense|curiosity|exploration|calm)\b)|flyers?|(?<!flat |propaganda )posters?(?! (?:style|art|look|aesthetic|illustration|colou?rs?|print style)\b)|menu cards?|menus?)\b/;
const POST = /\b(tweets?|twitter posts?|x posts?|posts? on (?:twitter|x)\b|instagram posts?|insta posts?|linkedin posts?|facebook posts?|threads posts?|mastodon posts?|social (?:media )?posts?)(?![a-z])/;
const SLIDE = /\b(slide ?decks?|pitch decks?|presentation (?:slides?|decks?)|powerpoint(?: slides?| decks?| presentations?)?|keynote (?:slides?|decks?)|google slides|slides? (?:about|on|showing|titled|summari[sz]ing|presenting|explaining|with (?:bullet|a chart|a graph|three|four|five|key))|slides? for (?:an? |the |our |my )?(?:team |sales |board |client |company )?(?:meetings?|talks?|presentations?|lectures?|class(?:es)?|webinars?|pitch(?:es)?|conferences?|workshops?|keynotes?)|(?:title|summary|intro|closing|opening|agenda) slides?|presentations? (?:about|on|showing|of (?:our |the )?(?:quarterly|q[1-4]|results|data|sales|revenue)))/;
const BEFORE_AFTER = /\bbefore[- ]?(?:and|&|\/|-|n)[- ]?after\b/;
const VERSUS = /\s(?:vs\.?|versus)\s/;
// "On the left, a cat; on the right, a dog": the halves begin clauses ("a sofa on the left and a lamp on the right" is one room).
const LEFT_RIGHT = /(?:^|[,;:.]\s*)on the left\b(?! (?:of|side of|hand side of)\b)[\s\S]*[,;:.]\s*(?:and\s+|while\s+)?on the right\b|\bleft:[\s\S]*\bright:/;
const COMPARISON = /\b(side[- ]by[- ]side comparisons?|comparisons? (?:of|between)|comparing|compare|split[- ]screen comparisons?)\b/;
const COMPARED = /\s(?:compared (?:to|with)|next to|against)\s/;

/** The format the prompt asks for (quoted words removed), or undefined. */
export function readFormat(lower: string, text: string, hasQuote: boolean): FormatReading | undefined {
  return coverFormat(lower) ?? readComparison(lower) ?? readPost(lower, text) ?? readSlide(lower) ?? readPage(lower, hasQuote);
}

// The places a plan takes when nothing implies one (an astronaut implies space, and keeps it).
const DEFAULT_PLACES = new Set(['park', 'meadow', 'studio']);

const COVER_LABELS = { book: 'book cover', magazine: 'magazine cover', album: 'album cover', movie: 'movie poster' } as const;

function coverFormat(lower: string): FormatReading | undefined {
  const cover = readCover(lower);
  return cover && { kind: 'cover', label: COVER_LABELS[cover.cover], trigger: COVER_LABELS[cover.cover], cover, words: cover.words };
}

function readPage(lower: string, hasQuote: boolean): FormatReading | undefined {
  const m = PAGE.exec(lower);
  if (!m) return undefined;
  const word = m[1]!;
  const label = /^invit/.test(word) ? 'invitation' : /^menu/.test(word) ? 'menu' : /^flyer/.test(word) ? 'flyer' : 'poster';
  const event = EVENT.exec(lower);
  // A menu board over a café's counter is part of its scene: a menu page is named as the picture.
  if (label === 'menu' && (SCREEN_MENU.test(lower) || /\bmenu boards?\b|\b(?:chalk ?boards?|black ?boards?|boards?|signs?|neon|wall|outside) menus?\b|\bmenus? (?:outside|on the wall|above)\b/.test(lower) || menuInScene(lower.slice(0, m.index)))) return undefined;
  if (label === 'flyer' && (!event || DISCOUNT.test(lower) || TYPE_WORDS.test(lower))) return undefined;
  // A poster of a scene stays a poster (a banner): only an event's poster is a page of details.
  if (label === 'poster' && (!event || STAGE_EVENT.test(lower) || TYPE_WORDS.test(lower) || DISCOUNT.test(lower) || /\b(travel|movie|film|educational)\b/.test(lower))) return undefined;
  const title = label === 'menu' ? menuTitle(lower, m.index, m.index + word.length) : eventName(lower, m.index, m.index + word.length, event?.[0]);
  const words = ['flyer', 'poster', 'invitation', 'invite', 'card', 'menu', 'event', 'details', 'date', 'time', 'place', 'venue'];
  if (!title && !hasQuote && label !== 'menu' && label !== 'invitation') return undefined;
  return { kind: 'flyer', label, trigger: word, ...(title ? { title } : {}), words: [...words, ...(title ? title.toLowerCase().split(/[\s-]+/) : [])] };
}

/** "a flyer for a French wine-and-cheese tasting in Renoir's style" → "French Wine-and-Cheese Tasting". */
function eventName(lower: string, start: number, end: number, event: string | undefined): string | undefined {
  const after = /^\s+(?:card\s+)?(?:for|of|announcing|advertising|promoting|about)\s+(?:an?\s+|the\s+|our\s+|my\s+|your\s+)?([^,.;:()]+)/.exec(lower.slice(end));
  let phrase = after?.[1];
  if (!phrase) {
    // "jazz night flyer": the words before the format word.
    const before = /((?:[a-z'&-]+\s+){1,4})$/.exec(lower.slice(0, start))?.[1];
    phrase = before?.replace(/^(?:.*\b(?:an?|the|design|create|make|draw|generate|of)\s+)/, '');
  }
  if (!phrase) return event ? titleCase(event) : undefined;
  phrase = phrase.split(/\s+(?:in|with|at|on|featuring|using|showing|that|which|where|drawn|painted|styled|inspired|for|by|from|under|near|and a|and an)\s+/)[0]!;
  phrase = phrase.replace(/\b(?:style|themed|design)\b.*$/, '').trim();
  const words = phrase.split(/\s+/).filter(Boolean).slice(0, 6);
  if (!words.length) return undefined;
  return titleCase(words.join(' '));
}

/** "A waiter handing a menu", "a restaurant with a menu on each table": a menu in a scene, not the picture. */
function menuInScene(before: string): boolean {
  const words = before.split(/\s+/).filter(Boolean);
  return words.length > 5 || /\b(?:with|on|in|at|of|to|from|and|holding|handing|reading)\b|[a-z]{3,}ing\b/.test(before);
}

function menuTitle(lower: string, start: number, end: number): string | undefined {
  const m = /^\s+(?:card\s+)?(?:for|of)\s+(?:an?\s+|the\s+|our\s+)?([^,.;:()]+)/.exec(lower.slice(end));
  // "a sushi bar menu": the words before it.
  const before = lower.slice(0, start).replace(/^.*\b(?:an?|the|design|create|make|draw|generate|elegant|beautiful|modern|simple|minimalist)\s+/, '').trim();
  const phrase = m?.[1]?.split(/\s+(?:in|with|at|on|featuring|using|showing|that|which)\s+/)[0]?.trim() ?? (before || undefined);
  return phrase ? titleCase(phrase.split(/\s+/).slice(0, 5).join(' ')) : undefined;
}

const SMALL = new Set(['and', 'of', 'the', 'a', 'an', 'in', 'on', 'for', 'to', 'with', 'at', 'by', 'or', 'n']);

export function titleCase(s: string): string {
  return s.replace(ACRONYMS, (a) => a.toUpperCase()).split(' ').map((w, i) => w.split('-').map((p, j) => ((i > 0 || j > 0) && SMALL.has(p) ? p : p.charAt(0).toUpperCase() + p.slice(1))).join('-')).join(' ');
}

function readPost(lower: string, text: string): FormatReading | undefined {
  const m = POST.exec(lower);
  // "A bird that tweets" sings.
  if (!m || /\b(?:birds?|canar(?:y|ies)|sparrows?|robins?|finch(?:es)?|chicks?)\b(?: (?:that|which|who))? tweets?\b/.test(lower)) return undefined;
  const word = m[1]!;
  // An Instagram or social post that promotes (a sale, "a graphic for a social post", "an Instagram
  // post for a coffee shop opening") is its square graphic, a banner; one that speaks is a post card.
  const promo = /\b\d{1,2} ?(?:%|percent\b)|\b(?:graphic|image|visual|picture|artwork|illustration|design|photo)s? (?:for|to complement)\b|\bposts? for\b/.test(lower);
  if (/^(instagram|insta|social)/.test(word) && promo && !/\b(?:announc\w*|saying|from|by)\b/.test(lower)) return undefined;
  const label = /^(tweet|twitter|x |posts? on)/.test(word) ? 'tweet' : /^insta/.test(word) ? 'Instagram post' : /^linkedin/.test(word) ? 'LinkedIn post'
    : /^facebook/.test(word) ? 'Facebook post' : /^threads/.test(word) ? 'Threads post' : /^mastodon/.test(word) ? 'Mastodon post' : 'social media post';
  const author = authorOf(text);
  const postText = postLine(lower);
  const words = ['tweet', 'tweets', 'twitter', 'post', 'posts', 'instagram', 'insta', 'linkedin', 'facebook', 'threads', 'mastodon', 'social', 'media',
    'announcing', 'announcement', ...(author ? author.toLowerCase().split(/\s+/) : []), ...(postText ? postText.toLowerCase().match(/[a-z]+/g) ?? [] : [])];
  return { kind: 'post', label, trigger: word, ...(author ? { author } : {}), ...(postText ? { postText } : {}), picture: label === 'Instagram post' ? 'large' : 'small', words };
}

const NOT_NAMES = /^(?:a|an|the|my|our|your|his|her|their|this|that|home|work|space|above|below|inside|outside|scratch|today|now)$/;

/** "a tweet from Einstein about time" → "Einstein" (as written, capitalised). */
function authorOf(text: string): string | undefined {
  const m = /\b(?:from|by|of)\s+@?((?:[\p{L}.'’-]+)(?:\s+(?!about\b|on\b|announcing\b|saying\b|with\b|in\b|and\b|that\b|for\b)[\p{L}.'’-]+)?)/u.exec(text.replace(/\b(?:tweets?|posts?) of\b/i, ''));
  const name = m?.[1];
  if (!name || NOT_NAMES.test(name.toLowerCase().split(/\s+/)[0]!)) return undefined;
  const words = name.split(/\s+/).filter((w) => !/^(?:a|an|the)$/i.test(w));
  // Lower-case words are a name only when the first is capitalised or nothing else reads as one.
  if (!/^\p{Lu}/u.test(words[0]!) && words.length > 1) words.length = 1;
  return words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ').replace(/['’]s$/, '');
}

/** A short line the post says, from "announcing …", "about …" or "saying …". */
function postLine(lower: string): string | undefined {
  const cut = (s: string) => s.split(/\s*[,.;:()]\s*|\s+(?:in|with|for|on (?:a|an|the) [a-z]+ background|style)\b/)[0]!.trim().split(/\s+/).slice(0, 8).join(' ');
  const announce = /\bannounc(?:ing|es|e)\s+([^,.;:()]+)/.exec(lower);
  if (announce) return sentence(`Announcing ${cut(announce[1]!)}!`);
  const saying = /\bsaying\s+(?:that\s+)?([^,.;:()]+)/.exec(lower);
  if (saying) return sentence(cut(saying[1]!));
  const about = /\b(?:about|on the topic of|discussing|celebrating)\s+([^,.;:()]+)/.exec(lower);
  if (about) return sentence(`Some thoughts on ${cut(about[1]!)}.`);
  return undefined;
}

const ACRONYMS = /\b(ai|api|ui|ux|ceo|cto|nft|vr|ar|usa|uk|eu|nyc|ios|saas|seo|diy|q[1-4])\b/g;

function sentence(s: string): string {
  return (s.charAt(0).toUpperCase() + s.slice(1)).replace(ACRONYMS, (a) => a.toUpperCase());
}

function readSlide(lower: string): FormatReading | undefined {
  const m = SLIDE.exec(lower);
  if (!m) return undefined;
  const word = m[1]!;
  const deck = /\b(decks?|slides)\b/.test(lower) && !/\bslide\b(?! ?decks?)/.test(lower.replace(/\bslide ?decks?\b/g, ''));
  const title = /\b(?:about|on|showing|titled|summari[sz]ing|presenting|explaining|of|for)\s+(?:the\s+|our\s+|a\s+|an\s+)?([^,.;:()]+)/.exec(lower.slice(m.index))?.[1]
    ?.split(/\s+(?:in|with|using|for|style|and a|that)\b/)[0]?.replace(/\b(?:swiss|grid|style)\b/g, '').trim();
  const chart = /\b(results?|quarterly|q[1-4]|revenue|sales|growth|data|charts?|graphs?|kpis?|metrics|statistics|stats|numbers|earnings|profits?|budget|forecast)\b/.test(lower);
  const swiss = /\bswiss\b/.test(lower);
  const words = ['slide', 'slides', 'deck', 'decks', 'presentation', 'presentations', 'powerpoint', 'keynote', 'pitch', 'bullet', 'bullets', 'points', 'grid', 'swiss',
    'takeaways', 'agenda', 'results', 'quarterly', 'layout', 'whitespace', 'column', 'columns', 'asymmetric', 'typography', 'helvetica', 'principles', 'structure', 'format',
    ...(title ? title.split(/\s+/) : [])];
  return { kind: 'slide', label: deck ? 'slide deck' : 'presentation slide', trigger: word, ...(title ? { title: titleCase(title.split(/\s+/).slice(0, 6).join(' ')) } : {}), deck, chart, swiss, words };
}

function readComparison(lower: string): FormatReading | undefined {
  const words = ['before', 'after', 'comparison', 'compare', 'comparing', 'compared', 'side', 'left', 'right', 'vs', 'versus', 'split', 'screen', 'photo', 'picture', 'image'];
  const ba = BEFORE_AFTER.exec(lower);
  if (ba) {
    const rest = `${lower.slice(0, ba.index)} ${lower.slice(ba.index + ba[0].length)}`;
    const of = /\b(?:of|showing|for)\s+(?:an?\s+|the\s+|my\s+)?([^,.;:()]+)/.exec(rest)?.[1] ?? rest.replace(/\b(?:an?|the|photos?|pictures?|images?|comparison|shot)\b/g, ' ');
    const subject = of.replace(/\b(?:renovation|makeover|transformation|remodel|redesign|cleanup|clean-up|comparison|photos?|pictures?|images?|shots?)\b/g, ' ').replace(/\s+/g, ' ').trim();
    return { kind: 'compare', label: 'before-and-after comparison', trigger: ba[0], beforeAfter: true, sides: [{ text: subject, label: 'BEFORE' }, { text: subject, label: 'AFTER' }],
      words: [...words, 'renovation', 'makeover', 'transformation', 'remodel', 'redesign'] };
  }
  const colon = /\bbefore:\s*([^;]+?)[,;.]?\s+after:\s*([^;]+)/.exec(lower);
  if (colon) return { kind: 'compare', label: 'before-and-after comparison', trigger: 'before/after', beforeAfter: true, sides: [{ text: colon[1]!, label: 'BEFORE' }, { text: colon[2]!, label: 'AFTER' }], words };
  const lr = LEFT_RIGHT.exec(lower);
  if (lr) {
    const left = /\b(?:on the left|left:)[,:]?\s*(?:side\s*)?(?:is\s+|are\s+|shows?\s+|:\s*)?([^;]+?)[,;.]?\s*(?:and\s+|while\s+|with\s+)?(?:on the right|right:)/.exec(lower)?.[1];
    const right = /\b(?:on the right|right:)[,:]?\s*(?:side\s*)?(?:is\s+|are\s+|shows?\s+|:\s*)?([^,;.]+)/.exec(lower)?.[1];
    if (left && right) return sidesOf('side-by-side comparison', 'left/right', left, right, words);
  }
  const vs = VERSUS.exec(lower) ?? (/\bcompared (?:to|with)\b/.test(lower) ? COMPARED.exec(lower) : null);
  if (vs) {
    const left = lower.slice(0, vs.index).replace(/^.*\b(?:of|between|comparing|showing|compare|:)\s+/, '').split(/[,;:]/).at(-1)!;
    const right = lower.slice(vs.index + vs[0].length).split(/[,;.:]|\s+(?:in|on|at|with|side by side|comparison|style)\b/)[0]!;
    const versus = VERSUS.test(lower);
    if (left.trim() && right.trim()) return { ...sidesOf('comparison', versus ? 'vs' : 'compared', left, right, words), versus };
  }
  const cmp = COMPARISON.exec(lower);
  if (cmp) {
    const rest = lower.slice(cmp.index + cmp[0].length).replace(/^\s*(?:of|between)\s+/, '');
    const both = /^(?:the\s+)?([^,;.]+?)\s+(?:and|with|to)\s+([^,;.]+)/.exec(rest);
    if (both) return sidesOf('side-by-side comparison', cmp[0], both[1]!, both[2]!, words);
    const one = rest.split(/[,;.]/)[0]!.trim();
    if (one) return { kind: 'compare', label: 'side-by-side comparison', trigger: cmp[0], sides: [{ text: one, label: 'A' }, { text: one, label: 'B' }], words };
  }
  return undefined;
}

function sidesOf(label: string, trigger: string, left: string, right: string, words: string[]): FormatReading {
  const clean = (s: string) => s.replace(/^\s*(?:is|are|shows?|we see|there is|there are)\s+/, '').replace(/\s+(?:is|are)$/, '').trim();
  return { kind: 'compare', label, trigger, sides: [{ text: clean(left), label: sideLabel(clean(left)) }, { text: clean(right), label: sideLabel(clean(right)) }], words };
}

/** "a fluffy cat" → "FLUFFY CAT": the side's words without articles, in capitals, at most three words. */
function sideLabel(s: string): string {
  return s.replace(/\b(?:an?|the|some|one)\b/g, ' ').trim().split(/\s+/).slice(-3).join(' ').toUpperCase();
}

// Emojilib's senses of the format's own words: a tweet is no bird, a post no placard, Swiss grid no cheese.
const FORMAT_SENSES: [RegExp, RegExp][] = [
  [/\btweets?\b/, /^bird$/], [/\bposts?\b/, /^(placard|postbox|e-mail|envelope)$/], [/\bswiss\b/, /^cheese-wedge$/],
  [/\bslides?\b/, /^(playground-slide)$/], [/\binvit/, /^(envelope|love-letter|incoming-envelope)$/], [/\bposters?\b/, /^framed-picture$/],
  [/\bmenus?\b/, /^(clipboard|page-facing-up)$/], [/\bevents?\b/, /^(ticket|admission-tickets)$/], [/\b(?:before|after)\b/, /^(hourglass|watch|mantelpiece-clock)$/], [/\bvs\b/, /^vs-button$/],
];

/** The plan a format draws: its own words' emojilib senses dropped, a comparison's halves planned as scenes. */
export function formatPlan<P extends { subjects: Subject[]; style: string; setting: string; time: string; settingExplicit: boolean }>(
  plan: P, format: FormatReading, lower: string, planOf: (text: string) => P,
): { subjects: P['subjects']; panels: P[] } {
  const dropped = FORMAT_SENSES.filter(([word]) => word.test(lower)).map(([, key]) => key);
  let subjects = plan.subjects.filter((s) => !(s.thing.loose || s.thing.key === 'framed-picture') || !dropped.some((k) => k.test(s.thing.icon ?? s.thing.key)));
  const cover = format.cover;
  // A cover's paper ("black on bone"), volume and issue numbers are no things.
  // (One of each: "jazz … with a saxophone" is one saxophone.)
  if (cover) subjects = subjects.filter((s, i) => (!COVER_SENSES.test(s.thing.icon ?? s.thing.key) || (s.label === 'bone' && !cover.paper)) && subjects.findIndex((o) => o.thing.key === s.thing.key) === i);
  // A cover that names nothing to show shows its genre's picture (a fantasy cover: a dragon over a castle).
  if (cover?.fallback && !subjects.some((s) => !s.thing.loose) && !plan.settingExplicit) {
    return { subjects: [], panels: [{ ...planOf(cover.fallback), ...(plan.style !== 'illustrated' ? { style: plan.style } : {}) }] };
  }
  // A cover that names no place takes its genre's (a haunted house at night, not on studio paper).
  if (cover?.fallback && !plan.settingExplicit && DEFAULT_PLACES.has(plan.setting)) {
    const g = planOf(cover.fallback);
    return { subjects, panels: [{ ...plan, subjects: subjects.map((s, i) => ({ ...s, role: i === 0 ? 'main' : 'prop' })), setting: g.setting, time: g.time, texts: [], unknown: [], mode: undefined }] };
  }
  const panels = (format.sides ?? []).map((side) => {
    const half = { ...planOf(side.text || 'a room'), style: plan.style };
    // "A side-by-side comparison of the same product": a product the words never name is a plain box.
    if (!half.subjects.length && /\b(?:products?|items?|packag\w*)\b/.test(side.text)) {
      half.subjects = [subjectOf(thingOf('package', 'plain product box'))];
      if (!half.settingExplicit) half.setting = 'studio';
    }
    return half;
  });
  return { subjects, panels };
}
