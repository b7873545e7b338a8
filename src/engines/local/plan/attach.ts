// How a newly named thing attaches to the subjects named before it: as part of the last one (a
// cake's candles), under it (a lily pad, a bridge), in a creature's hands, as its seat or its mount.
import type { Relation, WearSlot } from '../read/lexicon-scene.js';
import { BOATS, PARTS_OF, RIDEABLE, SEATS, SUPPORTS } from '../read/lexicon-reader.js';
import type { Subject } from './scene-plan.js';
import { thingOf, type Thing } from '../read/things.js';

// Garments drawn as the figure's outfit (jeans are the blue trousers under a t-shirt), and shoes,
// which the figure's own feet show.
const GARMENT_OUTFIT: Record<string, string> = {
  jeans: 'tshirt', shorts: 'tshirt', 't-shirt': 'tshirt', 'running-shirt': 'tshirt', dress: 'dress', coat: 'coat',
  kimono: 'robe', sari: 'dress', 'lab-coat': 'labcoat', 'safety-vest': 'vest', 'proc:hoodie': 'hoodie',
};
const FOOTWEAR = new Set(['running-shoe', 'hiking-boot', 'high-heeled-shoe', 'mans-shoe', 'womans-boot', 'flat-shoe', 'socks', 'thong-sandal', 'womans-sandal', 'ballet-shoes']);

export interface AttachContext {
  /** Subjects named so far, in prompt order. */
  subjects: Subject[];
  /** The last creature named. */
  owner: Subject | undefined;
  relation: Relation | 'with' | undefined;
  lastPreposition: string | undefined;
  /** A colour named just before the thing. */
  color: { name: string; hex: string } | undefined;
}

/** Attach the thing to a subject already named; false when it is a subject of its own. */
export function attachThing(thing: Thing, at: AttachContext): boolean {
  // "a stir fry in a wok", "a wok of stir fry": the dish is drawn in its wok, which is no second thing.
  if (thing.key === 'proc:wok' || thing.key === 'proc:stir-fry') {
    const held = at.subjects.flatMap((s) => s.holding);
    if (thing.key === 'proc:wok' && [...at.subjects.map((s) => s.thing), ...held].some((t) => t.key === 'proc:stir-fry')) return true;
    const wok = at.subjects.find((s) => s.thing.key === 'proc:wok');
    if (thing.key === 'proc:stir-fry' && wok) {
      Object.assign(wok, { thing, label: thing.label });
      return true;
    }
    // "a chef cooking stir fry": the pan cooking gives the chef is this wok.
    const pans = thing.key === 'proc:wok' ? ['cooking'] : ['proc:wok', 'cooking'];
    const holder = at.subjects.find((s) => s.holding.some((t) => pans.includes(t.key)));
    if (holder) {
      holder.holding = holder.holding.map((t) => (pans.includes(t.key) ? thing : t));
      return true;
    }
  }
  // "a cake with candles": the candles are the birthday cake's own.
  const whole = at.relation === 'with' ? at.subjects.at(-1) : undefined;
  const becomes = whole ? PARTS_OF[whole.thing.key]?.[thing.key] : undefined;
  if (whole && becomes) {
    if (becomes !== whole.thing.key) {
      whole.thing = thingOf(becomes, becomes.replace(/-/g, ' '));
      whole.label = whole.thing.label;
    }
    return true;
  }
  const { owner, relation, lastPreposition, color } = at;
  // "a frog on a lily pad", "a train crossing a bridge": the subject just named stands on it.
  const stander = at.subjects.at(-1);
  const onto = relation === 'cross' || ['on', 'across', 'over', 'onto'].includes(lastPreposition ?? '');
  const tableTop = thing.proc === 'table' || thing.proc === 'desk';
  if (stander && onto && SUPPORTS.has(thing.key) && !stander.standsOn && stander.thing.place !== 'sky' && (!tableTop || stander.thing.place === 'table')) {
    stander.standsOn = color ? { ...thing, tint: color.hex, label: `${color.name} ${thing.label}` } : thing;
    return true;
  }
  // "a woman wearing jeans", "a man in a t-shirt": clothes named for a figure are worn, not beside it.
  if (owner?.thing.animate && (relation === 'wear' || lastPreposition === 'in' || relation === 'with') && (thing.key in GARMENT_OUTFIT || FOOTWEAR.has(thing.key))) {
    const kind = GARMENT_OUTFIT[thing.key];
    if (kind && !owner.wearing.some((w) => w.slot === 'outfit')) {
      owner.wearing.push({ slot: 'outfit', key: kind, label: color ? `${color.name} ${thing.label}` : thing.label, ...(color && kind !== 'tshirt' ? { color: color.hex } : {}) });
    }
    return kind !== undefined || FOOTWEAR.has(thing.key);
  }
  if (owner && relation && !thing.animate) {
    // "a koala hugging a tree": something bigger than a hand-held thing stands beside instead.
    const holdable = thing.size <= 0.6 || thing.place === 'table';
    if ((relation === 'hold' && holdable) || (relation === 'with' && (thing.size <= 0.45 || thing.place === 'table') && owner.thing.animate)) {
      if (owner.holding.length < 2 && !owner.holding.some((h) => h.key === thing.key)) {
        owner.holding.push(color ? { ...thing, label: `${color.name} ${thing.label}` } : thing);
      }
      return true;
    }
    if (relation === 'sit' && SEATS.has(thing.key)) {
      owner.seatedOn = thing;
      return true;
    }
    if (relation === 'ride' && RIDEABLE.has(thing.key)) {
      owner.riding = thing;
      return true;
    }
  }
  if (owner && relation === 'ride' && RIDEABLE.has(thing.key) && thing.animate && lastPreposition !== 'on') {
    owner.riding = thing;
    return true;
  }
  if (owner?.thing.animate && lastPreposition === 'in' && BOATS.has(thing.key) && !owner.riding) {
    owner.riding = thing;
    return true;
  }
  if (owner?.thing.animate && (lastPreposition === 'on' || lastPreposition === 'in') && SEATS.has(thing.key)) {
    owner.seatedOn = thing;
    return true;
  }
  if (owner && (relation === 'ride' || relation === 'sit') && lastPreposition === 'on' && RIDEABLE.has(thing.key)) {
    owner.riding = thing;
    return true;
  }
  return false;
}

/**
 * "A platformer character, blue shirt, dark pants": clothes named after a person, in no other
 * relation to them (held, beside them), are the person's.
 */
export function dressesPerson(slot: WearSlot, relation: Relation | 'with' | undefined): boolean {
  return (slot === 'outfit' || slot === 'legs') && relation !== 'hold' && relation !== 'near';
}

/** "Dark pants", "light trousers": no colour word, but a shade of the usual one. */
export function legsShade(slot: WearSlot, before: string | undefined): { name: string; hex: string } | undefined {
  if (slot !== 'legs' || (before !== 'dark' && before !== 'light')) return undefined;
  return { name: before, hex: before === 'dark' ? '#2c303b' : '#c9c2b2' };
}
