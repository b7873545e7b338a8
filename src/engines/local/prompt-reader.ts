// Reads the prompt's words in order (compromise supplies lemmas and part-of-speech tags) and
// collects subjects, their clothes and things in hand, setting, time, lighting and style.
import nlp from 'compromise';
import {
  CARRIER_WORDS, COLOR_WORDS, COUNT_WORDS, INDOOR, LIGHTING_WORDS, MAX_COUNT, NOT_THINGS, RELATION_WORDS,
  SETTING_OF_SUBJECT, SETTING_WORDS, SIZE_WORDS, STYLE_WORDS, TIME_WORDS, WEAR_WORDS, WEATHER_WORDS,
  type Carrier, type Lighting, type Relation, type SettingKind, type SizeWord, type StyleKind, type TimeOfDay,
  type WearSlot, type Weather,
} from './lexicon-scene.js';
import type { QuotedText, ScenePlan, Subject, Thing, Worn } from './scene-plan.js';
import { hasIcon } from './icon-set.js';
import { THING_WORDS } from './lexicon-things.js';
import { resolveThing } from './things.js';

/** Activities that put a tool in the hands. */
const IMPLIED_HOLD: Record<string, string> = {
  fishing: 'fishing rod', fish: 'fishing rod', singing: 'microphone', sing: 'microphone', reading: 'book',
  read: 'book', cooking: 'frying pan', cook: 'frying pan', knitting: 'yarn',
};
const PEOPLE_BASES = new Set(['man', 'woman', 'person']);
/** Furniture named first ("a living room with a fireplace and a cat") is not the main subject. */
const FURNITURE = new Set(['proc:fireplace', 'proc:sofa', 'proc:armchair', 'proc:table', 'proc:desk', 'proc:bookshelf',
  'proc:lamp', 'proc:rug', 'proc:piano', 'proc:bench', 'chair', 'bed', 'window', 'door', 'potted-plant']);
const HAIR_COLORS: Record<string, string> = {
  red: 'red-hair', ginger: 'red-hair', orange: 'red-hair', yellow: 'blonde-hair', golden: 'blonde-hair',
  blonde: 'blonde-hair', blond: 'blonde-hair', white: 'white-hair', gray: 'white-hair', grey: 'white-hair',
  silver: 'white-hair',
};
const HAIR_WORDS: Record<string, string> = {
  blonde: 'blonde-hair', blond: 'blonde-hair', redhead: 'red-hair', ginger: 'red-hair', curly: 'curly-hair',
  bald: 'bald', bearded: 'beard', beard: 'beard', 'white-haired': 'white-hair', 'grey-haired': 'white-hair',
};

export interface Token {
  normal: string;
  root: string;
  tags: Set<string>;
  /** Punctuation after the token ends a phrase. */
  breakAfter: boolean;
}

const CONTAINERS = new Set(['cup', 'mug', 'glass', 'bowl', 'plate', 'basket', 'box', 'bottle', 'jar', 'pile', 'tower',
  'stack', 'bunch', 'bouquet', 'bag', 'slice', 'piece', 'bucket', 'pot', 'tray', 'vase']);
// Collective nouns count only as "a school of …"; on their own they are things or places.
const GROUP_NOUNS = new Set(['school', 'flock', 'herd', 'pack', 'swarm', 'bunch', 'group', 'crowd', 'lots', 'lot', 'trio']);
const RIDEABLE = new Set(['horse', 'unicorn', 'camel', 'elephant', 'dragon', 'bicycle', 'motorcycle',
  'motor-scooter', 'skateboard', 'ox', 'llama', 'deer', 't-rex', 'turtle', 'whale', 'dolphin', 'rocket',
  'sailboat', 'canoe', 'automobile', 'racing-car', 'tractor', 'kick-scooter', 'zebra', 'ewe', 'goat', 'pig',
  'tiger', 'lion', 'bear', 'cow', 'flying-saucer', 'hot-air-balloon']);
const SEATS = new Set(['proc:armchair', 'proc:sofa', 'chair', 'proc:bench', 'bed']);
// Setting words that say little on their own; a more specific one wins.
const WEAK_SETTINGS = new Set(['room', 'interior', 'city', 'road', 'field', 'sky', 'clouds', 'sand', 'hill',
  'hills', 'town', 'market', 'lake', 'river', 'bar', 'peak', 'valley', 'dark', 'backdrop', 'isolated']);
