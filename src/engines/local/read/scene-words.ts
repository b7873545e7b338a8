// Words about the picture rather than its subjects: style, period furnishing, setting, time of day,
// lighting and weather. The prompt reader (plan/prompt-reader.ts) asks here before reading subjects.
import {
  COLOR_WORDS, LIGHTING_WORDS, STYLE_WORDS, TIME_WORDS, WEAR_WORDS, WEATHER_WORDS, type Lighting, type Relation, type SizeWord, type StyleKind, type TimeOfDay, type Weather,
} from './lexicon-scene.js';
import { GENRE_SETTINGS, SETTING_WORDS, type SettingKind } from './lexicon-settings.js';
import { FESTIVE_WORDS, ROAD_WORDS, WEAK_SETTINGS, type Festive } from './lexicon-reader.js';
import { TokenCursor } from './token-cursor.js';
import { darkSays } from './dark-word.js';
import { senseOf } from './word-senses.js';
import { ROAD_PLACES, type RoadKind } from './vehicle-names.js';

const NOT_PLACE_BEFORE = new Set(['stock', 'job', 'housing', 'crypto', 'target', 'online', 'app', 'e-commerce', 'ecommerce', 'web', 'one-stop', 'to', 'data']);
const NOT_PLACE_AFTER = new Set(['share', 'research', 'leader', 'value', 'trend', 'trends', 'cap', 'online', 'now', 'data', 'page']);
// Nouns for the picture itself, after which "neon" or "charcoal" is its style ("a neon painting of a fox", "a charcoal sketch").
const ART_NOUNS = new Set(['painting', 'drawing', 'illustration', 'art', 'artwork', 'poster', 'portrait', 'picture',
  'image', 'print', 'sketch', 'style', 'design', 'graphic', 'aesthetic', 'look', 'logo', 'icon', 'wallpaper', 'outline', 'outlines', 'rendering']);
// Words after "neon" that make it light, not the style ("neon lights", "neon glow").
const NEON_LIGHT = new Set(['light', 'lights', 'lighting', 'lit', 'glow', 'glowing', 'color', 'colors', 'colour', 'colours',
  'accent', 'accents', 'tube', 'tubes', 'sign', 'signs', 'letters', 'text', 'hue', 'hues', 'tone', 'tones', 'highlights']);
// "a pink floor", "a white wall", "a blue background": the studio paper's colour.
const BACKDROP_WORDS = new Set(['background', 'backdrop', 'gradient', 'floor', 'wall', 'walls', 'surface', 'backround', 'bg', 'canvas', 'studio',
  'velvet', 'silk', 'satin', 'fabric', 'cloth', 'tablecloth', 'paper', 'seamless']);
// Words after "charcoal" that make it the drawing medium ("a charcoal drawing", "charcoal on paper").
const CHARCOAL_MEDIUM_NEXT = new Set(['drawing', 'drawings', 'drawn', 'sketch', 'sketches', 'sketched', 'style', 'illustration', 'illustrations',
  'art', 'artwork', 'portrait', 'rendering', 'study', 'studies', 'piece', 'medium', 'pencil', 'pencils', 'on', 'stick', 'sticks', 'technique', 'look', 'aesthetic']);
// Nouns that make the word before them a colour ("a charcoal shade", "charcoal tones").
const COLOR_NOUNS = new Set(['color', 'colour', 'colors', 'colours', 'colored', 'coloured', 'shade', 'shades', 'tone', 'tones', 'hue', 'hues']);
// Studios that are rooms to work in rather than the photographer's paper: "an art studio", "a painter's studio".
const WORKROOM_KINDS = new Set(['art', 'artist', 'artists', 'painter', 'painters', 'pottery', 'ceramic', 'ceramics',
  'sculpture', 'sculptor', 'sculptors', 'craft', 'crafts', 'sewing', 'weaving', 'woodworking', 'dance', 'ballet', 'yoga',
  'recording', 'music', 'tattoo', 'architect', 'architects', 'animation', 'design', 'designer', 'designers', 'illustrator']);
// Workrooms whose studio is a workshop with a bench and tools.
const MAKER_KINDS = new Set(['pottery', 'ceramic', 'ceramics', 'sculpture', 'sculptor', 'sculptors', 'woodworking']);
const JOINS = new Set(['and', 'or', 'to', 'into']);
// How lines are drawn, said beside a style ("rough cross-hatching texture"): read, and never a thing (the cross is no helmet).
const LINE_TEXTURES: Record<string, true> = { 'cross hatching': true, crosshatching: true, 'cross hatched': true, crosshatched: true };
// Words after "clay" that make it the claymation style ("clay characters", "clay diorama").
const CLAY_NEXT = new Set(['style', 'art', 'artwork', 'animation', 'animated', 'render', 'rendering', 'look', 'aesthetic', 'scene', 'world',
  'sculpture', 'figures', 'figurine', 'figurines', 'character', 'characters', 'models', 'diorama', 'miniature', 'miniatures', 'puppet', 'puppets', 'film', 'movie']);
