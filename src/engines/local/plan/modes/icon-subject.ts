// What an app icon shows (docs/local-engine-modes.md, "App icons"): the platform words and the
// things named only as gradient colours are no subject; a prompt with no chart, face or subject
// takes its topic's picture ("a meditation app": a person in the lotus position) or its place's
// emblem ("a bakery": a croissant) before a plain star.
import { SETTING_EMBLEM } from '../../read/lexicon-reader.js';
import { resolveThing, thingOf, type Thing } from '../../read/things.js';
import type { CompositionMode } from './choose-mode.js';
import { iconGlyph, iconWords, namedOnlyForBackdrop } from './icon-reading.js';
import { readIconSet } from './icon-set.js';
import { quotedTextColor } from './icon-text.js';
import { subjectOf, topicThing } from './mode-subjects.js';
import type { ScenePlan } from '../scene-plan.js';

const PLATFORMS = /^(android|apple|ios|macos|iphone|ipad|windows|mobile phone|watch)$/;

export function readIcon(plan: ScenePlan, mode: CompositionMode, lower: string, text: string): void {
  plan.subjects = plan.subjects.filter((s) => !PLATFORMS.test(s.label) && !namedOnlyForBackdrop(s.label, text));
  for (const s of plan.subjects) s.role = s === plan.subjects[0] ? 'main' : 'prop';
  // A set of icons: the listed things, else a set that fits the app or topic (plan/modes/icon-set.ts).
  if (mode.label === 'icon set') {
    const set = readIconSet(lower, plan.subjects.filter((s) => !s.thing.loose).map((s) => s.thing));
    mode.iconSet = set;
    plan.subjects = set.items.map((t, i) => subjectOf(t, i ? 'prop' : 'main'));
    mode.glyph = 'subject';
    mode.drawnWords.push(...set.words, ...iconWords('subject'));
    return;
  }
  mode.glyph = iconGlyph(lower, plan.subjects.some((s) => !s.thing.loose), plan.texts.length > 0);
  // "An outline icon of a house": the word after "icon of" is the glyph, though the scene reader took it for a place.
  const named = mode.glyph === 'star' ? iconOf(lower) : undefined;
  if (named) {
    plan.subjects.unshift(subjectOf(named));
    mode.glyph = 'subject';
  }
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
  // A single icon's style words are drawn by the icon itself (compose/modes/icons.ts).
  if (mode.label === 'icon') mode.drawnWords.push('line', 'outline', 'outlined', 'flat', 'vector', 'pictogram', 'pictograms', 'glyph', 'minimal', 'minimalist', 'simple', 'filled', 'solid', 'stroke', 'monochrome', 'silhouette', 'svg', 'ui', 'web');
  if (mode.accent) mode.glyphColor = mode.accent;
  // The quoted text's own colour ("'.avif' in bright white") is the text's, not the tile's.
  const asked = mode.glyph === 'letter' ? quotedTextColor(plan.prompt, plan.texts[0]!.text) : undefined;
  if (asked) {
    mode.glyphColor = asked.hex;
    mode.colors = mode.colors.filter((c) => c !== asked.hex);
  }
  mode.drawnWords.push(...iconWords(mode.glyph));
}

function iconOf(lower: string): Thing | undefined {
  const m = /\b(?:icons?|pictograms?|glyphs?|favicons?) (?:of|showing|with) (?:an? |the )?([a-z]+)(?: ([a-z]+))?/.exec(lower);
  if (!m) return undefined;
  return (m[2] ? resolveThing(`${m[1]} ${m[2]}`, true) : undefined) ?? resolveThing(m[1]!, true);
}
