// Reads the prompt's words in order and collects subjects, their clothes and things in hand,
// setting, time, lighting and style; plan-finish.ts turns what it found into the scene plan.
import { attachThing, dressesPerson, legsShade, type AttachContext } from './attach.js';
import {
  CARRIER_WORDS, COLOR_WORDS, COUNT_WORDS, MAX_COUNT, NOT_THINGS, RELATION_WORDS, SIZE_WORDS, WEAR_WORDS, type WearSlot,
} from '../read/lexicon-scene.js';
import {
  ACTIVITIES, BACK_REFERENCES, CONTAINERS, DESIGN_WORDS, ETHNIC_WORDS, GROUP_NOUNS, HAIR_COLORS, HAIR_WORDS, IDIOMS, IMPLIED_HOLD, MAX_SUBJECTS, PEOPLE_BASES,
  PREPOSITIONS, ROLE_WEAR, type Worn,
} from '../read/lexicon-reader.js';
import type { Reading } from './plan-finish.js';
import { ROLE_HOLD } from '../read/lexicon-common.js';
import { SETTING_WORDS } from '../read/lexicon-settings.js';
import { SceneWordReader } from '../read/scene-words.js';
import { cameraInstruction } from '../read/senses-by-position.js';
import type { Subject } from './scene-plan.js';
import { resolveThing, type Thing } from '../read/things.js';
import { opensNegation } from '../read/negation.js';
import { numberCompoundEnd, singular } from '../read/tokens.js';
import { AGED, COLOR_THINGS, HUES, NUMBER_UNITS, OLD_OF, ONE_PAIR, PAIRED, PEOPLE_GROUPS, PERSON_ICON, SIZE_OR_AGE, SIZED_GROUPS, SKIN_COLORS } from './reader-words.js';
import { applySkinTones, type ToneSaid } from './skin-tone.js';
import { describingWordsAt } from '../read/modifier-senses.js';
import { gemColourAt } from '../read/senses-nearby.js';

