// Words to drawable things: the engine's synonyms, then emoji names, then emojilib's keywords.
import { hasIcon, iconForKeyword } from './icon-names.js';
import { NOT_THINGS } from './lexicon-scene.js';
import { FACE_OF, HEAD_ICONS, THING_WORDS, traitsOf, type Placement, type ProcKind } from './lexicon-things.js';

/** Something drawable: an emoji or a procedural picture, with what the composer needs to know. */
export interface Thing {
  /** Emoji name, or `proc:<kind>`. */
  key: string;
  icon?: string;
  proc?: ProcKind;
  label: string;
  place: Placement;
  /** Natural size relative to a person (~0.75). */
  size: number;
  animate: boolean;
  /** The picture is a head or bust, so a body can be drawn below it. */
  head: boolean;
  /** Hex the picture is recoloured to unless the prompt names a colour (a cherry tree is pink). */
  tint?: string;
  /** Found only by emojilib's keywords, a loose guess ("post" as a placard): a weak main subject. */
  loose?: true;
}

/** A word's picture: synonyms, then an emoji of that exact name, then emojilib's keywords. */
export function resolveThing(word: string, strict = false): Thing | undefined {
  if (NOT_THINGS.has(word)) return undefined;
  const spec = THING_WORDS[word];
  if (spec !== undefined) {
    if (typeof spec === 'string') return thingOf(spec, word);
    const over = { ...(spec.tint ? { tint: spec.tint } : {}), ...(spec.size ? { size: spec.size } : {}) };
    if (spec.proc) return { ...thingOf(`proc:${spec.proc}`, spec.label ?? word), ...over };
    if (spec.icon) return { ...thingOf(spec.icon, spec.label ?? word), ...over };
  }
  const name = word.replace(/ /g, '-');
  if (hasIcon(name)) return thingOf(name, word);
  if (!strict && !word.includes(' ')) {
    const byKeyword = iconForKeyword(word);
    // Named by what the art shows ("satellite antenna"), not by the prompt's word ("dish").
    if (byKeyword) return { ...thingOf(byKeyword, byKeyword === name ? word : byKeyword.replace(/-/g, ' ')), loose: true };
  }
  return undefined;
}

export function thingOf(key: string, label: string): Thing {
  const proc = key.startsWith('proc:') ? (key.slice(5) as ProcKind) : undefined;
  const traits = traitsOf(proc ?? key);
  return {
    key, label, place: traits.place, size: traits.size, animate: traits.animate,
    head: !proc && HEAD_ICONS.has(key), ...(proc ? { proc } : { icon: key }),
  };
}

/** The same creature as a head, so a body with clothes can be drawn under it. */
export function headVariant(thing: Thing): Thing {
  if (thing.head || !thing.icon) return thing;
  const face = FACE_OF[thing.icon];
  return face ? { ...thing, key: face, icon: face, head: true } : thing;
}
