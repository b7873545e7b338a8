// Settings reachable from their words, weather and time overriding the defaults, attire that fits.
import { describe, expect, it } from 'vitest';
import { composePicture } from '../../../../src/engines/local/compose/compose.js';
import { planScene } from '../../../../src/engines/local/plan/plan-scene.js';

const svgOf = (prompt: string) => composePicture({ plan: planScene(prompt), width: 512, height: 512, seed: 0 }).svg;

describe('settings from their words', () => {
  it.each([
    ['a lighthouse on a cliff by the sea', 'coast'],
    ['a rocky coastline with waves', 'coast'],
    ['an astronaut on the lunar surface', 'space'],
    ['a rover on the surface of the moon', 'space'],
  ])('"%s" is set %s', (prompt, setting) => {
    expect(planScene(prompt).setting).toBe(setting);
  });

  it('puts "lunar surface" and "moon surface" on the moon\'s ground', () => {
    expect(planScene('an astronaut on the lunar surface').lunar).toBe(true);
    expect(planScene('footprints on the moon surface').lunar).toBe(true);
  });

  it('does not read "case study" as a study room', () => {
    expect(planScene('hero image for a business case study').setting).not.toBe('study');
  });

  it('keeps park benches and butterflies out of a meadow nobody asked for', () => {
    const fallback = svgOf('a red fox');
    const asked = svgOf('a red fox in a park');
    expect(planScene('a red fox').settingExplicit).toBe(false);
    expect(fallback.length).toBeLessThan(asked.length);
  });
});

describe('weather and time override the defaults', () => {
  const sunCore = '#ffe27a';
  it('draws no sun in a storm or in the rain, and one on a clear day', () => {
    expect(svgOf('a ship on the ocean during a storm')).not.toContain(sunCore);
    expect(svgOf('a cow on a farm in the rain')).not.toContain(sunCore);
    expect(svgOf('a cow on a farm')).toContain(sunCore);
  });

  it('draws no stars at sunset, and stars at night', () => {
    // Each star is two small arcs in one path.
    const count = (svg: string) => (svg.match(/ 0 1 0 /g) ?? []).length;
    const sunset = svgOf('a lighthouse on the beach at sunset');
    const night = svgOf('a lighthouse on the beach at night');
    expect(count(night)).toBeGreaterThan(count(sunset) + 60);
  });
});

describe('attire that fits the person', () => {
  it('gives a woman in a blazer no necktie unless one is asked for', () => {
    const text = (p: string) => composePicture({ plan: planScene(p), width: 512, height: 512, seed: 0 }).description;
    expect(text('a woman in a blazer in an office')).not.toContain('necktie');
    expect(text('a woman in a blazer and a necktie in an office')).toContain('necktie');
    expect(text('a man in a suit in an office')).toContain('necktie');
  });
});

describe('more everyday places', () => {
  it.each([
    ['a man in a supermarket', 'market'],
    ['a girl on a swing at a playground', 'park'],
    ['kids in a swimming pool', 'lake'],
    ['a business meeting in a conference room', 'office'],
    ['a farmer in a rice field', 'farm'],
  ])('"%s" is drawn %s', (prompt, setting) => {
    expect(planScene(prompt).setting).toBe(setting);
  });

  it('a monk in a temple is a robed figure before the temple, not the temple alone; a pool is no pool ball', () => {
    const plan = planScene('a monk in a temple');
    expect(plan.subjects[0]).toMatchObject({ label: 'monk', role: 'main' });
    expect(plan.subjects[0]?.wearing.map((w) => w.key)).toContain('robe');
    expect(planScene('kids in a swimming pool').subjects.map((s) => s.thing.icon)).not.toContain('pool-8-ball');
  });
});

describe('science fiction is set in space', () => {
  it.each([
    ['a sci-fi robot', 'space'], ['scifi warrior, digital art', 'space'], ['a science fiction scene with a rover', 'space'],
    ['a sci-fi car', 'space'],
    ['a sci-fi city', 'city-street'], ['a sci-fi soldier in the desert', 'desert'], ['a sci-fi corridor in a space station', 'space'],
  ])('"%s" is set %s', (prompt, setting) => {
    expect(planScene(prompt).setting).toBe(setting);
  });

  it('draws the stars and a planet behind a sci-fi subject, and does not list "sci" or "fi" as not drawn', () => {
    const picture = composePicture({ plan: planScene('a sci-fi robot'), width: 512, height: 512, seed: 0 });
    expect(picture.description).toBe('robot (main), in outer space, illustrated style');
    // Each star is two small arcs: as many as in outer space named outright, not the meadow's flowers.
    const arcs = (prompt: string) => (composePicture({ plan: planScene(prompt), width: 512, height: 512, seed: 0 }).svg.match(/ 0 1 0 /g) ?? []).length;
    expect(arcs('a sci-fi robot')).toBe(arcs('a robot in outer space'));
    expect(arcs('a sci-fi robot')).not.toBe(arcs('a robot'));
  });
});
