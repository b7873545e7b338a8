// "A rose window, stained glass, cathedral", "stained glass" alone, "a church window design": a
// round window of coloured glass is the picture (paint/styles/rose-window.ts; docs/local-engine.md,
// "Styles"). Stained glass with nothing else to show and no place asked is that window, not an
// empty landscape in glass; a window the prompt names is one even in another style.
import type { ScenePlan } from './scene-plan.js';

const NAMED = /\b(?:rose|church|cathedral|chapel|gothic|round|abbey) windows?\b|\b(?:stained[ -]glass|church|cathedral) window (?:design|pattern|panel)s?\b|\bwindow (?:design|pattern)s? (?:for|of|in) an? (?:church|cathedral|chapel)\b/;

/** The words the window draws (never "not drawn"). */
const WORDS = new Set('rose window windows cathedral church chapel gothic round abbey design pattern panel panels'.split(' '));

export function roseWindow(plan: ScenePlan, lower: string): ScenePlan {
  if (plan.subjects.length || plan.texts.length) return plan;
  const named = NAMED.test(lower);
  if (!named && !(plan.style === 'stainedglass' && !plan.settingExplicit)) return plan;
  return { ...plan, roseWindow: true, style: 'stainedglass', unknown: plan.unknown.filter((w) => !WORDS.has(w)) };
}
