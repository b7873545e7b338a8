import { describe, expect, it } from 'vitest';
import { planScene } from '../../../src/engines/local/plan/plan-scene.js';
import { renderJob } from '../../../src/engines/local/threads/render-job.js';

const SHEETS = [
  'A pixel art character sheet of a fantasy mage with front, side, and back views, robe, staff with a glowing crystal',
  'character turnaround of a robot, front side back',
  'reference sheet of an elf ranger with a cloak and two daggers',
  'model sheet of a knight in armor holding a sword, front side and back views',
];

describe('character sheets', () => {
  it('chooses the character sheet mode for sheet, turnaround and model-sheet words', () => {
    for (const p of SHEETS) expect(planScene(p).mode?.kind, p).toBe('sheet');
  });
  it('draws one character, no extra people from "staff" or "character", and keeps what it holds', () => {
    const mage = planScene(SHEETS[0]!);
    expect(mage.subjects.map((s) => s.label)).toEqual(['mage']);
    expect(mage.subjects[0]!.holding.map((h) => h.key)).toContain('magic-wand');
    expect(mage.style).toBe('pixel');
    expect(mage.unknown).not.toContain('character');
    const elf = planScene(SHEETS[2]!);
    expect(elf.subjects).toHaveLength(1);
    expect(elf.subjects[0]!.holding.map((h) => h.key)).toContain('dagger');
    expect(planScene('model sheet of a cartoon character').subjects[0]!.label).not.toBe('model');
    // "A cat character": the cat, not a cartoon person.
    expect(planScene('turnaround of a cute cat character').subjects.map((s) => s.thing.key)).toEqual(['cat']);
  });
  it('renders three labelled views on paper and says so', async () => {
    const r = await renderJob({ prompt: SHEETS[0]!, width: 640, height: 360, seed: 1, references: [] }, new AbortController().signal);
    const text = r.output.description;
    expect(text).toMatch(/^character sheet: a mage .*shown from the front, side and back/);
    expect(text).toContain('pixel art style');
    expect(text).not.toMatch(/woman|office|meadow|cartoon character/);
  });
});