const LUNAR = new Set(['on the moon', 'moon surface', 'lunar surface', 'surface of the moon', "moon's surface"]);

/** Words that describe the next subject: a count, a colour, a size. */
export interface Pending {
  count?: number;
  color?: { name: string; hex: string };
  size?: SizeWord;
  /** "a row of houses": side by side on one line. */
  row?: boolean;
}

export class SceneWordReader extends TokenCursor {
  protected pending: Pending = {};
  protected relation: Relation | 'with' | undefined;
  protected lastPreposition: string | undefined;
  protected settings: { kind: SettingKind; weak: boolean }[] = [];
  protected times: TimeOfDay[] = [];
  protected lighting: Lighting[] = [];
  protected weather: Weather | undefined;
  protected styles: StyleKind[] = [];
  protected vintage = false;
  protected lunar = false;
  protected road = false;
  /** "a coastal highway", "a mountain pass", "a racetrack": which road (read/vehicle-names.ts). */
  protected roadKind: RoadKind | undefined;
  /** "on a white background": the studio paper's colour. */
  protected backdrop: string | undefined;
  protected festive: Festive | undefined;
  /** "sci-fi": the place a genre implies, used when the prompt names no other. */
  protected genre: SettingKind | undefined;

  /** A style, period, multi-word setting, time, lighting or weather word here: read it and say so. */
  protected readSceneWord(word: string): boolean {
    // Style, before things: "oil painting" is a style, "pixel art" too.
    const style = this.match(STYLE_WORDS);
    if (style && this.isStyleHere(style.key)) {
      this.styles.push(style.value);
      this.pending = {};
      this.i += style.len;
      return true;
    }
    const texture = this.match(LINE_TEXTURES, 2);
    if (texture) {
      this.i += texture.len;
      return true;
    }
    if (word === 'vintage' || word === 'antique' || word === 'retro' || word === 'victorian' || word === 'old-fashioned') {
      this.vintage = true;
      this.i++;
      return true;
    }
    const after = this.peek(1)?.normal;
    if (word in COLOR_WORDS && after !== undefined && BACKDROP_WORDS.has(after) && !this.tokens[this.i].breakAfter) {
      this.backdrop = COLOR_WORDS[word];
      this.settings.push({ kind: 'studio', weak: false });
      this.pending = {};
      this.i += 2;
      return true;
    }
    const genre = this.match(GENRE_SETTINGS, 3);
    if (genre) {
      this.genre ??= genre.value;
      this.i += genre.len;
      return true;
    }
    const festive = FESTIVE_WORDS[word];
    if (festive) {
      this.festive = festive;
      // "christmas lights", "christmas tree" are things as well as a theme.
      if ((this.lookThing(0)?.len ?? 0) > 1) return false;
      this.i++;
      return true;
    }
    // Roads, tracks and runways that name their place ("a coastal highway": the sea cliff and its road).
    const roadPlace = this.match(ROAD_PLACES);
    if (roadPlace && this.isSettingHere(roadPlace.key)) {
      this.settings.push({ kind: roadPlace.value.setting, weak: roadPlace.value.weak === true });
      this.road = true;
      this.roadKind ??= roadPlace.value.road;
      this.pending = {};
      this.i += roadPlace.len;
      return true;
    }
    // Multi-word settings win over their first word ("starry night sky", "night sky").
    const longSetting = this.match(SETTING_WORDS);
    if (longSetting && longSetting.len >= 2 && this.isSettingHere(longSetting.key)) {
      this.settings.push({ kind: longSetting.value, weak: WEAK_SETTINGS.has(longSetting.key) });
      if (ROAD_WORDS.has(longSetting.key)) this.road = true;
      this.pending = {};
      if (/night|star/.test(longSetting.key)) this.times.push('night');
      if (LUNAR.has(longSetting.key)) this.lunar = true;
      this.i += longSetting.len;
      return true;
    }
    const time = this.match(TIME_WORDS);
    // "Dark" is night only when said of the scene; a dark forest is dim, dark spots are spots.
    const dark = time?.key === 'dark' ? darkSays(this.tokens, this.i) : undefined;
    if (time?.key === 'dark' && dark !== 'night') {
      if (dark === 'dim') this.lighting.push('dramatic');
      // Only a shade of the next word ("dark pants", "dark green"), which is read next.
      this.i++;
      return true;
    }
    if (time && (time.key !== 'dark' || dark === 'night')) {
      this.times.push(time.value);
      this.pending = {};
      this.i += time.len;
      return true;
    }
    if (word === 'neon' && this.readNeon()) return true;
    const light = this.match(LIGHTING_WORDS, 3);
    // "neon signs" with no words to write on them: the street glows with neon.
    if (light?.key === 'neon' && !this.hasTexts && this.isNeonSign()) {
      this.lighting.push('neon');
      this.i += 2;
      return true;
    }
    if (light && !(light.key === 'neon' && this.isNeonSign())) {
      // "neon" before a thing ("neon sign") describes the sign, which the quote handles.
      this.lighting.push(light.value);
      this.pending = {};
      this.i += light.len;
      return true;
    }
    if (word === 'neon') {
      this.i++;
      return true;
    }
    const weather = this.match(WEATHER_WORDS, 2);
    if (weather) {
      this.weather = weather.value;
      this.i += weather.len;
      return true;
    }
    return false;
  }

