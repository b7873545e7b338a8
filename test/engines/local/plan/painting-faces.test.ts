// One person painting another ("a face painter painting a butterfly design on a girl's cheek")
// draws both, turned to each other; a creature named as a pattern ("a butterfly design", "a tiger
// print") is no figure and brings no jungle, and is said not drawn; a play centre or a kindergarten
// is an indoor room, not a video game. (docs/local-engine.md, "Interactions")
import { describe, expect, it } from 'vitest';
import { composePicture } from '../../../../src/engines/local/compose/compose.js';
import { planScene } from '../../../../src/engines/local/plan/plan-scene.js';

const describeOf = (prompt: string) => composePicture({ plan: planScene(prompt), width: 928, height: 1152, seed: 0 }).description;

describe('painting someone', () => {
  it.each([
    ['a face painter painting a butterfly design on a smiling girl\'s cheek at a kindergarten', /^painter \(main\) and a girl facing each other/],
    ['an artist painting a tiger pattern on a boy\'s face at a fair', /^artist \(main\) and a boy facing each other/],
    ['a girl painting a flower pattern on her grandmother\'s hand in the garden', /^girl \(main\) and a grandmother facing each other/],
  ])('"%s" draws both people', (prompt, text) => {
    const description = describeOf(prompt);
    expect(description).toMatch(text);
    expect(description).not.toMatch(/butterfly \(|with a (butterfly|tiger)|jungle|video game/);
    expect(description).toMatch(/not drawn: .*(butterfly design|tiger pattern)|grandmother/);
  });

  it('draws a female or male role as its woman or man emoji', () => {
    const key = (prompt: string) => planScene(prompt).subjects[0]!.thing.key;
    expect(key('a professional female face painter painting a girl')).toBe('woman-artist');
    expect(key('a female doctor in a hospital')).toBe('woman-health-worker');
    expect(key('a male nurse')).toBe('man-health-worker');
    expect(key('a painter at his easel')).toBe('artist');
  });

    it('sets a play centre, a playroom or a daycare indoors', () => {
    for (const prompt of ['children in a bright indoor play center', 'toys in a playroom', 'a daycare with toddlers']) {
      expect(planScene(prompt).setting, prompt).toBe('classroom');
    }
    // A butterfly on its own is still the creature.
    expect(planScene('a butterfly in a garden').subjects[0].thing.animate).toBe(true);
  });
});
