// An infographic with no device (docs/local-engine-modes.md, "Infographics"): about business or
// data it is a board of charts, funnels and timelines (screen.ts); about anything else it shows what
// it is about: a known topic's parts (photosynthesis round the plant, the water cycle, the solar
// system), else the things the prompt names, each on a labelled panel, joined by arrows when the
// prompt tells a process ("how a bridge works"), under the topic as a headline.
import type { DiagramPart, DiagramTopic } from '../../plan/modes/diagram-topics.js';
import { BUSINESS_INFOGRAPHIC, infographicFlows, infographicTitle, infographicTopic } from '../../plan/modes/infographic-topics.js';
import type { Composition } from '../composition.js';
import { composeDiagram } from './diagram.js';
import { modeSubjects } from './hero.js';
import type { ModeResult } from './mode-kit.js';

/** The infographic of what the prompt is about, or undefined for the generic board (business, data, or nothing drawable named). */
export function composeInfographic(composition: Composition): ModeResult | undefined {
  const { plan } = composition;
  const lower = plan.prompt.toLowerCase();
  const known = infographicTopic(lower);
  if (known) return composeDiagram(composition, withTitle(known, plan.texts), true);
  if (BUSINESS_INFOGRAPHIC.test(lower)) return undefined;
  const topic = ownTopic(composition, lower);
  return topic ? composeDiagram(composition, topic, true) : undefined;
}

/** The prompt's own things (not emojilib's loose guesses), each a labelled panel. */
function ownTopic(composition: Composition, lower: string): DiagramTopic | undefined {
  // (The things the prompt names first, then those its scene adds: "ocean animals: a whale, …" before a crab.)
  const named = (label: string) => (lower.includes(label.split(' ').at(-1)!) ? 0 : 1);
  const things = modeSubjects(composition, true).filter((s) => !s.thing.loose && !/^label/.test(s.label))
    .map((s, i) => ({ s, i })).sort((a, b) => named(a.s.label) - named(b.s.label) || a.i - b.i).map((x) => x.s)
    .filter((s, i, all) => all.findIndex((o) => o.thing.key === s.thing.key) === i).slice(0, 5);
  if (!things.length) return undefined;
  const parts: DiagramPart[] = things.map((s) => ({ icon: s.thing.icon ?? '', label: cap(s.label), ...(s.thing.icon ? {} : { subject: s }) }));
  const title = quoted(composition.plan.texts) ?? infographicTitle(composition.plan.prompt) ?? '';
  // One thing alone is the infographic's centre ("how a suspension bridge works": the bridge).
  if (parts.length === 1) return { title, layout: 'hub', centre: parts[0]!, parts: [], words: [] };
  return { title, layout: 'chain', ...(infographicFlows(lower) ? {} : { flow: false as const }), parts, words: [] };
}

function withTitle(topic: DiagramTopic, texts: { text: string }[]): DiagramTopic {
  const q = quoted(texts);
  return q ? { ...topic, title: q } : topic;
}

function quoted(texts: { text: string }[]): string | undefined {
  const t = texts.map((x) => x.text).join(' ').trim();
  return t || undefined;
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
