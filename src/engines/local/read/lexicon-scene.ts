// Words for when, how and in which manner a picture is drawn, and what the words in it are written on;
// settings are in lexicon-settings.ts.

export const STYLES = ['illustrated', 'watercolor', 'pixel', 'neon', 'sketch', 'oil', 'vintage', 'poster', 'comic', 'anime', 'inkwash', 'woodcut', 'clay', 'stainedglass', 'lowpoly', 'papercut', 'ukiyoe', 'popart', 'nouveau'] as const;
export type StyleKind = (typeof STYLES)[number];

export const STYLE_LABELS: Record<StyleKind, string> = {
  illustrated: 'illustrated style', watercolor: 'watercolor style', pixel: 'pixel art style',
  neon: 'neon style', sketch: 'pencil sketch style', oil: 'oil painting style', vintage: 'vintage sepia style',
  poster: 'flat poster style', comic: 'comic book style', anime: 'anime style',
  inkwash: 'ink wash painting style', woodcut: 'woodcut print style', clay: 'claymation style',
  stainedglass: 'stained glass style', lowpoly: 'low poly style', papercut: 'paper cut style', ukiyoe: 'ukiyo-e woodblock print style', popart: 'pop art style',
  nouveau: 'art nouveau style',
};

export const STYLE_WORDS: Record<string, StyleKind> = {
  illustration: 'illustrated', illustrated: 'illustrated', cartoon: 'illustrated', 'digital art': 'illustrated',
  comic: 'comic', 'comic book': 'comic', 'comic style': 'comic', 'graphic novel': 'comic',
  'comic strip': 'comic', manga: 'comic', halftone: 'comic', 'children book': 'illustrated', "children's book": 'illustrated',
  watercolor: 'watercolor', watercolour: 'watercolor', aquarelle: 'watercolor', gouache: 'watercolor',
  'pixel art': 'pixel', pixel: 'pixel', pixelated: 'pixel', '8 bit': 'pixel', '16 bit': 'pixel',
  '8bit': 'pixel', '16bit': 'pixel', 'retro game': 'pixel', 'video game': 'pixel', sprite: 'pixel',
  'neon style': 'neon', 'neon art': 'neon', cyberpunk: 'neon', synthwave: 'neon', vaporwave: 'neon',
  'neon line art': 'neon', 'glowing lines': 'neon', tron: 'neon', outrun: 'neon',
  'pencil sketch': 'sketch', sketch: 'sketch', 'pencil drawing': 'sketch', pencil: 'sketch',
  charcoal: 'sketch', 'line art': 'sketch', 'ink drawing': 'sketch', 'ink sketch': 'sketch', 'ink illustration': 'sketch',
  'pen and ink': 'sketch', 'ink style': 'sketch', drawing: 'sketch', graphite: 'sketch',
  doodle: 'sketch', sketched: 'sketch', 'hand drawn': 'sketch', 'oil painting': 'oil', 'oil paint': 'oil',
  'oil on canvas': 'oil', painting: 'oil', 'painted in oils': 'oil', 'painted in oil': 'oil', 'oil painted': 'oil', 'oil-painted': 'oil',
  'painted with oils': 'oil', 'in oils': 'oil', impasto: 'oil', 'van gogh': 'oil', 'bob ross': 'oil', "bob ross's": 'oil',
  // A classic storybook's pictures are soft washes of colour.
  storybook: 'watercolor', "children's storybook": 'watercolor', 'storybook illustration': 'watercolor', 'fairy tale illustration': 'watercolor',
  impressionist: 'oil', impressionism: 'oil', renoir: 'oil', "renoir's": 'oil', monet: 'oil', "monet's": 'oil', renaissance: 'oil', baroque: 'oil', 'vintage photo': 'vintage',
  'vintage photograph': 'vintage', 'vintage style': 'vintage', 'vintage look': 'vintage', sepia: 'vintage',
  'old photo': 'vintage', 'old photograph': 'vintage', 'retro photo': 'vintage', daguerreotype: 'vintage',
  'antique photo': 'vintage', '1920s': 'vintage', '1930s': 'vintage', 'film photo': 'vintage', 'poster style': 'poster', 'flat poster': 'poster',
  'travel poster': 'poster', 'propaganda poster': 'poster', 'poster art': 'poster', 'flat design': 'poster',
  flat: 'poster', minimalist: 'poster', minimal: 'poster', 'vector art': 'poster', 'screen print': 'poster',
  risograph: 'poster', 'art deco': 'poster', kawaii: 'illustrated', chibi: 'illustrated', 'sticker style': 'illustrated',
  isometric: 'illustrated', '3d render': 'illustrated', 'clay render': 'clay', claymation: 'clay',
  pixar: 'illustrated', 'disney style': 'illustrated',
  graffiti: 'comic', 'street art': 'comic', mural: 'comic',
  'crayon drawing': 'sketch', 'chalk drawing': 'sketch', 'pastel drawing': 'sketch', 'colored pencil': 'sketch',
  'coloured pencil': 'sketch', blueprint: 'sketch',
  'cross stitch': 'pixel', 'cross-stitch': 'pixel', mosaic: 'pixel',
  // Manga stays comic (ink and halftone); chibi and kawaii stay illustrated (docs/local-engine.md, "Styles").
  anime: 'anime', 'anime style': 'anime', 'studio ghibli': 'anime', ghibli: 'anime', 'cel shaded': 'anime', 'cel shading': 'anime',
  'cel-shaded': 'anime', 'cel shade': 'anime', shonen: 'anime', shounen: 'anime', shojo: 'anime', shoujo: 'anime', 'visual novel': 'anime',
  'makoto shinkai': 'anime',
  // Ink wash, woodcut and clay are drawn styles of their own (paint/styles/; docs/local-engine.md, "Styles").
  'ink wash': 'inkwash', 'ink-wash': 'inkwash', 'ink and wash': 'inkwash', 'ink wash painting': 'inkwash', 'sumi e': 'inkwash', 'sumi-e': 'inkwash',
  sumie: 'inkwash', 'sumi ink': 'inkwash', 'shan shui': 'inkwash', shanshui: 'inkwash', 'shan-shui': 'inkwash', guohua: 'inkwash',
  'ink painting': 'inkwash', 'brush painting': 'inkwash', 'chinese painting': 'inkwash', 'chinese ink': 'inkwash', 'chinese ink painting': 'inkwash',
  'chinese brush painting': 'inkwash', 'chinese ink wash': 'inkwash', 'japanese ink wash': 'inkwash', 'chinese ink wash painting': 'inkwash', 'japanese ink': 'inkwash', 'japanese ink painting': 'inkwash', 'suibokuga': 'inkwash', 'sumi': 'inkwash',
  woodcut: 'woodcut', 'woodcut print': 'woodcut', woodblock: 'woodcut', 'woodblock print': 'woodcut', 'wood block print': 'woodcut',
  'wood cut': 'woodcut', linocut: 'woodcut', 'lino cut': 'woodcut', 'lino print': 'woodcut', linoprint: 'woodcut', 'linoleum print': 'woodcut',
  'linoleum cut': 'woodcut', 'block print': 'woodcut', 'block printing': 'woodcut', 'block printed': 'woodcut', 'relief print': 'woodcut',
  'wood engraving': 'woodcut', engraving: 'woodcut', etching: 'woodcut', scratchboard: 'woodcut', 'scraperboard': 'woodcut',
  clay: 'clay', plasticine: 'clay', 'stop motion': 'clay', 'stop-motion': 'clay', 'clay animation': 'clay', 'clay art': 'clay',
  'clay style': 'clay', 'clay model': 'clay', 'clay figure': 'clay', 'clay figurine': 'clay', 'polymer clay': 'clay', 'modeling clay': 'clay',
  'modelling clay': 'clay', 'play doh': 'clay', 'play-doh': 'clay', playdough: 'clay', playdoh: 'clay', aardman: 'clay', 'wallace and gromit': 'clay',
  // Stained glass, low poly, paper cut, ukiyo-e and pop art are drawn styles of their own (paint/styles/; docs/local-engine.md, "Styles").
  'stained glass': 'stainedglass', 'stained glass window': 'stainedglass', 'stained-glass window': 'stainedglass', 'stained-glass': 'stainedglass', 'leaded glass': 'stainedglass', 'glass mosaic': 'stainedglass',
  'low poly': 'lowpoly', 'low-poly': 'lowpoly', lowpoly: 'lowpoly', polygonal: 'lowpoly', 'polygon art': 'lowpoly', 'geometric polygons': 'lowpoly',
  'paper cut': 'papercut', 'layered paper cut': 'papercut', 'layered paper cutout': 'papercut', 'paper cut art': 'papercut', 'paper-cut': 'papercut', papercut: 'papercut', 'paper cutout': 'papercut', 'paper cut out': 'papercut', 'cut paper': 'papercut',
  'paper craft': 'papercut', papercraft: 'papercut', 'layered paper': 'papercut', 'paper art': 'papercut', 'paper collage': 'papercut', kirigami: 'papercut', 'paper layers': 'papercut',
  'ukiyo e': 'ukiyoe', 'ukiyo-e': 'ukiyoe', ukiyoe: 'ukiyoe', hokusai: 'ukiyoe', "hokusai's": 'ukiyoe', hiroshige: 'ukiyoe', 'japanese woodblock': 'ukiyoe', 'japanese woodblock print': 'ukiyoe',
  'japanese print': 'ukiyoe', kanagawa: 'ukiyoe', utamaro: 'ukiyoe', 'japanese woodcut': 'ukiyoe',
  'art nouveau': 'nouveau', 'art-nouveau': 'nouveau', jugendstil: 'nouveau', mucha: 'nouveau', 'alphonse mucha': 'nouveau', "mucha's": 'nouveau', 'belle epoque': 'nouveau',
  'pop art': 'popart', 'pop-art': 'popart', popart: 'popart', warhol: 'popart', "warhol's": 'popart', 'andy warhol': 'popart', lichtenstein: 'popart', 'roy lichtenstein': 'popart', 'ben day dots': 'popart', 'ben-day dots': 'popart',
};

