// Prompt → scene plan. Pure: the same prompt always gives the same plan, with no randomness,
// no I/O beyond the static word lists, and nothing about pixels.
import { CARRIER_WORDS, type Carrier } from '../read/lexicon-scene.js';
import { chooseMode, wordsDrawnBy } from './choose-mode.js';
import { finishPlan } from './plan-finish.js';
import { readInteraction } from './interactions.js';
import { Walker } from './prompt-reader.js';
import { tokenize } from '../read/tokens.js';
import type { QuotedText, ScenePlan } from './scene-plan.js';

const QUOTE = /"([^"]{1,80})"|“([^”]{1,80})”|«([^»]{1,80})»|(?<=^|[\s(:,])'([^']{1,80})'(?=$|[\s.,!?;:)])/g;

/** Read a prompt and decide what to draw. */
export function planScene(prompt: string): ScenePlan {
  const texts: QuotedText[] = [];
  const stripped = prompt.replace(QUOTE, (_match, a?: string, b?: string, c?: string, d?: string, offset = 0) => {
    const text = (a ?? b ?? c ?? d ?? '').trim();
    if (text) texts.push({ text, carrier: carrierBefore(prompt.slice(0, offset)) });
    return ' , ';
  });
  const tokens = tokenize(stripped);
  const walker = new Walker(tokens, texts.length > 0);
  walker.walk();
  const plan = finishPlan(walker.reading(), prompt, texts);
  readInteraction(plan, tokens);
  const mode = chooseMode(stripped, plan);
  if (!mode) return plan;
  // Words the mode draws (a dashboard, an arrow, the banner itself) are no longer "not drawn".
  const drawn = wordsDrawnBy(mode);
  return { ...plan, mode, unknown: plan.unknown.filter((w) => !drawn.test(w)) };
}

function carrierBefore(before: string): Carrier {
  const words = (before.toLowerCase().match(/[a-z]+/g) ?? []).slice(-7);
  const held = words.some((w) => w === 'holding' || w === 'holds' || w === 'carrying' || w === 'raising');
  const neon = words.includes('neon');
  const nouns = words.map((w) => CARRIER_WORDS[w]).filter((c): c is Carrier => c !== undefined && c !== 'neon' && c !== 'speech');
  const explicit = nouns.at(-1);
  if (explicit) {
    if (neon && (explicit === 'sign' || explicit === 'title')) return 'neon';
    if (held && (explicit === 'sign' || explicit === 'poster' || explicit === 'banner' || explicit === 'placard')) return 'placard';
    return explicit;
  }
  if (neon) return 'neon';
  if (words.some((w) => CARRIER_WORDS[w] === 'speech')) return 'speech';
  return 'sign';
}
