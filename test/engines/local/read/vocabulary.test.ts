// Everyday nouns draw the emoji that shows them (not emojilib's loose guess, not nothing), and
// words with a wrong-sense picture are not drawn as that homonym (docs/local-engine.md).
import { describe, expect, it } from 'vitest';
import { composePicture } from '../../../../src/engines/local/compose/compose.js';
import { planScene } from '../../../../src/engines/local/plan/plan-scene.js';

const icons = (prompt: string) => planScene(prompt).subjects.map((s) => s.thing.icon ?? s.thing.key);
const describeOf = (prompt: string) => composePicture({ plan: planScene(prompt), width: 512, height: 512, seed: 0 }).description;

describe('everyday nouns', () => {
  it.each([
    ['a tablet on a desk', 'mobile-phone'],
    ['a computer monitor', 'desktop-computer'],
    ['a white van', 'minibus'],
    ['a red fire truck', 'fire-engine'],
    ['a walrus on the ice', 'seal'],
    ['a ripe peach', 'peach'],
    ['a plate of dumplings', 'dumpling'],
    ['a bowl of curry', 'curry-rice'],
    ['a blue shirt', 't-shirt'],
    ['a helmet', 'military-helmet'],
    ['a potted plant', 'potted-plant'],
    ['a tall building', 'office-building'],
    ['a padlock', 'locked'],
    ['a gold medal', 'sports-medal'],
    ['a dancer on a stage', 'woman-dancing'],
    ['an old museum', 'classical-building'],
    ['a coral reef', 'coral'],
  ])('"%s" draws %s', (prompt, icon) => {
    expect(icons(prompt)[0]).toBe(icon);
  });

  it('a trade brings its tool: a photographer holds a camera', () => {
    const main = planScene('a photographer in a park').subjects[0];
    expect(main?.holding.map((h) => h.icon)).toEqual(['camera']);
  });

  it('a colour word that is also a thing is the colour before a noun', () => {
    expect(planScene('a peach dress').subjects[0]?.color?.name).toBe('peach');
    expect(planScene('a coral sofa').subjects[0]?.color?.name).toBe('coral');
  });
});

describe('word senses of everyday nouns', () => {
  it.each([
    ['a bottle of vitamin tablets', 'pill'],
    ['a clay pot with a succulent', 'potted-plant'],
    ['a pot of soup on the stove', 'pot-of-food'],
    ['an oil painting of a cat in a golden frame', 'framed-picture'],
  ])('"%s" has %s', (prompt, icon) => {
    expect(icons(prompt)).toContain(icon);
  });

  it.each([
    ['a leaf in the bottom-right of the frame', 'framed-picture'],
    ['a bottle on a marble counter with steam', 'person-in-steamy-room'],
    ['a robot, gray scale, white background', 'level-slider'],
    ['a watercolor landscape, flowing brush strokes', 'paintbrush'],
    ['a cat playing with yarn, pink floor', 'rolling-on-the-floor-laughing'],
    ['a hedgehog holding watermelon with its tiny paws', 'paw-prints'],
  ])('"%s" does not draw %s', (prompt, wrong) => {
    expect(icons(prompt)).not.toContain(wrong);
  });

  it('a verb stays a verb: children building a sandcastle draw no office building', () => {
    expect(icons('children building a sandcastle on the beach')).not.toContain('office-building');
  });
});

describe('products and attire', () => {
  it('a VR headset is the drawn headset, not ski goggles', () => {
    expect(icons('a futuristic VR headset on a desk')[0]).toBe('proc:vr-headset');
    expect(icons('a gamer with a virtual reality headset')).not.toContain('goggles');
  });

  it('a brochure is a drawn tri-fold brochure, shown as a product', () => {
    const plan = planScene('a brochure for a premium skincare line');
    expect(plan.subjects[0]?.thing.key).toBe('proc:brochure');
    expect(plan.mode?.kind).toBe('product');
  });

  it('clothes named for a figure are worn, not floating beside it', () => {
    const plan = planScene('a woman wearing jeans in the city');
    expect(plan.subjects.map((s) => s.thing.icon)).toEqual(['woman']);
    expect(plan.subjects[0]?.wearing.map((w) => w.label)).toEqual(['jeans']);
    expect(planScene('a man in a red t-shirt and sneakers').subjects).toHaveLength(1);
  });
});