export const TIMES = ['day', 'dawn', 'golden-hour', 'sunset', 'night'] as const;
export type TimeOfDay = (typeof TIMES)[number];

export const TIME_WORDS: Record<string, TimeOfDay> = {
  day: 'day', daytime: 'day', sunny: 'day', noon: 'day', midday: 'day', afternoon: 'day', sunlit: 'day',
  'broad daylight': 'day', daylight: 'day', dawn: 'dawn', sunrise: 'dawn', 'early morning': 'dawn',
  morning: 'dawn', daybreak: 'dawn', 'golden hour': 'golden-hour', 'golden light': 'golden-hour',
  'magic hour': 'golden-hour', 'late afternoon': 'golden-hour', sunset: 'sunset', dusk: 'sunset',
  twilight: 'sunset', evening: 'sunset', sundown: 'sunset', night: 'night', nighttime: 'night',
  'night time': 'night', midnight: 'night', moonlit: 'night', moonlight: 'night', nocturnal: 'night',
  starry: 'night', 'at night': 'night', dark: 'night', 'milky way': 'night',
};

export const LIGHTINGS = ['warm', 'cool', 'neon', 'dramatic', 'foggy', 'soft', 'mono'] as const;
export type Lighting = (typeof LIGHTINGS)[number];

export const LIGHTING_WORDS: Record<string, Lighting> = {
  warm: 'warm', 'warm light': 'warm', 'warm lighting': 'warm', cozy: 'warm', cosy: 'warm', candlelit: 'warm',
  candlelight: 'warm', firelight: 'warm', lamplight: 'warm', tungsten: 'warm', amber: 'warm', toasty: 'warm',
  cool: 'cool', cold: 'cool', icy: 'cool', 'blue hour': 'cool', 'cool light': 'cool', 'cool lighting': 'cool',
  fluorescent: 'cool', chilly: 'cool', neon: 'neon', 'neon light': 'neon', 'neon lights': 'neon',
  'neon lighting': 'neon', 'neon lit': 'neon', dramatic: 'dramatic', moody: 'dramatic', noir: 'dramatic',
  chiaroscuro: 'dramatic', spotlight: 'dramatic', spotlit: 'dramatic', cinematic: 'dramatic',
  'rim light': 'dramatic', 'high contrast': 'dramatic', fog: 'foggy', foggy: 'foggy', mist: 'foggy',
  misty: 'foggy', haze: 'foggy', hazy: 'foggy', overcast: 'foggy', murky: 'foggy', 'soft light': 'soft',
  'soft lighting': 'soft', soft: 'soft', diffuse: 'soft', pastel: 'soft', dreamy: 'soft', gentle: 'soft',
  // Black and white is grey, not the sepia of an old photograph (that is the vintage style).
  'black and white': 'mono', 'black & white': 'mono', 'black-and-white': 'mono', monochrome: 'mono', grayscale: 'mono',
  greyscale: 'mono', 'gray scale': 'mono', 'grey scale': 'mono', 'b&w': 'mono', monochromatic: 'mono',
};

