// Fixes from the sixth held-out set once measured: a product shown only by its reference, a poster
// "at night" that is no event, dog breeds, trades, real people drawn as a generic person.
import { describe, expect, it } from 'vitest';
import { planScene } from '../../../../src/engines/local/plan/plan-scene.js';

const main = (prompt: string) => planScene(prompt).subjects.find((s) => s.role === 'main');

describe('held-out-6 fixes', () => {
  it('"the product" alone on a surface or studio paper is a product shot of a plain box', () => {
    for (const prompt of ['Photograph the product centered on a pure white seamless background.', 'Product on a matte black surface with a single hard spotlight.']) {
      const plan = planScene(prompt);
      expect(plan.mode?.kind).toBe('product');
      expect(main(prompt)?.label).toBe('plain product box');
    }
    expect(planScene('a product manager at her desk').mode?.kind).not.toBe('product');
  });

  it('a poster of a scene "at night" is the picture, an event night is a flyer', () => {
    expect(planScene('a minimalist poster of a mountain cabin at night').mode?.kind).not.toBe('format');
    expect(planScene('a poster for a jazz night').mode?.kind).toBe('format');
  });

  it.each([['a shih tzu running'], ['a pomeranian on a sofa'], ['a border collie in a field'], ['a samoyed in the snow']])('"%s" is a dog', (prompt) => {
    expect(main(prompt)?.thing.key).toBe('dog');
  });

  it('a lighthouse keeper is a man, not the lighthouse; an alchemist is a robed mage', () => {
    expect(main('a weathered lighthouse keeper studying old charts at a wooden desk')?.label).toBe('lighthouse keeper');
    expect(planScene('a weathered lighthouse keeper studying old charts at a wooden desk').subjects.map((s) => s.thing.key)).not.toContain('lighthouse');
    expect(main('a wandering desert alchemist in tattered robes')?.thing.icon).toBe('person-mage');
  });

  it('a real person named as the subject is drawn as a generic woman, man or person', () => {
    expect(main('A glamour photography portrait of Marilyn Monroe, with red lipstick')?.label).toBe('woman');
    expect(planScene('A glamour photography portrait of Marilyn Monroe, with red lipstick').mode?.kind).toBe('portrait');
    expect(main('a photo of Albert Einstein')?.label).toBe('man');
    expect(main('Barack Obama giving a speech')?.thing.animate).toBe(true);
  });

  it('an artist named for a style is no one in the picture', () => {
    for (const prompt of ['A Bob Ross oil painting landscape of a vast canyon', 'concept art in the style of Jordan Grimmer, a desert',
      'a castle, artgerm, Greg Rutkowski', 'weathered fisherman, Dorothea Lange documentary photography style']) {
      const people = planScene(prompt).subjects.filter((s) => ['man', 'woman', 'person'].includes(s.label));
      expect(people, prompt).toEqual([]);
    }
  });

  it('giving a speech is at a microphone, never an anger bubble', () => {
    const keys = planScene('Barack Obama giving a speech').subjects.map((s) => s.thing.key);
    expect(keys).toContain('microphone');
    expect(keys).not.toContain('right-anger-bubble');
  });

  it('a fisherman on a fishing boat is in the boat, not standing on the water beside it', () => {
    const fisherman = main('weathered fisherman on a fishing boat, stormy North Sea');
    expect(fisherman?.thing.key).toBe('man-rowing-boat');
    expect(planScene('weathered fisherman on a fishing boat, stormy North Sea').setting).toBe('ocean');
  });

  it('a window named in a room that has windows is one of them, not a window emoji stood in it', () => {
    const keys = (p: string) => planScene(p).subjects.map((s) => s.thing.key);
    expect(keys('a potter at a pottery wheel in her workshop, light through the window')).not.toContain('window');
    expect(keys('a lighthouse keeper at a wooden desk in his study, raking window light')).not.toContain('window');
    expect(keys('a window in a kitchen')).toContain('window');
  });
});
