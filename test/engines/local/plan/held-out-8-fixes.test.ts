// Fixes found by rendering the eighth held-out set again once it was tuning material
// (docs/local-engine.md, "An eighth held-out set"): a period is an era, a masthead named after
// several adjectives is written, what a logo will be used on chooses no mode, and coloured pencils
// keep their colour.
import { describe, expect, it } from 'vitest';
import { planScene } from '../../../../src/engines/local/plan/plan-scene.js';

describe('the eighth set, looked at again', () => {
  it('draws no drop of blood for "Rococo period": a period is an era', () => {
    const plan = planScene('beautiful, ornate, vibrant floral printed wall. Natural lighting. Wide angle. Rococo period. 8k');
    expect(plan.subjects.map((s) => s.thing.key)).not.toContain('drop-of-blood');
    expect(planScene('a knight of the medieval period').subjects.map((s) => s.thing.key)).not.toContain('drop-of-blood');
  });

  it('writes a masthead in capitals named after several adjectives', () => {
    const plan = planScene('A magazine cover, ATTENTION as an ultra-bold extended geometric sans-serif masthead in black on bone, IS ALL YOU NEED in a thin condensed serif beneath');
    expect(plan.texts.map((t) => t.text)).toEqual(['ATTENTION', 'IS ALL YOU NEED']);
  });

  it('keeps a logo a logo when it is only "suitable for favicon and billboard placement"', () => {
    const plan = planScene('Minimalist logo mark, geometric hexagon containing a dollar sign, flat design, suitable for favicon and 1000x1000 billboard placement');
    expect(plan.mode?.label).toBe('logo');
    expect(planScene('a favicon of a fox').mode?.label).toBe('app icon');
    expect(planScene('a billboard for a coffee brand').mode?.kind).toBe('banner');
  });

  it('draws a Kandinsky in coloured pencil in colour, not as a grey pencil sketch', () => {
    expect(planScene('colored pencil art by Wassily Kandinsky').style).toBe('illustrated');
    expect(planScene('a pencil sketch of a cat').style).toBe('sketch');
  });
});

describe('a poster style over a scene', () => {
  it('draws "a camel in the desert under a huge sun, flat poster" as the desert scene, flat', () => {
    const plan = planScene('A camel and cacti in the desert under a huge sun, flat poster');
    expect(plan.mode).toBeUndefined();
    expect(plan.setting).toBe('desert');
    expect(plan.style).toBe('poster');
    expect(planScene('a flat poster of a camel').mode?.label).toBe('poster');
    expect(planScene('rock concert poster').mode?.label).toBe('poster');
  });
});
