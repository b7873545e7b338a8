// Words the prompt reader treats specially: activities that imply a tool, hair, containers, group
// nouns, mounts and seats, weak setting words, prepositions, and roles that dress a creature.
import type { Carrier, WearSlot } from './lexicon-scene.js';
import type { SettingKind } from './lexicon-settings.js';

/** Something a creature wears: a role's outfit, or what the prompt dresses it in. */
export interface Worn {
  slot: WearSlot;
  key: string;
  label: string;
  color?: string;
}

/** Activities that put a tool in the hands. */
export const IMPLIED_HOLD: Record<string, string> = {
  fishing: 'fishing rod', fish: 'fishing rod', singing: 'microphone', sing: 'microphone', reading: 'book',
  read: 'book', cooking: 'frying pan', cook: 'frying pan', knitting: 'yarn',
};
export const PEOPLE_BASES = new Set(['man', 'woman', 'person']);
/** Words for where a person's family is from: who they are, drawn as no thing ("an asian girl"). */
export const ETHNIC_WORDS = new Set(['asian', 'african', 'caucasian', 'hispanic', 'latina', 'latino', 'latinx', 'arab',
  'european', 'american', 'indian', 'chinese', 'japanese', 'korean', 'mexican', 'biracial', 'multiracial', 'indigenous',
  'ethnic']);
/** Furniture named first ("a living room with a fireplace and a cat") is not the main subject. */
export const FURNITURE = new Set(['proc:fireplace', 'proc:sofa', 'proc:armchair', 'proc:table', 'proc:desk', 'proc:bookshelf',
  'proc:lamp', 'proc:rug', 'proc:piano', 'proc:bench', 'chair', 'bed', 'window', 'door', 'potted-plant']);
export const HAIR_COLORS: Record<string, string> = {
  red: 'red-hair', ginger: 'red-hair', orange: 'red-hair', yellow: 'blonde-hair', golden: 'blonde-hair',
  blonde: 'blonde-hair', blond: 'blonde-hair', white: 'white-hair', gray: 'white-hair', grey: 'white-hair',
  silver: 'white-hair',
};
export const HAIR_WORDS: Record<string, string> = {
  blonde: 'blonde-hair', blond: 'blonde-hair', redhead: 'red-hair', ginger: 'red-hair', curly: 'curly-hair',
  bald: 'bald', bearded: 'beard', beard: 'beard', 'white-haired': 'white-hair', 'grey-haired': 'white-hair',
};

// A bottle is the picture of what it holds ("a bottle of shampoo", "a bottle of wine"), so it is no container here.
export const CONTAINERS = new Set(['cup', 'mug', 'glass', 'bowl', 'plate', 'basket', 'box', 'jar', 'pile', 'tower',
  'stack', 'bunch', 'bouquet', 'bag', 'slice', 'piece', 'bucket', 'pot', 'tray', 'vase', 'ball', 'spoonful', 'handful',
  'carton', 'can', 'glassful', 'scoop', 'loaf', 'wedge', 'chunk', 'bar']);
// Collective nouns count only as "a school of …"; on their own they are things or places.
export const GROUP_NOUNS = new Set(['school', 'flock', 'herd', 'pack', 'swarm', 'bunch', 'group', 'crowd', 'lots', 'lot', 'trio', 'row', 'line', 'family']);
export const RIDEABLE = new Set(['horse', 'unicorn', 'camel', 'elephant', 'dragon', 'bicycle', 'motorcycle',
  'motor-scooter', 'skateboard', 'ox', 'llama', 'deer', 't-rex', 'turtle', 'whale', 'dolphin', 'rocket',
  'sailboat', 'canoe', 'automobile', 'racing-car', 'tractor', 'kick-scooter', 'zebra', 'ewe', 'goat', 'pig',
  'tiger', 'lion', 'bear', 'cow', 'flying-saucer', 'hot-air-balloon']);