export type Weather = 'rain' | 'snowfall' | 'storm';
export const WEATHER_WORDS: Record<string, Weather> = {
  rain: 'rain', rainy: 'rain', raining: 'rain', drizzle: 'rain', downpour: 'rain', snowing: 'snowfall',
  snowfall: 'snowfall', 'falling snow': 'snowfall', 'snow falls': 'snowfall', 'snow falling': 'snowfall', blizzard: 'snowfall', storm: 'storm', stormy: 'storm',
  thunderstorm: 'storm', thunder: 'storm',
};

/** Named colours and the hex each stands for. */
export const COLOR_WORDS: Record<string, string> = {
  red: '#e0312b', crimson: '#b3122e', scarlet: '#ff2400', ruby: '#c0143c', maroon: '#7a1a22',
  orange: '#f47c20', amber: '#ffb000', yellow: '#f7d21e', gold: '#d4a017', golden: '#e0a82e',
  green: '#3aa845', emerald: '#1f9d63', jade: '#00a86b', lime: '#9ad12a', olive: '#7d8a2e', mint: '#8fe3c0',
  teal: '#138a8a', turquoise: '#2ec4c4', cyan: '#19c9e6', blue: '#2f6fde', navy: '#1d2e6b',
  sapphire: '#1f4fb8', indigo: '#4b3aa8', purple: '#8440c4', violet: '#8f5bd6', lavender: '#b9a2e8',
  magenta: '#d62ca0', pink: '#f27ab8', peach: '#ffbc95', coral: '#ff7f61', brown: '#8a5a33',
  tan: '#c9a27a', beige: '#e3d3b4', cream: '#f4ead2', ivory: '#f6f1e1', white: '#f5f5f2',
  silver: '#b9bec6', gray: '#8d939b', grey: '#8d939b', charcoal: '#3a3d42', black: '#26282c',
  bronze: '#a86b32', copper: '#b86b3f', wooden: '#9a6236', stone: '#8f8a82', marble: '#ecebe6',
};

