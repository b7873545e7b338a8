// Vehicles and the places they are in (docs/local-engine.md, "Vehicles and their roads"): brand and
// model names read as the kind of vehicle they are, road settings chosen and drawn, vehicles on
// their road or rails rather than in the sky, and `text` naming the kind and the road honestly.
import { describe, expect, it } from 'vitest';
import { composePicture } from '../../../../src/engines/local/compose/compose.js';
import { planScene } from '../../../../src/engines/local/plan/plan-scene.js';
import { groundY, stageFor } from '../../../../src/engines/local/paint/stage.js';

const BRAND_WORDS = ['ferrari', 'porsche', '911', 'lamborghini', 'tesla', 'model', 'bmw', 'mustang', 'beetle', 'vw', 'camper', 'harley',
  'davidson', 'vespa', 'range', 'rover', 'semi', 'jet', 'fighter', 'biplane', 'airliner', 'subway'];
const mainOf = (prompt: string) => planScene(prompt).subjects.find((s) => s.role === 'main');

describe('local engine: vehicle brands and models', () => {
  it.each([
    ['a red Ferrari driving along a coastal highway at sunset, cinematic', 'racing-car', 'sports car'],
    ['a silver Porsche 911 on a mountain pass', 'racing-car', 'sports car'],
    ['a yellow Lamborghini parked in a parking garage', 'racing-car', 'sports car'],
    ['a white Tesla Model 3 at a charging station', 'automobile', 'car'],
    ['a black BMW speeding down a city street at night', 'automobile', 'car'],
    ['a classic Mustang on Route 66', 'racing-car', 'sports car'],
    ['a vintage VW Beetle on a country road', 'automobile', 'car'],
    ['a VW camper van parked on a beach', 'minibus', 'camper van'],
    ['a Harley Davidson motorcycle on a desert highway', 'motorcycle', 'motorcycle'],
    ['a Vespa on a cobblestone street in Rome', 'motor-scooter', 'scooter'],
    ['a Range Rover in the mountains', 'sport-utility-vehicle', 'SUV'],
    ['a big semi truck on a snowy road', 'articulated-lorry', 'semi truck'],
    ['a jet fighter flying over the clouds', 'airplane', 'fighter jet'],
    ['a biplane flying over farm fields', 'small-airplane', 'biplane'],
    ['an airliner on the airport runway', 'airplane', 'airliner'],
    ['a subway train arriving at a station', 'light-rail', 'subway train'],
  ])('"%s": the main subject is the %s, named "%s"', (prompt, icon, label) => {
    const main = mainOf(prompt)!;
    expect(main.thing.icon).toBe(icon);
    expect(main.label).toBe(label);
    // The brand or model is never left over as a word with no picture.
    expect(planScene(prompt).unknown.filter((w) => BRAND_WORDS.includes(w))).toEqual([]);
  });

  it('gives a Ferrari its red only when the prompt names no colour', () => {
    expect(mainOf('a Ferrari on a coastal road')!.color?.name).toBe('red');
    expect(mainOf('a blue Ferrari on a coastal road')!.color?.name).toBe('blue');
    expect(mainOf('a Porsche on a coastal road')!.color).toBeUndefined();
  });

  it('reads a mustang, beetle or jaguar as the animal away from car words', () => {
    expect(mainOf('a wild mustang galloping across the prairie')!.thing.icon).toBe('horse');
    expect(mainOf('a beetle on a leaf')!.thing.icon).toBe('beetle');
    expect(mainOf('a Ford Mustang convertible')!.thing.icon).toBe('racing-car');
    expect(mainOf('a jaguar driving down the highway')!.thing.icon).toBe('automobile');
  });

  it('draws no vehicle for Harley Quinn, Nikola Tesla or a Subway sandwich', () => {
    const keys = (p: string) => planScene(p).subjects.map((s) => s.thing.icon);
    expect(keys('Harley Quinn cosplay at a comic con')).not.toContain('motorcycle');
    expect(keys('Nikola Tesla in his lab with a tesla coil')).not.toContain('automobile');
    expect(keys('a subway sandwich on a plate')).not.toContain('light-rail');
    expect(keys('a Harley parked outside a bar')).toContain('motorcycle');
  });

  it('never letters the brand: no quoted text, no logo', () => {
    const plan = planScene('a red Ferrari driving along a coastal highway at sunset, cinematic');
    expect(plan.texts).toEqual([]);
    expect(plan.mode).toBeUndefined();
  });
});

