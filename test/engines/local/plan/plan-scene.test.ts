import { describe, expect, it } from 'vitest';
import { planScene } from '../../../../src/engines/local/plan/plan-scene.js';

const main = (prompt: string) => planScene(prompt).subjects.find((s) => s.role === 'main');

describe('planScene: subjects', () => {
  it('reads the raccoon prompt: dressed, holding a pipe, in a study, warm light', () => {
    const plan = planScene('A suited raccoon smoking a pipe in a vintage study room, warm lighting');
    const raccoon = plan.subjects[0];
    expect(raccoon).toMatchObject({ label: 'raccoon', role: 'main', count: 1 });
    expect(raccoon.thing.icon).toBe('raccoon');
    expect(raccoon.wearing.map((w) => w.key)).toEqual(['suit']);
    expect(raccoon.holding.map((h) => h.proc)).toEqual(['pipe']);
    expect(plan.setting).toBe('study');
    expect(plan.lighting).toEqual(['warm']);
    expect(plan.style).toBe('illustrated');
    expect(plan.vintageDecor).toBe(true);
  });

  it('counts, colours and sizes: "three tiny red cars"', () => {
    const cars = main('three tiny red cars on a city street');
    expect(cars).toMatchObject({ label: 'car', count: 3, size: 'tiny', color: { name: 'red' } });
    expect(cars?.thing.icon).toBe('automobile');
  });

  it.each([
    ['two dogs and a cat', 'dog', 2],
    ['a dozen balloons in a park', 'balloon', 12],
    ['a pair of owls in a forest', 'owl', 2],
    ['cats on a sofa', 'cat', 3],
    ['7 penguins in the snow', 'penguin', 7],
  ])('"%s" → %s × %i', (prompt, label, count) => {
    expect(main(prompt)).toMatchObject({ label, count });
  });

  it('maps words without an exact emoji through synonyms and emojilib, exact labels first', () => {
    expect(main('a cup of coffee')?.thing.icon).toBe('hot-beverage');
    expect(main('a kitten')?.thing.icon).toBe('cat');
    expect(main('a squirrel')?.thing.icon).toBe('chipmunk');
    expect(main('a guitar')?.thing.icon).toBe('guitar');
    expect(planScene('an armchair').subjects[0].thing.proc).toBe('armchair');
  });

  it('picks a creature over a small object as the main subject', () => {
    const plan = planScene('a pipe and a fox');
    expect(main('a pipe and a fox')?.label).toBe('fox');
    expect(plan.subjects).toHaveLength(2);
  });

  it('dresses a creature named by a role ("a wizard owl")', () => {
    const owl = main('a wizard owl reading a book');
    expect(owl?.label).toBe('owl');
    expect(owl?.wearing.map((w) => w.key)).toContain('cone:wizard');
    expect(owl?.holding.map((h) => h.icon)).toEqual(['closed-book']);
  });

  it('keeps accessories: hats, glasses, scarves', () => {
    const cat = main('a cat wearing a top hat and glasses');
    expect(cat?.wearing.map((w) => w.slot).sort()).toEqual(['eyes', 'head']);
    expect(main('a penguin in a red scarf')?.wearing[0]).toMatchObject({ key: 'scarf', color: '#e0312b' });
  });

  it('a nonsense prompt plans an empty meadow and lists the unknown nouns', () => {
    const plan = planScene('xyzzy plonk frobnicate');
    expect(plan.subjects).toEqual([]);
    expect(plan.setting).toBe('park');
  });
});