const COLOR_NAMES = new Map(Object.entries(COLOR_WORDS).map(([name, hex]) => [hex, name]));

/** The colour word a hex stands for (the last one the table gives it), if any. */
export function colorName(hex: string): string | undefined {
  return COLOR_NAMES.get(hex);
}

export type SizeWord = 'tiny' | 'small' | 'normal' | 'large' | 'huge';
export const SIZE_WORDS: Record<string, SizeWord> = {
  tiny: 'tiny', teeny: 'tiny', miniature: 'tiny', mini: 'tiny', minuscule: 'tiny', little: 'small',
  small: 'small', baby: 'small', big: 'large', large: 'large', tall: 'large', huge: 'huge', giant: 'huge',
  gigantic: 'huge', enormous: 'huge', massive: 'huge', colossal: 'huge', mighty: 'large', towering: 'huge',
};
export const SIZE_SCALE: Record<SizeWord, number> = { tiny: 0.5, small: 0.75, normal: 1, large: 1.2, huge: 1.4 };

export const COUNT_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, single: 1, lone: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8,
  nine: 9, ten: 10, eleven: 11, twelve: 12, couple: 2, pair: 2, both: 2, few: 3, several: 4, some: 3,
  many: 6, lots: 6, dozen: 12, multiple: 3, numerous: 7, trio: 3, group: 4, crowd: 7, flock: 6, herd: 5,
  pack: 5, school: 6, swarm: 8, bunch: 5, family: 4,
  // "a row of houses", "a line of ducks": counts only before "of" (GROUP_NOUNS).
  row: 5, line: 5,
};
export const MAX_COUNT = 12;

