// What an educational diagram shows, by its topic: the parts drawn (an emoji each), the label
// under each, and how they are laid out: around a centre (photosynthesis: sunlight, water and
// carbon dioxide into the plant, oxygen out of it), in a cycle (the water cycle, a life cycle) or
// in a chain (a food chain). A diagram of any other topic shows the prompt's own things, labelled
// (compose/modes/diagram.ts draws them; docs/local-engine.md, "What it understands").

export type DiagramLayout = 'hub' | 'cycle' | 'chain';

export interface DiagramPart {
  icon: string;
  label: string;
  /** For a hub: an arrow into the centre (what it takes in) or out of it (what it gives). */
  out?: boolean;
}

export interface DiagramTopic {
  title: string;
  layout: DiagramLayout;
  /** A hub's centre. */
  centre?: DiagramPart;
  parts: DiagramPart[];
  /** The prompt's words this topic was read from: drawn, so not "not drawn". */
  words: string[];
}

/** A diagram, flowchart or schematic asked for (a trigger of the screen mode, plan/modes/choose-mode.ts). */
export const DIAGRAM_TRIGGER = /\b(diagrams?|flow ?charts?|schematics?|life ?cycles?|water cycle|food (?:chain|web)s?)\b/;

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
  return undefined;
}

export function diagramWords(lower: string): string[] {
  return diagramTopic(lower)?.words ?? DIAGRAM_WORDS;
}
