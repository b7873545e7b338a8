// A portrait sitter's looks, from the prompt's words: the hair's colour and curl, a beard, baldness,
// earrings, freckles, a sun hat or headscarf, and a skin tone named by the words before the person
// ("a young black woman", "an asian man"). They choose the head emoji's variant (curly, beard,
// bald, toned), its hair colour (paint/figures/looks.ts swaps it) and the label that says what was
// drawn ("woman with curly black hair and gold earrings"). Pure words → plan data. See
// docs/local-engine-modes.md, "Portraits".
import { hasIcon } from '../../read/icon-names.js';
import type { SkinTone } from '../../read/modifier-senses.js';
import type { ScenePlan, Subject } from '../scene-plan.js';

const BASES = /^(man|woman|person|boy|girl|child|old-man|old-woman|older-person)((?:-(?:red-hair|blonde-hair|curly-hair|white-hair|bald|beard))?)((?:-(?:light|medium-light|medium|medium-dark|dark))?)$/;

/** Hair colour words → the colour drawn. */
const HAIR_HEX: Record<string, string> = {
  black: '#2a2220', jet: '#1c1818', raven: '#1c1818', dark: '#3b2a22', brown: '#6b4226', brunette: '#5a3620', chestnut: '#7a3f1f',
  auburn: '#8f3a1e', red: '#c64a24', ginger: '#d0612c', copper: '#c2642e', strawberry: '#e0865a', orange: '#e8772a',
  blonde: '#f0cc6a', blond: '#f0cc6a', golden: '#e8b840', honey: '#d9a24a', platinum: '#eee6c8', sandy: '#d8b57a',
  grey: '#b5b5bb', gray: '#b5b5bb', silver: '#c9cad2', white: '#ecebf0', 'salt-and-pepper': '#8c8c90',
  pink: '#ff5fa8', blue: '#3f7fff', green: '#36c06a', purple: '#9656d6', violet: '#9656d6', teal: '#1fb5b0', turquoise: '#27c6c0',
  lilac: '#c49ae8', lavender: '#c49ae8', neon: '#ff3fd0',
};
const HAIR_COLOR = Object.keys(HAIR_HEX).join('|');
/** Words that may stand between a hair colour and "hair": "black curly hair", "long flowing red hair". */
const HAIR_BETWEEN = '(?:(?:long|short|curly|wavy|straight|messy|cropped|flowing|braided|spiky|dyed|bright|dark|light|thick|shoulder-length|cropped|natural|neon|pastel|vibrant|shaved|slicked|tied|pink|blue|green|purple) ){0,3}';
const HAIR_RE = new RegExp(`\\b(${HAIR_COLOR})(?:[ -](?:and[ -])?(?:${HAIR_COLOR}))?[ -]${HAIR_BETWEEN}(?:hair|haired|locks|curls|mane|bob|ponytail|braids|afro|beard|bearded)\\b|\\b(redhead|brunette|blonde|blond|ginger)\\b`);
const BEARD_COLOR_RE = new RegExp(`\\b(${HAIR_COLOR})[ -](?:(?:bushy|long|short|full|thick|scruffy|neat) )?(beard|bearded|stubble|moustache|mustache|goatee)\\b`);
const BEARD = /\b(beards?|bearded|stubble|goatee|moustache|mustache|whiskers)\b/;
const CURLY = /\b(curly|curls|afro|coily|kinky|ringlets|frizzy)\b/;
const BALD = /\b(bald|shaved head|shaven head|hairless)\b/;
const EARRINGS = /\b(?:(gold|golden|silver|pearl|diamond|hoop|dangly|dangling|statement)\s+)?(?:hoop\s+)?earrings?\b/;
const EARRING_HEX: Record<string, string> = { silver: '#c9cdd6', pearl: '#f4efe6', diamond: '#e6f2ff' };
const PERSON_NOUN = '(?:woman|women|man|men|person|girl|boy|lady|guy|gentleman|child|kid|teen|teenager|grandmother|grandfather|grandma|grandpa|businesswoman|businessman|model|fisherman|farmer|student|mother|father|elder)';
/**
 * Words for how a person looks, said before them ("a young black woman", "an asian man"): the emoji
 * skin tone they name. A nationality names no skin tone (a Brazilian or an Irish woman may be any),
 * so it draws none, as elsewhere (docs/local-engine.md, "Word senses").
 */
