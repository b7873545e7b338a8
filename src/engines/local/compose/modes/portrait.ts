// Portraits: one figure, large, head and shoulders, on a studio backdrop lit behind the head (or
// the setting the prompt names, softly out of focus behind a veil).
import { paintPortraitBackdrop } from '../../paint/screens/mode-backdrops.js';
import type { Composition } from '../composition.js';
import { drawSubject, figureOf, modeSubjects } from './hero.js';
import { writeLabel, type ModeResult } from './mode-kit.js';
import { FURNITURE } from '../../read/lexicon-reader.js';

/** The head emoji's share of a character's height, and how far below its top it starts. */
const HEAD_UNITS = 32;
const BODY_UNITS = 58;

export function composePortrait(composition: Composition, paintScene: (() => void) | undefined): ModeResult {
  const { c, plan } = composition;
  const { W, H } = composition.stage;
  const sitter = modeSubjects(composition, false)[0]!;
  const fig = figureOf(composition, sitter);
  const tone = plan.backdrop ?? (plan.style === 'vintage' ? '#8a8580' : '#7d8aa0');
  let wore: string[] = [], held: string[] = [], behind: string[] = [];
  if (fig.spec.mode === 'character' && fig.head) {
    // Head and shoulders: the head fills about half the height; the body runs off the bottom edge.
    const head = Math.min(H * 0.5, W * 0.62);
    const units = BODY_UNITS + fig.spec.hatRoom;
    const h = (head * units) / HEAD_UNITS;
    const top = H * 0.16 - (fig.spec.hatRoom / units) * h * (fig.spec.hatRoom ? 0.6 : 0);
    const cx = W / 2;
    if (paintScene) {
      paintScene();
      behind = backdropFurniture(composition);
      c.rect(0, 0, W, H, '#ffffff', { opacity: 0.35, bare: true });
    } else paintPortraitBackdrop(c, tone, cx, top + h * 0.3);
    ({ wore, held } = drawSubject(composition, sitter, fig, cx, top + h, h, 'sitter'));
    composition.mainRect = { x: cx - (h * fig.spec.aspect) / 2, y: top, w: h * fig.spec.aspect, h: H - top };
  } else {
    const h = Math.min(H * 0.78, (W * 0.8) / fig.spec.aspect);
    if (paintScene) {
      paintScene();
      behind = backdropFurniture(composition);
      c.rect(0, 0, W, H, '#ffffff', { opacity: 0.35, bare: true });
    } else paintPortraitBackdrop(c, tone, W / 2, H * 0.45);
    ({ wore, held } = drawSubject(composition, sitter, fig, W / 2, H * 0.5 + h / 2, h, 'sitter'));
    composition.mainRect = { x: W / 2 - (h * fig.spec.aspect) / 2, y: H * 0.5 - h / 2, w: h * fig.spec.aspect, h };
  }
  // Quoted words on a name plate across the bottom edge, as under a painted portrait.
  const label = writeLabel(c, plan, W / 2, H * 0.9, W * 0.62, H * 0.1);
  return { hero: sitter.label, heroSubject: sitter, wore, held, around: behind, heroPlace: fig.head ? 'head and shoulders' : 'close up', accent: tone, label, ...(paintScene ? {} : { backdrop: 'a studio backdrop lit behind the head' }) };
}

/**
 * The setting's furniture the prompt names ("a library behind her with one warm lamp"), standing
 * in the scenery at the picture's sides, out of focus with it; never in the sitter's hands
 * (plan/backdrop-props.ts). Returns what was drawn.
 */
function backdropFurniture(composition: Composition): string[] {
  const { W, H, horizon } = composition.stage;
  // Windows and doors are the room's own, painted in its walls already.
  const pieces = composition.plan.subjects.filter((s) => s.role === 'prop' && FURNITURE.has(s.thing.key) && s.thing.key !== 'window' && s.thing.key !== 'door').slice(0, 2);
  pieces.forEach((p, i) => {
    const h = Math.min(H * 0.5, horizon * 0.75);
    const w = h * composition.aspectOf(p.thing);
    const x = i === 0 ? Math.max(w / 2 + W * 0.02, W * 0.13) : Math.min(W - w / 2 - W * 0.02, W * 0.87);
    composition.drawThing(p.thing, { x, bottom: Math.min(H, horizon + H * 0.06), w, h, flip: i === 1 }, p.color?.hex);
  });
  return pieces.map((p) => p.label);
}
