// "A skeleton skateboarding down a street", "a penguin snowboarding", "a dog on a skateboard", "a
// girl roller skating in the park": the creature stands on its board or skates, which are its
// support (Subject.riding), not a prop beside it; compose/interactions/boarding.ts draws it leaning
// into the ride. With no place named the ride implies one: a street, or a snowy slope.
import { unnegated } from '../../read/negation.js';
import { thingOf, type Thing } from '../../read/things.js';
import type { Token } from '../../read/tokens.js';
import { readPrint } from '../modes/apparel-print.js';
import type { ScenePlan } from '../scene-plan.js';

export type BoardKind = 'skateboard' | 'snowboard' | 'skis' | 'roller-skates' | 'ice-skates';

const board = (key: BoardKind, label: string): Thing => ({ key, label, place: 'ground', size: 0.3, animate: false, head: false });

/** The words of each ride, the verb the description says, and the place it implies. */
const RIDES: { kind: BoardKind; words: RegExp; verb: string; setting: ScenePlan['setting'] }[] = [
  { kind: 'ice-skates', words: /\bice[- ]?skat(?:e|es|ing|er|ers)\b|\bskating on (?:the |a )?(?:ice|frozen)\b/, verb: 'ice skating', setting: 'lake' },
  { kind: 'roller-skates', words: /\b(?:roller[- ]?(?:skat(?:e|es|ing|er|ers)|blad(?:e|es|ing|er|ers))|rollerblad\w*|roller[- ]?skates?)\b/, verb: 'roller skating', setting: 'park' },
  { kind: 'skateboard', words: /\bskate[- ]?board(?:s|ing|er|ers)?\b|\bskateboarding\b/, verb: 'skateboarding', setting: 'city-street' },
  { kind: 'snowboard', words: /\bsnow[- ]?board(?:s|ing|er|ers)?\b/, verb: 'snowboarding', setting: 'snow' },
  { kind: 'skis', words: /\b(?:skiing|skis|skier|skiers|skied)\b/, verb: 'skiing', setting: 'snow' },
];
/** Emoji that already show a person on the board (plan/plan-finish.ts actOut). */
const OWN_BOARD = new Set(['skier', 'snowboarder']);
/** Emoji the board's word reads as, drawn as the board itself instead. */
const BOARD_ICONS = new Set(['skateboard', 'snowboarder', 'skier', 'skis', 'roller-skate', 'ice-skate']);
const MAX_RIDERS = 3;
const MOTOR = new Set(['motorcycle', 'motor-scooter', 'kick-scooter']);
/** Words the board draws (no longer "not drawn"). */
const DRAWN = new Set(['ice', 'roller', 'rollerblades', 'rollerblade', 'skates', 'skate', 'skating', 'skis', 'ski', 'snowboard', 'skateboard']);

/** Reads a board ride into the plan: the main creature's support, and the template that draws it. */
export function readBoardRide(plan: ScenePlan, all: Token[]): void {
  // "A dog that is not skateboarding" stands: a ride after "not" or "never" is no ride.
  const lower = unnegated(all).map((t) => t.normal).join(' ').replace(/\b(?:not|never|isn't|isnt|no longer)\s+(?:\w+\s+)?(?=\w*(?:skat|board|ski))\S+/g, ' ');
  const main = plan.subjects.find((s) => s.role === 'main');
  if (!main || plan.interaction || readPrint(plan.prompt.toLowerCase())) return;
  const figure = main.thing.animate || /^(man|woman|person)-/.test(main.thing.key);
  // "A person skiing" is the skier's emoji, on its snowy slope.
  if (OWN_BOARD.has(main.thing.key) && !plan.settingExplicit) Object.assign(plan, { setting: 'snow', snowy: true });
  if (!figure || OWN_BOARD.has(main.thing.key) || BOARD_ICONS.has(main.thing.key)) return;
  // "A man riding a motorcycle": a motorbike or a scooter rides down a street.
  if (MOTOR.has(main.riding?.key ?? '') && !plan.settingExplicit) plan.setting = 'city-street';
  // The verb ("skateboarding", "a skier") rides; the board's name only after "on" or "riding"
  // ("a penguin on a snowboard"): "a boy holding a skateboard" holds it.
  const rides = (r: (typeof RIDES)[number]) => [...lower.matchAll(new RegExp(r.words, 'g'))].some((m) => /(?:ing|er|ers|ed)\b/.test(m[0]) ||
    /\b(?:on|riding|rides|ride|atop)\s+(?:(?:a|an|the|his|her|their|its|my|some|pair|of|new|red|blue|old)\s+){0,3}$/.test(lower.slice(0, m.index)));
  const ride = RIDES.find(rides) ?? (main.riding?.key === 'skateboard' && !/\b(?:holding|carrying|holds|carries)\b/.test(lower) ? RIDES[2] : undefined);
  if (!ride) return;
  // "A girl roller skating" read as the girl, roller skates; the skates are hers, not beside her.
  const thing = ride.kind === 'skateboard' ? { ...thingOf('skateboard', 'skateboard'), key: 'skateboard' } : board(ride.kind, ride.kind === 'skis' ? 'pair of skis' : ride.kind === 'roller-skates' ? 'pair of roller skates' : ride.kind === 'ice-skates' ? 'pair of ice skates' : 'snowboard');
  main.riding = thing;
  delete main.activity;
  plan.subjects = plan.subjects.filter((s) => s === main || !BOARD_ICONS.has(s.thing.key));
  plan.unknown = plan.unknown.filter((w) => !DRAWN.has(w));
  if (!plan.settingExplicit) plan.setting = ride.setting;
  if (ride.setting === 'snow') plan.snowy = true;
  // Ice skating is on a frozen lake; the ice is the lake's, no block of it beside the skater.
  if (ride.kind === 'ice-skates') {
    plan.frozen = true;
    plan.subjects = plan.subjects.filter((s) => s === main || s.thing.key !== 'ice');
  }
  // "Skateboarding" says the verb; "a dog on a skateboard" is riding one.
  const said = ride.words.exec(lower)?.[0].match(/(?:ing|er|ers)$/) ? ride.verb : `riding ${/^[aeiou]/.test(thing.label) ? 'an' : 'a'} ${thing.label}`;
  const phrase = ride.kind === 'skateboard' && said === ride.verb ? `${said} on a skateboard` : ride.kind === 'skis' ? 'skiing down a snowy slope'
    : ride.kind === 'snowboard' ? `${said} down a snowy slope` : ride.kind === 'roller-skates' || ride.kind === 'ice-skates' ? ride.verb : said;
  // "Two dogs skateboarding": each on a board of its own, side by side.
  const copies = Array.from({ length: Math.min(main.count, MAX_RIDERS) - 1 }, () => ({ ...main, role: 'prop' as const, count: 1 }));
  const said2 = copies.length ? phrase.replace(/\ban? (skateboard|snowboard)\b/, '$1s').replace('a pair of', 'pairs of') : phrase;
  plan.interaction = { kind: 'ride-board', figures: [main, ...copies], object: thing, phrase: said2 };
}

/** The kind of board a thing is, if it is one drawn under a rider's feet. */
export function boardKind(thing: Thing | undefined): BoardKind | undefined {
  const k = thing?.key;
  return k === 'skateboard' || k === 'snowboard' || k === 'skis' || k === 'roller-skates' || k === 'ice-skates' ? k : undefined;
}