const TONE_WORDS: [RegExp, SkinTone][] = [
  [/\b(black|african-american|afro-caribbean)\b/, 'dark'],
  [/\b(brown|brown-skinned|south asian|hispanic|latina|latino|latinx|middle eastern)\b/, 'medium'],
  [/\b(asian|east asian)\b/, 'medium-light'],
  [/\b(white|caucasian|pale|fair-skinned)\b/, 'light'],
];
/** A portrait's sitter, dressed in the looks its words give. Returns the words now drawn. */
export function portraitLooks(plan: ScenePlan, lower: string): string[] {
  const sitter = plan.subjects.find((s) => s.role === 'main' && BASES.test(s.thing.icon ?? ''));
  if (!sitter) return [];
  const [, base, variant0, tone0] = BASES.exec(sitter.thing.icon!)!;
  let variant = variant0!.slice(1);
  let tone = tone0!.slice(1);
  const said: string[] = [];
  const words: string[] = [];
  const beardColor = BEARD_COLOR_RE.exec(lower);
  const hairMatch = HAIR_RE.exec(lower.replace(BEARD_COLOR_RE, ' '));
  const hairWord = hairMatch?.[1] ?? hairMatch?.[2];
  let hair = hairWord ? HAIR_HEX[hairWord === 'redhead' ? 'red' : hairWord] : undefined;
  if (hairMatch) words.push(...hairMatch[0].split(/[ -]/));
  // "a red-haired girl": the colour is the hair's, not the whole person's.
  if (sitter.color && hairWord && (sitter.color.name.split(' ').includes(hairWord) || hairMatch![0].includes(sitter.color.name))) delete sitter.color;
  if (sitter.color && beardColor && sitter.color.name === beardColor[1]) delete sitter.color;
  const man = base === 'man' || base === 'person' || base === 'old-man' || base === 'older-person';
  const bearded = BEARD.test(lower) && man;
  const old = base!.startsWith('old');
  let key = base!;
  if (bearded) {
    // The old man's emoji has no beard: a bearded man with grey hair (or the colour asked).
    if (old) {
      key = 'man';
      hair ??= HAIR_HEX[beardColor?.[1] ?? 'grey'];
    }
    variant = 'beard';
    words.push(...(BEARD.exec(lower)?.[0] ? [BEARD.exec(lower)![0]] : []));
    if (beardColor) {
      hair ??= HAIR_HEX[beardColor[1]!];
      words.push(beardColor[1]!);
    }
  } else if (BALD.test(lower) && !old) {
    variant = 'bald';
    hair = undefined;
  } else if (CURLY.test(lower) && !old) {
    variant = 'curly-hair';
    words.push(CURLY.exec(lower)![0]);
  }
  // A bald man with a beard is the bearded man: the emoji has no bald one.
  const unbald = bearded && BALD.test(lower);
  // "A woman in a hijab": the woman in a headscarf emoji (the reader's second woman in it goes).
  const scarf = /\b(hijab|headscarf|head ?scarf|head covering)\b/.exec(lower);
  if (scarf && base === 'woman') {
    key = 'woman-with-headscarf';
    variant = '';
    hair = undefined;
    plan.subjects = plan.subjects.filter((s) => s === sitter || !(s.thing.icon ?? '').startsWith('woman-with-headscarf'));
    words.push(scarf[1]!);
  }
  // A colour asked is drawn by swapping the plain emoji's hair, so the coloured variants give way.
  if (hair && /^(red-hair|blonde-hair|white-hair)$/.test(variant)) variant = '';
  let uncurled = false;
  // Kids have no hair variants: a curly or bearded boy is the plain boy.
  if (!hasIcon([key, variant].filter(Boolean).join('-'))) {
    uncurled = variant === 'curly-hair';
    variant = '';
  }
  // The skin tone said before the person ("a young black woman"), when none is given already.
  if (!tone) {
    for (const [re, t] of TONE_WORDS) {
      const m = new RegExp(`${re.source}(?=[ -](?:[a-z-]+ ){0,2}?${PERSON_NOUN}\\b)`).exec(lower);
      if (m) {
        tone = t;
        words.push(m[1]!);
        said.push(m[1]!);
        break;
      }
    }
  }
  const icon = [key, variant, tone].filter(Boolean).join('-');
  // The same person's picture, another variant: still a head a body is drawn under.
  // (The headscarf emoji is a bust, scarf and shoulders: drawn whole, large, with no body under it.)
  if (icon !== sitter.thing.icon && hasIcon(icon)) sitter.thing = { ...sitter.thing, key: icon, icon, head: key !== 'woman-with-headscarf' };
  const looks: NonNullable<Subject['looks']> = {};
  if (hair) looks.hair = hair;
  const ear = EARRINGS.exec(lower);
  if (ear) {
    looks.earrings = EARRING_HEX[ear[1] ?? ''] ?? '#e2b13c';
    words.push('earrings', 'earring', ...(ear[1] ? [ear[1]] : []));
  }
  if (/\bfreckle[sd]?\b/.test(lower)) {
    looks.freckles = true;
    words.push('freckles', 'freckled');
  }
  if (Object.keys(looks).length) sitter.looks = looks;
  // "a headshot, outdoors": out of doors is a meadow behind the sitter, softly out of focus.
  if (!plan.settingExplicit && /\b(outdoors?|outside|in nature|in the open air)\b/.test(lower)) {
    plan.setting = 'park';
    plan.settingExplicit = true;
    words.push('outdoors', 'outdoor', 'outside', 'nature');
  }
  // The emoji faces smile: a serious or sad face is not drawn, and the description says so.
  const mood = /\b(serious|stern|solemn|frowning|sad|angry|crying|grumpy|melancholic|pensive)\b/.exec(lower);
  if (mood && !plan.unknown.includes(mood[1]!)) plan.unknown.push(`${mood[1]} expression`);
  // A sun hat is the woman's hat emoji.
  if (/\bsun ?hats?\b/.test(lower) && !sitter.wearing.some((w) => w.slot === 'head')) {
    sitter.wearing.push({ slot: 'head', key: 'womans-hat', label: 'sun hat' });
    words.push('sunhat', 'sun', 'hat');
  }
  // What the reader left as "not drawn" ("salt-and-pepper colour") is drawn now.
  plan.unknown = plan.unknown.filter((w) => !words.includes(w.split(' ')[0]!));
  if (uncurled) plan.unknown.push('curly hair');
  if (unbald) plan.unknown.push('bald');
  sitter.label = describeSitter(sitter.label, { scarf: scarf && key === 'woman-with-headscarf' ? scarf[1]! : undefined, moustache: /\b(moustache|mustache)\b/.test(lower), said, hairWord: hairMatch ? hairName(hairMatch[0], hairWord!) : undefined, variant, bearded, beardColor: beardColor?.[1], ear: ear ? `${ear[1] && ear[1] !== 'hoop' ? `${ear[1]} ` : ''}${/hoop/.test(ear[0]) ? 'hoop ' : ''}earrings` : undefined, freckles: looks.freckles === true, hair: hair !== undefined });
  return words;
}