/** Clothes and accessories: the outfit drawn on a body, or a piece placed on the head, eyes or neck. */
export type WearSlot = 'outfit' | 'legs' | 'head' | 'eyes' | 'neck';
export interface WearSpec {
  slot: WearSlot;
  /** An outfit kind, an emoji name, or a procedural accessory. */
  key: string;
  label: string;
}
export const WEAR_WORDS: Record<string, WearSpec> = {
  suit: { slot: 'outfit', key: 'suit', label: 'suit' },
  suited: { slot: 'outfit', key: 'suit', label: 'suit' },
  blazer: { slot: 'outfit', key: 'suit', label: 'suit' },
  dapper: { slot: 'outfit', key: 'suit', label: 'suit' },
  tuxedo: { slot: 'outfit', key: 'tuxedo', label: 'tuxedo' },
  tux: { slot: 'outfit', key: 'tuxedo', label: 'tuxedo' },
  jacket: { slot: 'outfit', key: 'jacket', label: 'jacket' },
  coat: { slot: 'outfit', key: 'coat', label: 'coat' },
  'trench coat': { slot: 'outfit', key: 'coat', label: 'trench coat' },
  overcoat: { slot: 'outfit', key: 'coat', label: 'coat' },
  raincoat: { slot: 'outfit', key: 'raincoat', label: 'raincoat' },
  sweater: { slot: 'outfit', key: 'sweater', label: 'sweater' },
  jumper: { slot: 'outfit', key: 'sweater', label: 'sweater' },
  cardigan: { slot: 'outfit', key: 'sweater', label: 'cardigan' },
  hoodie: { slot: 'outfit', key: 'hoodie', label: 'hoodie' },
  shirt: { slot: 'outfit', key: 'tshirt', label: 'shirt' },
  't shirt': { slot: 'outfit', key: 'tshirt', label: 't-shirt' },
  tshirt: { slot: 'outfit', key: 'tshirt', label: 't-shirt' },
  tee: { slot: 'outfit', key: 'tshirt', label: 't-shirt' },
  dress: { slot: 'outfit', key: 'dress', label: 'dress' },
  gown: { slot: 'outfit', key: 'dress', label: 'gown' },
  robe: { slot: 'outfit', key: 'robe', label: 'robe' },
  'priest robe': { slot: 'outfit', key: 'robe', label: "priest's robe" }, 'priest robes': { slot: 'outfit', key: 'robe', label: "priest's robe" },
  cassock: { slot: 'outfit', key: 'robe', label: 'cassock' }, 'monk robe': { slot: 'outfit', key: 'robe', label: "monk's robe" },
  cloak: { slot: 'outfit', key: 'robe', label: 'cloak' },
  'lab coat': { slot: 'outfit', key: 'labcoat', label: 'lab coat' },
  uniform: { slot: 'outfit', key: 'uniform', label: 'uniform' },
  armor: { slot: 'outfit', key: 'armor', label: 'armor' },
  armour: { slot: 'outfit', key: 'armor', label: 'armour' },
  apron: { slot: 'outfit', key: 'apron', label: 'apron' },
  cape: { slot: 'outfit', key: 'cape', label: 'cape' },
  vest: { slot: 'outfit', key: 'vest', label: 'vest' },
  waistcoat: { slot: 'outfit', key: 'vest', label: 'waistcoat' },
  pajamas: { slot: 'outfit', key: 'sweater', label: 'pajamas' },
  outfit: { slot: 'outfit', key: 'jacket', label: 'outfit' },
  attire: { slot: 'outfit', key: 'suit', label: 'suit' },
  pyjamas: { slot: 'outfit', key: 'sweater', label: 'pyjamas' },
  hat: { slot: 'head', key: 'top-hat', label: 'top hat' },
  'top hat': { slot: 'head', key: 'top-hat', label: 'top hat' },
  tophat: { slot: 'head', key: 'top-hat', label: 'top hat' },
  fedora: { slot: 'head', key: 'top-hat', label: 'hat' },
  bowler: { slot: 'head', key: 'top-hat', label: 'hat' },
  'sun hat': { slot: 'head', key: 'womans-hat', label: 'sun hat' },
  'straw hat': { slot: 'head', key: 'womans-hat', label: 'straw hat' },
  'bamboo hat': { slot: 'head', key: 'womans-hat', label: 'straw hat' },
  'conical hat': { slot: 'head', key: 'womans-hat', label: 'straw hat' },
  'rice hat': { slot: 'head', key: 'womans-hat', label: 'straw hat' },
  cap: { slot: 'head', key: 'billed-cap', label: 'cap' },
  'baseball cap': { slot: 'head', key: 'billed-cap', label: 'cap' },
  crown: { slot: 'head', key: 'crown', label: 'crown' },
  crowned: { slot: 'head', key: 'crown', label: 'crown' },
  tiara: { slot: 'head', key: 'crown', label: 'crown' },
  'graduation cap': { slot: 'head', key: 'graduation-cap', label: 'graduation cap' },
  helmet: { slot: 'head', key: 'military-helmet', label: 'helmet' },
  'hard hat': { slot: 'head', key: 'rescue-workers-helmet', label: 'hard hat' },
  'wizard hat': { slot: 'head', key: 'cone:wizard', label: 'wizard hat' },
  'witch hat': { slot: 'head', key: 'cone:wizard', label: 'witch hat' },
  'party hat': { slot: 'head', key: 'cone:party', label: 'party hat' },
  'santa hat': { slot: 'head', key: 'cone:santa', label: 'santa hat' },
  'christmas hat': { slot: 'head', key: 'cone:santa', label: 'santa hat' },
  beret: { slot: 'head', key: 'beret', label: 'beret' },
  beanie: { slot: 'head', key: 'beanie', label: 'beanie' },
  // Knitted caps are beanies, not a baseball cap.
  'knitted cap': { slot: 'head', key: 'beanie', label: 'knitted cap' }, 'knit cap': { slot: 'head', key: 'beanie', label: 'knitted cap' },
  'wool cap': { slot: 'head', key: 'beanie', label: 'wool cap' }, 'woolen cap': { slot: 'head', key: 'beanie', label: 'wool cap' },
  'woollen cap': { slot: 'head', key: 'beanie', label: 'wool cap' }, 'stocking cap': { slot: 'head', key: 'beanie', label: 'knitted cap' },
  'watch cap': { slot: 'head', key: 'beanie', label: 'knitted cap' }, 'knitted hat': { slot: 'head', key: 'beanie', label: 'knitted hat' },
  'knit hat': { slot: 'head', key: 'beanie', label: 'knitted hat' }, 'wool hat': { slot: 'head', key: 'beanie', label: 'wool hat' },
  'woolly hat': { slot: 'head', key: 'beanie', label: 'woolly hat' }, 'bobble hat': { slot: 'head', key: 'beanie', label: 'bobble hat' },
  'winter hat': { slot: 'head', key: 'beanie', label: 'winter hat' }, toque: { slot: 'head', key: 'beanie', label: 'knitted cap' },
  headphones: { slot: 'head', key: 'headphone', label: 'headphones' },
  bow: { slot: 'head', key: 'ribbon', label: 'bow' },
  glasses: { slot: 'eyes', key: 'glasses', label: 'glasses' },
  spectacles: { slot: 'eyes', key: 'glasses', label: 'glasses' },
  eyeglasses: { slot: 'eyes', key: 'glasses', label: 'glasses' },
  bespectacled: { slot: 'eyes', key: 'glasses', label: 'glasses' },
  sunglasses: { slot: 'eyes', key: 'sunglasses', label: 'sunglasses' },
  shades: { slot: 'eyes', key: 'sunglasses', label: 'sunglasses' },
  goggles: { slot: 'eyes', key: 'goggles', label: 'goggles' },
  monocle: { slot: 'eyes', key: 'monocle', label: 'monocle' },
  tie: { slot: 'neck', key: 'necktie', label: 'necktie' },
  necktie: { slot: 'neck', key: 'necktie', label: 'necktie' },
  'bow tie': { slot: 'neck', key: 'bowtie', label: 'bow tie' },
  bowtie: { slot: 'neck', key: 'bowtie', label: 'bow tie' },
  scarf: { slot: 'neck', key: 'scarf', label: 'scarf' },
  // Trousers colour the figure's legs (its shirt is the outfit); a veil is cloth over head and face.
  pants: { slot: 'legs', key: 'trousers', label: 'pants' },
  trousers: { slot: 'legs', key: 'trousers', label: 'trousers' },
  slacks: { slot: 'legs', key: 'trousers', label: 'slacks' },
  leggings: { slot: 'legs', key: 'trousers', label: 'leggings' },
  jeans: { slot: 'legs', key: 'trousers', label: 'jeans' },
  veil: { slot: 'head', key: 'veil', label: 'veil' },
  veiled: { slot: 'head', key: 'veil', label: 'veil' },
};