export const SEATS = new Set(['proc:armchair', 'proc:sofa', 'chair', 'proc:bench', 'bed']);
/** Verbs a person's emoji can act out: "a man running" is the running man. */
export const ACTIVITIES: Record<string, string> = {
  running: 'running', run: 'running', jogging: 'running', walking: 'walking', walk: 'walking', strolling: 'walking',
  hiking: 'walking', swimming: 'swimming', swim: 'swimming', climbing: 'climbing', climb: 'climbing',
  dancing: 'dancing', dance: 'dancing', surfing: 'surfing', surf: 'surfing', juggling: 'juggling',
  golfing: 'golfing', kneeling: 'kneeling', rowing: 'rowing-boat', cycling: 'biking', biking: 'biking',
  skiing: 'skier', snowboarding: 'snowboarder', 'lifting weights': 'lifting-weights', yoga: 'in-lotus-position',
  meditating: 'in-lotus-position', meditation: 'in-lotus-position', meditates: 'in-lotus-position',
};
/** A person riding one of these is drawn as the emoji of a person doing it. */
export const RIDE_ACTIVITIES: Record<string, string> = {
  bicycle: 'biking', sailboat: 'rowing-boat', canoe: 'rowing-boat', horse: 'horse-racing',
};
/** Craft a subject sits in ("a fisherman in a boat") and is drawn riding. */
export const BOATS = new Set(['sailboat', 'canoe', 'speedboat', 'motor-boat']);
/** Things a subject stands on when the prompt puts it "on" or "across" them. */
export const SUPPORTS = new Set(['proc:lily-pad', 'proc:bridge', 'proc:table', 'proc:desk']);
// Setting words that say little on their own; a more specific one wins.
export const WEAK_SETTINGS = new Set(['playground', 'room', 'interior', 'city', 'road', 'field', 'sky', 'clouds', 'sand', 'hill',
  'hills', 'town', 'bar', 'peak', 'alpine', 'valley', 'dark', 'backdrop', 'isolated', 'highway', 'freeway', 'motorway',
  'country road', 'dirt road', 'brick wall', 'landscape', 'stream', 'canal', 'cave', 'cliff', 'stall', 'stalls']);
/** Words for a road, which a landscape setting then draws across its ground ("a desert highway"). */
export const ROAD_WORDS = new Set(['road', 'highway', 'freeway', 'motorway', 'country road', 'dirt road']);
export const PREPOSITIONS = new Set(['in', 'at', 'on', 'inside', 'within', 'under', 'into', 'onto', 'through', 'across',
  'over', 'above', 'below', 'beneath', 'behind', 'near', 'beside', 'by', 'from', 'to', 'against', 'among']);