/** "long red hair" from the words that asked, without the words for a beard. */
function hairName(phrase: string, word: string): string {
  if (/^(redhead|brunette|blonde|blond|ginger)$/.test(phrase)) return `${word === 'redhead' ? 'red' : word === 'brunette' ? 'brown' : word === 'ginger' ? 'ginger' : 'blonde'} hair`;
  return phrase.replace(/[ -](?:haired|locks|mane)$/, ' hair').replace(/-/g, ' ');
}

function describeSitter(label: string, o: { scarf: string | undefined; moustache: boolean; said: string[]; hairWord: string | undefined; variant: string; bearded: boolean; beardColor: string | undefined; ear: string | undefined; freckles: boolean; hair: boolean }): string {
  // The label is the sitter's own word ("woman", "elderly fisherman"): a colour taken from the hair leaves it.
  let who = label.replace(/^(?:red|ginger|blonde?|brunette|black|brown|grey|gray|white|silver) (?=\w)/, '');
  if (o.said.length) who = `${o.said.join(' ')} ${who}`;
  const features: string[] = [];
  const curl = o.variant === 'curly-hair' && !(o.hairWord ?? '').includes('curly') ? 'curly ' : '';
  if (o.hairWord && o.hair && !o.hairWord.endsWith('beard')) features.push(`${curl}${o.hairWord}`);
  else if (o.variant === 'curly-hair') features.push('curly hair');
  if (o.bearded) features.push(`a ${o.beardColor ? `${o.beardColor} ` : ''}${o.moustache ? 'moustache and beard' : 'beard'}`);
  if (o.scarf) who = `${who} in a ${o.scarf}`;
  if (o.variant === 'bald' && !/\bbald\b/.test(who)) who = `bald ${who}`;
  if (o.ear) features.push(o.ear);
  if (o.freckles) features.push('freckles');
  if (!features.length) return who;
  const list = features.length > 1 ? `${features.slice(0, -1).join(', ')} and ${features.at(-1)}` : features[0];
  return `${who} with ${list}`;
}