/** Verbs that attach the next things to the subject before them. */
export type Relation = 'hold' | 'wear' | 'ride' | 'sit' | 'near' | 'cross';
export const RELATION_WORDS: Record<string, Relation> = {
  hold: 'hold', holding: 'hold', carry: 'hold', carrying: 'hold', smoke: 'hold', smoking: 'hold',
  puff: 'hold', puffing: 'hold', clutch: 'hold', clutching: 'hold', grip: 'hold', gripping: 'hold',
  play: 'hold', playing: 'hold', read: 'hold', reading: 'hold', drink: 'hold', drinking: 'hold',
  sip: 'hold', sipping: 'hold', eat: 'hold', eating: 'hold', wield: 'hold', wielding: 'hold',
  wave: 'hold', waving: 'hold', cook: 'hold', cooking: 'hold', bake: 'hold', baking: 'hold',
  make: 'hold', making: 'hold', prepare: 'hold', preparing: 'hold', serve: 'hold', serving: 'hold', pour: 'hold',
  pouring: 'hold', brew: 'hold', brewing: 'hold', plant: 'hold', planting: 'hold', build: 'near', building: 'near',
  fishing: 'hold', singing: 'hold', knitting: 'hold', brandish: 'hold', brandishing: 'hold', hug: 'hold', hugging: 'hold',
  wear: 'wear', wearing: 'wear', dressed: 'wear', 'dressed in': 'wear', sporting: 'wear', donning: 'wear',
  ride: 'ride', riding: 'ride', sit: 'sit', sitting: 'sit', seated: 'sit', lounge: 'sit', lounging: 'sit',
  relax: 'sit', relaxing: 'sit', perched: 'sit', beside: 'near', next: 'near', near: 'near', by: 'near',
  cross: 'cross', crossing: 'cross', standing: 'sit',
};

