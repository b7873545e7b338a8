// The Milky Way is the sky's, never a thing on the ground (docs/local-engine.md, "Scene
// consistency"): "a camp under the milky way", "gnomes under the milky way" draw its band of
// dense stars diagonally across a night sky, and it makes the scene night.
import { unnegated } from '../read/negation.js';
import type { Token } from '../read/tokens.js';
import type { ScenePlan } from './scene-plan.js';

/** Whether the prompt's words (outside "without …") name the Milky Way. */
export function asksMilkyWay(tokens: readonly Token[]): boolean {
  const kept = unnegated(tokens);
  return kept.some((t, i) => (t.normal === 'milky' && kept[i + 1]?.normal === 'way') || t.normal === 'milkyway');
}

/** Read the Milky Way into the plan: night, its band in the sky, and no thing of its own. */
export function readNightSky(plan: ScenePlan, tokens: readonly Token[]): void {
  if (!asksMilkyWay(tokens)) return;
  plan.milkyWay = true;
  plan.time = 'night';
  plan.subjects = plan.subjects.filter((s) => s.thing.key !== 'milky-way');
  plan.unknown = plan.unknown.filter((w) => w !== 'milky' && w !== 'way');
}