describe('planScene: settings', () => {
  it.each([
    ['a cat in a study', 'study'],
    ['a dog in the living room', 'living-room'],
    ['a bear in a bedroom', 'bedroom'],
    ['a chef in the kitchen', 'kitchen'],
    ['a robot in an office', 'office'],
    ['an owl in a library', 'library'],
    ['a fox in a cafe', 'cafe'],
    ['a teacher in a classroom', 'classroom'],
    ['a vase on a studio backdrop', 'studio'],
    ['a singer on stage', 'stage'],
    ['a deer in the forest', 'forest'],
    ['a parrot in the jungle', 'jungle'],
    ['a crab on the beach', 'beach'],
    ['a boat on the ocean', 'ocean'],
    ['a turtle under the sea', 'underwater'],
    ['a goat in the mountains', 'mountains'],
    ['a camel in the desert', 'desert'],
    ['a wolf in the snow', 'snow'],
    ['a taxi on a city street', 'city-street'],
    ['a city skyline', 'skyline'],
    ['a dog in a meadow', 'park'],
    ['tulips in a garden', 'garden'],
    ['a cow on a farm', 'farm'],
    ['a tent under the night sky', 'night-sky'],
    ['an astronaut in outer space', 'space'],
    ['an eagle above the clouds', 'sky'],
  ])('"%s" → %s', (prompt, setting) => {
    const plan = planScene(prompt);
    expect(plan.setting).toBe(setting);
    expect(plan.settingExplicit).toBe(true);
  });

  it('infers a setting from the subject when none is named', () => {
    expect(planScene('a shark').setting).toBe('underwater');
    expect(planScene('an astronaut').setting).toBe('space');
    expect(planScene('a camel').setting).toBe('desert');
    expect(planScene('a shark').settingExplicit).toBe(false);
  });

  it('snow dresses another setting rather than replacing it', () => {
    const plan = planScene('a cabin in snowy mountains');
    expect(plan).toMatchObject({ setting: 'mountains', snowy: true });
  });

  it('"on the moon" is outer space with lunar ground', () => {
    expect(planScene('an astronaut riding a horse on the moon')).toMatchObject({ setting: 'space', lunar: true });
  });
});

describe('planScene: time, lighting and style', () => {
  it.each([
    ['a lake at sunset', 'sunset'],
    ['a lake at night', 'night'],
    ['a lake at golden hour', 'golden-hour'],
    ['a lake at dawn', 'dawn'],
    ['a lake', 'day'],
  ])('"%s" → %s', (prompt, time) => {
    expect(planScene(prompt).time).toBe(time);
  });

  it('reads lighting words', () => {
    expect(planScene('a fox, warm lighting').lighting).toEqual(['warm']);
    expect(planScene('a fox, cool blue light').lighting).toContain('cool');
    expect(planScene('a fox with neon lights').lighting).toContain('neon');
    expect(planScene('a fox, dramatic lighting').lighting).toEqual(['dramatic']);
    expect(planScene('a fox in a foggy forest').lighting).toEqual(['foggy']);
  });

  it.each([
    ['a fox', 'illustrated'],
    ['a fox, watercolor', 'watercolor'],
    ['a fox in pixel art', 'pixel'],
    ['a cyberpunk fox', 'neon'],
    ['a pencil sketch of a fox', 'sketch'],
    ['an oil painting of a fox', 'oil'],
    ['a vintage photo of a fox', 'vintage'],
    ['a fox, flat poster style', 'poster'],
  ])('"%s" → %s', (prompt, style) => {
    expect(planScene(prompt).style).toBe(style);
  });

  it.each([
    ['a neon painting of a cat', 'cat'],
    ['a neon sign of a flamingo', 'flamingo'],
    ['a neon tiger in the jungle', 'tiger'],
    ['neon art of a guitar', 'guitar'],
  ])('"%s" is drawn in the neon style, with its subject', (prompt, icon) => {
    const plan = planScene(prompt);
    expect(plan.style).toBe('neon');
    expect(plan.subjects[0]?.thing.icon).toBe(icon);
  });

  it.each([
    ['a ukiyo-e print of a great wave', 'ukiyoe'],
    ['a graffiti mural of a tiger', 'comic'],
    ['an ink wash painting of mountains', 'inkwash'],
    ['a crayon drawing of a house', 'sketch'],
    ['studio ghibli style forest', 'anime'],
  ])('"%s" → %s', (prompt, style) => {
    expect(planScene(prompt).style).toBe(style);
  });

  it('"a crayon drawing of a house" draws the house, "studio ghibli" is no studio backdrop', () => {
    expect(planScene('a crayon drawing of a house').subjects[0]?.thing.icon).toBe('house');
    expect(planScene('studio ghibli style forest').setting).toBe('forest');
  });

  it('neon lights stay light, and "neon green" is a colour', () => {
    expect(planScene('a fox with neon lights')).toMatchObject({ style: 'illustrated', lighting: ['neon'] });
    expect(planScene('a city street at night with neon signs').style).toBe('illustrated');
    const green = planScene('a neon green frog');
    expect(green.style).toBe('illustrated');
    expect(green.subjects[0]?.color?.name).toBe('green');
  });

  it('"vintage" before a room furnishes it rather than changing the style', () => {
    expect(planScene('a vintage study')).toMatchObject({ style: 'illustrated', vintageDecor: true });
  });
});