describe('local engine: the roads vehicles are on', () => {
  it.each([
    ['a red Ferrari driving along a coastal highway at sunset', 'coast', 'coastal'],
    ['a silver Porsche 911 on a mountain pass with switchbacks', 'mountains', 'winding'],
    ['a car on a winding road through the forest', 'forest', 'winding'],
    ['a Formula 1 race car on a racetrack', 'park', 'race'],
    ['an airliner on the airport runway', 'park', 'runway'],
    ['a bullet train passing Mount Fuji', 'mountains', 'rails'],
    ['a classic Mustang on Route 66 in the desert', 'desert', undefined],
    ['a Harley Davidson motorcycle on a desert highway', 'desert', undefined],
    ['a vintage Beetle on a country road through fields', 'park', undefined],
    ['a cyclist riding a road bike on a country road', 'park', undefined],
  ])('"%s" is set %s with a %s road', (prompt, setting, kind) => {
    const plan = planScene(prompt);
    expect(plan.setting).toBe(setting);
    expect(plan.road).toBe(true);
    expect(plan.roadKind).toBe(kind);
  });

  it('lays a road under a car in open country, not under a bicycle or on a city street', () => {
    expect(planScene('a red sports car in the desert').road).toBe(true);
    expect(planScene('a bicycle in a meadow').road).toBe(false);
    expect(planScene('a taxi on a rainy New York street').setting).toBe('city-street');
  });

  it('says the vehicle kind, what it is doing and the road', () => {
    const text = (p: string) => composePicture({ plan: planScene(p), width: 1376, height: 768, seed: 0 }).description;
    expect(text('a red Ferrari driving along a coastal highway at sunset, cinematic')).toMatch(/^red sports car \(main\) driving, on a coastal highway along a sea cliff/);
    expect(text('a black BMW speeding down a city street at night')).toMatch(/^black car \(main\) speeding, on a city street/);
    expect(text('a Formula 1 race car on a racetrack')).toMatch(/on a racetrack with red and white kerbs/);
    expect(text('a Harley Davidson motorcycle on a desert highway')).toMatch(/^motorcycle \(main\), on a highway running straight to the horizon across a desert/);
  });

  it.each([
    'a red Ferrari driving along a coastal highway at sunset',
    'a Porsche on a mountain pass',
    'a race car on a racetrack',
    'an airliner on the airport runway',
    'a bullet train passing Mount Fuji',
  ])('"%s": the vehicle stands on the ground at its road, not in the sky', (prompt) => {
    const W = 1376, H = 768;
    const { layout } = composePicture({ plan: planScene(prompt), width: W, height: H, seed: 0 });
    const main = layout.find((l) => l.role === 'main')!;
    const bottom = main.box.y + main.box.h;
    const stage = stageFor(planScene(prompt).setting, W, H);
    // Its base is on the ground in front, where the road is laid (depth ~0.6-0.95), not above the horizon.
    expect(bottom).toBeGreaterThan(groundY(stage, 0.55));
    expect(bottom).toBeLessThan(groundY(stage, 1) + 1);
  });

  it('flies a plane that is flying, even over a runway', () => {
    const W = 1376, H = 768;
    const plan = planScene('a jet taking off, flying over the airport runway');
    const { layout } = composePicture({ plan, width: W, height: H, seed: 0 });
    const main = layout.find((l) => l.role === 'main')!;
    expect(main.box.y + main.box.h).toBeLessThan(stageFor(plan.setting, W, H).horizon);
  });

  it('reads a biker or motorcyclist as a person riding a motorcycle, on a road in open country', () => {
    const plan = planScene('a motorcyclist riding through the mountains');
    expect(mainOf('a motorcyclist riding through the mountains')!.riding?.icon).toBe('motorcycle');
    expect(plan.road).toBe(true);
    expect(mainOf('a biker on a Harley')!.riding?.icon).toBe('motorcycle');
  });

  it('draws a cyclist on one bicycle, not on a second one', () => {
    const main = mainOf('a cyclist riding a road bike on a country road')!;
    expect(main.thing.icon).toBe('person-biking');
    expect(main.riding).toBeUndefined();
  });

  it('puts a train at a station by a platform, with no second train from the station emoji', () => {
    const plan = planScene('a subway train arriving at a station platform');
    expect(plan.roadKind).toBe('rails');
    expect(plan.subjects.map((s) => s.thing.icon)).toEqual(['light-rail']);
    const { description } = composePicture({ plan, width: 1376, height: 768, seed: 0 });
    expect(description).toMatch(/^subway train \(main\), at a station platform under a canopy/);
  });

  it('draws the open sea as a harbour when the prompt says harbour or marina, and says so', () => {
    expect(planScene('a sailboat in a harbor at dawn').harbor).toBe(true);
    expect(planScene('a luxury yacht in a marina').setting).toBe('ocean');
    expect(planScene('a sailboat on the open sea').harbor).toBeUndefined();
    const { description } = composePicture({ plan: planScene('a sailboat in a harbor at dawn'), width: 1376, height: 768, seed: 0 });
    expect(description).toMatch(/^sailboat \(main\), in a harbour, moored boats and houses along the far quay/);
  });
});
