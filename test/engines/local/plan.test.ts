import { describe, expect, it } from 'vitest';
import { planScene } from '../../../src/engines/local/plan.js';

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