export const MAX_SUBJECTS = 8;
/** Role nouns used as adjectives ("a wizard owl") dress the creature they describe. */
export const ROLE_WEAR: Record<string, Worn[]> = {
  wizard: [{ slot: 'head', key: 'cone:wizard', label: 'wizard hat' }, { slot: 'outfit', key: 'robe', label: 'robe' }],
  witch: [{ slot: 'head', key: 'cone:wizard', label: 'witch hat' }, { slot: 'outfit', key: 'robe', label: 'robe' }],
  king: [{ slot: 'head', key: 'crown', label: 'crown' }, { slot: 'outfit', key: 'cape', label: 'cape' }],
  queen: [{ slot: 'head', key: 'crown', label: 'crown' }, { slot: 'outfit', key: 'dress', label: 'gown' }],
  prince: [{ slot: 'head', key: 'crown', label: 'crown' }],
  princess: [{ slot: 'head', key: 'crown', label: 'crown' }, { slot: 'outfit', key: 'dress', label: 'dress' }],
  knight: [{ slot: 'outfit', key: 'armor', label: 'armor' }, { slot: 'head', key: 'military-helmet', label: 'helmet' }],
  paladin: [{ slot: 'outfit', key: 'armor', label: 'armor' }],
  warrior: [{ slot: 'outfit', key: 'armor', label: 'armor' }],
  priest: [{ slot: 'outfit', key: 'robe', label: 'robe', color: '#1f1f24' }],
  monk: [{ slot: 'outfit', key: 'robe', label: 'robe' }],
  gnome: [{ slot: 'head', key: 'cone:gnome', label: 'pointed red hat' }],
  'garden gnome': [{ slot: 'head', key: 'cone:gnome', label: 'pointed red hat' }],
  dwarf: [{ slot: 'head', key: 'cone:gnome', label: 'pointed hood', color: '#5b6b3a' }],
  nun: [{ slot: 'outfit', key: 'robe', label: 'robe' }],
  detective: [{ slot: 'outfit', key: 'coat', label: 'trench coat' }, { slot: 'head', key: 'top-hat', label: 'hat' }],
  chef: [{ slot: 'outfit', key: 'apron', label: 'apron' }],
  cook: [{ slot: 'outfit', key: 'apron', label: 'apron' }],
  baker: [{ slot: 'outfit', key: 'apron', label: 'apron' }],
  doctor: [{ slot: 'outfit', key: 'labcoat', label: 'lab coat' }],
  scientist: [{ slot: 'outfit', key: 'labcoat', label: 'lab coat' }, { slot: 'eyes', key: 'goggles', label: 'goggles' }],
  businessman: [{ slot: 'outfit', key: 'suit', label: 'suit' }],
  gentleman: [{ slot: 'outfit', key: 'suit', label: 'suit' }, { slot: 'head', key: 'top-hat', label: 'top hat' }],
  student: [{ slot: 'head', key: 'graduation-cap', label: 'graduation cap' }],
  graduate: [{ slot: 'head', key: 'graduation-cap', label: 'graduation cap' }],
  superhero: [{ slot: 'outfit', key: 'cape', label: 'cape' }],
  hero: [{ slot: 'outfit', key: 'cape', label: 'cape' }],
  pirate: [{ slot: 'head', key: 'cone:pirate', label: 'pirate hat' }],
  samurai: [{ slot: 'outfit', key: 'armor', label: 'armor' }],
  viking: [{ slot: 'head', key: 'military-helmet', label: 'helmet' }, { slot: 'outfit', key: 'armor', label: 'armor' }],
  barista: [{ slot: 'outfit', key: 'apron', label: 'apron' }],
  waiter: [{ slot: 'outfit', key: 'vest', label: 'waistcoat' }, { slot: 'neck', key: 'bowtie', label: 'bow tie' }],
  fisherman: [{ slot: 'head', key: 'billed-cap', label: 'cap' }, { slot: 'outfit', key: 'vest', label: 'vest' }],
  party: [{ slot: 'head', key: 'cone:party', label: 'party hat' }],
};
/** Holidays that theme a scene: christmas trees and snow; pumpkins at night. */
export type Festive = 'christmas' | 'halloween';
export const FESTIVE_WORDS: Record<string, Festive> = {
  christmas: 'christmas', xmas: 'christmas', christmastime: 'christmas', yuletide: 'christmas', halloween: 'halloween',
};
/** Where a picture that is only words goes. */
export const SETTING_OF_CARRIER: Record<Carrier, SettingKind> = {
  neon: 'city-street', poster: 'studio', chalkboard: 'classroom', banner: 'park', sign: 'park', title: 'studio',
  speech: 'park', placard: 'park', label: 'studio', logo: 'studio',
};
/** A setting's emblem, drawn in a logo that names a place but no subject ("a logo for a coffee shop"). */
export const SETTING_EMBLEM: Partial<Record<SettingKind, string>> = {
  cafe: 'hot-beverage', kitchen: 'croissant', library: 'books', bedroom: 'bed', office: 'briefcase', classroom: 'school',
  stage: 'microphone', studio: 'camera', dungeon: 'crossed-swords', forest: 'evergreen-tree', jungle: 'palm-tree',
  beach: 'palm-tree', ocean: 'sailboat', lake: 'canoe', underwater: 'tropical-fish', mountains: 'snow-capped-mountain',
  desert: 'cactus', savanna: 'lion', snow: 'snowflake', 'city-street': 'cityscape', village: 'house', skyline: 'cityscape',
  park: 'deciduous-tree', garden: 'blossom', farm: 'sheaf-of-rice', 'night-sky': 'crescent-moon', space: 'rocket',
  mars: 'proc:mars-planet', sky: 'cloud', greenhouse: 'potted-plant', restaurant: 'fork-and-knife-with-plate', canyon: 'rock',
  coast: 'water-wave', market: 'red-apple', storefront: 'convenience-store', stadium: 'stadium',
  fjord: 'snow-capped-mountain', 'greek-temple': 'classical-building',
};
/**
 * Things already drawn as part of another picture, or that turn it into another: "a cake with
 * candles" is the birthday cake emoji, whose candles are its own.
 */
export const PARTS_OF: Record<string, Record<string, string>> = {
  shortcake: { candle: 'birthday-cake' },
  'birthday-cake': { candle: 'birthday-cake' },
  cupcake: { candle: 'cupcake' },
  // The ring emoji wears its own stone.
  ring: { 'gem-stone': 'ring' },
};
/** Phrases that name no thing: "standing guard" is not a guard, "top view" not a view. */
export const IDIOMS = new Set(['standing guard', 'stand guard', 'on guard', 'keeping watch', 'keep watch', 'top view',
  'side view', 'front view', 'close up', 'birds eye view', "bird's eye view", 'brush strokes', 'brush stroke',
  'depth of field', 'color scheme', 'colour scheme', 'trending on', 'sign up', 'sign-up',
  'call to action']);

/** Words that point back at something already named: "these balloons", "the balloons". */
export const BACK_REFERENCES = new Set(['these', 'those', 'the', 'this', 'that', 'both', 'its', 'their']);
/** After a creature, a pattern of it ("a butterfly design", "a tiger print"), not the creature. */
export const DESIGN_WORDS = new Set(['design', 'designs', 'pattern', 'patterns', 'print', 'prints', 'motif', 'motifs', 'tattoo', 'tattoos', 'shape', 'shapes']);
