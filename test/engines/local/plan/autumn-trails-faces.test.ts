// Autumn turns the trees (no lone leaf as the subject), a path or trail winds through a landscape,
// and a lone person described by the face or beauty alone is her portrait.
import { describe, expect, it } from 'vitest';
import { composePicture } from '../../../../src/engines/local/compose/compose.js';
import { planScene } from '../../../../src/engines/local/plan/plan-scene.js';

const compose = (prompt: string, width = 640, height = 480) => composePicture({ plan: planScene(prompt), width, height, seed: 0 });
const keys = (prompt: string) => planScene(prompt).subjects.map((s) => s.thing.key);

describe('autumn', () => {
  it.each([['a forest in autumn'], ['an autumnal park'], ['fall foliage by the lake'], ['a fox in the fall']])('"%s" is autumn', (prompt) => {
    const plan = planScene(prompt);
    expect(plan.autumn).toBe(true);
    expect(plan.unknown).not.toContain('autumn');
  });

  it('is the season, not a fallen leaf drawn as the subject', () => {
    expect(keys('a peaceful forest path in early autumn')).not.toContain('fallen-leaf');
    expect(compose('a peaceful forest path in early autumn').description).toMatch(/^a landscape with no figures/);
  });

  it('is not read from "fall" as a verb or "waterfall", nor in snow', () => {
    expect(planScene('a waterfall in the jungle').autumn).toBeUndefined();
    expect(planScene('snowflakes fall on a village').autumn).toBeUndefined();
    expect(planScene('a snowy forest in late autumn').autumn).toBeUndefined();
  });

  it('turns the round crowns orange and rust and lays leaves on the ground', () => {
    const fall = compose('a park in autumn');
    const summer = compose('a park');
    expect(fall.svg).toMatch(/#d9702a|#c2452d|#e0a63a/i);
    expect(summer.svg).not.toMatch(/#d9702a|#c2452d|#e0a63a/i);
    expect(fall.layout.filter((p) => p.what === 'fallen leaf').length).toBeGreaterThanOrEqual(3);
    expect(fall.layout.some((p) => p.what === 'blossom')).toBe(false);
  });
});

describe('paths and trails', () => {
  it.each([['a forest path'], ['a hiking trail in the mountains'], ['a winding dirt track through the desert'], ['a footpath by the lake']])(
    '"%s" draws a trail', (prompt) => {
      const plan = planScene(prompt);
      expect(plan.trail).toBe(true);
      expect(plan.unknown.some((w) => /^(path|trail|track|footpath)s?$/.test(w))).toBe(false);
    });

  it('not for a park (it has its own path), a street, or a path in another sense', () => {
    expect(planScene('a path through the park').trail).toBeUndefined();
    expect(planScene('a city street path').trail).toBeUndefined();
    expect(planScene('a forest, the path to success').trail).toBeUndefined();
  });

  it('the trail is drawn: its dirt colour appears only with it', () => {
    expect(compose('a forest path').svg).toContain('#b08d5e');
    expect(compose('a forest').svg).not.toContain('#b08d5e');
  });

  it('a hiker is a person carrying a backpack', () => {
    const hiker = planScene('a hiker on a mountain trail').subjects.find((s) => s.role === 'main');
    expect(hiker?.label).toBe('hiker');
    expect(hiker?.holding.map((h) => h.key)).toContain('backpack');
  });
});

describe('a face described is a portrait', () => {
  it.each([
    ['Beautiful young Japanese woman, symmetrical face, photo-realistic'],
    ['painting of a beautiful woman with long hair'],
    ['a handsome man, detailed facial features'],
    ['character portrait, young woman with flowing hair, fantasy style'],
  ])('"%s" is her (his) portrait', (prompt) => {
    expect(planScene(prompt).mode?.kind).toBe('portrait');
  });

  it.each([['a beautiful woman walking on the beach'], ['a handsome man in a cafe'], ['a beautiful woman and her dog'], ['a girl painting a fence']])(
    '"%s" stays a scene', (prompt) => {
      expect(planScene(prompt).mode).toBeUndefined();
    });

  it('"character portrait" draws the woman named, not a cartoon character', () => {
    const plan = planScene('character portrait, young woman with flowing hair, fantasy style');
    expect(plan.subjects.find((s) => s.role === 'main')?.label).toBe('woman');
    expect(plan.subjects.map((s) => s.label)).not.toContain('cartoon character');
  });
});

describe('gnomes and flower beds', () => {
  it('a gnome is a small bearded man in a pointed red hat; a dwarf has a hood', () => {
    const gnome = planScene('gnomes among mushrooms in a forest').subjects.find((s) => s.label.startsWith('gnome'));
    expect(gnome?.thing.icon).toBe('man-beard');
    expect(planScene('a gnome in a garden').subjects[0]?.wearing.map((w) => w.key)).toContain('cone:gnome');
    expect(planScene('a gnome in a garden').unknown).not.toContain('gnome');
  });

  it('a flower bed is flowers, not a bed; a bed is still a bed', () => {
    const plan = planScene('a garden gnome next to a flower bed');
    expect(plan.subjects.map((s) => s.thing.key)).toContain('tulip');
    expect(plan.subjects.map((s) => s.thing.key)).not.toContain('bed');
    expect(planScene('a cozy bed in a bedroom').subjects.map((s) => s.thing.key)).toContain('bed');
  });
});

describe('everyday details', () => {
  it('smoke rises from a house chimney when asked, and only then', () => {
    const smoke = compose('a cozy cabin in the woods with smoke rising from the chimney');
    expect(planScene('a cozy cabin in the woods with smoke rising from the chimney').chimneySmoke).toBe(true);
    expect(smoke.description).not.toMatch(/not drawn: .*chimney/);
    // The same scene with and without the flag: only the smoke's five puffs (two arcs each) differ.
    const plan = planScene('a cozy cabin in the woods');
    const arcs = (svg: string) => (svg.match(/ 0 1 0 /g) ?? []).length;
    const without = composePicture({ plan, width: 640, height: 480, seed: 0 }).svg;
    const withSmoke = composePicture({ plan: { ...plan, chimneySmoke: true }, width: 640, height: 480, seed: 0 }).svg;
    expect(arcs(withSmoke) - arcs(without)).toBe(10);
  });

  it('a knitted cap is a beanie, a chunky knit sweater still a sweater', () => {
    const wear = (p: string) => planScene(p).subjects[0]?.wearing.map((w) => w.key);
    expect(wear('portrait of an old fisherman wearing a knitted cap')).toEqual(['beanie']);
    expect(wear('a man in a wool hat')).toEqual(['beanie']);
    expect(wear('a woman in a chunky knit sweater')).toEqual(['sweater']);
  });

  it('chopsticks are one pair, named as such', () => {
    const plan = planScene('a bowl of ramen with chopsticks');
    expect(plan.subjects.find((s) => s.thing.key === 'chopsticks')?.count).toBe(1);
    expect(compose('a bowl of ramen with chopsticks').description).not.toContain('chopstickses');
  });

  it('"parked" is no park; "in front of a diner" is the shop seen from the street', () => {
    expect(planScene('a red car parked in front of a diner at night').setting).toBe('storefront');
    expect(planScene('cars in a parking lot').setting).not.toBe('park');
    expect(planScene('a woman reading in a diner').setting).toBe('cafe');
  });

  it('koi are orange fish, and "Japanese" draws no stamp emoji', () => {
    const plan = planScene('a koi pond in a japanese garden');
    expect(plan.subjects[0]?.thing.tint).toBe('#f07a2a');
    expect(plan.subjects.map((s) => s.thing.key)).not.toContain('white-flower');
  });
});
