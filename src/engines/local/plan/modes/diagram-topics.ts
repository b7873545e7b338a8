// What an educational diagram shows, by its topic: the parts drawn (an emoji each), the label
// under each, and how they are laid out: around a centre (photosynthesis: sunlight, water and
// carbon dioxide into the plant, oxygen out of it), in a cycle (the water cycle, a life cycle) or
// in a chain (a food chain). A diagram of any other topic shows the prompt's own things, labelled
// (compose/modes/diagram.ts draws them; docs/local-engine.md, "What it understands").

import type { Subject } from '../scene-plan.js';

export type DiagramLayout = 'hub' | 'cycle' | 'chain';

export interface DiagramPart {
  icon: string;
  label: string;
  /** For a hub: an arrow into the centre (what it takes in) or out of it (what it gives). */
  out?: boolean;
  /** A thing the prompt names with no emoji (a bridge): drawn as the scene draws it (an infographic's own things). */
  subject?: Subject;
}

export interface DiagramTopic {
  title: string;
  layout: DiagramLayout;
  /** A hub's centre. */
  centre?: DiagramPart;
  parts: DiagramPart[];
  /** A chain of panels with no arrows between them (an infographic of a set of things: the solar system). */
  flow?: false;
  /** The prompt's words this topic was read from: drawn, so not "not drawn". */
  words: string[];
}

/** A diagram, flowchart or schematic asked for (a trigger of the screen mode, plan/modes/choose-mode.ts). */
export const DIAGRAM_TRIGGER = /\b(diagrams?|flow ?charts?|schematics?|life ?cycles?|water cycle|food (?:chain|web)s?|process (?:illustrations?|flows?|graphics?|visuals?)|(?:user|work) ?flows?)\b|[a-z] ?(?:->|→|=>) ?[a-z]/;
/** "chat order -> verified payment -> receipt": a process in steps, each drawn by its picture. */
const ARROW = /\s*(?:->|→|=>)\s*/;
const STEP_ICONS: [RegExp, string][] = [
  [/\b(chat|message|messages|conversation)\b/, 'speech-balloon'], [/\b(verif\w*|approv\w*|confirm\w*|check)\b/, 'check-mark-button'],
  [/\b(pay|payment|paid|checkout|card|billing)\b/, 'credit-card'], [/\b(receipts?|invoices?|bills?)\b/, 'receipt'],
  [/\b(orders?|cart|shop|shopping|purchase|buy)\b/, 'shopping-cart'], [/\b(deliver\w*|ship\w*|fulfil\w*|dispatch\w*|parcels?)\b/, 'package'],
  [/\b(sign ?up|register\w*|account|profile|users?|customers?)\b/, 'bust-in-silhouette'], [/\b(log ?in|sign ?in|password|secure\w*)\b/, 'key'],
  [/\b(reviews?|ratings?|feedback)\b/, 'star'], [/\b(e-?mails?|newsletters?)\b/, 'envelope'], [/\b(ideas?|brainstorm\w*)\b/, 'light-bulb'],
  [/\b(design\w*|prototyp\w*|sketch\w*)\b/, 'artist-palette'], [/\b(build\w*|develop\w*|code|coding)\b/, 'laptop'],
  [/\b(test\w*|qa)\b/, 'test-tube'], [/\b(launch\w*|release\w*|deploy\w*)\b/, 'rocket'], [/\b(data|analy\w*|reports?|results?)\b/, 'bar-chart'],
];