const PREPOSITIONS = new Set(['in', 'at', 'on', 'inside', 'within', 'under', 'into', 'onto', 'through', 'across',
  'over', 'above', 'below', 'beneath', 'behind', 'near', 'beside', 'by', 'from', 'to', 'against', 'among']);
const MAX_SUBJECTS = 8;
/** Role nouns used as adjectives ("a wizard owl") dress the creature they describe. */
const ROLE_WEAR: Record<string, Worn[]> = {
  wizard: [{ slot: 'head', key: 'cone:wizard', label: 'wizard hat' }, { slot: 'outfit', key: 'robe', label: 'robe' }],
  witch: [{ slot: 'head', key: 'cone:wizard', label: 'witch hat' }, { slot: 'outfit', key: 'robe', label: 'robe' }],
  king: [{ slot: 'head', key: 'crown', label: 'crown' }, { slot: 'outfit', key: 'cape', label: 'cape' }],
  queen: [{ slot: 'head', key: 'crown', label: 'crown' }, { slot: 'outfit', key: 'dress', label: 'gown' }],
  prince: [{ slot: 'head', key: 'crown', label: 'crown' }],
  princess: [{ slot: 'head', key: 'crown', label: 'crown' }, { slot: 'outfit', key: 'dress', label: 'dress' }],
  knight: [{ slot: 'outfit', key: 'armor', label: 'armor' }, { slot: 'head', key: 'military-helmet', label: 'helmet' }],
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
  party: [{ slot: 'head', key: 'cone:party', label: 'party hat' }],
};
/** Where a picture that is only words goes. */
const SETTING_OF_CARRIER: Record<Carrier, SettingKind> = {
  neon: 'city-street', poster: 'cafe', chalkboard: 'classroom', banner: 'park', sign: 'park', title: 'studio',
  speech: 'park', placard: 'park',
};

