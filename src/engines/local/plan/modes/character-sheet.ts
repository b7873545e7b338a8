// Character sheets and turnarounds (docs/local-engine-modes.md, "Character sheets"): "a character
// sheet of a mage with front, side and back views", "a turnaround of a robot", "a reference sheet
// of an elf ranger". The character is the one subject, drawn three times on plain paper; the word
// "character" names it, it is no extra cartoon character. Pure words → plan data.
import { thingOf } from '../../read/things.js';
import type { ScenePlan, Subject } from '../scene-plan.js';
import { portraitSitter } from './mode-subjects.js';

/** "character sheet", "reference sheet", "model sheet", "turnaround", "front, side and back views". */
const SHEET = /\b((?:character|reference|model|design|concept|turn-?around) sheets?|character (?:turn-?arounds?|references?|designs? sheets?|model sheets?)|turn-?arounds?|(?:orthographic|multi-?view) (?:views?|references?|sheets?)|front,? (?:view,? )?(?:and )?side,? (?:view,? )?(?:and )?back (?:views?|angles?))\b/;

/** The words of a character sheet the mode itself draws (its three views, paper and labels). */
export const SHEET_WORDS = ('character characters sheet sheets turnaround turnarounds turn around reference references model design concept ' +
  'front side back view views angle angles orthographic multi multiview pose poses').split(' ');

/** The trigger words of a character sheet, or undefined. */
export function sheetPicture(lower: string): string | undefined {
  return SHEET.exec(lower)?.[1];
}

/** Sheet prompts that name no creature draw a person; "character" alone or "staff" (a crowd's word) adds nobody. */
const CROWD_KEYS = /^(woman|man|person)$/;

/**
 * The sheet's one character: the main creature (or a person when none is named), the other
 * figures dropped (a wizard's "staff" is his stick, not office staff), what it wears and holds
 * kept. Returns the words it drew.
 */
export function sheetSubjects(plan: ScenePlan, lower: string, planOf: (text: string) => ScenePlan): string[] {
  const drawn: string[] = [];
  const animate = plan.subjects.filter((s) => s.thing.animate);
  const crowd = (s: Subject) => CROWD_KEYS.test(s.thing.key) || s.label === 'cartoon character';
  const named = animate.find((s) => s.role === 'main' && !crowd(s)) ?? animate.find((s) => !crowd(s));
  let hero: Subject = named ?? animate.find((s) => s.role === 'main') ?? portraitSitter(lower);
  if (hero.label === 'cartoon character') {
    // "A cute cat character": the word before "character" is who it is.
    const word = /\b([a-z]+) characters?\b/.exec(lower)?.[1];
    const who = word && word !== 'cartoon' ? planOf(`a ${word}`).subjects.find((s) => s.thing.animate) : undefined;
    hero = { ...(who ?? { ...portraitSitter(lower), label: 'character' }), wearing: hero.wearing, holding: hero.holding };
  }
  // "A model sheet": the sheet's word is no fashion model.
  const trigger = sheetPicture(lower) ?? '';
  if (trigger.split(/\W+/).includes(hero.label)) hero = { ...hero, label: 'character' };
  hero = { ...hero, role: 'main', count: 1 };
  // Loose things the character holds in the prompt ("staff with a glowing crystal") stay in its hands.
  const others = plan.subjects.filter((s) => !s.thing.animate && s.thing.place !== 'sky' && !s.thing.loose).slice(0, 2);
  const holding = [...hero.holding];
  for (const o of others) if (holding.length < 2 && !holding.some((h) => h.key === o.thing.key)) holding.push(o.thing);
  // A mage's or wizard's staff: the drawn magic wand stands in for it (named so in `text`).
  if (/\bstaffs?\b/.test(lower) && !holding.some((h) => h.key === 'magic-wand')) {
    holding.unshift(thingOf('magic-wand', 'magic wand (for the staff)'));
    drawn.push('staff', 'staffs', 'crystal', 'glowing');
  }
  plan.subjects = [{ ...hero, holding: holding.slice(0, 2) }];
  return drawn;
}