  /** A setting word (with its own phrases: "study room", "under the sea"). */
  protected readSetting(): boolean {
    const setting = this.match(SETTING_WORDS);
    if (setting && this.isSettingHere(setting.key)) {
      // "an art studio", "a painter's studio", "a studio apartment": a room to work or live in, not the photographer's paper.
      const kind = setting.key === 'studio' && this.isWorkroom() ? this.workroomKind() : setting.value;
      this.settings.push({ kind, weak: WEAK_SETTINGS.has(setting.key) });
      if (ROAD_WORDS.has(setting.key)) this.road = true;
      this.pending = {};
      if (LUNAR.has(setting.key)) this.lunar = true;
      this.i += setting.len;
      return true;
    }
    return false;
  }

  private isStyleHere(key: string): boolean {
    // "charcoal grey", "from charcoal to terracotta", "a charcoal suit", "a charcoal cashmere sweater":
    // the colour, not the drawing medium; the medium only before a word for the picture ("a charcoal
    // drawing") or after "in" ("a fox in charcoal"), or as a clause of its own ("a portrait, charcoal").
    if (key === 'charcoal') return !this.isColorHere() && this.isCharcoalMedium();
    // "playing video games" is a thing; "video game style", "retro game art" the pixel style.
    if (key === 'video game' || key === 'retro game') {
      const next = this.peek(2)?.normal ?? '';
      return ['style', 'art', 'aesthetic', 'graphics', 'look', 'sprite', 'sprites'].includes(next) || this.tokens[this.i - 1]?.normal === 'as';
    }
    // "clay" alone is the claymation style when it names what the picture is made of ("a fox made of
    // clay", "clay style", "a cat, clay"), not before the thing it is ("a clay pot", "a clay court").
    if (key === 'clay') {
      const next = this.peek(1)?.normal;
      const prev = this.tokens[this.i - 1]?.normal;
      return next === undefined || this.tokens[this.i].breakAfter || CLAY_NEXT.has(next) || prev === 'of' || prev === 'in' || prev === 'from';
    }
    // "painting"/"drawing" alone are styles only when the prompt talks about the picture ("an oil painting of").
    if (key === 'painting' || key === 'drawing' || key === 'pencil' || key === 'flat' || key === 'sketch') {
      const next = this.peek(1)?.normal;
      const prev = this.tokens[this.i - 1]?.normal;
      if (key === 'pencil' && this.relation === 'hold') return false;
      // "a sale on pencils", "three pencils": the plural is the things, never the drawing medium.
      if (key === 'pencil' && this.tokens[this.i]?.normal === 'pencils') return false;
      if (key === 'painting' && (this.relation === 'hold' || prev === 'oil')) return true;
      if (key === 'painting' && (next === 'on' || next === 'hanging')) return false;
      return next === 'of' || next === 'style' || prev === 'as' || prev === 'in' || this.i >= this.tokens.length - 2 || prev === 'a' || prev === 'an';
    }
    return true;
  }

  private isCharcoalMedium(): boolean {
    const next = this.peek(1);
    const prev = this.tokens[this.i - 1];
    if (next && !this.tokens[this.i]!.breakAfter && CHARCOAL_MEDIUM_NEXT.has(next.normal)) return true;
    if (prev && !prev.breakAfter && (prev.normal === 'in' || prev.normal === 'with')) return true;
    return (!prev || prev.breakAfter === true) && (!next || this.tokens[this.i]!.breakAfter === true);
  }

