// What a logo prompt names without quoting it: the brand lettered as its wordmark ("a coffee brand
// called Brew & Bean", "logo for [Google]", "logo for Digital Art", "my podcast The Night Shift")
// and the letters of a monogram ("D A circle", "[G circle United states]", "letter-mark K").
// Generic phrases ("for a coffee brand", "for a Japanese restaurant") name no brand. Pure words →
// plan data (docs/local-engine-modes.md, "Logos").
import { COLOR_WORDS } from '../../read/lexicon-scene.js';
import type { CompositionMode } from './choose-mode.js';
import type { ScenePlan } from '../scene-plan.js';

/** A prompt that asks for a logo, wordmark or monogram (the logo mode's trigger words). */
const LOGO_ASK = /\b(logos?|wordmarks?|logotypes?|monograms?|letter-?marks?)\b/i;

// What a brand can be: "a coffee brand called …", "my podcast The Night Shift", "the startup Nimbus".
const KIND = '(?:brand|company|business|startup|start-up|firm|agency|podcast|channel|band|team|club|shop|store|bakery|cafe|café|coffee shop|restaurant|studio|salon|gym|app|label|clinic|school|hotel|bar|boutique|practice|line|collective|newsletter|blog|show)';
// A word of a name: capitalised ("Brew", "AI", "3D"), or "&", or a small joining word inside a name.
const CAP = "(?:[A-Z0-9][\\w'’.-]*|&)";
const CAPS_RUN = `${CAP}(?:\\s+(?:(?:of|the|and|de|la|du|von|van|&)\\s+)?${CAP}){0,4}`;
// After "called" or "named" a name may be lower case ("named nimbus"): up to three words before a stop.
const STOP = '(?:with|that|which|using|featuring|in|on|for|and|or|to|at|by|after|from|a|an|the|my|our|your|his|her|their|its|this|something|logo|logos|wordmark|icon|emblem|design|style)\\b';
const LOWER_RUN = `(?!${STOP})[a-z][\\w'’-]*(?:\\s+(?:&\\s+)?(?!${STOP})[a-z][\\w'’-]*){0,2}`;

const CALLED = new RegExp(`(?<!so-)\\b(?:called|named|titled|brand name)\\s*:?\\s+(${CAPS_RUN}|${LOWER_RUN})`);
const FOR_NAME = new RegExp(`\\bfor\\s+(?:(?:my|our|the|a|an|his|her|their)\\s+(?:[a-z-]+\\s+){0,3}?${KIND}\\s+|the\\s+)?(${CAPS_RUN})`);
const KIND_NAME = new RegExp(`\\b${KIND}\\s+(${CAPS_RUN})`);
// A bracketed name, as prompt templates write it ("logo for [Google]").
const BRACKET = /\[([^\]\[]{1,40})\]/g;
// A kind noun after the capitals makes them an adjective ("for Italian restaurants"), not a name.
const KIND_AFTER = new RegExp(`^\\s+${KIND}s?\\b`);
// Words that open a sentence or describe, never a brand ("for Minimalist use", "of A").
const NOT_NAMES = /^(?:a|an|the|i|it|this|that|my|our|minimalist|modern|simple|elegant|create|make|design|generate|logo|black|white|\d+(?:px|x\d+(?:px)?|k|p|dpi)?)$/i;

export interface LogoName {
  /** The name as the prompt writes it, lettered exactly. */
  name: string;
  /** The prompt without the name, so its words bring no subjects ("Sunrise" no sun, "Nimbus" no cloud). */
  rest: string;
  /** The words that asked for it ("called", "brand"), drawn by the wordmark. */
  words: string[];
}

/** The brand an unquoted logo prompt names, if any. `text` is the prompt with its quotes removed. */
export function logoName(text: string): LogoName | undefined {
  if (!LOGO_ASK.test(text)) return undefined;
  for (const m of text.matchAll(BRACKET)) {
    const inner = m[1]!.trim();
    // "[G circle United states]" describes a monogram, not a name.
    if (monogramIn(inner) || !/[A-Za-z]/.test(inner)) continue;
    return found(text, inner, m.index!, m.index! + m[0].length, ['brand']);
  }
  // A prompt in capitals has no capitalised names to find.
  const rules = text === text.toUpperCase() ? [CALLED] : [CALLED, FOR_NAME, KIND_NAME];
  for (const re of rules) {
    for (const m of text.matchAll(new RegExp(re.source, 'g'))) {
      const name = trimName(m[1]!);
      if (!name || NOT_NAMES.test(name) || KIND_AFTER.test(text.slice(m.index! + m[0].length))) continue;
      const start = m.index! + m[0].lastIndexOf(m[1]!);
      const kind = new RegExp(KIND).exec(m[0])?.[0];
      return found(text, name, start, start + name.length, ['called', 'named', 'brand', 'name', ...(kind ? kind.split(' ') : [])]);
    }
  }
  return undefined;
}

/** A screen's product named like a brand ("a welcome screen for an app called VIVIM"): its title, read as a logo's name is. */
const APP_CALLED = new RegExp(`\\b(?:app|application|website|web ?site|site|platform|game|tool|dashboard)\\s+(?:called|named)\\s+(${CAPS_RUN})`);