describe('planScene: quoted text', () => {
  it.each([
    ['a neon sign that says "OPEN"', 'OPEN', 'neon'],
    ['a poster reading "SALE"', 'SALE', 'poster'],
    ["a banner with 'HAPPY BIRTHDAY' on it", 'HAPPY BIRTHDAY', 'banner'],
    ['a cat holding a sign that says "HELLO"', 'HELLO', 'placard'],
    ['a robot saying "hi there"', 'hi there', 'speech'],
    ['a chalkboard that reads “2 + 2 = 4”', '2 + 2 = 4', 'chalkboard'],
    ['a shop sign saying "BAKERY"', 'BAKERY', 'sign'],
  ])('%s → %s on a %s', (prompt, text, carrier) => {
    expect(planScene(prompt).texts).toEqual([{ text, carrier }]);
  });

  it('does not read apostrophes as quotes, and the quoted words are not subjects', () => {
    const plan = planScene("the dog's bowl and a sign that says \"cat\"");
    expect(plan.texts).toEqual([{ text: 'cat', carrier: 'sign' }]);
    expect(plan.subjects.map((s) => s.label)).not.toContain('cat');
  });
});

describe('planScene: settings added for everyday prompts', () => {
  it.each([
    ['a giraffe in the savanna', 'savanna'],
    ['a sailboat on a calm lake', 'lake'],
    ['a frog in a pond', 'lake'],
    ['a spaceship landing on mars', 'mars'],
    ['a snowy village at night', 'village'],
    ['a pixel art dungeon with a treasure chest', 'dungeon'],
    ['a bear in a cave', 'dungeon'],
  ])('"%s" → %s', (prompt, setting) => {
    expect(planScene(prompt).setting).toBe(setting);
  });

  it('infers the savanna from its animals and a lake from a duck', () => {
    expect(planScene('a zebra and a lion').setting).toBe('savanna');
    expect(planScene('a duck').setting).toBe('lake');
  });

  it('keeps the water and puts named mountains behind it', () => {
    const plan = planScene('a sailboat on a calm lake with mountains in the background');
    expect(plan).toMatchObject({ setting: 'lake', scenery: ['mountains'] });
    expect(main('a cabin in the mountains by a lake')?.label).toBe('cabin');
    expect(planScene('a cabin in the mountains by a lake').setting).toBe('lake');
  });

  it('draws a road across a landscape, but a road alone is a street (a highway alone runs through open country)', () => {
    expect(planScene('a vintage car on a desert highway')).toMatchObject({ setting: 'desert', road: true });
    expect(planScene('cars on a road')).toMatchObject({ setting: 'city-street', road: false });
    expect(planScene('cars on a highway')).toMatchObject({ setting: 'park', road: true });
  });

  it('reads the studio paper colour from "<colour> background"', () => {
    expect(planScene('product photo of a red sneaker on a white background')).toMatchObject({ setting: 'studio', backdrop: '#f5f5f2' });
    expect(planScene('a perfume bottle on a black background').backdrop).toBe('#26282c');
    expect(main('a red sneaker on a white background')?.thing.icon).toBe('running-shoe');
  });

  it('christmas turns trees into christmas trees and lays snow outdoors', () => {
    const plan = planScene('a village at christmas with a big tree');
    expect(plan).toMatchObject({ setting: 'village', snowy: true, festive: 'christmas' });
    expect(plan.subjects.map((s) => s.thing.key)).toEqual(['christmas-tree']);
    expect(planScene('a living room at christmas').subjects.map((s) => s.thing.key)).toContain('christmas-tree');
  });

  it('makes a moonlit scene night', () => {
    expect(planScene('an owl on a branch under a full moon').time).toBe('night');
    expect(planScene('an owl under a full moon at dawn').time).toBe('dawn');
  });
});

