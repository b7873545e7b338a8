// The scene plan: what the prompt asks to be drawn, before anything about pixels.
import type { Carrier, Lighting, SizeWord, StyleKind, TimeOfDay, WearSlot, Weather } from './lexicon-scene.js';
import type { SettingKind } from './lexicon-settings.js';
import type { Festive } from './lexicon-reader.js';
import type { Placement, ProcKind } from './lexicon-things.js';

/** Something drawable: an emoji or a procedural picture, with what the composer needs to know. */
export interface Thing {
  /** Emoji name, or `proc:<kind>`. */
  key: string;
  icon?: string;
  proc?: ProcKind;
  label: string;
  place: Placement;
  /** Natural size relative to a person (~0.75). */
  size: number;
  animate: boolean;
  /** The picture is a head or bust, so a body can be drawn below it. */
  head: boolean;
  /** Hex the picture is recoloured to unless the prompt names a colour (a cherry tree is pink). */
  tint?: string;
}

export interface Worn {
  slot: WearSlot;
  key: string;
  label: string;
  color?: string;
}

export interface Subject {
  label: string;
  thing: Thing;
  count: number;
  /** Hex of a named colour, and the name. */
  color?: { name: string; hex: string };
  size: SizeWord;
  role: 'main' | 'prop';
  wearing: Worn[];
  holding: Thing[];
  riding?: Thing;
  seatedOn?: Thing;
  /** What it stands on: a lily pad, a bridge, a table. */
  standsOn?: Thing;
  /** What a person is doing, drawn as that emoji ("running", "riding a bicycle"). */
  activity?: string;
}

export interface QuotedText {
  text: string;
  carrier: Carrier;
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
  /** On the moon's surface (space setting with grey cratered ground). */
  lunar: boolean;
  /** "vintage study": old-fashioned furnishing and a faded grade, without the sepia style. */
  vintageDecor: boolean;
  /** Other settings the prompt names, which the setting may show in the distance (a lake's mountains). */
  scenery: SettingKind[];
  /** A road across a landscape ("a desert highway"). */
  road: boolean;
  /** Hex of the studio paper ("on a black background"). */
  backdrop?: string;
  festive?: Festive;
  texts: QuotedText[];
  /** Nouns that name nothing the illustrator can draw. */
  unknown: string[];
}
