// Characters named by a trademark are drawn as a fair generic picture, never as themselves, and
// `text` names the picture (docs/local-engine.md): an Iron Man suit is an armoured robot suit,
// Godzilla a giant lizard monster, a Pikachu that looks like a pug a yellow pug. And the prompt's
// small asks about a picture's parts: a house's lit window, a suit left to rust. An AI paired
// with a human is a robot.
import { COLOR_WORDS } from '../read/lexicon-scene.js';
import { thingOf } from '../read/things.js';
import type { ScenePlan } from './scene-plan.js';

const REWRITES: [RegExp, string][] = [
  [/\biron[ -]?man(?:'s)?(?:\s+(?:suit|armou?r|mech))?/gi, 'robot suit'],
  [/\bgodzilla(?:'s)?\b/gi, 'kaiju'],
  // "Human and AI working together", "human mind + machine intelligence": the AI is a robot
  // beside the person (two figures together face each other).
  [/\b(humans?|person|people|man|woman|mind)\s*(?:\+|&|and|with|vs\.?|versus)\s*(?:an?\s+)?(?:AI|A\.I\.|artificial intelligence|machine intelligence|machines?)(?![a-z])/gi, '$1 and robot'],
  [/\b(?:AI|A\.I\.|artificial intelligence|machine intelligence)\s*(?:\+|&|and|with)\s*(humans?|people|person)\b/gi, 'robot and $1'],
  // A paper plane is folded paper, no airliner: one word with no picture, left out and said so.
  [/\bpaper (?:air|aero)?(plane|jet)s?\b/gi, 'paper$1'],
  // "Creases that mirror the vast knowledge": mirroring is a verb there, no mirror to draw.
  [/\bmirror(?:s|ed|ing)?\s+(?=(?:the|their|his|her|its|our|your|this|that)\b)/gi, 'reflecting '],
  // "An office building on a street": the building seen from outside, not an office inside it.
  [/\boffice (buildings?|blocks?|towers?)\b/gi, '$1'],
  // "Elephants bathing in a watering hole": the water, never a watering can and flowers.
  [/\bwatering[ -]holes?\b|\bwaterholes?\b/gi, 'pond'],
  // A common misspelling in "looks lika a pug".
  [/\blooks? lika\b/gi, 'looks like'],
];
const RACING = /\b(?:race ?cars?|racing cars?|sports ?cars?|supercars?|porsche|ferrari|lamborghini|mclaren|bugatti|gt3|f1|formula (?:1|one)|go-?karts?|motogp|superbikes?)\b/i;
const PIKACHU = /\bpikachus?\b/gi;
const PIKACHU_LIKE = /\bpikachus?\s+(?:that\s+|which\s+|who\s+)?(?:looks?|looking|dressed|disguised)\s+(?:like|as)\s+(?:an?\s+)?/gi;

export interface StandIns {
  text: string;
  /** "A pikachu that looks like a pug": the other creature is drawn, in Pikachu's yellow. */
  yellow: boolean;
}

/** The prompt with trademarked names replaced by the generic picture's words. */
export function standIns(text: string): StandIns {
  let out = text;
  for (const [re, word] of REWRITES) out = out.replace(re, word);
  let yellow = false;
  // "A pikachu that looks like a pug" is "a pug", in yellow.
  out = out.replace(PIKACHU_LIKE, () => {
    yellow = true;
    return '';
  });
  out = out.replace(PIKACHU, 'yellow mouse');
  // "A Porsche GT3 RS on track": a racing car's track is the racetrack (a train's is its rails).
  if (RACING.test(out)) out = out.replace(/\bon (?:the |a )?track\b/gi, 'on a racetrack');
  return { text: out, yellow };
}

const WEATHERED = /\b(rust(?:y|ed|ing)?|abandoned|derelict|overgrown|reclaimed|decay(?:ed|ing)?|ruined|wrecked|vines?|moss(?:y)?)\b/;
const WEATHER_WORDS = new Set(['rusty', 'rusted', 'rust', 'rusting', 'abandoned', 'derelict', 'overgrown', 'reclaimed', 'ruined', 'wrecked', 'decayed', 'decaying']);
const LIT_WINDOW = /\b(?:lit|glowing|lighted|illuminated|bright) windows?\b/;

/** The plan's parts the prompt qualifies: applied once the walker has read it. */
export function applyStandIns(plan: ScenePlan, lower: string, asked: StandIns): void {
  const main = plan.subjects.find((s) => s.role === 'main');
  if (asked.yellow && main && !main.color) main.color = { name: 'yellow', hex: COLOR_WORDS.yellow };
  // "Rusty … abandoned … reclaimed by nature": the suit rusted, vines climbing over it.
  for (const s of plan.subjects) {
    if (s.thing.proc !== 'armour-suit' || !WEATHERED.test(lower)) continue;
    s.thing = { ...thingOf('proc:overgrown-armour', 'rusty armoured suit overgrown with vines') };
    s.label = s.thing.label;
    plan.unknown = plan.unknown.filter((w) => !WEATHER_WORDS.has(w));
  }
  // "A cottage with a single lit window": the house's own window glows; no window stands beside it.
  if (LIT_WINDOW.test(lower)) {
    plan.litWindow = true;
    if (main && /^house/.test(main.thing.icon ?? '')) plan.subjects = plan.subjects.filter((s) => s.thing.icon !== 'window');
  }
}
