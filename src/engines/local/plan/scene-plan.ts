// The scene plan: what the prompt asks to be drawn, before anything about pixels.
import type { Carrier, Lighting, SizeWord, StyleKind, TimeOfDay, Weather } from '../read/lexicon-scene.js';
import type { SettingKind } from '../read/lexicon-settings.js';
import type { Festive, Worn } from '../read/lexicon-reader.js';
import type { InteractionKind } from '../read/lexicon-actions.js';
import type { Thing } from '../read/things.js';
import type { CompositionMode } from './modes/choose-mode.js';
import type { Manner } from './modes/art-manner.js';
import type { View } from './view.js';
import type { RoadKind } from '../read/vehicle-names.js';

export interface Subject {
  label: string;
  thing: Thing;
  count: number;
  /** Hex of a named colour, and the name. */
  color?: { name: string; hex: string };
  /** "Mushrooms in shades of blue and purple": the copies take these colours in turn (plan/tint-phrases.ts). */
  tints?: { name: string; hex: string }[];
  size: SizeWord;
  role: 'main' | 'prop';
  wearing: Worn[];
  holding: Thing[];
  riding?: Thing;
  seatedOn?: Thing;
  /** "a lightbulb appearing above a person": drawn floating over the main subject's head. */
  overhead?: boolean;
  /** What it stands on: a lily pad, a bridge, a table. */
  standsOn?: Thing;
  /** What a person is doing, drawn as that emoji ("running", "riding a bicycle"). */
  activity?: string;
  /** "a row of houses", "a line of ducks": several drawn side by side on one line. */
  row?: boolean;
  /** "A logo of a fox head": the creature's head alone, with no body drawn under it. */
  headOnly?: boolean;
  /** "a cat curled up asleep", "a dog lying on the rug", "a flying pig" (plan/poses.ts). */
  pose?: Pose;
  /** Asleep: drawn with its eyes closed. */
  asleep?: boolean;
  /** A vehicle "speeding" (speed lines behind it), "driving" or "parked" (plan/vehicles.ts). */
  motion?: 'speeding' | 'driving' | 'parked';
  /** A portrait sitter's looks the words give: hair colour, earrings, freckles (plan/modes/portrait-looks.ts). */
  looks?: Looks;
}

/** Hex colours of a person's hair and earrings, and whether freckles are drawn. */
export interface Looks {
  hair?: string;
  earrings?: string;
  freckles?: boolean;
}

/** Curled up (asleep, or resting), lying down with its head up, or in the air. */
export type Pose = 'curled' | 'lying' | 'flying' | 'running';

/** Figures doing something together or to a thing, drawn by a template (compose/interactions/). */
export interface Interaction {
  kind: InteractionKind;
  /** The figures taking part, main first: the prompt's creatures, or the people a group word implies. */
  figures: Subject[];
  /** What they play on, water, rest on or jump over. */
  object?: Thing;
  /** A board game's board. */
  board?: 'chess' | 'checkers' | 'cards' | 'dice' | 'pits';
  /** How the description says it, after the figures: "playing chess across a chessboard". */
  phrase: string;
  asleep?: boolean;
  /** A video call: the laptop turned to the viewer, the callers' faces in a grid on its screen. */
  call?: boolean;
}

export interface QuotedText {
  text: string;
  carrier: Carrier;
  /** The words' own colour ("SUMMER FEST in bold yellow"), as hex: plan/modes/caps-texts.ts. */
  color?: string;
}

export interface ScenePlan {
  prompt: string;
  subjects: Subject[];
  setting: SettingKind;
  /** False when the setting was inferred from the subjects or defaulted. */
  settingExplicit: boolean;
  time: TimeOfDay;
  lighting: Lighting[];
  weather?: Weather;
  style: StyleKind;
  /** Snow on the ground ("snowy mountains", or the snow setting itself). */
  snowy: boolean;
  /** A workshop for pots ("a pottery studio", "a ceramic artist in her workshop"): shelves of pots and a wheel. */
  pottery?: boolean;
  /** A city of the future: glass towers with spires, sky bridges and flying cars. */
  futuristic?: boolean;
  /** Spring: trees in pink blossom and flowers in the grass. */
  spring?: boolean;
  /** A pool ringed with palms in the sand ("a hamlet built around an oasis"); a village there is on sand. */
  oasis?: boolean;
  /** Autumn ("an autumn forest", "fall foliage"): round trees turn orange and red, leaves lie on the ground. */
  autumn?: boolean;
  /** A dirt footpath winding through the landscape ("a forest path", "a hiking trail"). */
  trail?: boolean;
  /** "Smoke rising from the chimney": a house emoji gets a chimney with smoke curling from it. */
  chimneySmoke?: boolean;
  /** The lake is ice ("a frozen lake", "ice skating on the pond"): drawn white-blue, without ripples. */
  frozen?: boolean;
  /** "A single lit window": a house's window is drawn lit (paint/icon-extras.ts). */
  litWindow?: boolean;
  /** On the moon's surface (space setting with grey cratered ground). */
  lunar: boolean;
  /** A page's picture (a cover): the share of the height kept clear at the top for its title (docs/local-engine-modes.md, "Covers"). */
  headroom?: number;
  /** "vintage study": old-fashioned furnishing and a faded grade, without the sepia style. */
  vintageDecor: boolean;
  /** Other settings the prompt names, which the setting may show in the distance (a lake's mountains). */
  scenery: SettingKind[];
  /** A road across a landscape ("a desert highway"). */
  road: boolean;
  /** Which road: along a sea cliff, winding up slopes, a racetrack, a runway, rails (plan/vehicles.ts); straight when absent. */
  roadKind?: RoadKind;
  /** The open sea as a harbour: houses and masts on the far quay, a stone quay in front (plan/vehicles.ts). */
  harbor?: boolean;
  /** "A forest in shades of emerald": colours the whole picture is pulled toward (plan/tint-phrases.ts). */
  palette?: { name: string; hex: string }[];
  /** "Under the Milky Way": its band of stars crosses the night sky (plan/night-sky.ts). */
  milkyWay?: boolean;
  /** Hex of the studio paper ("on a black background"). */
  backdrop?: string;
  festive?: Festive;
  texts: QuotedText[];
  interaction?: Interaction;
  /** Nouns that name nothing the illustrator can draw. */
  unknown: string[];
  /** "A snow globe with a tiny castle": the scene is drawn inside a glass globe on a base. */
  globe?: boolean;
  /** Stained glass with nothing else to show, or "a rose window": the window is the picture (plan/rose-window.ts). */
  roseWindow?: boolean;
  /** Drawn as an isometric diorama or from straight above (plan/view.ts); absent for a side view. */
  view?: View;
  /** A banner, product shot, portrait or screen (plan/modes/choose-mode.ts); absent for a scene. */
  mode?: CompositionMode;
  /** An artist's or movement's manner (plan/modes/art-manner.ts): the backdrop, or the whole abstract picture. */
  manner?: Manner;
}
