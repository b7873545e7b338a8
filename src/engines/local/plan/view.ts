// The viewpoint a scene is drawn from, read from the prompt's words: a side view with a horizon
// (no view word), an isometric diorama ("an isometric city block", "isometric, pastel, 3d"), or a
// view from straight above ("a bird's-eye view of a forest", "drone shot of a beach", "a city from
// above"). A table seen from above is a flat lay (plan/modes/choose-mode.ts), not this. Pure words →
// plan data (docs/local-engine.md, "Viewpoints").

export type View = 'isometric' | 'aerial';

export interface ViewReading {
  view: View;
  /** The words the view draws by being that view (no longer "not drawn"). */
  words: string[];
}

const ISOMETRIC = /\b(isometric(?:ally)?|isometry|2\.5 ?d|dioramas?)\b/;

// "aerial" alone is also acrobatics ("aerial silks", "an aerial yoga class"): it needs a view noun.
const AERIAL = new RegExp([
  "\\bbird'?s?[- ]?eye(?:[- ]view)?\\b",
  "\\bgod'?s[- ]eye view\\b",
  '\\baerial(?: drone)? (?:view|shot|photo|photograph|photography|image|footage|perspective|picture|map|landscape|panorama)s?\\b',
  '\\b(?:top[- ]down|top|overhead|satellite|plan) (?:view|shot|perspective|angle|image|photo|map)s?\\b',
  '\\btop[- ]down\\b',
  '\\bdrone (?:shot|view|photo|photograph|photography|footage|image|perspective)s?\\b',
  '\\bfrom (?:a|the) drone\\b',
  '\\b(?:from|seen from|viewed from|shot from) (?:high )?above\\b',
  '\\bfrom the (?:air|sky)\\b',
  '\\blooking (?:straight )?down (?:on|at|over)\\b',
].join('|'));

// Light falls "from above" too: that is lighting, not where the camera is.
const LIGHT_FROM_ABOVE = /\b(light|lit|lighting|sunlight|moonlight|sunbeams?|rays?|beams?|shining|shines|glow(?:ing)?|falling|raining|dripping|hanging|descending|watched)\b(?:\s+[a-z]+){0,2}\s+from (?:high )?above\b/g;

const VIEW_WORDS = ['isometric', 'isometrically', 'isometry', 'diorama', 'dioramas', 'view', 'views', 'aerial', 'drone', 'overhead', 'satellite',
  'perspective', 'angle', 'shot', 'footage', 'eye', 'bird', 'birds', 'top', 'down', 'above', 'block', 'blocks', 'plan', 'air', 'tile', 'tiles'];

/** The view the prompt asks for, or undefined for the usual side view. */
export function readView(text: string): ViewReading | undefined {
  const lower = text.toLowerCase().replace(/[’‘]/g, "'");
  if (ISOMETRIC.test(lower)) return { view: 'isometric', words: VIEW_WORDS };
  // "From above" said of light ("sunlight streaming from above") puts no camera there.
  if (!AERIAL.test(lower.replace(LIGHT_FROM_ABOVE, ' '))) return undefined;
  return { view: 'aerial', words: VIEW_WORDS };
}