describe('emojilib guesses and what is not drawn', () => {
  it.each([
    ['a group of friends in a park', 'houses'],
    ['a silhouette of a rocket', 'map-of-japan'],
    ['a cat sitting by the wall', 'brick'],
    ['a lightbulb or spark of inspiration', 'collision'],
    ['a victorian house with gingerbread trim', 'ginger-root'],
    ['an ink sketch of a hedgehog', 'printer'],
    ['a man in various locations', 'world-map'],
  ])('"%s" does not draw emojilib\'s loose %s', (prompt, wrong) => {
    expect(icons(prompt)).not.toContain(wrong);
  });

  it('a side-view animal has no hands: what it holds stands beside it', () => {
    const text = describeOf('a hedgehog holding a slice of watermelon');
    expect(text).toContain('watermelon');
  });

  it('a thing that finds no room is listed as not drawn, never silently dropped', () => {
    const text = describeOf('a squirrel holding an acorn');
    expect(/chestnut/.test(text)).toBe(true);
  });
});

describe('more everyday nouns', () => {
  it.each([
    ['a cello on a stage', 'violin'],
    ['a caterpillar on a leaf', 'bug'],
    ['a bride in a garden', 'woman-with-veil'],
    ['a slice of cheesecake', 'shortcake'],
    ['a can of cola', 'proc:soda-can'],
    ['a pile of logs', 'wood'],
    ['a smooth stone', 'rock'],
  ])('"%s" draws %s', (prompt, icon) => {
    expect(icons(prompt)[0]).toBe(icon);
  });

  it('a drone shot is a camera, not a thing; a stone bridge is stone-coloured', () => {
    expect(icons('an aerial drone shot of a beach')).toEqual([]);
    expect(planScene('a stone bridge over a river').subjects[0]?.color?.name).toBe('stone');
  });
});

describe('everyday prompts', () => {
  it('earbuds are the drawn earbuds in their case, never headphones; a business woman is the office worker in an office', () => {
    expect(planScene('product photo of wireless earbuds').subjects[0]?.thing.key).toBe('proc:earbuds');
    const plan = planScene('a business woman giving a presentation in a conference room');
    expect(plan.subjects[0]?.thing.icon).toBe('woman-office-worker');
    expect(plan.setting).toBe('office');
  });

  it('clothes with no wearer are things in the picture', () => {
    expect(icons('a banner for a summer sale with sunglasses and a beach ball')).toContain('sunglasses');
  });

  it('a person doing yoga is the lotus-position emoji', () => {
    expect(icons('a woman doing yoga on a mountain')[0]).toBe('woman-in-lotus-position');
  });
});

describe('glasses, games and fields', () => {
  it('glasses beside wine are wine glasses, counted once in the text', () => {
    expect(icons('a bottle of red wine and two glasses on a table')).toContain('wine-glass');
    expect(describeOf('a bottle of red wine and two glasses on a table')).toContain('two wine glasses');
  });

  it('playing video games is a controller, not the pixel style; video game style is', () => {
    const plan = planScene('a teenager playing video games in his bedroom');
    expect(plan.style).toBe('illustrated');
    expect(planScene('a knight, video game style').style).toBe('pixel');
  });

  it('a wheat field is the farm', () => {
    expect(planScene('a farmer in a wheat field').setting).toBe('farm');
  });
});

describe('bottles and rings', () => {
  it('a bottle of something is the bottle that holds it', () => {
    expect(icons('a bottle of shampoo with water splashes')[0]).toBe('lotion-bottle');
    expect(icons('a bottle of red wine')[0]).toBe('bottle-with-popping-cork');
  });

  it('a ring with a diamond is the ring (its stone is its own); black velvet is the backdrop', () => {
    const plan = planScene('a gold ring with a diamond on black velvet');
    expect(plan.subjects.map((s) => s.thing.icon)).toEqual(['ring']);
    expect(plan.backdrop).toBe('#26282c');
  });
});

describe('attire and product mockups', () => {
  it('a pair of headphones is one; a pair of sneakers two', () => {
    expect(planScene('a pair of headphones on a desk').subjects[0]?.count).toBe(1);
    expect(planScene('a pair of sneakers').subjects[0]?.count).toBe(2);
  });

  it('a hoodie mockup is a product shot, not a screen; a model is a person', () => {
    expect(planScene('a hoodie mockup, front view, white background').mode?.kind).toBe('product');
    expect(planScene('a website mockup').mode?.kind).toBe('screen');
    expect(planScene('a model wearing a black jacket').subjects[0]?.thing.icon).toBe('person');
  });
});
