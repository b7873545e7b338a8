// "no people", "without cars or people": a negated phrase draws nothing it names and brings in no
// figures for a group word (docs/local-engine.md, "Words everyday prompts use").
import { describe, expect, it } from 'vitest';
import { planScene } from '../../../../src/engines/local/plan/plan-scene.js';
import { unnegated } from '../../../../src/engines/local/read/negation.js';
import { tokenize } from '../../../../src/engines/local/read/tokens.js';

const figures = (prompt: string) => planScene(prompt).subjects.filter((s) => s.thing.animate || s.thing.head);
const figureKeys = (prompt: string) => figures(prompt).map((s) => s.thing.key);
const figureCount = (prompt: string) => figures(prompt).reduce((n, s) => n + s.count, 0);

describe('negated phrases', () => {
  it.each([
    'Minimalist living room with oak herringbone floor, cream linen sofa, large window, no people, Scandinavian interior photography',
    'a quiet beach at dawn, no people',
    'an empty street without cars or people',
    'a cosy cafe interior without customers, warm light',
    'A peaceful forest path in early autumn, devoid of any people or animals, free of man-made structures',
    'A bustling urban street scene at night, street lamps and neon signs, while omitting human presence.',
    'a kitchen, excluding people',
    'a beach at sunset. Do not include people.',
  ])('"%s" draws no figure', (prompt) => {
    expect(figureKeys(prompt)).toEqual([]);
    expect(planScene(prompt).interaction).toBeUndefined();
  });

  it('a group word outside the negated phrase still brings its people', () => {
    expect(figureCount('a family picnic in a park, no dogs')).toBeGreaterThanOrEqual(2);
    expect(figureKeys('a family picnic in a park, no dogs')).not.toContain('dog');
    expect(figureCount('people walking on a beach, no umbrellas')).toBeGreaterThanOrEqual(2);
  });

  it('a negated phrase ends at its comma; "no" alone at the end negates nothing', () => {
    const words = (p: string) => unnegated(tokenize(p)).map((t) => t.normal);
    expect(words('a dog, no cats, a ball')).toEqual(['a', 'dog', 'a', 'ball']);
    expect(words('say no')).toEqual(['say', 'no']);
    // "free" and "empty" negate only before "of"; "not" only before a verb of showing.
    expect(planScene('a gluten free cake').subjects.map((x) => x.thing.key)).toHaveLength(1);
    expect(words('an empty street, free of cars, a dog')).toEqual(['an', 'empty', 'street', 'a', 'dog']);
    expect(words('not a photo, a cat')).toEqual(['not', 'a', 'photo', 'a', 'cat']);
  });
});
