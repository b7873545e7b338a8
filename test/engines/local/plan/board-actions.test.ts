// Riding a board or a vehicle in an ordinary scene (docs/local-engine.md, "Size and pose"): the
// creature stands on its skateboard, snowboard, skis or roller skates (its support, not a prop
// beside it), or sits on its bicycle or scooter; the ride implies its place when none is named,
// and the description says what it is doing.
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { composePicture } from '../../../../src/engines/local/compose/compose.js';
import { planScene } from '../../../../src/engines/local/plan/plan-scene.js';

const BOARDS = new Set(['skateboard', 'snowboard', 'skis', 'roller-skates', 'snowboarder', 'skier', 'roller-skate']);
const compose = (prompt: string, width = 800, height = 600) => composePicture({ plan: planScene(prompt), width, height, seed: 0 });
const main = (prompt: string) => planScene(prompt).subjects.find((s) => s.role === 'main');

describe('a creature on a board', () => {
  it.each([
    ['a skeleton skateboarding down a street', 'skeleton', 'skateboard'],
    ['a dog on a skateboard', 'dog', 'skateboard'],
    ['a penguin snowboarding', 'penguin', 'snowboard'],
    ['a fox skiing', 'fox', 'skis'],
    ['a girl roller skating in the park', 'girl', 'roller-skates'],
    ['a woman skateboarding', 'woman', 'skateboard'],
  ])('"%s": the %s stands on its %s, which is no prop beside it', (prompt, label, board) => {
    const plan = planScene(prompt);
    const m = plan.subjects.find((s) => s.role === 'main');
    expect(m?.label).toBe(label);
    expect(m?.riding?.key).toBe(board);
    expect(plan.interaction?.kind).toBe('ride-board');
    expect(plan.interaction?.figures[0]).toBe(m);
    expect(plan.subjects.filter((s) => s !== m && BOARDS.has(s.thing.key))).toEqual([]);
    expect(plan.unknown).toEqual([]);
  });

  it.each([
    ['a skeleton skateboarding', 'city-street'],
    ['a dog on a skateboard', 'city-street'],
    ['a penguin snowboarding', 'snow'],
    ['a fox skiing', 'snow'],
    ['a person skiing', 'snow'],
    ['a man riding a motorcycle', 'city-street'],
  ])('"%s" with no place named is set where the ride goes: %s', (prompt, setting) => {
    expect(planScene(prompt).setting).toBe(setting);
  });

  it('"a girl skating on ice" skates out on a frozen lake, on the ice rather than the shore', () => {
    const plan = planScene('a girl skating on ice');
    expect(main('a girl skating on ice')?.riding?.key).toBe('ice-skates');
    expect(plan.frozen).toBe(true);
    expect(plan.subjects.map((s) => s.thing.key)).not.toContain('ice');
    const { layout, description } = compose('a girl skating on ice');
    const skates = layout.find((p) => p.role === 'support')!.box;
    const lake = planScene('a frozen lake');
    expect(lake.setting).toBe(plan.setting);
    // The skates stand higher in the frame than a figure on the shore's foreground.
    expect(skates.y + skates.h).toBeLessThan(compose('a girl roller skating by a lake').layout.find((p) => p.role === 'support')!.box.y + 1);
    expect(description).toMatch(/girl \(main\) ice skating/);
  });

  it('keeps the place the prompt names', () => {
    expect(planScene('a girl roller skating in the park').setting).toBe('park');
    expect(planScene('a cat skateboarding on the beach').setting).toBe('beach');
  });

  it.each([
    ['a skeleton skateboarding down a street', /skeleton \(main\) skateboarding on a skateboard/],
    ['a dog on a skateboard', /dog \(main\) riding a skateboard/],
    ['a penguin snowboarding', /penguin \(main\) snowboarding down a snowy slope/],
    ['a fox skiing', /fox \(main\) skiing down a snowy slope/],
    ['a girl roller skating in the park', /girl \(main\) roller skating/],
    ['a bear surfing a big wave', /bear \(main\) surfing on a board on a wave/],
    ['an astronaut surfing', /astronaut \(main\) surfing/],
    ['a cat riding a bicycle', /cat \(main\) riding a bicycle/],
    ['a monkey on a scooter', /monkey \(main\) riding a scooter/],
  ])('"%s" is described as %s', (prompt, said) => {
    const d = compose(prompt).description;
    expect(d).toMatch(said);
    expect(d).not.toMatch(/not drawn/);
  });

  it.each(['a skeleton skateboarding down a street', 'a dog on a skateboard', 'a penguin snowboarding', 'a fox skiing', 'a girl roller skating in the park', 'a woman skateboarding'])(
    '"%s": the board is under the figure\'s feet, as wide as its stance',
    (prompt) => {
      const layout = compose(prompt).layout;
      const figure = layout.find((p) => p.role === 'main')!.box;
      const board = layout.find((p) => p.role === 'support')!.box;
      // The board's top is at the figure's feet, and the figure stands over its middle.
      expect(Math.abs(board.y - (figure.y + figure.h))).toBeLessThan(figure.h * 0.05);
      const mid = figure.x + figure.w / 2;
      expect(mid).toBeGreaterThan(board.x);
      expect(mid).toBeLessThan(board.x + board.w);
      expect(board.w).toBeGreaterThan(figure.w * 0.8);
      // Nothing else claims the board as a thing beside the figure.
      expect(layout.filter((p) => p.role === 'prop' && /skate|board|ski/.test(p.what))).toEqual([]);
    },
  );

  it('"two dogs skateboarding": each dog on a board of its own, and the text counts them', () => {
    const { layout, description } = compose('two dogs skateboarding');
    const dogs = layout.filter((p) => p.what === 'dog').map((p) => p.box);
    const boards = layout.filter((p) => p.role === 'support').map((p) => p.box);
    expect(dogs).toHaveLength(2);
    expect(boards).toHaveLength(2);
    dogs.forEach((d, i) => expect(Math.abs(boards[i]!.y - (d.y + d.h))).toBeLessThan(d.h * 0.05));
    expect(description).toMatch(/two dogs \(main\) skateboarding on skateboards/);
  });

  it('"a dog that is not skateboarding" stands on its own feet', () => {
    const plan = planScene('a dog that is not skateboarding');
    expect(plan.interaction).toBeUndefined();
    expect(main('a dog that is not skateboarding')?.riding).toBeUndefined();
  });

  it.each(['a boy holding a skateboard', 'a penguin next to a pair of skis'])('"%s" does not ride it', (prompt) => {
    const plan = planScene(prompt);
    expect(plan.interaction).toBeUndefined();
    expect(main(prompt)?.riding).toBeUndefined();
  });

  it('paints the skateboard\'s deck under the skeleton\'s feet', () => {
    const { svg, layout } = compose('a skeleton skateboarding down a street', 400, 300);
    const px = new Resvg(svg).render().pixels;
    const board = layout.find((p) => p.role === 'support')!.box;
    let red = 0;
    for (let y = Math.floor(board.y); y < board.y + board.h; y++) {
      for (let x = Math.floor(board.x); x < board.x + board.w; x++) {
        const i = (y * 400 + x) * 4;
        if (px[i]! > 170 && px[i + 1]! < 120 && px[i + 2]! < 110) red++;
      }
    }
    // The deck is a red plank across the board's box.
    expect(red).toBeGreaterThan(board.w * 2);
  });
});
