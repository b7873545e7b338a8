// A garment's print (docs/local-engine-modes.md, "T-shirt designs"): "Tshirt Design, a skeleton
// skateboarding through outer space", "a print for a t-shirt", "a black hoodie with a wolf print".
// The picture is the garment, large and centred; what the prompt describes is its print. Pure
// words → plan data.
import { COLOR_WORDS } from '../../read/lexicon-scene.js';
import { resolveThing, thingOf } from '../../read/things.js';
import type { ScenePlan, Subject } from '../scene-plan.js';
import { subjectOf, topicThing } from './mode-subjects.js';

export type Garment = 'tshirt' | 'hoodie';

export interface PrintReading {
  garment: Garment;
  /** The garment's colour ("a black hoodie"); when none is named, black for a glowing or cosmic design, else white. */
  color: { name: string; hex: string };
  /** Where the print's phrase goes: wrapped round the figure, or set above and below it. */
  wrap: boolean;
  /** Paint splashes and doodles behind the figure. */
  splashes: boolean;
  /** A trail of stardust (or sparkles) behind the figure. */
  trail: boolean;
  /** The lettering's look: graffiti letters (bright, outlined), glowing, or plain bold. */
  lettering: 'graffiti' | 'glow' | 'bold';
  /** The prompt's words the print draws (so not "not drawn"). */
  words: string[];
}

const DARK_DESIGN = /\b(glow\w*|neon|luminous|outer space|galaxy|galactic|cosmic|cosmos|night sky|universe)\b/;
const GARMENT = '(t-?shirts?|tees?|shirts?|hoodies?|sweatshirts?)';
const PRINT_WORD = '(?:designs?|prints?|graphics?|artwork|art|illustrations?)';
// "Tshirt Design", "tee print", "shirt graphic"; "a print for a t-shirt", "design on a tee"; "a hoodie with a wolf print".
const ASKS = [
  new RegExp(`\\b${GARMENT}[ -]${PRINT_WORD}\\b`),
  new RegExp(`\\b${PRINT_WORD} (?:for|on) (?:an? |the |my )?(?:[a-z]+ ){0,2}${GARMENT}\\b`),
  new RegExp(`\\b${GARMENT} (?:with|featuring|showing|printed with|that has) (?:an? |the )?(?:[a-z-]+ ){0,6}?(?:prints?|graphics?|designs?)\\b`),
];

/** The garment print a prompt asks for (quoted words already removed), if any. */
export function readPrint(lower: string): PrintReading | undefined {
  const m = ASKS.map((re) => re.exec(lower)).find((x) => x);
  if (!m) return undefined;
  const word = m[1]!;
  const garment: Garment = /^(hoodie|sweatshirt)/.test(word) ? 'hoodie' : 'tshirt';
  // A colour just before the garment's word is the fabric's ("a black hoodie", "a navy tee").
  const before = lower.slice(0, m.index + m[0].indexOf(word)).match(/([a-z]+) $/)?.[1];
  const hex = before ? COLOR_WORDS[before] : undefined;
  // A glowing or cosmic design is printed on black; any other on white.
  const color = hex ? { name: before!, hex } : DARK_DESIGN.test(lower) ? { name: 'black', hex: '#1d1e22' } : { name: 'white', hex: '#f4f4f2' };
  const splashes = /\b(splash(?:es|y)?|splatters?|splats?|paint drips?|drips|doodles?)\b/.test(lower);
  const trail = /\b(trails?|stardust|star dust|sparkles?|comet tail)\b/.test(lower);
  const lettering = /\b(graffiti|street art|spray[- ]paint\w*|playful)\b/.test(lower) ? 'graffiti' : /\b(glow\w*|neon|luminous)\b/.test(lower) ? 'glow' : 'bold';
  return {
    garment, color, splashes, trail, lettering,
    wrap: /\b(wraps?|wrapped|wrapping|around the design|circl\w* (?:around|round)|arched|curved? (?:text|words|lettering))\b/.test(lower),
    words: ['tshirt', 'shirt', 't-shirt', 'tee', 'hoodie', 'sweatshirt', 'design', 'print', 'graphic', 'artwork', 'phrase', 'words', 'font', 'lettering',
      'text', 'type', 'typography', 'slogan', 'quote', 'tsdsign', 'background', ...(splashes ? ['splash', 'splashes', 'splatter', 'splatters', 'paint', 'doodles', 'doodle', 'drips'] : []),
      ...(trail ? ['trail', 'trails', 'stardust', 'dust', 'sparkle', 'sparkles'] : [])],
  };
}

