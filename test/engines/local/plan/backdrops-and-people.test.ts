// General causes of real-prompt failures: a coloured floor or wall is the backdrop, black and
// white is grey (not sepia), age picks the old person's picture, landmarks and city views,
// snow globes are not snowy places, and a project tool shows its task board (docs/local-engine.md).
import { describe, expect, it } from 'vitest';
import { composePicture } from '../../../../src/engines/local/compose/compose.js';
import { planScene } from '../../../../src/engines/local/plan/plan-scene.js';

const describeOf = (prompt: string, w = 512, h = 512) => composePicture({ plan: planScene(prompt), width: w, height: h, seed: 0 }).description;

describe('backdrops named by colour', () => {
  it.each([
    ['a puppy playing with a ball, pink floor', '#f27ab8'],
    ['a vase of tulips against a white wall', '#f5f5f2'],
    ['a sneaker on a blue background', '#2f6fde'],
  ])('"%s" stands on studio paper of that colour', (prompt, hex) => {
    expect(planScene(prompt)).toMatchObject({ setting: 'studio', backdrop: hex });
  });
});

describe('black and white, and age', () => {
  it('black and white is a grey grade, not the sepia style', () => {
    const plan = planScene('a black and white photo of a dog on a beach');
    expect(plan.style).toBe('illustrated');
    expect(plan.lighting).toContain('mono');
    expect(planScene('a cat, monochrome').lighting).toContain('mono');
    expect(planScene('an old photograph of a ship, sepia').style).toBe('vintage');
  });

  it('an elderly or old person is the old person, whatever the hair', () => {
    expect(planScene('an elderly bald man reading').subjects[0]?.thing.icon).toBe('old-man');
    expect(planScene('an old woman knitting by the fire').subjects[0]?.thing.icon).toBe('old-woman');
    expect(planScene('an old house on a hill').subjects[0]?.thing.icon).toBe('house');
  });

  it('a photo of a person with no place named is a portrait; with a place it is the place', () => {
    expect(planScene('a photo of an elderly man staring to the side').mode?.kind).toBe('portrait');
    expect(planScene('a photo of a man in a park').mode).toBeUndefined();
    // Doing something, or with someone, it is a scene; and no second sitter is added.
    const walking = planScene('a photo of a woman walking her dog');
    expect(walking.mode).toBeUndefined();
    expect(walking.subjects.filter((s) => /woman/.test(s.thing.key))).toHaveLength(1);
    expect(planScene('a picture of a boy playing football').mode).toBeUndefined();
  });
});

describe('places and landmarks', () => {
  it('an unknown landmark tower is a tower, and a view of the city is the skyline', () => {
    const plan = planScene('a painting of Bell Tower on a hill with a view of the city below');
    expect(plan.subjects[0]?.thing.icon).toBe('tokyo-tower');
    expect(plan.setting).toBe('skyline');
    expect(describeOf('a painting of Bell Tower on a hill with a view of the city below')).toContain('tower (main)');
  });

  it('a snow globe does not make the place snowy: its city is a city', () => {
    expect(planScene('a snow globe with a cyberpunk city').setting).toBe('city-street');
  });

  it('a red panda is a red animal, not a panda', () => {
    const main = planScene('a red panda in a forest').subjects[0];
    expect(main?.thing.icon).not.toBe('panda');
    expect(main?.color?.hex).toBeDefined();
  });
});

describe('screens', () => {
  it('a project management product shows a task board, not a shop', () => {
    expect(describeOf('a landing page for a project management SaaS product', 1024, 576)).toContain('task board');
    expect(describeOf('an online store website with products', 1024, 576)).toContain('shop page');
  });
});

describe('snow globes', () => {
  it('a snow globe holds its scene: the castle is the subject, drawn inside the glass', () => {
    const plan = planScene('a fantasy snow globe with a tiny castle');
    expect(plan.globe).toBe(true);
    expect(plan.subjects[0]?.thing.icon).toBe('castle');
    expect(plan.subjects.some((s) => s.thing.key === 'crystal-ball')).toBe(false);
    const picture = composePicture({ plan, width: 640, height: 480, seed: 0 });
    expect(picture.description).toMatch(/^a snow globe on a wooden base, holding: castle \(main\)/);
    expect(picture.svg).toContain('<clipPath');
  });

  it('a globe with a named place keeps it: a café in the globe is a café', () => {
    expect(planScene('a snow globe with a tiny glowing café').setting).toBe('cafe');
    expect(planScene('a crystal ball on a table').globe).toBeUndefined();
  });
});