export class Walker extends SceneWordReader {
  private subjects: Subject[] = [];
  private owner: Subject | undefined;
  private unknown: string[] = [];
  private orphanWear: Worn[] = [];
  private pendingHair: string | undefined;
  private pendingAged = false;
  private tones: ToneSaid[] = [];
  /** After "without" or "no", up to the next comma or full stop: what is named is left out. */
  private negated = false;

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
    this.negated = false;
    this.pendingAged = false;
  }

  private step(): void {
    const tok = this.tokens[this.i];
    const word = tok.normal;

    // "without text or human faces", "NO neon colors": nothing named here is drawn or applied.
    if (opensNegation(this.tokens, this.i)) this.negated = true;
    if (this.negated) {
      this.i++;
      return;
    }
    // "warm olive skin", "brass spectacles", "a walnut desk", "a cable-knit sweater": words about the
    // next one, read before the scene words so "dark skin" is a skin tone (plan/skin-tone.ts), no night.
    const describing = describingWordsAt(this.tokens, this.i, (w) => w in WEAR_WORDS);
    if (describing) {
      if (describing.tone) this.tones.push({ subject: this.owner, tone: describing.tone });
      if (describing.color) this.pending.color = describing.color;
      if (describing.unsaid) this.unknown.push(describing.unsaid);
      this.i += describing.len;
      return;
    }
    if (this.readSceneWord(word)) return;
    const activity = this.owner ? this.match(ACTIVITIES, 2) : undefined;
    if (activity && this.owner && !this.owner.activity) {
      this.owner.activity = activity.value;
      this.i += activity.len;
      return;
    }
    for (let len = 3; len >= 2; len--) {
      if (IDIOMS.has(this.tokens.slice(this.i, this.i + len).map((t) => t.normal).join(' '))) {
        this.i += len;
        return;
      }
    }
    // Counts: "three", "a pair of", "a school of", digits.
    // "a 20 year old woman" is an age, "a two-story cottage" a modifier: neither is a count (read/tokens.ts).
    const unit = /^\d+$/.test(word) && NUMBER_UNITS.test(this.peek(1)?.normal ?? '') ? this.i + 2 : undefined;
    const skip = unit ?? (/^\d+$/.test(word) && /^(year|years|yr|yrs)$/.test(this.peek(1)?.normal ?? '') ? this.i + (this.peek(2)?.normal === 'old' ? 3 : 2) : numberCompoundEnd(this.tokens, this.i, (w) => w in COUNT_WORDS));
    if (skip) {
      this.i = skip;
      return;
    }
    // "a family of four watching tv": the group's size, not a count of the next thing (four tvs).
    // ("a family of" alone counts what follows: "a family of ducks" is four ducks; "a team of 5
    // engineers" is five engineers.)
    if ((/^\d+$/.test(word) || word in COUNT_WORDS) && this.tokens[this.i - 1]?.normal === 'of' && SIZED_GROUPS.has(this.tokens[this.i - 2]?.normal ?? '') && !this.peekThingAfter(1)) {
      delete this.pending.count;
      this.i++;
      return;
    }
    if (/^\d+$/.test(word)) {
      this.pending.count = Math.min(MAX_COUNT, Math.max(1, Number(word)));
      this.i++;
      return;
    }
    if (word in COUNT_WORDS && (!GROUP_NOUNS.has(word) || this.peek(1)?.normal === 'of')) {
      const n = COUNT_WORDS[word];
      // "a" and "an" set nothing when a count is already pending ("a dozen").
      if (!((word === 'a' || word === 'an') && this.pending.count !== undefined)) this.pending.count = n;
      if (word === 'row' || word === 'line') this.pending.row = true;
      this.i += this.peek(1)?.normal === 'of' ? 2 : 1;
      return;
    }
    const color = this.match(COLOR_WORDS, 1);
    // "a red panda", "a black cat": a colour that begins a thing's own name is part of it.
    const named = color ? this.lookThing(0) : undefined;
    if (color && !this.isThingWord(word) && !(named && named.len > 1 && named.strict)) {
      // "a white woman", "a black man": who the person is, not paint for the whole figure.
      if (SKIN_COLORS.has(word) && this.personAfter(1)) {
        this.i++;
        return;
      }
      // "lime green", "charcoal grey": one colour, the first word's shade of the second.
      const hue = this.hueAfter();
      this.pending.color = { name: hue ? `${color.key} ${hue}` : color.key, hex: color.value };
      this.i += hue ? 2 : 1;
      return;
    }
    // "an asian girl": likewise ethnicity, not a thing (emojilib's "asian" is a bowl of rice).
    if (ETHNIC_WORDS.has(word) && this.personAfter(1)) {
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
    // "a building", "a potted plant", "the ride": after a determiner, a colour or a size the word is a noun.
    const described = this.nounByPlace(this.i) || this.pending.color !== undefined || this.pending.size !== undefined;
    if (relation && !(described && relation.len === 1 && (this.lookThing(0) || relation.key in SETTING_WORDS)) &&
      !(relation.value === 'near' && this.lastPreposition === undefined && relation.key === 'by')) {
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
    // "an elderly bald man": age picks the old person's picture, whatever the hair.
    if (AGED.has(word) && this.peekThingAfter(1)) {
      this.pendingAged = true;
      this.i++;
      return;
    }
    // Hair and beards choose the person emoji's variant: "a woman with red hair", "a bearded man".
    const hair = HAIR_WORDS[word] ?? (word === 'hair' && this.pending.color ? HAIR_COLORS[this.pending.color.name.split(' ').at(-1)!] : undefined);
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
    if (this.readSetting()) return;
    if (PREPOSITIONS.has(word)) {
      // "a lightbulb appearing above a person", "a halo over her head": the small thing floats over the figure.
      const last = this.subjects.at(-1);
      const under = (word === 'above' || word === 'over') ? (this.lookThing(1) ?? this.lookThing(2)) : undefined;
      if (last && under?.thing.animate && !last.thing.animate && last.thing.size <= 0.5) last.overhead = true;
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
      const dresses = PERSON_ICON.test(this.owner?.thing.icon ?? '') && dressesPerson(wear.value.slot, this.relation);
      const worn = this.relation === 'wear' || this.relation === 'with' || this.lastPreposition === 'in' || adjectival || dresses;
      if (worn || !this.lookThing(0)) {
        this.addWear(wear.value.slot, wear.value.key, wear.value.label, wear.len);
        return;
      }
    }
    if (this.hasTexts && word in CARRIER_WORDS && CARRIER_WORDS[word] !== 'speech') {
      this.i++;
      return;
    }
    // "a bottle of wine", "a bottle of shampoo": the bottle is the picture (its sense reads what it holds).
    if ((word === 'bottle' || word === 'bottles') && this.peek(1)?.normal === 'of') {
      const bottle = this.lookThing(0);
      const held = this.lookThing(2) ?? ((this.peek(2)?.normal ?? '') in COLOR_WORDS ? this.lookThing(3) : undefined);
      if (bottle && held && !held.thing.animate) {
        this.i += held.len;
        this.addThing(bottle.thing, bottle.plural);
        return;
      }
    }
    // Containers: "a cup of coffee" → coffee; "a bowl of fruit" → fruit.
    if (CONTAINERS.has(word) && this.peek(1)?.normal === 'of') {
      // "a ball of green yarn": past a colour too.
      const after = this.lookThing(2) ?? ((this.peek(2)?.normal ?? '') in COLOR_WORDS ? this.lookThing(3) : undefined);
      if (after) {
        this.i += 2;
        return;
      }
    }
    // "a movie poster that says …", "a shop sign": a noun before the words' carrier describes it.
    const carrierNext = this.peek(1)?.normal;
    if (this.hasTexts && tok.tags.has('Noun') && !tok.breakAfter && carrierNext !== undefined &&
      carrierNext in CARRIER_WORDS && CARRIER_WORDS[carrierNext] !== 'speech') {
      this.i++;
      return;
    }
    const thing = this.lookThing(0);
    if (thing) {
      // "pirate ship", "wizard owl": a noun right before another noun describes it (an activity's picture, "a man juggling" gears, does not).
      const nextTok = this.tokens[this.i + thing.len], last = this.tokens[this.i + thing.len - 1];
      const nounNext = nextTok !== undefined && !nextTok.tags.has('Verb') && !nextTok.tags.has('Gerund') && !nextTok.normal.endsWith('ing') && !(thing.thing.animate && /^(ice|rock|figure|roller|scuba|sky|kite|speed|bungee|wind)$/.test(nextTok.normal) && !nextTok.breakAfter && /ing$/.test(this.tokens[this.i + thing.len + 1]?.normal ?? '')); // "a girl ice skating": the girl, doing it
      const next = last.breakAfter || !nounNext || (thing.len > 1 && last.normal.endsWith('ing')) ? undefined : this.lookThing(thing.len);
      // "castle gate": when only emojilib has a loose guess for the second noun, the first one,
      // which the tables know, is the better picture.
      if (next && thing.strict && !next.strict && !next.thing.animate) {
        this.i += next.len;
        this.addThing(thing.thing, next.plural);
        return;
      }
      // "a robot barista", "a cat detective": a creature in a role wears the role's clothes.
      const headRole = next ? ROLE_WEAR[this.tokens[this.i + next.len - 1].normal] : undefined;
      if (next && headRole && thing.thing.animate && next.thing.animate) {
        this.orphanWear.push(...headRole.map((w) => ({ ...w })));
        this.i += next.len;
        this.addThing(thing.thing, next.plural);
        return;
      }
      // "a robot photographer": a creature in a trade keeps its own picture and takes the trade's tool.
      const tradeTool = next ? ROLE_HOLD[this.tokens[this.i + next.len - 1].normal] : undefined;
      if (next && tradeTool && thing.thing.animate && next.thing.animate) {
        this.i += next.len;
        this.addThing(thing.thing, next.plural);
        const tool = resolveThing(tradeTool);
        if (tool && this.owner && this.owner.holding.length === 0) this.owner.holding.push(tool);
        return;
      }
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
    // A camera that takes the picture ("shot on a DSLR camera") is no missing thing, as a lens is not.
    if (tok.tags.has('Noun') && !tok.tags.has('Pronoun') && word.length > 2 && !NOT_THINGS.has(word) &&
      !(word in CARRIER_WORDS) && !word.endsWith('ing') && !cameraInstruction(this.tokens, this.i) && !this.isClauseVerb(this.i)) {
      this.unknown.push(word);
    }
    this.i++;
  }

  private isThingWord(word: string): boolean {
    // "orange", "peach", "coral" alone before nothing are the thing; before a noun or a hue ("lime green"), a colour.
    return COLOR_THINGS.has(word) && !this.hueAfter() && !this.peekThingAfter(1) && !gemColourAt(this.tokens, this.i);
  }

  /** The hue a colour word here qualifies ("lime green", "emerald green", "ruby red"), if one follows. */
  private hueAfter(): string | undefined {
    const next = this.peek(1);
    return next && !this.tokens[this.i]!.breakAfter && HUES.has(next.normal) ? next.normal : undefined;
  }

  /** A person (not a creature or a thing) within the next words: "a black man", "an asian girl". */
  private personAfter(offset: number): boolean {
    // Past other words about who they are: "an African American woman", "a young black man".
    for (let k = offset; k < offset + 3; k++) {
      const word = this.peek(k)?.normal ?? '';
      if (this.peek(k - 1)?.breakAfter) return false;
      if (ETHNIC_WORDS.has(word) || SKIN_COLORS.has(word) || SIZE_OR_AGE.has(word)) continue;
      if (PEOPLE_GROUPS.has(word)) return true;
      const found = this.lookThing(k);
      return found !== undefined && PERSON_ICON.test(found.thing.key);
    }
    return false;
  }

  private addWear(slot: WearSlot, key: string, label: string, len: number): void {
    const owner = this.owner ?? this.pendingOwner();
    this.pending.color ??= legsShade(slot, this.tokens[this.i - 1]?.normal);
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

  private giveHair(subject: Subject, hair: string): void {
    const thing = resolveThing(`${subject.thing.icon}-${hair}`, true);
    if (thing) subject.thing = { ...thing, label: subject.label };
  }

  private pendingOwner(): Subject | undefined {
    return this.subjects.find((s) => s.thing.animate);
  }

  private addThing(thing: Thing, plural: boolean): void {
    // "a butterfly design on her cheek", "a tiger print": a creature as a pattern on something is
    // neither a figure taking part nor a place's animal; the engine cannot paint it on, so says so.
    const design = this.tokens[this.i];
    if (thing.animate && design && DESIGN_WORDS.has(design.normal)) {
      this.pending = {};
      this.unknown.push(`${thing.label} ${design.normal}`);
      this.i++;
      return;
    }
    const pending = this.pending;
    this.pending = {};
    const relation = this.relation;
    const at: AttachContext = { subjects: this.subjects, owner: this.owner, relation, lastPreposition: this.lastPreposition, color: pending.color };
    if (attachThing(thing, at)) return;
    if (this.subjects.length >= MAX_SUBJECTS) return;
    // Merge repeats ("a cat … the cat") into one subject.
    const same = this.subjects.find((s) => s.thing.key === thing.key && !pending.count);
    if (same) return;
    // "two hot air balloons … these balloons": a later word for the head of an earlier name is
    // the same thing again.
    const head = singular(thing.label.split(' ').at(-1) ?? '');
    const again = this.subjects.find((s) => s.label.includes(' ') && head.includes(s.label.split(' ').at(-1)!) && !pending.count && !thing.animate);
    if (again && BACK_REFERENCES.has(this.tokens[this.i - 2]?.normal ?? '')) return;
    // "sneakers", "boots": shoes come in pairs.
    // "a pair of headphones", "a pair of jeans" is one thing; "a pair of shoes" two.
    const count = pending.count === 2 && ONE_PAIR.has(thing.key) ? 1 : pending.count ?? (plural && !ONE_PAIR.has(thing.key) ? (thing.size >= 1.1 || PAIRED.has(thing.key) ? 2 : 3) : 1);
    const subject: Subject = {
      label: thing.label, thing, count, size: pending.size ?? 'normal', role: 'prop', wearing: [], holding: [],
      ...(pending.color ? { color: pending.color } : {}), ...(pending.row && count > 1 ? { row: true } : {}),
    };
    this.subjects.push(subject);
    if (thing.animate) {
      this.owner = subject;
      const old = this.pendingAged ? OLD_OF[thing.icon ?? ''] : undefined;
      if (old) {
        subject.label = subject.label === thing.icon ? old.replace('-', ' ') : `elderly ${subject.label}`;
        subject.thing = { ...thing, ...resolveThing(old, true)!, label: subject.label };
      }
      else if (this.pendingHair && PEOPLE_BASES.has(thing.icon ?? '')) this.giveHair(subject, this.pendingHair);
      this.pendingHair = undefined;
      this.pendingAged = false;
      for (const w of this.orphanWear.splice(0)) subject.wearing.push(w);
    }
    if (relation === 'hold' || relation === 'wear') this.relation = undefined;
  }

  /** What was found, for plan-finish.ts. */
  reading(): Reading {
    applySkinTones(this.subjects, this.tones);
    return {
      subjects: this.subjects, orphanWear: this.orphanWear, settings: this.settings, times: this.times,
      lighting: this.lighting, weather: this.weather, styles: this.styles, vintage: this.vintage, lunar: this.lunar,
      road: this.road, roadKind: this.roadKind, backdrop: this.backdrop, festive: this.festive, genre: this.genre, unknown: this.unknown,
      sitting: this.tokens.some((t) => RELATION_WORDS[t.normal] === 'sit' || RELATION_WORDS[t.root] === 'sit'),
    };
  }
}
