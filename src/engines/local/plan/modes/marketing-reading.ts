// Marketing words that say who or what a picture is about without naming it as a thing: a mascot
// that is a creature ("a mascot logo of a frog" is the frog, not a person in costume), the letter a
// logo is made of ("a logo of the letter 'B'" is the letter, not an envelope), and the audience an
// ad is for ("a sneaker designed for women": the sneaker is the hero). Pure words → plan data
// (docs/local-engine-modes.md, "What a mode picture is about").
import { SETTING_EMBLEM } from '../../read/lexicon-reader.js';
import { resolveThing } from '../../read/things.js';
import { subjectOf } from './mode-subjects.js';
import type { ScenePlan, Subject } from '../scene-plan.js';

/** "A mascot logo of a frog", "mascot: a cheerful fox", "a fox as our mascot": the creature is the mascot. */
export function creatureMascot(plan: ScenePlan, lower: string): void {
  const mascot = plan.subjects.find((s) => s.label === 'mascot');
  if (!mascot) return;
  // "a fox mascot": the word before names it.
  const before = /\b([a-z]+) mascots?\b/.exec(lower)?.[1];
  const named = before ? resolveThing(before, true) : undefined;
  const creature = plan.subjects.find((s) => s !== mascot && s.thing.animate) ?? (named?.animate ? subjectOf(named) : undefined);
  if (!creature) return;
  plan.subjects = plan.subjects.filter((s) => s !== mascot);
  if (!plan.subjects.includes(creature)) plan.subjects.push(creature);
  promote(plan.subjects, creature);
}

/** Words that give a letter logo speed lines ("motion and speed", "a fast, dynamic mark"). */
export const SPEED_WORDS = /\b(motion|speed|fast|swift|quick|dynamic|moving|velocity|wind|flowing|rush)\b/i;

