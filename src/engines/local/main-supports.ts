// What the main subject stands on, drawn under it: a table, a rocky islet at sea, a lily pad, a
// bridge across the picture, or a rug indoors.
import type { Thing } from './scene-plan.js';
import type { Scene } from './scene.js';
import { drawProc, PROC_ASPECT } from './props.js';

interface FootingBase {
  /** The main subject's base line for a subject `h` tall. */
  bottom: (h: number) => number;
}
export type Footing = FootingBase & (
  | { kind: 'ground' | 'air' | 'water' | 'pad' | 'islet' }
  | { kind: 'table'; table: Thing | undefined; tableBottom: number; tableH: number }
  | { kind: 'bridge'; bridgeBottom: number; bridgeH: number }
);

/** Settings whose floor gets no rug under the main subject. */
const BARE_FLOORS = new Set(['studio', 'stage', 'dungeon']);

export function drawSupports(scene: Scene, footing: Footing, m: { left: number; right: number; bottom: number; unitH: number; floating: boolean }): void {
  const { W } = scene.stage;
  const { c } = scene;
  const { left, right, bottom } = m;
  const mid = (left + right) / 2;
  if (footing.kind === 'islet') {
    // On the open sea, something that cannot float stands on a rocky islet.
    const iw = Math.min(W * 0.95, (right - left) * 1.8), ih = iw * 0.16;
    scene.items.push({
      z: bottom - 0.2,
      draw: () => {
        c.ellipse(mid, bottom + ih * 0.1, iw / 2, ih / 2, c.linear([[0, '#8a8d94'], [1, '#5d6068']]));
        c.ellipse(mid, bottom - ih * 0.05, iw * 0.36, ih * 0.22, '#e6cf9a', { bare: true });
      },
    });
  }
  if (scene.stage.kind === 'room' && !BARE_FLOORS.has(scene.plan.setting) && !m.floating && footing.kind !== 'table') {
    const rugW = Math.min(W * 0.9, (right - left) * 1.5);
    scene.items.push({ z: -1, draw: () => drawProc(c, 'rug', mid, bottom + rugW * 0.09, rugW * 0.2, { rng: scene.rng, layer: 'bg', color: scene.rng.pick(['#8e3b35', '#2b4a6b', '#6b4a2b']) }, rugW) });
  }
  if (footing.kind === 'table') drawTable(scene, footing, left, right, m.unitH);
  if (footing.kind === 'pad') {
    const pw = Math.max((right - left) * 1.5, m.unitH * 0.8);
    const ph = pw / PROC_ASPECT['lily-pad'];
    consumeProp(scene, 'proc:lily-pad');
    scene.drawn.support = 'lily pad';
    scene.items.push({ z: bottom + 0.4, draw: () => drawProc(c, 'lily-pad', mid, bottom + ph * 0.4, ph, { rng: scene.rng, layer: 'fg' }, pw) });
  }
  if (footing.kind === 'bridge') {
    const top = footing.bridgeBottom - footing.bridgeH;
    consumeProp(scene, 'proc:bridge');
    scene.placer.take({ x: 0, y: top, w: W, h: footing.bridgeH });
    scene.items.push({ z: bottom + 0.4, draw: () => drawProc(c, 'bridge', W / 2, footing.bridgeBottom, footing.bridgeH, { rng: scene.rng, layer: 'fg' }, W * 1.02) });
    scene.drawn.support = 'bridge';
  }
}

/** The main subject's own table, the prompt's if it names one; table things go beside it later. */
function drawTable(scene: Scene, footing: Extract<Footing, { kind: 'table' }>, left: number, right: number, unitH: number): void {
  const { W } = scene.stage;
  const { tableBottom, tableH, table } = footing;
  const prop = scene.plan.subjects.find((s) => s.role === 'prop' && s.thing === table);
  if (prop) scene.consumed.add(prop);
  const kind = table?.proc ?? 'table';
  const tw = Math.min(W * 0.94, (right - left) * 1.6 + unitH * 1.4);
  const tx = Math.min(W - tw / 2, Math.max(tw / 2, (left + right) / 2));
  const color = prop?.color?.hex ?? table?.tint;
  scene.items.push({
    z: tableBottom - 0.1,
    draw: () => {
      scene.shadow({ x: tx, bottom: tableBottom, w: tw, h: tableH, flip: false });
      drawProc(scene.c, kind, tx, tableBottom, tableH, { rng: scene.rng, layer: 'bg', ...(color ? { color } : {}) }, tw);
    },
  });
  scene.placer.take({ x: tx - tw / 2, y: tableBottom - tableH, w: tw, h: tableH });
  scene.tableSpot = { x: tx, top: tableBottom - tableH, w: tw, z: tableBottom, mainLeft: left, mainRight: right };
  scene.drawn.support = prop ? prop.label : table?.label ?? 'table';
}

/** A prop the prompt named is drawn as the main subject's support, not again on its own. */
function consumeProp(scene: Scene, key: string): void {
  const prop = scene.plan.subjects.find((s) => s.role === 'prop' && s.thing.key === key);
  if (prop) scene.consumed.add(prop);
}
