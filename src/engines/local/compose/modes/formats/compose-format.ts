// A page format (plan/modes/formats.ts; docs/local-engine-modes.md, "Formats"): laid out by its own
// module, its `text` naming the format and what each part of the page shows.
import { STYLE_LABELS } from '../../../read/lexicon-scene.js';
import type { Composition } from '../../composition.js';
import { composeCompare } from './compare.js';
import { composeCover } from './cover.js';
import { composeFlyer } from './flyer.js';
import type { InnerScene } from './format-kit.js';
import { composePost } from './post.js';
import { composeSlide } from './slide.js';

export function composeFormat(composition: Composition, inner: InnerScene): string {
  const { plan } = composition;
  const f = plan.mode!.format!;
  const line = f.kind === 'flyer' ? composeFlyer(composition, inner) : f.kind === 'compare' ? composeCompare(composition, inner)
    : f.kind === 'cover' ? composeCover(composition, inner) : f.kind === 'post' ? composePost(composition, inner) : composeSlide(composition, inner);
  const unknown = plan.unknown.length ? ` (not drawn: ${plan.unknown.slice(0, 5).join(', ')})` : '';
  return `${line}, ${STYLE_LABELS[plan.style]}${unknown}`;
}
