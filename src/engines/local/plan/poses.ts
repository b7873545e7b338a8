// How a creature holds itself, from the words next to it: "a kitten asleep on a windowsill" and
// "a cat curled up on a sofa" are curled up (eyes closed when asleep), "a dog lying on the rug" lies
// with its head up, "a flying pig" and "a cat flying among birds" are in the air, "a dog running on
// the beach" leans into its stride off the ground. Also the one
// size word that is not a size: "a little girl" is a child (her picture already is), not a small
// drawing of one, and "a giant panda" is a panda. See docs/local-engine.md, "Size and pose".
import { SLEEP_WORDS } from '../read/lexicon-actions.js';
import { unnegated } from '../read/negation.js';
import type { Token } from '../read/tokens.js';
import type { Pose, ScenePlan, Subject } from './scene-plan.js';

const words = (s: string) => new Set(s.split(' '));
/** Animals and plants whose name begins with "giant". */
const GIANT_SPECIES = words('panda pandas anteater schnauzer sequoia sequoias redwood redwoods kelp');
const CURL_WORDS = words('curled curl curls snuggled cuddled');
const LIE_WORDS = words('lying lies lay laying lounging lounges sprawled sprawling stretched resting rests');
const FLY_WORDS = words('flying flies soaring soars gliding glides hovering hovers airborne winged');
const RUN_WORDS = words('running runs galloping gallops sprinting sprints dashing dashes racing races bounding bounds trotting trots leaping leaps jumping jumps chasing chases fleeing charging');
/** "running water", "racing car", "jumping jacks": not a creature on the move. */
const NOT_RUN_AFTER = words('water shoe shoes track tracks gear car cars jacks rope off late out low');
const WING = /^wings?$/;
const NOT = words('not never isnt isn\'t nt');
/** "a flying fish", "a flying squirrel": kinds of animal, not a pose. */
const NAMED_FLYING = words('fish squirrel squirrels lemur');
/** "a boy flying a kite": the kite flies, not the boy. */
const OBJECT_AFTER = words('a an the his her their its my some two three kites kite drone drones plane planes');
/** A pose word after these describes what follows: "a sleeping cat", "two flying pigs". */
const DETERMINERS = words('a an the some two three four five six many several his her their its my');
/** People and the young: "little" and "small" say their age, not how big to draw them. */
const YOUNG = /^(girl|boy|child|baby|kid|person|man|woman)\b/;
const PERSON_ICON = /^(man|woman|person|boy|girl|child|baby|old-man|old-woman|people)\b|-(man|woman|person)\b/;
const PEOPLE_LABEL = /\b(girl|boy|child|kid|baby|sister|brother|daughter|son|toddler|princess|prince)s?$/;

/** Reads each creature's pose (and asleep) into the plan's subjects; corrects "little girl" sizes. */
export function readPoses(plan: ScenePlan, all: Token[]): void {
  for (const s of plan.subjects) {
    if ((s.size === 'small' || s.size === 'tiny') && (YOUNG.test(s.thing.icon ?? '') || PEOPLE_LABEL.test(s.label)) && s.thing.head) s.size = 'normal';
  }
  const tokens = unnegated(all);
  const ws = tokens.map((t) => t.normal);
  // "a giant panda" is the panda, drawn its own size.
  for (let i = 0; i + 1 < ws.length; i++) {
    if (ws[i] !== 'giant' || !GIANT_SPECIES.has(ws[i + 1])) continue;
    const s = plan.subjects.find((x) => nameWords(x).has(ws[i + 1]));
    if (s?.size === 'huge') s.size = 'normal';
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const w = t.normal;
    const sleep = SLEEP_WORDS.has(w) || SLEEP_WORDS.has(t.root);
    const curl = CURL_WORDS.has(w);
    const lie = LIE_WORDS.has(w) || (w === 'down' && ws[i - 1] === 'lying');
    const fly = FLY_WORDS.has(w) || (w === 'fly' && ['can', 'could', 'to', 'will'].includes(ws[i - 1] ?? ''));
    // "mid-run", "mid-stride" read as two words.
    const run = (RUN_WORDS.has(w) && !NOT_RUN_AFTER.has(ws[i + 1] ?? '')) || (ws[i - 1] === 'mid' && /^(run|stride|gallop|leap|jump|sprint)$/.test(w));
    if (!sleep && !curl && !lie && !fly && !run) continue;
    // "a cat that is not sleeping", "a dog never lying down".
    if (NOT.has(ws[i - 1] ?? '') || (ws[i - 1] === 'is' && NOT.has(ws[i - 2] ?? ''))) continue;
    if (fly && (OBJECT_AFTER.has(ws[i + 1] ?? '') || (w === 'flying' && NAMED_FLYING.has(ws[i + 1] ?? '')))) continue;
    // "a frog catching flies": a noun, unless right after its creature ("a pig flies").
    if (w === 'flies' && !plan.subjects.some((x) => nameWords(x).has(ws[i - 1] ?? ''))) continue;
    const s = subjectAt(plan, ws, i, fly);
    if (!s || !s.thing.animate && !fly) continue;
    // A flying saucer, a flying fish: the word is part of its name.
    if (fly && (s.thing.key.includes('flying') || s.label.includes(w) || s.thing.place === 'sky')) continue;
    if (fly) {
      s.pose = 'flying';
      // Its wings are drawn on it (compose/place-main.ts), not as things of their own.
      plan.subjects = plan.subjects.filter((o) => !WING.test(o.thing.key));
      continue;
    }
    // People keep their own figure: a sleeping person is not drawn curled up like a cat, and a
    // running one is the runner's emoji (plan/plan-finish.ts).
    if (PERSON_ICON.test(s.thing.icon ?? '')) continue;
    if (run) {
      // An animal at a run leans into its stride; curled or lying wins over a later "chasing".
      if (!s.pose) s.pose = 'running';
      continue;
    }
    if (sleep) s.asleep = true;
    const pose: Pose = sleep || curl ? 'curled' : 'lying';
    if (s.pose !== 'curled') s.pose = pose;
  }
}

/**
 * The creature a pose word belongs to: the one it describes ("a sleeping tabby cat"), else the last
 * one named before it ("a cat curled up on a dog bed", "a kitten that is asleep").
 */
function subjectAt(plan: ScenePlan, ws: string[], i: number, fly: boolean): Subject | undefined {
  // "a pig with wings flying": the pig flies, its wings are its own.
  const named = (w: string | undefined) => (w === undefined ? undefined : plan.subjects.find((s) => nameWords(s).has(w) && !(fly && WING.test(s.thing.key))));
  if (i === 0 || DETERMINERS.has(ws[i - 1])) {
    for (let j = i + 1; j < ws.length && j <= i + 3; j++) {
      const s = named(ws[j]);
      if (s) return s;
    }
  }
  for (let j = i - 1; j >= 0; j--) {
    const s = named(ws[j]);
    if (s) return s;
  }
  return undefined;
}

function nameWords(s: Subject): Set<string> {
  const out = new Set<string>();
  for (const part of s.label.split(/[\s-]+/)) {
    out.add(part);
    out.add(`${part}s`);
    out.add(`${part}es`);
  }
  out.add(s.thing.key);
  return out;
}
