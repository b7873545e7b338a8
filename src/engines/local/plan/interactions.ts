// Which interaction template a prompt asks for, from its verbs: two figures facing across a board
// ("a grandfather teaching his grandson to play chess"), a group at a table, a surfer on a wave, a
// figure watering plants, a cat asleep on a windowsill, a horse jumping over a fence, two figures
// facing each other. Every creature the prompt names takes part.
import {
  COMPUTER_KEYS, DESK_KEYS, DESK_WORDS, FACE_WORDS, FENCES, MEAL, GAME_PIECES, GAMES, GROUP_WORDS, JUMP_WORDS, REST_SUPPORTS, REST_WORDS, SCREEN_KEYS, SLEEP_WORDS,
  SURF_WORDS, TABLE_WORDS, WATCH_WORDS, WATER_VERBS,
} from '../read/lexicon-actions.js';
import { unnegated } from '../read/negation.js';
import { resolveThing, thingOf, type Thing } from '../read/things.js';
import type { Token } from '../read/tokens.js';
import type { Interaction, ScenePlan, Subject } from './scene-plan.js';

const PLANTS = new Set(['potted-plant', 'seedling', 'herb', 'tulip', 'rose', 'sunflower', 'blossom', 'hibiscus', 'cactus', 'tomato', 'bouquet']);
const MAX_FIGURES = 5;
const BOARD_NAMES = { chess: 'chessboard', checkers: 'checkerboard', pits: 'mancala board', cards: 'game table', dice: 'game table' } as const;
/** No emoji shows a fence: the jump template draws one. */
const FENCE: Thing = { key: 'fence', label: 'fence', place: 'ground', size: 0.5, animate: false, head: false };

/** A rug, a sofa or a bed is in a room, not out in a meadow. */
const ROOM_OF: Record<string, ScenePlan['setting']> = { 'proc:rug': 'living-room', 'proc:sofa': 'living-room', 'proc:armchair': 'living-room', bed: 'bedroom' };

/** People a group word brought in beside the first ("a family in a park"); a banner shows only its hero. */
export const GROUP_ADDED = new WeakSet<Subject>();

