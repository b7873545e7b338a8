// A position in the prompt's words and the look-ups made from it: the longest phrase a word table
// knows, and the drawable thing that starts here or a few words on.
import { hasIcon } from './icon-names.js';
import { CARRIER_WORDS, COLOR_WORDS, RELATION_WORDS, SIZE_WORDS, STYLE_WORDS, WEAR_WORDS } from './lexicon-scene.js';
import { SETTING_WORDS } from './lexicon-settings.js';
import { THING_WORDS } from './lexicon-things.js';
import { describesNext } from './modifier-senses.js';
import { cameraInstruction, namesCountry } from './senses-by-position.js';
import { partOfProductAt } from './senses-nearby.js';
import { resolveThing, thingOf, type Thing } from './things.js';
import { singular, type Token } from './tokens.js';
import { artName, NOT_ITS_ROOT, senseOf } from './word-senses.js';

/** Words that are adjectives or people: "an intellectual", "a local", "a native". */
const ADJECTIVE_PEOPLE = new Set(['intellectual', 'local', 'native', 'professional', 'noble', 'rebel', 'criminal', 'motorcyclist']);

export interface ThingMatch {
  thing: Thing;
  /** Words it spans, counted from the cursor. */
  len: number;
  plural: boolean;
  /** Found in the engine's tables or by emoji name, not by emojilib's looser keywords. */
  strict: boolean;
}

// Word classes that never name a thing, whatever emojilib's keywords say ("out" is a tongue there).
const NOT_NOUN_TAGS = ['Preposition', 'Conjunction', 'Determiner', 'Pronoun', 'Adverb', 'QuestionWord'];
/** Words before a noun: after them a relation word ("a building", "a potted plant") is a thing. */
export const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'every', 'each', 'his', 'her', 'their', 'its', 'my', 'our', 'your', 'potted', 'tall', 'old', 'modern']);
const CLAUSE_STARTS = new Set(['while', 'whilst', 'as', 'when', 'and', 'where', 'whereas']);
const OBJECT_STARTS = new Set(['a', 'an', 'the', 'some', 'his', 'her', 'its', 'their', 'my', 'our', 'your']);

/** A word's root for the tables, unless the word is its own ("marketing" is not "market"). */
function rootOf(t: Token): string {
  return NOT_ITS_ROOT.has(t.normal) ? t.normal : t.root;
}

export class TokenCursor {
  protected i = 0;
  private words: Set<string> | undefined;

  constructor(
    protected readonly tokens: Token[],
    /** Quoted text makes "sign", "poster" and "banner" the text's carrier rather than a thing. */
    protected readonly hasTexts: boolean,
  ) {}

  /** Every word of the prompt (normal form and root): the context a word's sense is read from. */
  protected context(): ReadonlySet<string> {
    this.words ??= new Set(this.tokens.flatMap((t) => [t.normal, rootOf(t)]));
    return this.words;
  }

  protected peek(offset = 0): Token | undefined {
    return this.tokens[this.i + offset];
  }

  /** Longest phrase (up to 4 words) starting here that a table knows, by normal form then by root. */
  protected match<T>(table: Record<string, T>, maxLen = 4): { value: T; len: number; key: string } | undefined {
    for (let len = Math.min(maxLen, this.tokens.length - this.i); len >= 1; len--) {
      const span = this.tokens.slice(this.i, this.i + len);
      // A phrase does not run across punctuation.
      if (span.slice(0, -1).some((t) => t.breakAfter)) continue;
      const keys = new Set([span.map((t) => t.normal).join(' '), span.map(rootOf).join(' ')]);
      if (len === 1) for (const f of singular(span[0].normal)) keys.add(f);
      for (const key of keys) {
        if (Object.prototype.hasOwnProperty.call(table, key)) return { value: table[key], len, key };
      }
    }
    return undefined;
  }

