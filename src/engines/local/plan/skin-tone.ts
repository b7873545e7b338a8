// Skin tones the prompt gives a person ("warm olive skin", "ebony skin"): the person's emoji in
// that tone (Fluent's skin-tone variants), its drawn body coloured to match (paint/figures/head.ts).
// See docs/local-engine.md, "Word senses".
import { hasIcon } from '../read/icon-names.js';
import type { SkinTone } from '../read/modifier-senses.js';
import type { Subject } from './scene-plan.js';

/** A skin tone, and whose: the person the words were about, if one came before them. */
export interface ToneSaid {
  subject: Subject | undefined;
  tone: SkinTone;
}

const TONED = /-(light|medium-light|medium|medium-dark|dark)$/;

/** A picture with a variant in this tone, not yet toned: only people (and hands) have them. */
function toneable(s: Subject, tone: SkinTone): boolean {
  const icon = s.thing.icon;
  return icon !== undefined && !TONED.test(icon) && hasIcon(`${icon}-${tone}`);
}

/** Each tone on its person (or the first person, when said before any): after hair, which picks the base emoji. */
export function applySkinTones(subjects: Subject[], tones: readonly ToneSaid[]): void {
  for (const { subject, tone } of tones) {
    const person = subject && toneable(subject, tone) ? subject : subjects.find((s) => toneable(s, tone));
    if (!person) continue;
    const icon = `${person.thing.icon}-${tone}`;
    person.thing = { ...person.thing, key: icon, icon };
  }
}