/** Reads the template and its figures into the plan (and what the template draws out of the subjects). */
export function readInteraction(plan: ScenePlan, all: Token[]): void {
  // "no people": a negated word brings in no figures and asks for no template.
  const tokens = unnegated(all);
  const ws = tokens.map((t) => t.normal);
  const roots = new Set(tokens.flatMap((t) => [t.normal, t.root]));
  const has = (set: ReadonlySet<string>) => [...roots].some((w) => set.has(w));
  dropSpelledOut(plan);
  const figures = figuresOf(plan, ws);
  const main = figures[0];
  if (!main) return;
  const at = (i: number) => ws[i];
  const game = gameOf(ws);
  let interaction: Interaction | undefined;
  if (game) {
    interaction = { kind: 'board-game', figures, board: game.board, phrase: `playing ${game.label} across a ${BOARD_NAMES[game.board]}` };
    dropPieces(plan, figures);
    // The game is drawn on its table: "checkers" or "mancala" is no word left undrawn.
    plan.unknown = plan.unknown.filter((w) => !(w in GAMES) && !(w === 'board' || w === 'game' || w === 'games'));
  } else if (has(WATCH_WORDS) && plan.subjects.some((s) => SCREEN_KEYS.has(s.thing.key))) {
    // "a family on the sofa watching TV": side by side on a sofa, turned to the television; the
    // sofa and the television are the template's own.
    const tv = plan.subjects.find((s) => SCREEN_KEYS.has(s.thing.key))!;
    interaction = { kind: 'watch-tv', figures, object: tv.thing, phrase: `watching ${article(tv.label)} from a sofa` };
    const seats = new Set(['proc:sofa', 'proc:armchair', 'chair', 'proc:bench']);
    plan.subjects = plan.subjects.filter((s) => s !== tv && !seats.has(s.thing.key));
    for (const f of figures) delete f.seatedOn;
    plan.unknown = plan.unknown.filter((w) => !(w in REST_SUPPORTS));
  } else if (figures.length === 1 && main.thing.head && has(DESK_WORDS) && plan.subjects.some((s) => DESK_KEYS.has(s.thing.key)) && plan.subjects.some((s) => COMPUTER_KEYS.has(s.thing.key))) {
    // "a person sitting at a desk, focused on a laptop": seated behind the desk, the laptop on it
    // turned to them; the desk and the laptop are the template's own.
    const computer = plan.subjects.find((s) => COMPUTER_KEYS.has(s.thing.key))!;
    const desk = plan.subjects.find((s) => DESK_KEYS.has(s.thing.key))!;
    interaction = { kind: 'desk-work', figures: [main], object: computer.thing, phrase: `seated at ${article(desk.label)}, facing ${article(computer.label)} on it` };
    plan.subjects = plan.subjects.filter((s) => !DESK_KEYS.has(s.thing.key) && !COMPUTER_KEYS.has(s.thing.key) && s.thing.key !== 'chair');
    delete main.seatedOn;
  } else if (has(SURF_WORDS)) {
    interaction = { kind: 'surf', figures: [main], phrase: /surfing/.test(main.thing.key) ? 'on a breaking wave' : 'surfing on a board on a wave' };
    if (!plan.settingExplicit || plan.setting === 'beach') plan.setting = 'ocean';
  } else if (tokens.some((t) => WATER_VERBS.has(t.root) && !t.tags.has('Noun')) || ws.includes('watering')) {
    const plant = plan.subjects.find((s) => PLANTS.has(s.thing.key));
    interaction = { kind: 'water', figures: [main], object: plant?.thing ?? thingOf('tulip', 'flowers'), phrase: `watering ${plant ? `the ${plant.label}` : 'flowers'} from a watering can` };
    if (plant) plan.subjects = plan.subjects.filter((s) => s !== plant);
  } else if (has(JUMP_WORDS)) {
    const over = ws.indexOf('over');
    const word = over >= 0 ? ws.slice(over + 1).find((w) => !['a', 'an', 'the', 'some', 'small', 'big', 'tall', 'low', 'wooden'].includes(w)) : undefined;
    const obstacle = word === undefined ? undefined : FENCES.has(word) ? FENCE : resolveThing(word, true) ?? resolveThing(word);
    interaction = { kind: 'jump-over', figures: [main], ...(obstacle ? { object: obstacle } : {}), phrase: obstacle ? `jumping over ${article(obstacle.label)}` : 'jumping' };
    if (obstacle) {
      plan.subjects = plan.subjects.filter((s) => s === main || s.thing.key !== obstacle.key);
      plan.unknown = plan.unknown.filter((u) => u !== word);
    }
  } else if (has(SLEEP_WORDS) || has(REST_WORDS)) {
    const support = restSupport(ws, at);
    // A fox's picture is a head (drawn on a body to dress it), but curled up it is drawn whole.
    if (support && (!main.thing.head || main.pose === 'curled' || main.pose === 'lying')) {
      const asleep = has(SLEEP_WORDS);
      interaction = { kind: 'rest-on', figures: [main], object: support, asleep, phrase: `${asleep ? 'asleep' : 'resting'} on ${article(support.label)}` };
      plan.subjects = plan.subjects.filter((s) => s === main || s.thing.key !== support.key && !(support.key === 'windowsill' && s.thing.key === 'window'));
      delete main.seatedOn;
      // A rug is on a room's floor, not out in a meadow.
      if (!plan.settingExplicit && ROOM_OF[support.key]) plan.setting = ROOM_OF[support.key];
    }
  }
  // "Gathered around" a table, not "a hamlet built around an oasis".
  const atTable = [...roots].some((w) => w !== 'around' && TABLE_WORDS.has(w)) || /\b(?:gathered|sitting|seated|huddled|crowded|sit|sat) around\b/i.test(plan.prompt);
  if (!interaction && figures.length >= 3 && atTable) {
    interaction = { kind: 'group-table', figures, phrase: `gathered around a table with ${MEAL.test(plan.prompt) ? 'plates and wine glasses' : 'laptops, notes and coffee cups'}` };
    // The table, and the plates or laptops on it, are the template's own.
    plan.subjects = plan.subjects.filter((s) => s.thing.proc !== 'table' && !(s.thing.place === 'table' && !s.thing.animate) && !s.thing.key.startsWith('fork-and-knife'));
    // The meal or meeting is the table itself: not a word left undrawn.
    plan.unknown = plan.unknown.filter((w) => !TABLE_WORDS.has(w));
  } else if (!interaction && figures.length >= 2 && has(FACE_WORDS)) {
    interaction = { kind: 'face', figures: figures.slice(0, 2), phrase: 'facing each other' };
  }
  if (interaction) plan.interaction = interaction;
}