export function tokenize(text: string): Token[] {
  const doc = nlp(text);
  doc.compute('root');
  const out: Token[] = [];
  for (const sentence of doc.json({ terms: { normal: true } }) as { terms: Record<string, unknown>[] }[]) {
    for (const term of sentence.terms) {
      const normal = String(term.normal ?? '').replace(/[^a-z0-9'é]/g, '');
      const post = String(term.post ?? '');
      if (!normal) {
        if (out.length && /[,;.!?:]/.test(post)) out[out.length - 1].breakAfter = true;
        continue;
      }
      out.push({
        normal,
        root: typeof term.root === 'string' ? term.root : normal,
        tags: new Set(term.tags as string[]),
        breakAfter: /[,;.!?:()]/.test(post),
      });
    }
    if (out.length) out[out.length - 1].breakAfter = true;
  }
  return out;
}

function singular(word: string): string[] {
  const forms = [word];
  if (word.endsWith('ies')) forms.push(word.slice(0, -3) + 'y');
  if (word.endsWith('ves')) forms.push(word.slice(0, -3) + 'f', word.slice(0, -3) + 'fe');
  if (word.endsWith('es')) forms.push(word.slice(0, -2));
  if (word.endsWith('s') && !word.endsWith('ss')) forms.push(word.slice(0, -1));
  return forms;
}

interface Pending {
  count?: number;
  color?: { name: string; hex: string };
  size?: SizeWord;
  container?: boolean;
}

export class Walker {
  private i = 0;
  private pending: Pending = {};
  private subjects: Subject[] = [];
  private owner: Subject | undefined;
  private relation: Relation | 'with' | undefined;
  private lastPreposition: string | undefined;
  private settings: { kind: SettingKind; weak: boolean }[] = [];
  private times: TimeOfDay[] = [];
  private lighting: Lighting[] = [];
  private weather: Weather | undefined;
  private styles: StyleKind[] = [];
  private vintage = false;
  private lunar = false;
  private unknown: string[] = [];

  constructor(
    private readonly tokens: Token[],
    /** Quoted text makes "sign", "poster" and "banner" the text's carrier rather than a thing. */
    private readonly hasTexts: boolean,
  ) {}

  walk(): void {
    while (this.i < this.tokens.length) {
      const start = this.i;
      this.step();
      if (this.i === start) this.i++;
      if (this.tokens[this.i - 1]?.breakAfter) this.endPhrase();
    }
  }

  private endPhrase(): void {
    this.pending = {};
    this.relation = undefined;
    this.lastPreposition = undefined;
  }

  /** Longest phrase (up to 4 words) starting here that a table knows, by normal form then by root. */
  private match<T>(table: Record<string, T>, maxLen = 4): { value: T; len: number; key: string } | undefined {
    for (let len = Math.min(maxLen, this.tokens.length - this.i); len >= 1; len--) {
      const span = this.tokens.slice(this.i, this.i + len);
      // A phrase does not run across punctuation.
      if (span.slice(0, -1).some((t) => t.breakAfter)) continue;
      const keys = new Set([span.map((t) => t.normal).join(' '), span.map((t) => t.root).join(' ')]);
      if (len === 1) for (const f of singular(span[0].normal)) keys.add(f);
      for (const key of keys) {
        if (Object.prototype.hasOwnProperty.call(table, key)) return { value: table[key], len, key };
      }
    }
    return undefined;
  }

  private peek(offset = 0): Token | undefined {
    return this.tokens[this.i + offset];
  }

  private step(): void {
    const tok = this.tokens[this.i];
    const word = tok.normal;

    // Style, before things: "oil painting" is a style, "pixel art" too.
    const style = this.match(STYLE_WORDS);
    if (style && this.isStyleHere(style.key)) {
      this.styles.push(style.value);
      this.pending = {};
      this.i += style.len;
      return;
    }
    if (word === 'vintage' || word === 'antique' || word === 'retro' || word === 'victorian' || word === 'old-fashioned') {
      this.vintage = true;
      this.i++;
      return;
    }
    // Multi-word settings win over their first word ("starry night sky", "night sky").
    const longSetting = this.match(SETTING_WORDS);
    if (longSetting && longSetting.len >= 2 && this.isSettingHere(longSetting.key)) {
      this.settings.push({ kind: longSetting.value, weak: false });
      this.pending = {};
      if (/night|star/.test(longSetting.key)) this.times.push('night');
      if (longSetting.key === 'on the moon' || longSetting.key === 'moon surface') this.lunar = true;
      this.i += longSetting.len;
      return;
    }
    const time = this.match(TIME_WORDS);
    if (time && !(time.key === 'dark' && this.peekThingAfter(1))) {
      this.times.push(time.value);
      this.pending = {};
      this.i += time.len;
      return;
    }
    const light = this.match(LIGHTING_WORDS, 3);
    if (light && !(light.key === 'neon' && this.isNeonSign())) {
      // "neon" before a thing ("neon sign") describes the sign, which the quote handles.
      this.lighting.push(light.value);
      this.pending = {};
      this.i += light.len;
      return;
    }
    if (word === 'neon') {
      this.i++;
      return;
    }
    const weather = this.match(WEATHER_WORDS, 2);
    if (weather) {
      this.weather = weather.value;
      this.i += weather.len;
      return;
    }
    // Counts: "three", "a pair of", "a school of", digits.
    if (/^\d+$/.test(word)) {
      this.pending.count = Math.min(MAX_COUNT, Math.max(1, Number(word)));
      this.i++;
      return;
    }
    if (word in COUNT_WORDS && (!GROUP_NOUNS.has(word) || this.peek(1)?.normal === 'of')) {
      const n = COUNT_WORDS[word];
      // "a" and "an" set nothing when a count is already pending ("a dozen").
      if (!((word === 'a' || word === 'an') && this.pending.count !== undefined)) this.pending.count = n;
      this.i += this.peek(1)?.normal === 'of' ? 2 : 1;
      return;
    }
    const color = this.match(COLOR_WORDS, 1);
    if (color && !this.isThingWord(word)) {
      this.pending.color = { name: color.key, hex: color.value };
      this.i++;
      return;
    }
    if (word in SIZE_WORDS && this.peekThingAfter(1)) {
      this.pending.size = SIZE_WORDS[word];
      this.i++;
      return;
    }
    // Relations: "holding", "wearing", "riding", "sitting in", "with".
    const relation = this.match(RELATION_WORDS, 2);
    if (relation && !(relation.value === 'near' && this.lastPreposition === undefined && relation.key === 'by')) {
      this.relation = relation.value;
      this.i += relation.len;
      // "an old man fishing": the activity's tool, unless the prompt names what is held.
      const implied = IMPLIED_HOLD[relation.key];
      const named = this.peek()?.normal;
      if (implied && this.owner && !['a', 'an', 'the', 'his', 'her', 'its', 'their', 'some'].includes(named ?? '')) {
        const tool = resolveThing(implied);
        if (tool && this.owner.holding.length < 2) this.owner.holding.push(tool);
      }
      return;
    }
    // Hair and beards choose the person emoji's variant: "a woman with red hair", "a bearded man".
    const hair = HAIR_WORDS[word] ?? (word === 'hair' && this.pending.color ? HAIR_COLORS[this.pending.color.name] : undefined);
    if (hair && this.owner && PEOPLE_BASES.has(this.owner.thing.icon ?? '')) {
      this.giveHair(this.owner, hair);
      this.pending = {};
      this.i++;
      return;
    }
    if (hair && !this.owner) {
      // "a bearded man": the person comes after.
      this.pendingHair = hair;
      this.i++;
      return;
    }
    if (word === 'hair' || word === 'beard') {
      this.pending = {};
      this.i++;
      return;
    }
    if (word === 'with' || word === 'has' || word === 'having') {
      this.relation = 'with';
      this.i++;
      return;
    }
    if (word === 'and' || word === 'or' || word === 'the' || word === 'of' || word === 'that' || word === 'is' || word === 'are') {
      if (word === 'and' && this.relation === 'near') this.relation = undefined;
      this.i++;
      return;
    }
    // Setting (with its own phrases: "study room", "under the sea").
    const setting = this.match(SETTING_WORDS);
    if (setting && this.isSettingHere(setting.key)) {
      this.settings.push({ kind: setting.value, weak: WEAK_SETTINGS.has(setting.key) });
      this.pending = {};
      if (setting.key === 'on the moon' || setting.key === 'moon surface') this.lunar = true;
      this.i += setting.len;
      return;
    }
    if (PREPOSITIONS.has(word)) {
      this.lastPreposition = word;
      if (this.relation !== 'sit' && this.relation !== 'hold') this.relation = undefined;
      if (word === 'on' && this.owner) this.relation = 'ride';
      this.i++;
      return;
    }
    // Clothes: "in a suit", "wearing a top hat", "suited"; a bare "hat" with no wearer is a thing.
    const wear = this.match(WEAR_WORDS, 2);
    if (wear) {
      const adjectival = ['suited', 'dapper', 'bespectacled', 'crowned'].includes(wear.key);
      const worn = this.relation === 'wear' || this.relation === 'with' || this.lastPreposition === 'in' || adjectival;
      if (worn || !this.lookThing(0)) {
        this.addWear(wear.value.slot, wear.value.key, wear.value.label, wear.len);
        return;
      }
    }
    if (this.hasTexts && word in CARRIER_WORDS && CARRIER_WORDS[word] !== 'speech') {
      this.i++;
      return;
    }
    // Containers: "a cup of coffee" → coffee; "a bowl of fruit" → fruit.
    if (CONTAINERS.has(word) && this.peek(1)?.normal === 'of') {
      const after = this.lookThing(2);
      if (after) {
        this.i += 2;
        return;
      }
    }
    const thing = this.lookThing(0);
    if (thing) {
      // "pirate ship", "wizard owl": a noun right before another noun describes it.
      const nextTok = this.tokens[this.i + thing.len];
      const nounNext = nextTok !== undefined && !nextTok.tags.has('Verb') && !nextTok.tags.has('Gerund') && !nextTok.normal.endsWith('ing');
      const next = this.tokens[this.i + thing.len - 1].breakAfter || !nounNext ? undefined : this.lookThing(thing.len);
      if (next && next.thing.key !== thing.thing.key) {
        const role = ROLE_WEAR[word];
        if (role && next.thing.animate) this.orphanWear.push(...role.map((w) => ({ ...w })));
        this.i += thing.len;
        return;
      }
      this.i += thing.len;
      this.addThing(thing.thing, thing.plural);
      return;
    }
    if (tok.tags.has('Noun') && !tok.tags.has('Pronoun') && word.length > 2 && !NOT_THINGS.has(word) &&
      !(word in CARRIER_WORDS) && !word.endsWith('ing')) {
      this.unknown.push(word);
    }
    this.i++;
  }

  private isStyleHere(key: string): boolean {
    // "painting"/"drawing" alone are styles only when the prompt talks about the picture ("an oil painting of").
    if (key === 'painting' || key === 'drawing' || key === 'pencil' || key === 'flat' || key === 'sketch') {
      const next = this.peek(1)?.normal;
      const prev = this.tokens[this.i - 1]?.normal;
      if (key === 'pencil' && this.relation === 'hold') return false;
      if (key === 'painting' && (this.relation === 'hold' || prev === 'oil')) return true;
      if (key === 'painting' && (next === 'on' || next === 'hanging')) return false;
      return next === 'of' || next === 'style' || prev === 'as' || prev === 'in' || this.i >= this.tokens.length - 2 || prev === 'a' || prev === 'an';
    }
    return true;
  }

  private isNeonSign(): boolean {
    const next = this.peek(1)?.normal;
    return next === 'sign' || next === 'signs' || next === 'letters' || next === 'text';
  }

  private isSettingHere(key: string): boolean {
    const prev = this.tokens[this.i - 1]?.normal;
    // "students study", "a study of light": verbs and "of" constructions are not rooms.
    if (key === 'study') {
      return this.lastPreposition !== undefined || prev === 'a' || prev === 'the' || prev === 'vintage' ||
        this.peek(1)?.normal === 'room';
    }
    if (key === 'space') return this.lastPreposition !== undefined || prev === 'outer' || prev === 'deep';
    if (key === 'bar' || key === 'field' || key === 'room' || key === 'market') return this.lastPreposition !== undefined;
    return true;
  }

  private isThingWord(word: string): boolean {
    // "orange" alone before nothing is a fruit; before a noun it is a colour.
    return word === 'orange' && !this.peekThingAfter(1);
  }

  private peekThingAfter(offset: number): boolean {
    for (let k = offset; k < offset + 3; k++) {
      const t = this.tokens[this.i + k];
      if (!t) return false;
      if (t.normal in COLOR_WORDS || t.normal in SIZE_WORDS) continue;
      return this.thingAtAbsolute(this.i + k) !== undefined || t.normal in WEAR_WORDS;
    }
    return false;
  }

  private thingAtAbsolute(index: number): Thing | undefined {
    const save = this.i;
    this.i = index;
    const found = this.i < this.tokens.length ? this.lookThing(0) : undefined;
    this.i = save;
    return found?.thing;
  }

  private lookThing(offset: number): { thing: Thing; len: number; plural: boolean } | undefined {
    const save = this.i;
    this.i += offset;
    try {
      if (this.i >= this.tokens.length) return undefined;
      for (let len = Math.min(3, this.tokens.length - this.i); len >= 1; len--) {
        const span = this.tokens.slice(this.i, this.i + len);
        if (span.slice(0, -1).some((t) => t.breakAfter)) continue;
        const last = span[len - 1];
        const tagged = last.tags.has('Noun') || last.tags.has('Plural') || len > 1 || !last.tags.has('Adjective');
        if (!tagged) continue;
        const head = span.slice(0, -1).map((t) => t.normal).join(' ');
        const forms = new Set([span.map((t) => t.normal).join(' '), span.map((t) => t.root).join(' ')]);
        for (const f of singular(last.normal)) forms.add(head ? `${head} ${f}` : f);
        // Every spelling against the tables first, then emojilib's looser keywords.
        const tries = [...[...forms].map((f) => [f, true] as const), ...[...forms].map((f) => [f, false] as const)];
        for (const [form, strict] of tries) {
          if (len === 1 && (form in SETTING_WORDS || form in STYLE_WORDS || form in RELATION_WORDS)) continue;
          if (len === 1 && last.tags.has('Verb') && !last.tags.has('Noun') && !(form in THING_WORDS)) continue;
          // "fighting", "crossing", "sleeping": a verb's -ing form names no thing.
          if (len === 1 && last.normal.length > 5 && last.normal.endsWith('ing') && !(last.normal in THING_WORDS) && !hasIcon(last.normal)) continue;
          if (len === 1 && this.hasTexts && form in CARRIER_WORDS) continue;
          const thing = resolveThing(form, strict);
          if (thing) {
            const plural = last.tags.has('Plural') || (last.normal !== form.split(' ').at(-1) && last.normal.endsWith('s'));
            return { thing, len: len + offset, plural };
          }
        }
      }
      return undefined;
    } finally {
      this.i = save;
    }
  }

  private addWear(slot: WearSlot, key: string, label: string, len: number): void {
    const owner = this.owner ?? this.pendingOwner();
    const worn: Worn = { slot, key, label, ...(this.pending.color ? { color: this.pending.color.hex } : {}) };
    if (this.pending.color) worn.label = `${this.pending.color.name} ${label}`;
    if (owner) {
      if (!owner.wearing.some((w) => w.slot === slot)) owner.wearing.push(worn);
    } else {
      this.orphanWear.push(worn);
    }
    this.pending = {};
    this.i += len;
    if (this.relation !== 'wear' && this.relation !== 'with') this.relation = 'wear';
  }

  private orphanWear: Worn[] = [];
  private pendingHair: string | undefined;

  private giveHair(subject: Subject, hair: string): void {
    const thing = resolveThing(`${subject.thing.icon}-${hair}`, true);
    if (thing) subject.thing = { ...thing, label: subject.label };
  }

  private pendingOwner(): Subject | undefined {
    return this.subjects.find((s) => s.thing.animate);
  }

  private addThing(thing: Thing, plural: boolean): void {
    const pending = this.pending;
    this.pending = {};
    const owner = this.owner;
    const relation = this.relation;
    if (owner && relation && !thing.animate) {
      if (relation === 'hold' || (relation === 'with' && (thing.size <= 0.45 || thing.place === 'table') && owner.thing.animate)) {
        if (owner.holding.length < 2) owner.holding.push(pending.color ? { ...thing, label: `${pending.color.name} ${thing.label}` } : thing);
        return;
      }
      if (relation === 'sit' && SEATS.has(thing.key)) {
        owner.seatedOn = thing;
        return;
      }
      if (relation === 'ride' && RIDEABLE.has(thing.key)) {
        owner.riding = thing;
        return;
      }
    }
    if (owner && relation === 'ride' && RIDEABLE.has(thing.key) && thing.animate && this.lastPreposition !== 'on') {
      owner.riding = thing;
      return;
    }
    if (owner?.thing.animate && (this.lastPreposition === 'on' || this.lastPreposition === 'in') && SEATS.has(thing.key)) {
      owner.seatedOn = thing;
      return;
    }
    if (owner && (relation === 'ride' || relation === 'sit') && this.lastPreposition === 'on' && RIDEABLE.has(thing.key)) {
      owner.riding = thing;
      return;
    }
    if (this.subjects.length >= MAX_SUBJECTS) return;
    // Merge repeats ("a cat … the cat") into one subject.
    const same = this.subjects.find((s) => s.thing.key === thing.key && !pending.count);
    if (same) return;
    const count = pending.count ?? (plural ? (thing.size >= 1.1 ? 2 : 3) : 1);
    const subject: Subject = {
      label: thing.label, thing, count, size: pending.size ?? 'normal', role: 'prop', wearing: [], holding: [],
      ...(pending.color ? { color: pending.color } : {}),
    };
    this.subjects.push(subject);
    if (thing.animate) {
      this.owner = subject;
      if (this.pendingHair && PEOPLE_BASES.has(thing.icon ?? '')) this.giveHair(subject, this.pendingHair);
      this.pendingHair = undefined;
      for (const w of this.orphanWear.splice(0)) subject.wearing.push(w);
    }
    if (relation === 'hold' || relation === 'wear') this.relation = undefined;
  }

  finish(prompt: string, texts: QuotedText[]): ScenePlan {
    const subjects = this.subjects;
    // The main subject: the first thing named, unless it is small or up in the sky and a creature
    // or a standing thing is named too ("a pipe-smoking raccoon", "the moon over a castle").
    const standing = (s: Subject) => s.thing.place === 'ground' || s.thing.place === 'table' || s.thing.place === 'water' || s.thing.place === 'swim';
    const first = subjects[0];
    const main = !first ? undefined
      : first.thing.animate ? first
      : (first.thing.size < 0.45 || FURNITURE.has(first.thing.key)) && subjects.some((s) => s.thing.animate && s.thing.place !== 'sky')
        ? subjects.find((s) => s.thing.animate && s.thing.place !== 'sky')
      : first.thing.place === 'sky' || first.thing.place === 'wall' ? (subjects.find((s) => s.thing.animate && standing(s)) ?? subjects.find(standing) ?? first)
      : first;
    if (main) main.role = 'main';
    if (main && this.orphanWear.length) main.wearing.push(...this.orphanWear.splice(0));
    // "a gentleman", "a queen": the role dresses a drawn character unless the prompt already did.
    for (const s of subjects) {
      const role = s.thing.head ? ROLE_WEAR[s.label] : undefined;
      for (const w of role ?? []) if (!s.wearing.some((x) => x.slot === w.slot)) s.wearing.push({ ...w });
    }
    // Main subject first; others keep prompt order.
    subjects.sort((a, b) => (a.role === 'main' ? -1 : b.role === 'main' ? 1 : 0));

    const named = this.settings.filter((x) => !x.weak);
    // "snowy mountains", "a winter forest": snow dresses another setting rather than replacing it.
    const snowy = named.some((x) => x.kind === 'snow') && named.some((x) => x.kind !== 'snow');
    let setting: SettingKind | undefined = (named.find((x) => !(snowy && x.kind === 'snow')) ?? this.settings[0])?.kind;
    const settingExplicit = setting !== undefined;
    if (!setting) {
      for (const s of subjects) {
        const key = s.seatedOn?.proc ?? s.thing.icon ?? s.thing.proc ?? '';
        setting = SETTING_OF_SUBJECT[key] ?? (s.seatedOn?.proc ? SETTING_OF_SUBJECT[s.seatedOn.proc] : undefined);
        if (setting) break;
      }
    }
    // A neon sign only glows in the dark: without a stated time, it is night.
    const neonText = texts.some((t) => t.carrier === 'neon');
    const time: TimeOfDay = this.times[0] ?? (setting === 'night-sky' || neonText ? 'night' : 'day');
    if (!setting && subjects.length === 0 && texts.length > 0) setting = SETTING_OF_CARRIER[texts[0].carrier];
    if (!setting) {
      if (time === 'night') setting = 'night-sky';
      else if (subjects.length > 0 && !main?.thing.animate && main?.thing.place === 'table') setting = 'studio';
      else setting = 'park';
    }
    // A seat named in an indoor scene is where the main subject sits.
    if (main && !main.seatedOn && INDOOR.has(setting) && this.relationSit) {
      const seat = subjects.find((s) => s !== main && SEATS.has(s.thing.key));
      if (seat) main.seatedOn = seat.thing;
    }
    const style = this.styles.find((s) => s !== 'illustrated') ?? 'illustrated';
    return {
      prompt,
      subjects: subjects.filter((s) => !(main?.seatedOn && s.thing.key === main.seatedOn.key && s !== main)),
      setting,
      settingExplicit,
      time: setting === 'night-sky' && !this.times.length ? 'night' : time,
      snowy: snowy || (setting === 'snow'),
      lunar: this.lunar,
      lighting: [...new Set(this.lighting)],
      ...(this.weather ? { weather: this.weather } : {}),
      style,
      vintageDecor: this.vintage && style !== 'vintage',
      texts,
      unknown: [...new Set(this.unknown)],
    };
  }

  private get relationSit(): boolean {
    return this.tokens.some((t) => RELATION_WORDS[t.normal] === 'sit' || RELATION_WORDS[t.root] === 'sit');
  }
}