const LETTER = /\b(?:letter-?marks?(?: of)?|letters?|initials?|monogram(?: logo)?(?: of)?(?: the)?(?: initials?| letters?)?)\s+["'“‘]?([A-Za-z0-9]{1,3})["'”’]?(?=$|[\s.,!?;:)])/;
const LOGO_WORDS = /\b(logos?|monograms?|emblems?|badges?|icons?|marks?|wordmarks?)\b/i;

/**
 * The letter a logo is made of ("a logo with the letter K", "a monogram of the initials 'AB'"),
 * and the plan without the envelope "letter" brought, the quoted letter written as a caption, or
 * emojilib's guesses for its other words (a kite for "wind").
 */
export function logoLetter(plan: ScenePlan, prompt: string): string | undefined {
  if (!LOGO_WORDS.test(prompt)) return undefined;
  const symbol = logoSymbol(plan, prompt);
  if (symbol) return symbol;
  const m = LETTER.exec(prompt);
  const letter = m?.[1];
  if (!letter || (letter.length > 1 && letter !== letter.toUpperCase())) return undefined;
  const mark = letter.toUpperCase();
  plan.subjects = plan.subjects.filter((s) => !(s.thing.key === 'envelope' && /^letters?$/.test(s.label)) && !s.thing.loose);
  plan.texts = plan.texts.filter((t) => t.text.toUpperCase() !== mark);
  // A quoted logo text with no subject brought its place's emblem (a studio's camera): the letter is the mark now.
  const emblems = new Set(Object.values(SETTING_EMBLEM));
  const lower = prompt.toLowerCase();
  plan.subjects = plan.subjects.filter((s) => !(emblems.has(s.thing.key) && !lower.includes(s.label)));
  const main = plan.subjects.find((s) => s.role === 'main') ?? plan.subjects[0];
  if (main) promote(plan.subjects, main);
  return mark;
}

// "A logo containing a dollar sign", "a % symbol", "an ampersand": the symbol is the mark, set as type.
const SYMBOLS: [RegExp, string][] = [
  [/\b(?:dollar|usd)(?: (?:signs?|symbols?|marks?))?\b|(?:^|\s)\$(?=\s|$)/, '$'], [/\beuro(?: (?:signs?|symbols?))?\b|€/, '€'],
  [/\bpound (?:signs?|sterling|symbols?)\b|£/, '£'], [/\byen(?: (?:signs?|symbols?))?\b|¥/, '¥'],
  [/\bpercent(?:age)? (?:signs?|symbols?)\b/, '%'], [/\b(?:hash ?tag|hash) (?:signs?|symbols?)\b|\bhashtag\b/, '#'],
  // ("Brew & Bean", "Hart & Cole": an ampersand between names is the name's, not the mark.)
  [/\bampersand\b|&\s+(?:signs?|symbols?)\b/, '&'], [/\bat (?:signs?|symbols?)\b/, '@'],
];
const SYMBOL_THINGS = /^(?:signs?|symbols?|marks?|dollars?|euros?|pounds?|yen|bitcoin|hashtags?|hash|ampersand|money|banknotes?|coins?|percent)$/;

/** The symbol a logo is made of, with the signboard "sign" brought and the banknote "dollar" brought left out. */
function logoSymbol(plan: ScenePlan, prompt: string): string | undefined {
  const lower = prompt.toLowerCase();
  const symbol = SYMBOLS.find(([re]) => re.test(lower))?.[1];
  if (!symbol) return undefined;
  plan.subjects = plan.subjects.filter((s) => !SYMBOL_THINGS.test(s.label) && !/dollar|euro|pound|yen|money|heavy-dollar/.test(s.thing.key));
  plan.unknown = plan.unknown.filter((w) => !SYMBOL_THINGS.test(w));
  const main = plan.subjects.find((s) => s.role === 'main') ?? plan.subjects[0];
  if (main) promote(plan.subjects, main);
  return symbol;
}

const AUDIENCE = /\b(?:for|aimed at|targeting|targeted at|made for)\s+(?:(?:the|young|busy|modern|active|stylish|fashion-forward|trendy|urban|everyday|real|all|working|new|[a-z]+-[a-z]+)\s+)*(women|men|ladies|girls|boys|kids|children|teens|teenagers|moms|mothers|dads|fathers|parents|families|students|runners|athletes|gamers|professionals|people)\b/;
const PEOPLE = new Set(['woman', 'man', 'person', 'girl', 'boy', 'child', 'people', 'family', 'runner', 'athlete', 'student', 'mother', 'father', 'teenager', 'lady']);

/**
 * "A white sneaker designed for women in their 20s", "a backpack for students": the people an ad
 * is for are its audience, so the product is the hero and they stand beside it.
 */
export function audienceBeside(plan: ScenePlan, lower: string): void {
  const m = AUDIENCE.exec(lower);
  if (!m) return;
  const person = plan.subjects.find((s) => s.role === 'main' && PEOPLE.has(s.thing.key.split('-')[0]!));
  const product = plan.subjects.find((s) => s !== person && !s.thing.animate && !s.thing.loose);
  if (!person || !product) return;
  person.count = 1;
  promote(plan.subjects, product);
}

function promote(subjects: Subject[], s: Subject): void {
  for (const x of subjects) if (x.role === 'main') x.role = 'prop';
  s.role = 'main';
  subjects.splice(subjects.indexOf(s), 1);
  subjects.unshift(s);
}

const BACKDROP_NOUN = /^(background|backdrop|bg|paper|field|canvas|gradient)$/;

/** The colour of a letter logo's mark: the first colour word not about the background ("the letter A in gold"). */
export function letterColor(lower: string, colors: Record<string, string>): string | undefined {
  const words = lower.match(/[a-z]+/g) ?? [];
  for (let i = 0; i < words.length; i++) {
    const hex = colors[words[i]!];
    if (hex && !words.slice(i + 1, i + 4).some((w) => BACKDROP_NOUN.test(w))) return hex;
  }
  return undefined;
}

/**
 * An abstract tech background (compose/modes/tech-backdrop.ts): "abstract digital landscape of
 * interconnected nodes", "abstract tech background with circuit traces", "glowing particles background".
 */
export const TECH_TRIGGER = /\b((?:abstract|digital|tech|technology|futuristic|cyber|data)\b[^.;]{0,50}?\b(?:backgrounds?|backdrops?|wallpapers?|landscapes?|textures?|patterns?|visuali[sz]ations?|art(?:work)?)|(?:abstract )?(?:backgrounds?|wallpapers?|backdrops?) (?:of|with) (?:[a-z-]+ ){0,3}?(?:nodes|networks?|data|circuits?|particles|connections|lines))\b/;

/** Whether the tech background's own words are there (nodes, streams, circuits, particles). */
export const TECH_KIND = /\b(nodes?|networks?|interconnected|connections?|plexus|mesh|streams?|flowing|data|circuits?|circuitry|traces?|pcb|particles?|tech|technology|digital|cyber|futuristic)\b/;

/** The words a tech background draws. */
export const TECH_WORDS = ('abstract digital tech technology futuristic cyber background backdrop wallpaper landscape texture pattern visualization ' +
  'visualisation nodes node network networks interconnected connections connection connected plexus mesh lines line streams stream flowing flow data ' +
  'circuit circuits circuitry traces trace pcb board particles particle dots sparks glowing glow glows neon lights light terrain grid wireframe ' +
  'horizon waves wave currents digital').split(' ');