/** What a quoted text is written on. */
export const CARRIERS = ['sign', 'neon', 'poster', 'banner', 'chalkboard', 'speech', 'title', 'placard', 'label', 'logo'] as const;
export type Carrier = (typeof CARRIERS)[number];
export const CARRIER_WORDS: Record<string, Carrier> = {
  sign: 'sign', signboard: 'sign', board: 'sign', plaque: 'sign', billboard: 'sign', signpost: 'sign',
  label: 'sign', neon: 'neon', poster: 'poster', flyer: 'poster', banner: 'banner', flag: 'banner',
  ribbon: 'banner', chalkboard: 'chalkboard', blackboard: 'chalkboard', whiteboard: 'chalkboard',
  says: 'speech', saying: 'speech', say: 'speech', shouting: 'speech', shouts: 'speech', asks: 'speech',
  asking: 'speech', yelling: 'speech', title: 'title', titled: 'title', caption: 'title', headline: 'title',
  text: 'label', words: 'label', lettering: 'label', typography: 'title', placard: 'placard', logo: 'logo',
  emblem: 'logo', reads: 'speech', written: 'speech', printed: 'speech', inscribed: 'speech', spelling: 'speech',
};

/** Nouns that describe the picture rather than something in it. */
export const NOT_THINGS = new Set(
  ('deal deals period periods era century indoors indoor outdoors picture image photo photograph style scene background lighting light color colour art view detail quality ' +
    'shot render rendering illustration drawing painting side front top bottom middle left right corner day ' +
    'night time hour thing one lot kind type sort piece texture mood atmosphere vibe look version tone palette ' +
    'way area place portrait landscape closeup close-up wallpaper scenery artwork design composition ' +
    'lens camera-angle angle focus resolution masterpiece trending detail details hd 4k 8k sense feeling ' +
    'glow shadow shadows distance foreground world life air party celebration scenery panorama colors colours ' +
    'tones vibes aesthetic everything something nothing hair eye eyes face hand hands smile skin ear ears nose ' +
    'mouth lips lip arm arms leg legs foot feet expression pose family paw paws bite bites floor ground surface stroke strokes ' +
    'brushstrokes steam its our their my your his her artstation octane unreal bokeh hdr uhd photorealism print professional ' +
    'head heads halo body shoulder shoulders finger fingers photoshoot shoot dslr slr mirrorless reflection reflections ' +
    // Seasons and weather in general are read as scene words, not drawn as emojilib's loose guesses (a fountain, fog).
    'summer summertime weather ' +
    // "sunlight creates rim lighting": a verb, not emojilib's hammer; "reclaimed by nature", "a
    // nature theme": the idea of it, not a log.
    'create creates created nature ' +
    // "a potter at work", "hard at work": busy, not emojilib's briefcase.
    'work works working')
    .split(' '),
);
