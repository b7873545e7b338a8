// Words for kinds of things are drawn as a few typical members, each named by what it is
// (docs/local-engine.md, "Words for kinds of things"), and keep their own meaning where they
// only modify the next word.
import { describe, expect, it } from 'vitest';
import { composePicture } from '../../../../src/engines/local/compose/compose.js';
import { planScene } from '../../../../src/engines/local/plan/plan-scene.js';

const labels = (prompt: string) => planScene(prompt).subjects.map((s) => s.label);
const describeIt = (prompt: string) => composePicture({ plan: planScene(prompt), width: 800, height: 800, seed: 0 }).description;

describe('kinds of things', () => {
  it.each([
    ['food', ['burger', 'pizza', 'salad']],
    ['fresh fruit on a wooden table', ['apple', 'banana', 'pear']],
    ['farm animals', ['cow', 'pig', 'chicken']],
    ['cute woodland animals in a forest', ['fox', 'deer', 'rabbit']],
    ['insects in the garden', ['butterfly', 'ladybug', 'bee']],
    ['musical instruments on a stage', ['guitar', 'violin', 'drum']],
    ['sweets', ['cupcake', 'donut', 'ice cream']],
    ['sea creatures in a coral reef', ['fish', 'octopus', 'crab']],
    ['toys on the floor of a bedroom', ['teddy bear', 'ball', 'kite']],
    ['Japanese food on a table', ['sushi', 'ramen', 'dumpling']],
    ['fast food', ['burger', 'fries', 'soda can']],
    ['healthy food flat lay', ['salad', 'avocado', 'apple']],
  ])('"%s" draws %j, one of each', (prompt, expected) => {
    const plan = planScene(prompt);
    expect(plan.subjects.map((s) => s.label).slice(0, expected.length)).toEqual(expected);
    // Fries come as a portion; everything else one of each.
    expect(plan.subjects.slice(0, expected.length).every((s) => s.count === 1 || s.label === 'fries')).toBe(true);
  });

  it('names the members in text, not one loose guess (an egg for food, oxen for farm animals)', () => {
    expect(describeIt('food')).toMatch(/^burger \(main\), with a pizza and a salad/);
    expect(describeIt('farm animals')).toMatch(/^cow \(main\), with a pig and a chicken, on a farm/);
    expect(describeIt('food')).not.toContain('egg');
    expect(describeIt('musical instruments')).not.toContain('postal horn');
  });

  it('keeps what follows the kind word: the setting and what the members stand on', () => {
    expect(planScene('insects in the garden').setting).toBe('garden');
    expect(planScene('fresh fruit on a wooden table').subjects.some((s) => /table/.test(s.standsOn?.label ?? ''))).toBe(true);
    expect(describeIt('fresh fruit on a wooden table')).toMatch(/^apple \(main\) on a wooden table, with a banana and a pear beside it/);
  });

  it.each([
    ['a food truck in a park', 'truck'],
    ['food photography of a burger', 'burger'],
    ['a fruit fly', 'fly'],
    ['surgical instruments on a tray', undefined],
  ])('leaves "%s" alone: the kind word modifies or is named', (prompt, mainLabel) => {
    expect(labels(prompt)).not.toContain('pizza');
    expect(labels(prompt)).not.toContain('guitar');
    if (mainLabel) expect(planScene(prompt).subjects.find((s) => s.role === 'main')?.label).toBe(mainLabel);
  });

  it('draws one of each of several dumplings and a bowl of ramen, never "dumplingses" or three ramens', () => {
    expect(describeIt('three dumplings')).toMatch(/^three dumplings \(main\)/);
    expect(planScene('a bowl of ramen').subjects[0]).toMatchObject({ label: 'ramen', count: 1 });
  });
});

describe('toys and rugs', () => {
  it('a toy brings no place of its own; a teddy bear is in a bedroom, a rug in a living room', () => {
    expect(planScene('a teddy bear, a toy car and a ball on a rug').setting).toBe('bedroom');
    expect(planScene('a red car').setting).toBe('city-street');
    expect(planScene('a cat on a rug').setting).toBe('living-room');
  });
});

describe('cozy and indoor pictures', () => {
  it('puts a cozy or indoor picture of a creature or a small thing in a living room, and a cozy cabin outside', () => {
    expect(planScene('cat, lamp, cozy, 8k, masterpiece, trending').setting).toBe('living-room');
    expect(planScene('a girl reading indoors').setting).toBe('living-room');
    expect(planScene('a cozy reading nook').setting).toBe('living-room');
    expect(planScene('a cozy cabin').setting).not.toBe('living-room');
    expect(planScene('a cozy autumn forest').setting).toBe('forest');
    expect(planScene('a girl reading indoors').unknown).not.toContain('indoors');
  });
});