describe('planScene: words that used to become the wrong picture', () => {
  it('reads no thing into prepositions and adverbs ("out" is not a tongue)', () => {
    expect(planScene('a whale jumping out of the ocean at sunset').subjects.map((s) => s.thing.key)).toEqual(['whale']);
  });

  it('reads a verb before its object as a verb ("building" is no office block)', () => {
    const keys = planScene('children building a sandcastle on the beach').subjects.map((s) => s.thing.key);
    expect(keys).not.toContain('office-building');
    expect(planScene('children building a sandcastle').subjects.map((s) => s.label)).toEqual(['child', 'sandcastle']);
  });

  it('prefers a noun the tables know over a loose keyword guess ("castle gate" is a castle)', () => {
    expect(planScene('a knight standing guard at a castle gate').subjects.map((s) => s.thing.key)).toEqual(['man', 'castle']);
  });

  it('maps everyday words to their pictures', () => {
    expect(main('a hummingbird')?.thing.icon).toBe('bird');
    expect(main('a treasure chest')?.thing.proc).toBe('chest');
    expect(main('a tall waterfall')?.thing.proc).toBe('waterfall');
    expect(main('a submarine')?.thing.proc).toBe('submarine');
    expect(main('a cherry blossom tree')?.thing).toMatchObject({ icon: 'deciduous-tree', tint: '#f4a6c6' });
    expect(main('a sandcastle')?.thing).toMatchObject({ icon: 'castle', size: 0.4 });
  });

  it('dresses a creature named before its role ("a robot barista")', () => {
    const robot = main('a robot barista making coffee');
    expect(robot?.thing.icon).toBe('robot');
    expect(robot?.wearing.map((w) => w.key)).toEqual(['apron']);
    expect(robot?.holding.map((h) => h.icon)).toEqual(['hot-beverage']);
  });

  it('does not put a tree in a koala\'s hands', () => {
    const plan = planScene('a koala hugging a tree');
    expect(plan.subjects[0].holding).toEqual([]);
    expect(plan.subjects.map((s) => s.thing.key)).toEqual(['koala', 'deciduous-tree']);
  });

  it('fairy lights hang on the wall; the room is the picture', () => {
    const plan = planScene('a cozy bedroom with fairy lights at night');
    expect(plan.subjects).toMatchObject([{ role: 'prop', thing: { proc: 'string-lights' } }]);
  });

  it('puts a subject on what it stands on', () => {
    expect(main('a frog sitting on a lily pad in a pond')?.standsOn?.proc).toBe('lily-pad');
    expect(main('a steam train crossing a bridge over a river')?.standsOn?.proc).toBe('bridge');
  });

  it('draws a person doing what an emoji shows', () => {
    expect(main('a woman riding a bicycle')).toMatchObject({ thing: { icon: 'woman-biking' }, activity: 'riding a bicycle' });
    expect(main('a fisherman in a boat on a river')?.thing.icon).toBe('man-rowing-boat');
    expect(main('a girl dancing on a stage')?.thing.icon).toBe('woman-dancing');
    expect(main('a girl in a red dress dancing')?.thing.icon).toBe('girl');
  });

  it('merges candles into the birthday cake', () => {
    const plan = planScene('a cake with candles');
    expect(plan.subjects.map((s) => s.thing.key)).toEqual(['birthday-cake']);
  });

  it('"neon signs" with no words is neon light, not a zodiac sign', () => {
    const plan = planScene('a city street at night with neon signs');
    expect(plan.lighting).toContain('neon');
    expect(plan.subjects).toEqual([]);
  });
});

describe('planScene: where quoted words go', () => {
  it.each([
    ['a birthday cake with candles that says "30"', 'label'],
    ['a mug with the text "BEST DAD"', 'label'],
    ['a cat with the text "MEOW"', 'title'],
    ['a movie poster that says "THE LAST BANANA"', 'poster'],
    ['a logo for a coffee shop called "BEAN THERE"', 'logo'],
  ])('%s → %s', (prompt, carrier) => {
    expect(planScene(prompt).texts[0].carrier).toBe(carrier);
  });

  it('a poster on its own is the whole picture: no "movie" subject, a plain backdrop', () => {
    expect(planScene('a movie poster that says "THE LAST BANANA"')).toMatchObject({ subjects: [], setting: 'studio' });
  });

  it('a logo for a place shows the place\'s emblem on plain paper', () => {
    const plan = planScene('a logo for a coffee shop called "BEAN THERE", flat design');
    expect(plan).toMatchObject({ setting: 'studio', style: 'poster' });
    expect(plan.subjects.map((s) => s.thing.icon)).toEqual(['hot-beverage']);
  });
});