  /** A colour word here is a colour: beside another colour, in "from … to …", or before a thing it colours. */
  private isColorHere(): boolean {
    const word = (k: number) => this.peek(k)?.normal ?? '';
    const breaks = (k: number) => this.peek(k)?.breakAfter === true;
    const colour = (k: number) => word(k) in COLOR_WORDS || COLOR_NOUNS.has(word(k));
    if (ART_NOUNS.has(word(1))) return false;
    if (!breaks(0) && (colour(1) || word(1) === 'to' || (JOINS.has(word(1)) && !breaks(1) && colour(2)))) return true;
    if (!breaks(-1) && (colour(-1) || word(-1) === 'from' || (JOINS.has(word(-1)) && !breaks(-2) && colour(-2)))) return true;
    return !breaks(0) && (word(1) in WEAR_WORDS || this.peekThingAfter(1));
  }

  /**
   * "a neon painting of a fox", "a neon sign of a flamingo", "a neon tiger": neon is the picture's
   * style (glowing outlines on the dark), not only its light; "neon lights" stay light, and "neon
   * green" is a bright green (docs/local-engine.md, "Styles").
   */
  private readNeon(): boolean {
    const next = this.peek(1);
    if (!next || this.tokens[this.i].breakAfter) return false;
    if (next.normal in COLOR_WORDS) {
      this.i++;
      return true;
    }
    const after = this.peek(2)?.normal;
    const carrier = this.hasTexts && (next.normal === 'logo' || next.normal === 'poster' || next.normal === 'sign' || next.normal === 'signs');
    if (ART_NOUNS.has(next.normal) && !carrier) {
      this.styles.push('neon');
      this.pending = {};
      this.i += 2;
      return true;
    }
    if ((next.normal === 'sign' || next.normal === 'signs') && !this.hasTexts && (after === 'of' || after === 'shaped' || after === 'showing' || after === 'depicting')) {
      this.styles.push('neon');
      this.i += 2;
      return true;
    }
    if (!NEON_LIGHT.has(next.normal) && !this.isNeonSign() && this.peekThingAfter(1)) {
      this.styles.push('neon');
      this.lighting.push('neon');
      this.i++;
      return true;
    }
    return false;
  }

  private isNeonSign(): boolean {
    const next = this.peek(1)?.normal;
    return next === 'sign' || next === 'signs' || next === 'letters' || next === 'text';
  }

  /** "studio" here is a room people work or live in: an art, pottery or dance studio, a studio flat. */
  /** A studio to make things in is a workshop ("a pottery studio"); others are rooms ("an art studio" becomes the art room later). */
  private workroomKind(): SettingKind {
    const prev = this.tokens[this.i - 1]?.normal.replace(/'s?$/, '') ?? '';
    return MAKER_KINDS.has(prev) ? 'workshop' : 'living-room';
  }

  private isWorkroom(): boolean {
    const prev = this.tokens[this.i - 1];
    const next = this.peek(1)?.normal ?? '';
    const kind = prev && !prev.breakAfter ? prev.normal.replace(/'s?$/, '') : '';
    return WORKROOM_KINDS.has(kind) || ((next === 'apartment' || next === 'flat' || next === 'loft') && !this.tokens[this.i]!.breakAfter);
  }

  private isSettingHere(key: string): boolean {
    // A Samsung Galaxy is a phone (word-senses.ts), not the stars.
    if (key === 'galaxy') return senseOf('galaxy', this.context()) === undefined;
    const prev = this.tokens[this.i - 1]?.normal;
    // "students study", "a study of light": verbs and "of" constructions are not rooms.
    if (key === 'study') {
      if (prev === 'case') return false;
      return this.lastPreposition !== undefined || prev === 'a' || prev === 'the' || prev === 'vintage' ||
        this.peek(1)?.normal === 'room';
    }
    // "A car parked outside", "a parking lot": the verb, not a park.
    if (key === 'park' && /^park(?:ed|ing)$/.test(this.tokens[this.i]?.normal ?? '')) return false;
    // A road bike, a road trip, a road sign: things, not the road.
    if (key === 'road' && /^(?:bikes?|bicycles?|trip|trips|signs?|cones?|map|maps)$/.test(this.peek(1)?.normal ?? '')) return false;
    // A snow globe is a thing, not a snowy place.
    if (key === 'snow' && (this.peek(1)?.normal === 'globe' || this.peek(1)?.normal === 'globes')) return false;
    if (key === 'space') return this.lastPreposition !== undefined || prev === 'outer' || prev === 'deep';
    if (key === 'bar' || key === 'field' || key === 'room') return this.lastPreposition !== undefined;
    // "a market with stalls", "a shop": places; "stock market", "shop online", "market share": not.
    if (key === 'market' || key === 'shop' || key === 'store') {
      const next = this.peek(1)?.normal ?? '';
      return !NOT_PLACE_BEFORE.has(prev ?? '') && !NOT_PLACE_AFTER.has(next);
    }
    return true;
  }
}
