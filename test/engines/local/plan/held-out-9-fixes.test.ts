// Fixes made after the ninth held-out set was measured (docs/local-engine.md, "A ninth held-out
// set"): senses it drew wrong, and a prompt written as JSON.
import { describe, expect, it } from 'vitest';
import { planScene } from '../../../../src/engines/local/plan/plan-scene.js';
import { jsonPromptText } from '../../../../src/engines/local/plan/json-prompt.js';
import { composePicture } from '../../../../src/engines/local/compose/compose.js';

const keys = (prompt: string) => planScene(prompt).subjects.map((s) => s.thing.key);

describe('senses the ninth set drew wrong', () => {
  it('draws no watering can for a watering hole', () => {
    const plan = planScene('A herd of colossal African elephants bathing at sunset in the Serengeti watering hole.');
    expect(keys('A herd of elephants bathing in the watering hole')).not.toContain('watering-can');
    expect(plan.setting).toBe('savanna');
    expect(plan.interaction).toBeUndefined();
    expect(planScene('a girl watering flowers with a watering can').interaction?.kind).toBeDefined();
  });

  it('reads "invites viewers" and "creases that mirror the knowledge" as verbs, not an invitation and a mirror', () => {
    const plan = planScene('An oil painting of a wise elderly figure, their face adorned with creases that mirror the vast knowledge they possess, inviting viewers to ponder; the composition invites viewers to reflect');
    expect(plan.mode?.label).not.toBe('invitation');
    expect(keys('creases that mirror the vast knowledge they possess')).not.toContain('mirror');
    expect(keys('a cat looking in a mirror')).toContain('mirror');
    expect(planScene('a birthday party invite').mode?.label).toBe('invitation');
  });

  it('draws an office building from the street, with no boulder for "stone material"', () => {
    const plan = planScene('a biological office building on street, front view, post-modern style, stone material, early morning');
    expect(plan.setting).toBe('city-street');
    expect(keys('a biological office building on street, stone material')).toEqual(['office-building']);
    expect(planScene('workers in an office').setting).toBe('office');
    expect(keys('a stone on the beach')).toEqual(['rock']);
  });

  it('gives a logo named in quotes no artist palette for "vector art style"', () => {
    expect(keys('A minimalist logo for "Acme Corp" with clean sans-serif typography, blue and white color scheme, modern design, vector art style')).not.toContain('artist-palette');
  });
});

describe('a prompt written as JSON', () => {
  const json = '{ "image": { "face": { "preserve_original": true }, "subject": { "pose": "lying on a bed", "hair": "long red hair" }, "lighting": "window light", "style": "soft portrait" } }';

  it('is read as its string values, never lettered as a label', () => {
    expect(jsonPromptText(json)).toBe('lying on a bed, long red hair, window light, soft portrait');
    const plan = planScene(json);
    expect(plan.texts).toEqual([]);
    expect(plan.setting).toBe('bedroom');
  });

  it('leaves a prompt that only looks like JSON as it is', () => {
    expect(jsonPromptText('{a cat} in a hat')).toBe('{a cat} in a hat');
    expect(jsonPromptText('a cat')).toBe('a cat');
  });
});

describe('people behind a counter or a stall', () => {
  it.each(['vendor', 'shopkeeper', 'cashier', 'florist', 'butcher', 'waitress', 'bartender', 'shepherd'])('draws a %s as a person, not leaving them out', (word) => {
    const plan = planScene(`a ${word} smiling`);
    const main = plan.subjects.find((s) => s.role === 'main');
    expect(main?.label).toBe(word);
    expect(main?.thing.animate).toBe(true);
    expect(plan.unknown).not.toContain(word.split(' ').pop());
  });

  it('puts the vendor in an apron at the market stalls', () => {
    const plan = planScene('a fruit stand at a farmers market with a vendor in an apron, watercolor');
    expect(plan.setting).toBe('market');
    expect(plan.subjects.find((s) => s.role === 'main')?.label).toBe('vendor');
  });
});

describe('a racing car on track', () => {
  it('puts a Porsche GT3 RS "on track" on the racetrack, and leaves a train or a runner on theirs', () => {
    const race = (prompt: string) => composePicture({ plan: planScene(prompt), width: 800, height: 600, seed: 0 }).description;
    expect(race('a Porsche GT3 RS on track')).toMatch(/on a racetrack/);
    expect(race('a red Ferrari on the track at sunset')).toMatch(/on a racetrack/);
    expect(race('a train on the track')).not.toMatch(/racetrack/);
    expect(race('a runner on the track')).not.toMatch(/racetrack/);
  });
});
