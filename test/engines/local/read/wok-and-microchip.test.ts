// A stir fry is drawn as food in its wok, and the wok it names is that one picture; a microchip is
// a square chip with pins, and "chip" means one only beside computing words.
import { describe, expect, it } from 'vitest';
import { composePicture } from '../../../../src/engines/local/compose/compose.js';
import { planScene } from '../../../../src/engines/local/plan/plan-scene.js';

const text = (prompt: string) => composePicture({ plan: planScene(prompt), width: 512, height: 512, seed: 0 }).description;
const keys = (prompt: string) => planScene(prompt).subjects.map((s) => s.thing.key);

describe('a stir fry in its wok', () => {
  it.each(['a stir fry in a wok', 'stir-fry in a wok', 'a wok of stir fry', 'a wok full of stir fried vegetables'])('"%s" is one dish in one wok', (prompt) => {
    expect(keys(prompt)).toEqual(['proc:stir-fry']);
    expect(text(prompt)).toMatch(/^stir fry in a wok \(main\)/);
    expect(text(prompt)).not.toMatch(/not drawn: [^)]*wok/);
  });

  it('puts the dish in the hands of the chef who cooks it, in place of the frying pan', () => {
    const plan = planScene('a chef cooking stir-fry in a wok');
    expect(plan.subjects[0]?.holding.map((t) => t.key)).toEqual(['proc:stir-fry']);
    expect(text('a chef cooking stir-fry in a wok')).toContain('holding a stir fry in a wok');
    expect(text('a chef cooking stir-fry in a wok')).not.toContain('frying pan');
  });

  it('draws an empty wok when only the wok is named, in a kitchen', () => {
    expect(keys('a wok')).toEqual(['proc:wok']);
    expect(planScene('a wok').setting).toBe('kitchen');
    expect(composePicture({ plan: planScene('a wok'), width: 512, height: 512, seed: 0 }).svg)
      .not.toBe(composePicture({ plan: planScene('a stir fry'), width: 512, height: 512, seed: 0 }).svg);
  });
});

describe('a microchip', () => {
  it.each([
    'a cpu', 'a gpu on a desk', 'a processor', 'a microchip', 'a computer chip', 'a semiconductor wafer chip',
    'an AI chip glowing', 'silicon chips', 'a chip on a circuit board', 'tech chips',
  ])('"%s" is a microchip', (prompt) => {
    expect(keys(prompt)[0]).toBe('proc:microchip');
  });

  it.each([
    ['potato chips', 'french-fries'], ['chips and salsa', 'french-fries'], ['fish and chips', 'french-fries'],
    ['a bag of chips, a snack', 'french-fries'],
  ])('"%s" is food, not a microchip', (prompt, key) => {
    expect(keys(prompt)).toContain(key);
    expect(keys(prompt)).not.toContain('proc:microchip');
  });

  it('serves fish and chips as a dish, not a fish under the sea', () => {
    expect(planScene('fish and chips on a plate').subjects[0]).toMatchObject({ label: 'fish and chips', role: 'main' });
    expect(planScene('fish and chips on a plate').setting).not.toBe('underwater');
  });

  it('keeps poker chips off the circuit board even beside tech words', () => {
    expect(keys('poker chips on a casino table')).not.toContain('proc:microchip');
    expect(keys('potato chips for a tech conference')).not.toContain('proc:microchip');
    expect(text('a product shot of a gpu')).toMatch(/^product shot: a GPU chip \(the product/);
  });

  it('counts a plural noun without pluralising it again', () => {
    expect(text('potato chips and salsa')).toMatch(/^french fries \(main\)/);
  });
});
