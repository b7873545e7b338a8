// What an infographic about a topic shows (docs/local-engine-modes.md, "Infographics"): a known
// diagram topic (photosynthesis, the water cycle, a life cycle: plan/modes/diagram-topics.ts), a
// few topics of its own (the solar system, how coffee is made), else the things the prompt names,
// each labelled. Charts, funnels and timelines are drawn only for an infographic about business or data.
import { diagramTopic, type DiagramTopic } from './diagram-topics.js';

/** An infographic about business or data: its charts, funnels and timelines are its content. */
export const BUSINESS_INFOGRAPHIC = /\b(business\w*|sales|revenue|growth|profits?|marketing|markets?|data|statistics?|stats|kpis?|metrics|analytics|financ\w*|budgets?|conversions?|funnels?|roadmaps?|timelines?|milestones?|quarterly|annual|startups?|compan(?:y|ies)|customers?|roi|invest\w*|surveys?|percent\w*|econom\w*|charts?|graphs?|seo|saas|users?|traffic|engagement|leads?|sellers?|brands?)\b/;

/** A process told in steps: its panels are joined by arrows. */
const FLOW = /\b(arrows?|flows?|how\b|process\w*|steps?|stages?|made|works?|journey|becomes?|turns? into|from\b.+\bto\b|cycles?|chains?)\b/;

const TOPICS: { re: RegExp; topic: Omit<DiagramTopic, 'words'> }[] = [
  {
    re: /\b(solar system|planets?|astronomy)\b/,
    topic: {
      title: 'The Solar System', layout: 'chain', flow: false,
      parts: [{ icon: 'sun', label: 'Sun' }, { icon: 'globe-showing-americas', label: 'Earth' }, { icon: 'full-moon', label: 'Moon' }, { icon: 'ringed-planet', label: 'Saturn' }, { icon: 'comet', label: 'Comet' }],
    },
  },
  {
    re: /\b(coffee|espresso)\b(?=.*\b(made|making|process\w*|brew\w*|production|produced|journey|from|bean|beans|roast\w*|farm\w*|grown|steps?)\b)|\b(from )?(coffee )?bean to (cup|coffee)\b/,
    topic: {
      title: 'How Coffee Is Made', layout: 'chain',
      parts: [{ icon: 'seedling', label: 'Grow' }, { icon: 'beans', label: 'Pick the beans' }, { icon: 'fire', label: 'Roast' }, { icon: 'hot-beverage', label: 'Brew' }],
    },
  },
  {
    re: /\b(suspension bridges?|bridges? works?|how (?:an? |the )?bridges? works?|bridge engineering)\b/,
    topic: {
      title: 'How a Suspension Bridge Works', layout: 'chain',
      parts: [{ icon: 'automobile', label: 'Load on the deck' }, { icon: 'bridge-at-night', label: 'Cables and towers' }, { icon: 'rock', label: 'Ground' }],
    },
  },
];

/** The topic's words, drawn by the infographic: never "not drawn". */
const INFO_WORDS = ['infographic', 'infographics', 'explaining', 'explains', 'explain', 'showing', 'about', 'how', 'works', 'work', 'made', 'flow',
  'arrows', 'arrow', 'process', 'steps', 'step', 'labelled', 'labeled', 'labels', 'educational', 'system', 'solar', 'planets', 'entering', 'released'];

/** A known topic an infographic shows, by the prompt (lower case), else undefined. */
export function infographicTopic(lower: string): DiagramTopic | undefined {
  const known = diagramTopic(lower);
  // (The parts' labels are drawn too: "carbon dioxide" is the cloud labelled so.)
  const labels = (t: Omit<DiagramTopic, 'words'>) => [...t.parts, ...(t.centre ? [t.centre] : [])].flatMap((p) => p.label.toLowerCase().split(/\s+/));
  if (known) return { ...known, words: [...known.words, ...INFO_WORDS, ...labels(known)] };
  for (const { re, topic } of TOPICS) {
    const m = re.exec(lower);
    if (m) return { ...topic, words: [...INFO_WORDS, ...m[0].split(/\s+/), ...labels(topic)] };
  }
  return undefined;
}

/** Whether an infographic's things are steps joined by arrows (a process), or panels side by side (a set). */
export function infographicFlows(lower: string): boolean {
  return FLOW.test(lower);
}

/** The headline an infographic names its topic by: the words after "about", "explaining", "of" ("How A Suspension Bridge Works"). */
export function infographicTitle(prompt: string): string | undefined {
  const m = /(?:\b(?:about|explaining|explains|showing|of|on)|:)\s+(?:an?\s+|the\s+)?([a-z][a-z' -]{2,40}?)(?=\s*[,.;:(]|\s+(?:for|with|in|using|and showing)\b|$)/i.exec(prompt);
  if (!m?.[1]) return undefined;
  const words = m[1].trim();
  return words.replace(/\b\w/g, (ch) => ch.toUpperCase());
}

/** The words an infographic draws (plan/modes/choose-mode.ts: not "not drawn"). */
export function infographicWords(lower: string): string[] {
  return infographicTopic(lower)?.words ?? INFO_WORDS;
}
