// What the main subject stands on, drawn under it: a table, a rocky islet at sea, a lily pad, a
// bridge across the picture, or a rug indoors.
import type { Thing } from '../read/things.js';
import type { Composition } from './composition.js';
import { drawProc, PROC_ASPECT } from '../paint/props/props.js';

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
const BARE_FLOORS = new Set(['studio', 'stage', 'dungeon', 'greenhouse', 'restaurant']);

export function drawSupports(composition: Composition, footing: Footing, m: { left: number; right: number; bottom: number; unitH: number; floating: boolean }): void {
  const { W } = composition.stage;
  const { c } = composition;
  const { left, right, bottom } = m;
  const mid = (left + right) / 2;
  if (footing.kind === 'islet') {
    // On the open sea, something that cannot float stands on a rocky islet.
    const iw = Math.min(W * 0.95, (right - left) * 1.8), ih = iw * 0.16;
    composition.items.push({
      z: bottom - 0.2,
      draw: () => {
        c.ellipse(mid, bottom + ih * 0.1, iw / 2, ih / 2, c.linear([[0, '#8a8d94'], [1, '#5d6068']]));
        c.ellipse(mid, bottom - ih * 0.05, iw * 0.36, ih * 0.22, '#e6cf9a', { bare: true });
      },
    });
  }
  if (composition.stage.kind === 'room' && !BARE_FLOORS.has(composition.plan.setting) && !m.floating && footing.kind !== 'table') {
    const rugW = Math.min(W * 0.9, (right - left) * 1.5);
    composition.items.push({ z: -1, draw: () => drawProc(c, 'rug', mid, bottom + rugW * 0.09, rugW * 0.2, { rng: composition.rng, layer: 'bg', color: composition.rng.pick(['#8e3b35', '#2b4a6b', '#6b4a2b']) }, rugW) });
  }
  if (footing.kind === 'table') drawTable(composition, footing, left, right, m.unitH);
  if (footing.kind === 'pad') {
    const pw = Math.max((right - left) * 1.5, m.unitH * 0.8);
    const ph = pw / PROC_ASPECT['lily-pad'];
    consumeProp(composition, 'proc:lily-pad');
    composition.drawn.support = 'lily pad';
    composition.items.push({ z: bottom + 0.4, draw: () => drawProc(c, 'lily-pad', mid, bottom + ph * 0.4, ph, { rng: composition.rng, layer: 'fg' }, pw) });
  }
  if (footing.kind === 'bridge') {
    const top = footing.bridgeBottom - footing.bridgeH;
    consumeProp(composition, 'proc:bridge');
    composition.placer.take({ x: 0, y: top, w: W, h: footing.bridgeH });
    composition.items.push({ z: bottom + 0.4, draw: () => drawProc(c, 'bridge', W / 2, footing.bridgeBottom, footing.bridgeH, { rng: composition.rng, layer: 'fg' }, W * 1.02) });
    composition.drawn.support = 'bridge';
    composition.record('bridge', 'support', undefined, { x: W / 2, bottom: footing.bridgeBottom, w: W, h: footing.bridgeH * 0.95, flip: false });
  }
}

/** The main subject's own table, the prompt's if it names one; table things go beside it later. */
function drawTable(composition: Composition, footing: Extract<Footing, { kind: 'table' }>, left: number, right: number, unitH: number): void {
  const { W } = composition.stage;
  const { tableBottom, tableH, table } = footing;
  const prop = composition.plan.subjects.find((s) => s.role === 'prop' && s.thing === table);
  if (prop) composition.consumed.add(prop);
  const kind = table?.proc ?? 'table';
  const tw = Math.min(W * 0.94, (right - left) * 1.6 + unitH * 1.4);
  const tx = Math.min(W - tw / 2, Math.max(tw / 2, (left + right) / 2));
  const color = prop?.color?.hex ?? table?.tint;
  composition.items.push({
    z: tableBottom - 0.1,
    draw: () => {
      composition.shadow({ x: tx, bottom: tableBottom, w: tw, h: tableH, flip: false });
      drawProc(composition.c, kind, tx, tableBottom, tableH, { rng: composition.rng, layer: 'bg', ...(color ? { color } : {}) }, tw);
    },
  });
  composition.placer.take({ x: tx - tw / 2, y: tableBottom - tableH, w: tw, h: tableH });
  composition.tableSpot = { x: tx, top: tableBottom - tableH, w: tw, z: tableBottom, mainLeft: left, mainRight: right };
  composition.drawn.support = prop ? prop.label : table?.label ?? 'table';
}

/** A prop the prompt named is drawn as the main subject's support, not again on its own. */
function consumeProp(composition: Composition, key: string): void {
  const prop = composition.plan.subjects.find((s) => s.role === 'prop' && s.thing.key === key);
  if (prop) composition.consumed.add(prop);
}
