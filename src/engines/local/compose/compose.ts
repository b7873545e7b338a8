// Scene plan + size + seed → one SVG document at the output size, and a line saying what it shows.
import { drawTrail } from '../paint/backdrops/ground.js';
import { drawHarbor, drawPlanRoad } from '../paint/backdrops/roads.js';
import { LAND_PAINTERS } from '../paint/backdrops/lands.js';
import { ROOM_PAINTERS } from '../paint/backdrops/rooms.js';
import type { Backdrop, BackdropContext } from '../paint/backdrops/sky.js';
import { Canvas } from '../paint/canvas.js';
import { describePicture } from './describe.js';
import { farFog, lightingOverlays, styleBackdrop, styleFinish } from '../paint/effects.js';
import { createGrade, namedPalette, type ReferencePalette } from '../paint/grade.js';
import { IconBook } from '../paint/icons.js';
import { stageFor } from '../paint/stage.js';
import { INDOOR } from '../read/lexicon-settings.js';
import { placeInteraction } from './interactions/place-interaction.js';
import { placeLogo } from './place-logo.js';
import { placeMain } from './place-main.js';
import { autumnDecor, placeDecor, placeProps, springDecor } from './place-props.js';
import { placeTexts, reserveTopTexts } from './place-texts.js';
import type { ScenePlan } from '../plan/scene-plan.js';
import { Composition, type Placed } from './composition.js';
import { composeMode } from './modes/compose-mode.js';
import { composeView } from './view.js';
import { actionBurst } from '../paint/styles/comic.js';
import { nouveauHalo } from '../paint/styles/nouveau.js';
import { cubistFacets, meltingClocks, paintManner } from './modes/art-manners.js';
import { MANNER_LABELS } from '../plan/modes/art-manner.js';
import { createRng, hashString } from '../paint/prng.js';
import { paintRoseWindow, ROSE_WINDOW_LABEL } from '../paint/styles/rose-window.js';
import { STYLE_LABELS } from '../read/lexicon-scene.js';
import { composePopGrid, wantsPopGrid } from './pop-grid.js';
import { drawGlass, drawGlobeBackdrop, embedScene, globeLayout } from './snow-globe.js';

export interface ComposeInput {
  plan: ScenePlan;
  width: number;
  height: number;
  seed: number;
  palette?: ReferencePalette;
}

export interface ComposedPicture {
  svg: string;
  description: string;
  /** Where each placed thing's paint is (empty for the composition modes), for checking layouts. */
  layout: Placed[];
}