export function appName(text: string): LogoName | undefined {
  const m = APP_CALLED.exec(text);
  const name = m ? trimName(m[1]!) : undefined;
  if (!m || !name) return undefined;
  const start = m.index + m[0].lastIndexOf(m[1]!);
  return found(text, name, start, start + name.length, ['called', 'named']);
}

function found(text: string, name: string, start: number, end: number, words: string[]): LogoName {
  return { name, rest: `${text.slice(0, start)} , ${text.slice(end)}`, words };
}

/** A name ends before trailing joins and sentence openers ("Brew & Bean.", "Digital Art, D A"). */
function trimName(raw: string): string | undefined {
  const words = raw.replace(/[.,;:!?]+$/, '').split(/\s+/);
  while (words.length && /^(?:&|and|of|the|a|an)$/i.test(words.at(-1)!)) words.pop();
  // "logo for Google Minimalist …": a style word written with a capital ends the name.
  const end = words.findIndex((w, i) => i > 0 && NOT_NAMES.test(w));
  const kept = end > 0 ? words.slice(0, end) : words;
  return kept.length && !(kept.length === 1 && NOT_NAMES.test(kept[0]!)) ? kept.join(' ') : undefined;
}

// "D A circle", "G circle", "K shield"; "JM monogram", "DA circle" (capitals written together
// before a badge word are an acronym's thing: "a UFO emblem" is a UFO).
const SPACED = /(?:^|[\s,\[(])((?:[A-Z]\s){0,2}[A-Z]\s+(?=(?:circles?|monograms?|rings?|shields?|badges?|emblems?|letter ?marks?|initials?)\b)|[A-Z]{2,3}\s+(?=(?:circles?|monograms?|letter ?marks?|initials?)\b))/;
const MARK_OF = /\b(?:letter-?marks?|lettermarks?|monograms?)\s+(?:of\s+)?["'“‘]?([A-Z]{1,3})\b/;

/** The letters of a monogram written as capitals before "circle", "monogram" (or after "letter-mark"). */
function monogramIn(text: string): string | undefined {
  const m = SPACED.exec(text);
  if (m) {
    // "A circle logo": the article that opens a sentence is no letter.
    const opensSentence = /(?:^|[.!?])\s*$/.test(text.slice(0, m.index + m[0].indexOf(m[1]!)));
    const letters = m[1]!.replace(/\s/g, '');
    if (!(opensSentence && (letters === 'A' || letters === 'I'))) return letters;
  }
  return MARK_OF.exec(text)?.[1];
}

/** A monogram asked for by name with no letters given ("a monogram for Hart & Cole"): the name's initials. */
function initialsOf(name: string, text: string): string | undefined {
  if (!/\b(monograms?|initials|letter-?marks?)\b/i.test(text)) return undefined;
  const initials = name.split(/\s+/).filter((w) => /^[A-Za-z]/.test(w) && !/^(?:of|the|and|de|la)$/i.test(w)).map((w) => w[0]!.toUpperCase()).join('');
  return initials.length >= 1 && initials.length <= 3 ? initials : undefined;
}

/**
 * The letters of a monogram the prompt writes without saying "letter" ("D A circle"), or the
 * initials of the brand a monogram is asked for; the "circle" that brought emojilib's wheel is the
 * badge itself, so its loose guesses go.
 */
export function monogramOf(plan: ScenePlan, text: string, named: LogoName | undefined): string | undefined {
  const letters = monogramIn(text) ?? (named ? initialsOf(named.name, text) : undefined);
  if (letters) plan.subjects = plan.subjects.filter((s) => !s.thing.loose);
  return letters;
}

const MONO_INK = '#1a1a1a';
const OWNERS = ['company', 'business', 'firm', 'agency', 'startup', 'channel', 'label', 'practice', 'collective', 'corporation'];

/**
 * A logo's wordmark: the brand it names, or its quoted words ("with the word 'Me'"), lettered
 * under the badge rather than set as a headline beside it; "black and white" inks it all in near
 * black on white paper. A name read for a picture that is no logo is written as its title or sign.
 */
export function readWordmark(plan: ScenePlan, mode: CompositionMode | undefined, named: LogoName | undefined): void {
  if (mode?.label !== 'logo') {
    if (named) plan.texts.push({ text: named.name, carrier: mode ? 'title' : 'sign' });
    return;
  }
  const words = named?.name ?? (plan.texts.length ? plan.texts.map((t) => t.text).join(' ') : undefined);
  if (words) {
    mode.wordmark = words;
    plan.texts = [];
  }
  // A logo that names its mark ("a gym logo with a lion") is that mark alone: its topic's picture
  // (a person lifting weights) is not drawn around it. The topic's words stay drawn, as "company"
  // does: they say whom the logo is for, and the mark stands for them.
  if (mode.topic && plan.subjects.some((s) => !s.thing.loose && s.thing.key !== mode.topic!.key)) {
    delete mode.topic;
    delete mode.topicMore;
  }
  if (plan.lighting.includes('mono')) {
    mode.ink = MONO_INK;
    mode.colors = [];
    plan.backdrop ??= COLOR_WORDS.white;
  }
  // What a logo is for ("a company", "a YouTube channel") is what it marks: no thing left undrawn.
  mode.drawnWords.push(...(named?.words ?? []), ...OWNERS, 'word', 'words', 'text', 'name', 'wordmark', 'wordmarks', 'monogram', 'mark', 'marks', 'circle', 'initials', 'letters', 'letter', 'brand', 'branding');
}
