import { ASPECT_RATIOS, RESOLUTIONS, STANDARD_ASPECT_RATIOS } from '../../domain/output-size.js';
import type { EngineCapabilities } from '../engine.js';

/**
 * What each Gemini image model family makes (docs/engines.md, "What each engine supports"), by
 * model id prefix, so `gemini-3-pro-image-preview` or `models/gemini-3-pro-image` match too:
 * - Gemini 3.1 Flash Image (the default): all 14 ratios, 512 to 4K.
 * - Gemini 3 Pro Image: the 10 standard ratios, no 512.
 * - Gemini 2.5 Flash Image: the 10 standard ratios, 1K only (Google ignores larger sizes).
 * Another model is Google's to judge: everything is let through.
 */
const FAMILIES: { prefix: string; capabilities: EngineCapabilities }[] = [
  { prefix: 'gemini-3.1-flash-image', capabilities: { aspectRatios: ASPECT_RATIOS, resolutions: RESOLUTIONS } },
  { prefix: 'gemini-3-pro-image', capabilities: { aspectRatios: STANDARD_ASPECT_RATIOS, resolutions: ['1K', '2K', '4K'] } },
  { prefix: 'gemini-2.5-flash-image', capabilities: { aspectRatios: STANDARD_ASPECT_RATIOS, resolutions: ['1K'] } },
];

const EVERYTHING: EngineCapabilities = { aspectRatios: ASPECT_RATIOS, resolutions: RESOLUTIONS };

/** The capabilities of a configured model id (`BANANASTAND_GEMINI_MODEL`). */
export function modelCapabilities(model: string): EngineCapabilities {
  const id = model.replace(/^.*models\//, '');
  return FAMILIES.find((f) => id.startsWith(f.prefix))?.capabilities ?? EVERYTHING;
}
