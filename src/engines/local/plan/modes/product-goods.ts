// A product shot's product in its own art (docs/local-engine.md, "Product vocabulary"): the
// general picture a word found (a phone emoji, a volume symbol for "speaker", a teapot for "kettle",
// the animal for "mouse") becomes the drawn product. Scenes keep their emoji.
import { PRODUCT_SWAPS } from '../../read/lexicon-goods.js';
import { thingOf } from '../../read/things.js';
import type { Subject } from '../scene-plan.js';

/** Swap each subject's general picture for the product's art; returns the labels given. */
export function productGoods(subjects: Subject[], lower: string): string[] {
  const given: string[] = [];
  for (const s of subjects) {
    const icon = s.thing.icon;
    const swap = icon === undefined ? undefined : PRODUCT_SWAPS.find((p) => p.from.includes(icon) && (!p.when || p.when.test(lower)));
    if (!swap) continue;
    const thing = thingOf(swap.proc ? `proc:${swap.proc}` : swap.icon!, swap.label);
    s.thing = { ...thing, size: Math.max(thing.size, s.thing.size) };
    s.label = swap.label;
    given.push(swap.label);
  }
  return given;
}

/** Studio words that make a lone product a product shot: "studio lighting", "on a pastel background", "isolated on white". */
export const STUDIO_WORDS = /\b(studio (?:lighting|lights?|lit|backdrop|background|setup)|[a-z]+ (?:background|backdrop)|seamless|isolated on)\b/;