export function composePicture(input: ComposeInput): ComposedPicture {
  if (input.plan.globe && !input.plan.mode) return composeGlobe(input);
  // "A banana, Warhol style": four colourways of the picture in a 2 × 2 grid (pop-grid.ts).
  if (wantsPopGrid(input)) return composePopGrid(input, (tile) => composePicture({ ...tile, plan: { ...tile.plan, prompt: tile.plan.prompt.replace(/warhol/gi, 'pop art') } }));
  const { plan, width: W, height: H } = input;
  const paletteKey = input.palette ? input.palette.colors.map((c) => c.join(',')).join(';') : '';
  const rng = createRng(hashString(`${plan.prompt}|${input.seed}|${paletteKey}`));
  // A format's page is printed paper: its panels' scenes keep their own light.
  const page = plan.mode?.kind === 'format';
  // Reference images' colours, else the colours the prompt asks the picture in ("in shades of emerald").
  const palette = input.palette ?? namedPalette((plan.palette ?? []).map((p) => p.hex));
  const grade = createGrade({
    time: page ? 'day' : plan.time, lighting: page ? [] : plan.lighting, style: plan.style, vintageDecor: plan.vintageDecor, indoor: INDOOR.has(plan.setting),
    ...(palette ? { palette } : {}),
  });
  const c = new Canvas(W, H, { style: plan.style, grade });
  const icons = new IconBook(c);
  const stage = stageFor(plan.setting, W, H, plan.lunar);
  const night = plan.time === 'night';
  const ctx: BackdropContext = { c, icons, stage, rng: rng.fork('backdrop'), plan, night };
  const painter = ROOM_PAINTERS[plan.setting] ?? LAND_PAINTERS[plan.setting]!;
  if (plan.mode) {
    // A banner, product shot, portrait or screen has its own layout (compose/modes/).
    const inner = (panel: ScenePlan, width: number, height: number) => composePicture({ ...input, plan: panel, width, height });
    const description = composeMode(new Composition(c, icons, stage, plan, rng, false), () => painter(ctx), inner);
    // A flat ask ("no gradients") and an icon keep their plain paper: no vignette, no poster frame (docs/local-engine-modes.md).
    const plainPaper = plan.mode.flat || (plan.mode.kind === 'icon' && (plan.style === 'poster' || plan.style === 'illustrated'));
    if (!plainPaper) styleFinish(c, plan, stage, rng.fork('finish'));
    return { svg: c.toSvg(), description, layout: [] };
  }
  if (plan.view) {
    // An isometric diorama or a view from above draws the place its own way (compose/view.ts).
    const composition = new Composition(c, icons, stage, plan, rng, false);
    const description = composeView(composition, rng, input.palette !== undefined);
    return { svg: c.toSvg(), description, layout: composition.layout };
  }
  // Stained glass with nothing else to show, "a rose window": the window is the picture (paint/styles/rose-window.ts).
  if (plan.roseWindow) {
    paintRoseWindow(c);
    styleFinish(c, plan, stage, rng.fork('finish'));
    const unknown = plan.unknown.length ? ` (not drawn: ${plan.unknown.slice(0, 5).join(', ')})` : '';
    return { svg: c.toSvg(), description: `${ROSE_WINDOW_LABEL}, ${STYLE_LABELS[plan.style]}${unknown}`, layout: [] };
  }
  // An artist's manner behind a named subject; Dalí's melting clocks on the desert (modes/art-manners.ts).
  const manner = plan.manner && plan.manner !== 'surreal' ? plan.manner : undefined;
  const backdrop: Backdrop = manner ? (paintManner(c, manner, W, H, rng.fork('manner')), { decor: [] }) : painter(ctx);
  if (plan.manner === 'surreal') meltingClocks(c, { x: 0, y: stage.horizon, w: W, h: H - stage.horizon }, rng.fork('clocks'));
  if (plan.road && stage.kind === 'land') backdrop.keepClear = [...(backdrop.keepClear ?? []), ...drawPlanRoad(ctx)];
  else if (plan.trail && stage.kind === 'land') drawTrail(ctx);
  if (plan.harbor && stage.kind === 'land') backdrop.keepClear = [...(backdrop.keepClear ?? []), ...drawHarbor(ctx)];
  if (plan.lighting.includes('foggy')) farFog(c, stage);
  styleBackdrop(c, plan, stage, rng.fork('style-backdrop'));

  // Placement order matters: top texts reserve their band, the main subject takes the best spot,
  // then words, props and the setting's decorations fill what is left.
  const composition = new Composition(c, icons, stage, plan, rng, ctx.drewCelestial === true);
  for (const r of backdrop.keepClear ?? []) composition.placer.take(r);
  reserveTopTexts(composition);
  // A cover's picture keeps its title area clear: the subject stands below it (docs/local-engine-modes.md, "Covers").
  if (plan.headroom) composition.topLimit = Math.max(composition.topLimit, H * plan.headroom);
  if (!placeLogo(composition) && !placeInteraction(composition)) placeMain(composition);
  // An interaction's figures are drawn as one group: its box stands for the main subject.
  const r = composition.mainRect;
  if (r && !composition.layout.some((p) => p.role === 'main')) composition.record(composition.main?.label ?? 'main', 'main', undefined, { x: r.x + r.w / 2, bottom: r.y + r.h, w: r.w, h: r.h, flip: false });
  placeTexts(composition, backdrop);
  placeProps(composition);
  placeDecor(composition, plan.autumn ? autumnDecor(backdrop.decor) : plan.spring ? springDecor(backdrop.decor) : backdrop.decor);
  // A comic panel's action burst, behind everything the composition placed.
  if (plan.style === 'comic' && composition.mainRect) {
    const r = composition.mainRect;
    composition.items.push({ z: -Infinity, draw: () => actionBurst(c, r) });
  }
  // An art nouveau poster's halo behind its main subject.
  if (plan.style === 'nouveau' && composition.mainRect) {
    const r = composition.mainRect;
    composition.items.push({ z: -Infinity, draw: () => nouveauHalo(c, r) });
  }
  composition.drawAll();
  // A cubist subject is broken into planes too (modes/art-manners.ts).
  if (plan.manner === 'cubism' && composition.mainRect) cubistFacets(c, composition.mainRect, rng.fork('facets'));
  lightingOverlays(c, plan, stage, composition.mainRect, rng.fork('light'));
  styleFinish(c, plan, stage, rng.fork('finish'));
  const said = describePicture(plan, composition.drawn, input.palette !== undefined);
  return { svg: c.toSvg(), description: plan.manner ? mannerSaid(said, plan.manner) : said, layout: composition.layout };
}

/** `text` with the manner's backdrop in place of the studio's, or the melting clocks added to the desert. */
function mannerSaid(said: string, manner: NonNullable<ScenePlan['manner']>): string {
  if (manner === 'surreal') {
    const clocks = 'melting clocks on a bare branch, a ledge and the ground';
    const bare = /^(an empty scene \(no drawable subject recognised\)|a landscape with no figures), /;
    return bare.test(said) ? said.replace(bare, `a surreal dreamscape: ${clocks}, `) : said.replace(/, in a desert/, `, with ${clocks}, in a desert`);
  }
  return said.replace(/(against|in front of|on) a studio backdrop/, `in front of ${MANNER_LABELS[manner]}`);
}

/** The scene composed on its own square, set into a snow globe (compose/snow-globe.ts). */
function composeGlobe(input: ComposeInput): ComposedPicture {
  const { plan, width: W, height: H } = input;
  const g = globeLayout(W, H);
  const inner = composePicture({ ...input, plan: { ...plan, globe: false }, width: g.d, height: g.d });
  const rng = createRng(hashString(`${plan.prompt}|${input.seed}|globe`));
  const palette = input.palette ?? namedPalette((plan.palette ?? []).map((p) => p.hex));
  const grade = createGrade({ time: plan.time, lighting: plan.lighting, style: plan.style, vintageDecor: false, indoor: true, ...(palette ? { palette } : {}) });
  const c = new Canvas(W, H, { style: plan.style, grade });
  drawGlobeBackdrop(c, plan.time === 'night' || plan.style === 'neon');
  embedScene(c, inner.svg, g);
  drawGlass(c, g, rng.fork('glass'));
  styleFinish(c, { ...plan, setting: 'studio' }, stageFor('studio', W, H, false), rng.fork('finish'));
  const within = inner.description.replace(/^(an empty scene \(no drawable subject recognised\)|a landscape with no figures|an empty room with no figures), /, '');
  return { svg: c.toSvg(), description: `a snow globe on a wooden base, holding: ${within}`, layout: inner.layout.map((p) => ({ ...p, box: { ...p.box, x: p.box.x + g.x, y: p.box.y + g.y } })) };
}