const TOPICS: { re: RegExp; topic: Omit<DiagramTopic, 'words'> }[] = [
  {
    re: /\bphotosynthe\w*/,
    topic: {
      title: 'Photosynthesis', layout: 'hub', centre: { icon: 'potted-plant', label: 'Plant' },
      parts: [{ icon: 'sun', label: 'Sunlight' }, { icon: 'droplet', label: 'Water' }, { icon: 'cloud', label: 'Carbon dioxide' }, { icon: 'dashing-away', label: 'Oxygen', out: true }],
    },
  },
  {
    re: /\b(water cycle|hydrologic(?:al)? cycle|evaporation|precipitation)\b/,
    topic: {
      title: 'The Water Cycle', layout: 'cycle',
      parts: [{ icon: 'sun', label: 'Evaporation' }, { icon: 'cloud', label: 'Condensation' }, { icon: 'cloud-with-rain', label: 'Precipitation' }, { icon: 'water-wave', label: 'Collection' }],
    },
  },
  {
    re: /\b(life ?cycle of (?:an? |the )?butterfl\w*|butterfly(?:'s)? life ?cycle|metamorphosis)\b/,
    topic: {
      title: 'Life Cycle of a Butterfly', layout: 'cycle',
      parts: [{ icon: 'egg', label: 'Egg' }, { icon: 'bug', label: 'Caterpillar' }, { icon: 'leaf-fluttering-in-wind', label: 'Chrysalis' }, { icon: 'butterfly', label: 'Butterfly' }],
    },
  },
  {
    re: /\b(life ?cycle of (?:an? |the )?(?:chicken|hen|chick)s?|chicken(?:'s)? life ?cycle)\b/,
    topic: {
      title: 'Life Cycle of a Chicken', layout: 'cycle',
      parts: [{ icon: 'egg', label: 'Egg' }, { icon: 'hatching-chick', label: 'Hatching' }, { icon: 'baby-chick', label: 'Chick' }, { icon: 'chicken', label: 'Chicken' }],
    },
  },
  {
    re: /\b(food (?:chain|web)s?)\b/,
    topic: {
      title: 'Food Chain', layout: 'chain',
      parts: [{ icon: 'herb', label: 'Plant' }, { icon: 'rabbit', label: 'Rabbit' }, { icon: 'fox', label: 'Fox' }, { icon: 'eagle', label: 'Eagle' }],
    },
  },
];

/** Words about a diagram's purpose rather than its content: drawn by being a diagram. */
const DIAGRAM_WORDS = ['diagram', 'diagrams', 'flowchart', 'flowcharts', 'chart', 'schematic', 'schematics', 'educational', 'process',
  'cycle', 'cycles', 'lifecycle', 'labels', 'labelled', 'labeled', 'arrows', 'explaining', 'textbook', 'biology', 'science', 'lesson', 'stages', 'stage', 'high', 'labelled', 'label'];

export function diagramTopic(lower: string): DiagramTopic | undefined {
  for (const { re, topic } of TOPICS) {
    const m = re.exec(lower);
    if (m) return { ...topic, words: [...DIAGRAM_WORDS, ...m[0].split(' ')] };
  }
  return stepsTopic(lower);
}

/** A process given as steps joined by arrows, each step a labelled picture in a chain ("no text": unlabelled). */
function stepsTopic(lower: string): DiagramTopic | undefined {
  const clause = lower.split(/[,;.\n]/).find((c) => ARROW.test(c));
  if (!clause) return undefined;
  const colon = clause.lastIndexOf(':', clause.search(ARROW));
  const steps = clause.slice(colon + 1).split(ARROW).map((t) => t.trim()).filter(Boolean).slice(0, 5);
  if (steps.length < 2) return undefined;
  const title = colon > 0 ? clause.slice(0, colon).trim().split(' ').slice(-3).join(' ') : 'Process';
  const bare = /\b(?:no|without) (?:text|words|labels)\b/.test(lower);
  // A step is its last noun: "verified payment" is a payment (a card), "chat order" an order.
  const iconOf = (step: string) => STEP_ICONS.map(([re, icon]) => ({ icon, at: step.search(re) })).filter((m) => m.at >= 0).sort((a, b) => b.at - a.at)[0]?.icon ?? 'gear';
  const parts = steps.map((step) => ({ icon: iconOf(step), label: bare ? '' : step.replace(/\b\w/g, (ch) => ch.toUpperCase()) }));
  return { title: bare ? '' : title.replace(/\b\w/g, (ch) => ch.toUpperCase()), layout: 'chain', parts, words: [...DIAGRAM_WORDS, ...steps.flatMap((t) => t.split(/\s+/)), ...title.split(' '), 'flow', 'illustration'] };
}

export function diagramWords(lower: string): string[] {
  return diagramTopic(lower)?.words ?? DIAGRAM_WORDS;
}