/**
 * The creatures that take part, main first: each named one (a count gives as many), or the people
 * a group word implies ("a family", "a marketing team") when fewer are named.
 */
function figuresOf(plan: ScenePlan, ws: string[]): Subject[] {
  // "man surfing" is read as one picture, the emoji of a man doing it: a figure too.
  const animate = plan.subjects.filter((s) => (s.thing.animate || /^(man|woman|person)-/.test(s.thing.key)) && s.thing.key !== 'people-hugging');
  const out: Subject[] = [];
  for (const s of animate) for (let i = 0; i < Math.min(s.count, MAX_FIGURES); i++) out.push(i === 0 ? s : { ...s, role: 'prop', count: 1 });
  const group = ws.map((w) => GROUP_WORDS[w]).find((g) => g !== undefined);
  const team = plan.subjects.find((s) => s.thing.key === 'people-hugging');
  const named = out.length;
  if (group && out.length < 2) {
    for (const key of group.slice(0, MAX_FIGURES - out.length)) {
      const thing = resolveThing(key, true);
      if (thing) out.push({ label: thing.label, thing, count: 1, size: 'normal', role: 'prop', wearing: [], holding: [] });
    }
  }
  // "a team of professionals": the named people are the team, drawn as figures, not as the hugging emoji.
  if (team && out.length >= 2) plan.subjects = plan.subjects.filter((s) => s !== team);
  const first = out[0];
  if (first && (out.length > named || (team && out.length >= 2)) && plan.subjects.find((s) => s.role === 'main') !== first) {
    first.role = 'main';
    for (const s of plan.subjects) if (s.role === 'main' && s !== first) s.role = 'prop';
    if (!plan.subjects.includes(first)) plan.subjects.unshift(first);
    else plan.subjects = [first, ...plan.subjects.filter((s) => s !== first)];
  }
  // "a family in a park": with no template the group's other people stand beside the first.
  const added = out.slice(named).filter((f) => f !== first);
  if (added.length) plan.subjects.splice(1, 0, ...added);
  for (const f of added) GROUP_ADDED.add(f);
  return out;
}

/**
 * "a family of five people (mom, dad, two sisters and a brother)": the people it goes on to name
 * are the five, not five more.
 */
function dropSpelledOut(plan: ScenePlan): void {
  const at = plan.subjects.findIndex((s) => s.thing.key === 'person' && s.count > 1);
  if (at < 0) return;
  const people = (s: Subject) => s.thing.animate && s.thing.head && s.thing.key !== 'person';
  let named = 0;
  for (const s of plan.subjects.slice(at + 1)) {
    if (!people(s)) break;
    named += s.count;
  }
  if (named !== plan.subjects[at].count) return;
  const [generic] = plan.subjects.splice(at, 1);
  if (generic.role === 'main') plan.subjects[at].role = 'main';
}

function gameOf(ws: string[]): (typeof GAMES)[string] | undefined {
  for (let i = 0; i < ws.length; i++) {
    const two = GAMES[`${ws[i]} ${ws[i + 1] ?? ''}`];
    if (two) return two;
    const one = GAMES[ws[i]];
    // "cards" and "card" are a game only when played ("business cards" are not).
    if (one && (one.board !== 'cards' || ws.slice(Math.max(0, i - 3), i).some((w) => w.startsWith('play')))) return one;
  }
  return undefined;
}

/** The game's pieces are drawn on its board, not held or stood beside the figures. */
function dropPieces(plan: ScenePlan, figures: Subject[]): void {
  // The table they play at is the template's own ("playing checkers at a kitchen table").
  const own = (t: Thing) => GAME_PIECES.has(t.key) || t.proc === 'table';
  plan.subjects = plan.subjects.filter((s) => !own(s.thing));
  for (const s of [...plan.subjects, ...figures]) s.holding = s.holding.filter((h) => !own(h));
}

function restSupport(ws: string[], at: (i: number) => string | undefined): Thing | undefined {
  for (let i = 0; i < ws.length; i++) {
    const key = REST_SUPPORTS[`${at(i)} ${at(i + 1) ?? ''}`] ?? REST_SUPPORTS[ws[i]];
    if (!key) continue;
    if (key === 'windowsill') return { ...thingOf('window', 'windowsill'), key: 'windowsill' };
    return thingOf(key, key.replace('proc:', ''));
  }
  return undefined;
}

function article(label: string): string {
  return `${/^[aeiou]/.test(label) ? 'an' : 'a'} ${label}`;
}
