// A workshop for makers (a potter's with shelves of pots and a wheel, a carpenter's with a
// pegboard of tools), frozen water drawn as ice, peaks behind a lake, and older people with a body.
import { describe, expect, it } from 'vitest';
import { composePicture } from '../../../../src/engines/local/compose/compose.js';
import { planScene } from '../../../../src/engines/local/plan/plan-scene.js';

const compose = (prompt: string, width = 640, height = 480) => composePicture({ plan: planScene(prompt), width, height, seed: 0 });
const main = (prompt: string) => planScene(prompt).subjects.find((s) => s.role === 'main');

describe('the workshop', () => {
  it.each([
    ['an old carpenter in his workshop'], ['a woodshop with sawdust'], ['a blacksmith at the forge'], ['a tool shed in the garden'],
    ['a pottery studio with shelves of vases'], ['a ceramic artist shaping a bowl on a pottery wheel in a sunlit workshop'],
  ])('"%s" is set in a workshop', (prompt) => {
    expect(planScene(prompt).setting).toBe('workshop');
  });

  it('sends makers with no place named to their workshop, and leaves other people where they were', () => {
    expect(planScene('a potter at work').setting).toBe('workshop');
    expect(planScene('a carpenter smiling').setting).toBe('workshop');
    expect(planScene('a carpenter on a beach').setting).toBe('beach');
    expect(planScene('a teacher smiling').setting).not.toBe('workshop');
  });

  it('an art studio stays the art room and a photo studio its paper; a pottery studio is the workshop', () => {
    expect(planScene('a painter in an art studio').setting).toBe('art-studio');
    expect(planScene('a studio photo of a perfume bottle').setting).toBe('studio');
    expect(planScene('a sculptor in her pottery studio').setting).toBe('workshop');
  });

  it('a potter is a person at work with clay, not a painter with a palette, and the pottery wheel is no cart wheel', () => {
    const plan = planScene('a ceramic artist shaping a bowl on a pottery wheel in a sunlit workshop');
    expect(plan.pottery).toBe(true);
    expect(main('a ceramic artist shaping a bowl on a pottery wheel')?.label).toBe('potter');
    expect(plan.subjects.map((s) => s.thing.key)).not.toContain('wheel');
    expect(plan.subjects.map((s) => s.thing.key)).not.toContain('artist');
    expect(plan.unknown).not.toContain('pottery');
    expect(planScene('a carpenter in his workshop').pottery).toBeUndefined();
  });

  it('"at work" is no briefcase', () => {
    expect(planScene('a potter at work').subjects.map((s) => s.thing.key)).not.toContain('briefcase');
  });

  it('a trade keeps its tool when the role has an adjective ("an old carpenter" holds a hammer)', () => {
    expect(main('an old carpenter in his workshop')?.holding.map((h) => h.key)).toContain('hammer');
    expect(compose('an old carpenter in his workshop').description).toContain('holding a hammer');
  });

  it('draws the pegboard of tools for a carpenter and shelves of pots and a wheel for a potter, and says so', () => {
    const wood = compose('a carpenter in his workshop');
    const clay = compose('a potter in her pottery studio');
    expect(wood.description).toContain('in a workshop with a workbench and tools on the wall');
    expect(clay.description).toContain('in a pottery workshop with shelves of pots and a wheel');
    // The pegboard's board colour and the wheel's head colour.
    expect(wood.svg).toContain('#d8b98c');
    expect(wood.svg).not.toContain('#9aa4ad');
    expect(clay.svg).toContain('#9aa4ad');
    expect(clay.svg).not.toContain('#d8b98c');
  });
});

describe('frozen water', () => {
  it.each([
    ['a frozen alpine lake surrounded by snowy peaks at dawn'], ['children ice skating on a pond'], ['an icy river in winter'],
    ['the lake had frozen over'], ['ice fishing on a lake'], ['a skating rink at night'],
  ])('"%s" is a frozen lake with snowy banks', (prompt) => {
    const plan = planScene(prompt);
    expect(plan.setting).toBe('lake');
    expect(plan.frozen).toBe(true);
    expect(plan.snowy).toBe(true);
  });

  it.each([['a lake at dawn'], ['a swan on a lake in winter'], ['a glass of icy lemonade by the lake'], ['frozen yogurt by the river']])(
    '"%s" is open water', (prompt) => {
      expect(planScene(prompt).frozen).toBeUndefined();
    });

  it('draws ice with cracks instead of ripples and reeds, and says "a frozen lake"', () => {
    const ice = compose('a frozen lake');
    const water = compose('a lake');
    expect(ice.description).toContain('by a frozen lake');
    expect(water.description).not.toContain('frozen');
    // The ice's crack colour; the ripples' pale blue and the reeds' brown heads are only on open water.
    expect(ice.svg).toContain('#4f7fa3');
    expect(water.svg).not.toContain('#4f7fa3');
    expect(water.svg).toContain('#e6f5ff');
    expect(ice.svg).not.toContain('#e6f5ff');
  });
});

describe('what stands behind a lake', () => {
  it('peaks, alpine and summits named beside a lake are mountains in the distance', () => {
    expect(planScene('a frozen alpine lake surrounded by snowy peaks at dawn').scenery).toContain('mountains');
    expect(planScene('a lake below the peaks').scenery).toContain('mountains');
    expect(planScene('a lake with mountains').scenery).toContain('mountains');
    expect(planScene('a lake at sunset').scenery).not.toContain('mountains');
  });
});

describe('older people', () => {
  it('an elderly person is drawn with a body under the face, as an old man is', () => {
    expect(main('an elderly person feeding pigeons')?.thing.icon).toBe('older-person');
    const elderly = compose('an elderly person in a park');
    // The body's T-shirt path is drawn for people; a lone face has none of the figure's layers.
    expect(elderly.layout.some((p) => p.role === 'main' && p.box.h > p.box.w * 1.3)).toBe(true);
  });
});
