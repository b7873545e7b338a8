// A setting's furniture stays in the setting (docs/local-engine.md, "Scene consistency"): "a
// headshot, a home library behind her with one warm lamp" puts the lamp in the library, not in
// her hands. A figure holds only what the prompt says it holds: "holding a lamp", "carrying a
// chair", or "with a lantern" said of the figure itself. Furniture (a lamp, a bookshelf, a window,
// a chair) named with "with" after a place belongs to the place, and is never held otherwise.
import { FURNITURE } from '../read/lexicon-reader.js';
import { SETTING_WORDS } from '../read/lexicon-settings.js';
import { resolveThing, type Thing } from '../read/things.js';
import { singular, type Token } from '../read/tokens.js';
import type { ScenePlan } from './scene-plan.js';

const HOLD_VERBS = new Set(['holding', 'holds', 'hold', 'held', 'carrying', 'carries', 'carry', 'clutching', 'clutches', 'gripping',
  'grips', 'grasping', 'raising', 'raises', 'lifting', 'lifts', 'waving', 'wielding', 'brandishing', 'cradling', 'hugging']);
/** Words that put what follows behind the figure: "a library behind her with a lamp". */
const BACKDROP_WORDS = new Set(['behind', 'background', 'backdrop', 'backround', 'blurred', 'bokeh']);

/** Where the thing is named: the first word (or two) that resolves to it. */
function wordAt(tokens: readonly Token[], thing: Thing): number {
  return tokens.findIndex((t, i) => {
    const forms = [...singular(t.normal), t.root, i + 1 < tokens.length ? `${t.normal} ${tokens[i + 1]!.normal}` : ''];
    return forms.some((f) => f && resolveThing(f)?.key === thing.key);
  });
}

/** How the prompt gives the thing at `at` to a figure: a hold verb, "with" said of the figure, or neither ("with" after a place). */
function howHeld(tokens: readonly Token[], at: number): 'verb' | 'with' | 'place' | 'none' {
  for (let k = at - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if (t.breakAfter) return 'none';
    if (HOLD_VERBS.has(t.normal)) return 'verb';
    if (t.normal === 'with') {
      // The words before "with", back to the phrase's start: a place or a backdrop word there owns it.
      for (let j = k - 1; j >= 0 && !tokens[j]!.breakAfter; j--) {
        const w = tokens[j]!;
        if (BACKDROP_WORDS.has(w.normal) || w.normal in SETTING_WORDS || w.root in SETTING_WORDS) return 'place';
        // "Behind her with a lamp": the pronoun is where the backdrop is, not who holds it.
        if (/^(he|she|him|her|they|them)$/.test(w.normal)) return BACKDROP_WORDS.has(tokens[j - 1]?.normal ?? '') ? 'place' : 'with';
        if (resolveThing(w.normal)?.animate || resolveThing(w.root)?.animate) return 'with';
      }
      return 'with';
    }
  }
  return 'none';
}

/** Take the backdrop's furniture and props out of the figures' hands; they stand in the scene as props. */
export function keepBackdropPropsInPlace(plan: ScenePlan, tokens: readonly Token[]): void {
  for (const s of [...plan.subjects]) {
    if (!s.thing.animate || !s.holding.length) continue;
    const kept: Thing[] = [];
    for (const h of s.holding) {
      const at = wordAt(tokens, h);
      // A tool the figure's trade or activity implies is named by no word of its own: it stays held.
      const how = at < 0 ? 'verb' : howHeld(tokens, at);
      const furniture = FURNITURE.has(h.key);
      if (how === 'verb' || how === 'with' || !furniture) kept.push(h);
      else if (!plan.subjects.some((p) => p.thing.key === h.key)) {
        plan.subjects.push({ label: h.label, thing: h, count: 1, size: 'normal', role: 'prop', wearing: [], holding: [] });
      }
    }
    s.holding = kept;
  }
}