const GARMENT_KEYS = new Set(['t-shirt', 'proc:hoodie', 'running-shirt', 'coat']);
const SKATE = /\b(skateboard(?:ing|s)?|skating|skater|on a skateboard)\b/;

/**
 * The print's subjects: the garment itself is the picture, not a thing on it; the first creature
 * is the figure (skateboarding: riding a skateboard), the rest is what it juggles or carries.
 */
export function printSubjects(plan: ScenePlan, lower: string): Subject[] {
  const named = plan.subjects.filter((s) => !GARMENT_KEYS.has(s.thing.key) && s.thing.key !== 'skateboard');
  // "A hoodie with a wolf print": the creature the print is of is the figure (the reader set it aside as a pattern).
  const pattern = plan.unknown.find((w) => / (?:print|design|pattern|graphic)s?$/.test(w));
  const creature = pattern ? resolveThing(pattern.split(' ')[0]!, true) : undefined;
  if (pattern && creature) {
    plan.unknown = plan.unknown.filter((w) => w !== pattern);
    named.unshift({ label: creature.label, thing: creature, count: 1, size: 'normal', role: 'main', wearing: [], holding: [] });
  }
  // Emojilib's loose guesses ("creativity" as a palette) are left out when the tables know something.
  const subjects = named.some((s) => !s.thing.loose) ? named.filter((s) => !s.thing.loose) : named;
  const figure = subjects.find((s) => s.thing.animate) ?? subjects[0];
  if (!figure) return [];
  if (figure.thing.animate && !figure.riding && SKATE.test(lower)) figure.riding = thingOf('skateboard', 'skateboard');
  if (figure.thing.animate && /\bjuggl/.test(lower)) figure.activity = 'juggling';
  for (const s of subjects) s.role = s === figure ? 'main' : 'prop';
  return [figure, ...subjects.filter((s) => s !== figure)];
}

/** "Juggling": the figure's emoji is a person juggling (the things it juggles arc over its hands). */
export function juggles(s: Subject | undefined): boolean {
  return /juggling/.test(s?.thing.key ?? '') || s?.activity === 'juggling';
}

// A theme with nothing else named is the print's picture ("an AI-themed T-shirt": a brain with a microchip).
const THEMES: [RegExp, [string, string][]][] = [
  [/\b(?:ai|a\.i\.|artificial intelligence|machine learning|neural networks?|tech|technology)\b/, [['brain', 'brain'], ['proc:microchip', 'microchip']]],
  [/\b(?:space|galaxy|cosmic|cosmos|astronomy|universe)\b/, [['ringed-planet', 'ringed planet'], ['rocket', 'rocket']]],
  [/\b(?:surf|surfing|surfer)\b/, [['water-wave', 'wave'], ['palm-tree', 'palm tree']]],
  [/\b(?:gaming|gamer|video games?)\b/, [['video-game', 'game controller']]],
];

/** The print's picture read from its theme when the prompt names no thing, and the words it drew. */
export function themeSubjects(lower: string): { subjects: Subject[]; words: string[] } {
  const theme = THEMES.find(([re]) => re.test(lower));
  if (theme) return { subjects: theme[1].map(([k, l], i) => subjectOf(thingOf(k, l), i ? 'prop' : 'main')), words: [...(lower.match(theme[0])?.[0].split(/\s+/) ?? []), 'theme', 'themed'] };
  const topic = topicThing(lower);
  return topic ? { subjects: [subjectOf(topic.thing)], words: [...topic.words, 'theme', 'themed'] } : { subjects: [], words: [] };
}
