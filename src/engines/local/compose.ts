// Scene plan + size + seed → one SVG document at the output size, and a line saying what it shows.
import { drawRoad } from './backdrop-ground.js';
import { LAND_PAINTERS } from './backdrop-lands.js';
import { ROOM_PAINTERS } from './backdrop-rooms.js';
import type { Backdrop, BackdropContext } from './backdrop-sky.js';
import { Canvas } from './canvas.js';
import { describeScene } from './describe.js';
import { farFog, lightingOverlays, styleFinish } from './effects.js';
import { createGrade, type ReferencePalette } from './grade.js';
import { IconBook } from './icons.js';
import { stageFor } from './layout.js';
import { INDOOR } from './lexicon-settings.js';
import { placeLogo } from './place-logo.js';
import { placeMain } from './place-main.js';
import { placeDecor, placeProps } from './place-props.js';
import { placeTexts, reserveTopTexts } from './place-texts.js';
import type { ScenePlan } from './scene-plan.js';
import { Scene } from './scene.js';
import { createRng, hashString } from './prng.js';

export interface ComposeInput {
  plan: ScenePlan;
  width: number;
  height: number;
  seed: number;
  palette?: ReferencePalette;
}

export interface Composition {
  svg: string;
  description: string;
}

export function composeScene(input: ComposeInput): Composition {
  const { plan, width: W, height: H } = input;
  const paletteKey = input.palette ? input.palette.colors.map((c) => c.join(',')).join(';') : '';
  const rng = createRng(hashString(`${plan.prompt}|${input.seed}|${paletteKey}`));
  const grade = createGrade({
    time: plan.time, lighting: plan.lighting, style: plan.style, vintageDecor: plan.vintageDecor, indoor: INDOOR.has(plan.setting),
    ...(input.palette ? { palette: input.palette } : {}),
  });
  const c = new Canvas(W, H, { style: plan.style, grade });
  const icons = new IconBook(c);
  const stage = stageFor(plan.setting, W, H, plan.lunar);
  const night = plan.time === 'night';
  const ctx: BackdropContext = { c, icons, stage, rng: rng.fork('backdrop'), plan, night };
  const painter = ROOM_PAINTERS[plan.setting] ?? LAND_PAINTERS[plan.setting]!;
  const backdrop: Backdrop = painter(ctx);
  if (plan.road && stage.kind === 'land') backdrop.keepClear = [...(backdrop.keepClear ?? []), ...drawRoad(ctx)];
  if (plan.lighting.includes('foggy')) farFog(c, stage);

  // Placement order matters: top texts reserve their band, the main subject takes the best spot,
  // then words, props and the setting's decorations fill what is left.
  const scene = new Scene(c, icons, stage, plan, rng, ctx.drewCelestial === true);
  for (const r of backdrop.keepClear ?? []) scene.placer.take(r);
  reserveTopTexts(scene);
  if (!placeLogo(scene)) placeMain(scene);
  placeTexts(scene, backdrop);
  placeProps(scene);
  placeDecor(scene, backdrop.decor);
  scene.drawAll();
  lightingOverlays(c, plan, stage, scene.mainRect, rng.fork('light'));
  styleFinish(c, plan, stage, rng.fork('finish'));
  return { svg: c.toSvg(), description: describeScene(plan, scene.drawn, input.palette !== undefined) };
}
