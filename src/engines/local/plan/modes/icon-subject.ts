// What an app icon shows (docs/local-engine-modes.md, "App icons"): the platform words and the
// things named only as gradient colours are no subject; a prompt with no chart, face or subject
// takes its topic's picture ("a meditation app": a person in the lotus position) or its place's
// emblem ("a bakery": a croissant) before a plain star.
import { SETTING_EMBLEM } from '../../read/lexicon-reader.js';
import { thingOf } from '../../read/things.js';
import type { CompositionMode } from './choose-mode.js';
import { iconGlyph, iconWords, namedOnlyForBackdrop } from './icon-reading.js';
import { quotedTextColor } from './icon-text.js';
import { subjectOf, topicThing } from './mode-subjects.js';
import type { ScenePlan } from '../scene-plan.js';

const PLATFORMS = /^(android|apple|ios|macos|iphone|ipad|windows|mobile phone|watch)$/;

export function readIcon(plan: ScenePlan, mode: CompositionMode, lower: string, text: string): void {
  plan.subjects = plan.subjects.filter((s) => !PLATFORMS.test(s.label) && !namedOnlyForBackdrop(s.label, text));
  for (const s of plan.subjects) s.role = s === plan.subjects[0] ? 'main' : 'prop';
  mode.glyph = iconGlyph(lower, plan.subjects.some((s) => !s.thing.loose), plan.texts.length > 0);
  if (mode.glyph === 'star') {
    const topic = topicThing(lower);
    const emblem = topic ? undefined : SETTING_EMBLEM[plan.setting];
    const thing = topic?.thing ?? (emblem && plan.settingExplicit ? thingOf(emblem, emblem.replace(/-/g, ' ')) : undefined);
    if (thing) {
      for (const s of plan.subjects) s.role = 'prop';
      plan.subjects.unshift(subjectOf(thing));
      mode.glyph = 'subject';
      mode.drawnWords.push(...(topic?.words ?? []));
    }
  }
  if (mode.accent) mode.glyphColor = mode.accent;
  // The quoted text's own colour ("'.avif' in bright white") is the text's, not the tile's.
  const asked = mode.glyph === 'letter' ? quotedTextColor(plan.prompt, plan.texts[0]!.text) : undefined;
  if (asked) {
    mode.glyphColor = asked.hex;
    mode.colors = mode.colors.filter((c) => c !== asked.hex);
  }
  mode.drawnWords.push(...iconWords(mode.glyph));
}