  /** A thing (or a piece of clothing) within the next few words, past colours and sizes. */
  protected peekThingAfter(offset: number): boolean {
    for (let k = offset; k < offset + 3; k++) {
      const t = this.tokens[this.i + k];
      if (!t) return false;
      if (t.normal in COLOR_WORDS || t.normal in SIZE_WORDS || describesNext(this.tokens, this.i + k)) continue;
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

  protected lookThing(offset: number): ThingMatch | undefined {
    const save = this.i;
    this.i += offset;
    try {
      if (this.i >= this.tokens.length) return undefined;
      for (let len = Math.min(3, this.tokens.length - this.i); len >= 1; len--) {
        const span = this.tokens.slice(this.i, this.i + len);
        if (span.slice(0, -1).some((t) => t.breakAfter)) continue;
        // "Cappadocia, Turkey", "shot on a DSLR camera": the neighbours say this word has no picture here.
        if (namesCountry(this.tokens, this.i + len - 1) || cameraInstruction(this.tokens, this.i + len - 1)) continue;
        // "the bottle shape, cap, and label": the product's own parts (senses-nearby.ts).
        if (partOfProductAt(this.tokens, this.i + len - 1)) continue;
        // "key features", "a home workout", "an oak floor": a word that only describes the next one.
        if (describesNext(this.tokens, this.i + len - 1)) continue;
        const last = span[len - 1];
        const tagged = last.tags.has('Noun') || last.tags.has('Plural') || len > 1 || !last.tags.has('Adjective') || this.adjectiveAsPerson(this.i);
        if (!tagged) continue;
        const head = span.slice(0, -1).map((t) => t.normal).join(' ');
        const forms = new Set([span.map((t) => t.normal).join(' '), span.map(rootOf).join(' ')]);
        for (const f of singular(last.normal)) forms.add(head ? `${head} ${f}` : f);
        // The sense the prompt means comes first: a word with no right picture is not drawn at all.
        const senses = [...forms].map((f) => senseOf(f, this.context()));
        if (senses.includes(null)) continue;
        const meant = senses.find((s) => typeof s === 'string');
        if (meant) {
          const plural = last.tags.has('Plural');
          // A sense named in words ("crane bird") is the tables' picture for those words.
          const thing = (meant.includes(' ') ? resolveThing(meant, true) : undefined) ?? thingOf(meant, artName(meant));
          return { thing, len: len + offset, plural, strict: true };
        }
        // Then every spelling against the tables, then emojilib's looser keywords.
        const tries = [...[...forms].map((f) => [f, true] as const), ...[...forms].map((f) => [f, false] as const)];
        for (const [form, strict] of tries) {
          // A style word said in the plural ("pencils") is the thing, not the medium.
          if (len === 1 && (form in SETTING_WORDS || (form in STYLE_WORDS && !(last.normal !== form && form in THING_WORDS)))) continue;
          // "holding", "building": a verb that links things, unless a determiner makes it a noun ("a building").
          if (len === 1 && form in RELATION_WORDS && !this.nounByPlace(this.i)) continue;
          if (len === 1 && last.tags.has('Verb') && !last.tags.has('Noun') && !(form in THING_WORDS) && !(offset === 0 && this.nounByPlace(this.i) && !last.normal.endsWith('ing'))) continue;
          // "fighting", "crossing", "sleeping": a verb's -ing form names no thing.
          if (len === 1 && last.normal.length > 5 && last.normal.endsWith('ing') && !(last.normal in THING_WORDS) && !hasIcon(last.normal)) continue;
          if (len === 1 && this.hasTexts && form in CARRIER_WORDS) continue;
          if (len === 1 && !(form in THING_WORDS) && NOT_NOUN_TAGS.some((t) => last.tags.has(t))) continue;
          if (len === 1 && (this.isVerbBeforeObject(this.i) || this.isClauseVerb(this.i))) continue;
          const thing = resolveThing(form, strict);
          if (thing) {
            const plural = last.tags.has('Plural') || (last.normal !== form.split(' ').at(-1) && last.normal.endsWith('s'));
            return { thing, len: len + offset, plural, strict };
          }
        }
      }
      return undefined;
    } finally {
      this.i = save;
    }
  }

  /** "a building", "a great wave": after a determiner or an adjective a linking verb is a noun. */
  protected nounByPlace(index: number): boolean {
    const before = this.tokens[index - 1];
    if (!before || before.breakAfter) return false;
    return DETERMINERS.has(before.normal) || (before.tags.has('Adjective') && !before.tags.has('Verb'));
  }

  /**
   * "while their dog watches", "as a cat looks on": after a conjunction, a determiner and one
   * creature, a word in -s is what the creature does, not a thing (no wristwatch).
   */
  protected isClauseVerb(index: number): boolean {
    const [word, noun, det, conj] = [0, 1, 2, 3].map((k) => this.tokens[index - k]);
    if (!word || !noun || !det || !conj || !word.normal.endsWith('s') || noun.tags.has('Plural')) return false;
    if (!CLAUSE_STARTS.has(conj.normal) || !(DETERMINERS.has(det.normal) || det.tags.has('Possessive'))) return false;
    if ([conj, det, noun].some((t) => t.breakAfter)) return false;
    return resolveThing(noun.root, true)?.animate === true;
  }

  /** "children building a sandcastle": an -ing word between a noun and its object is a verb. */
  private isVerbBeforeObject(index: number): boolean {
    const word = this.tokens[index];
    const before = this.tokens[index - 1];
    const after = this.tokens[index + 1];
    if (!word.normal.endsWith('ing') || !before || !after || before.breakAfter || word.breakAfter) return false;
    return (before.tags.has('Noun') || before.tags.has('Plural')) && !before.tags.has('Determiner') && OBJECT_STARTS.has(after.normal);
  }

  /**
   * "an intellectual reading a book", "a French intellectual in a café": a word compromise tags as
   * an adjective that names a person here, being followed by nothing it describes (but
   * "intellectual property" is no one).
   */
  private adjectiveAsPerson(i: number): boolean {
    const t = this.tokens[i]!;
    if (!ADJECTIVE_PEOPLE.has(t.normal)) return false;
    const after = this.tokens[i + 1];
    return t.breakAfter || !after || after.normal.endsWith('ing') || after.tags.has('Preposition') || after.tags.has('Verb') || after.tags.has('Conjunction');
  }
}
