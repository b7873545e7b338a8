// Scenes of people and vehicles' roads, the defects left after they were added (issue 16,
// docs/local-engine.md "Scenes of people" and "Vehicles and their roads"): a speaker stands taller
// than the seated audience (a teacher and students are whole people, a lecture hall has tiers), a concert's singer is a whole person with a guitar big enough to see,
// kids playing soccer share one ball on the ground, a waiter's customers sit at a table, a party
// alone has guests and balloons, a video call is faces on a laptop screen, a highway runs through
// open land, a small plane is a propeller plane, and a toy car brings no road.
import { describe, expect, it } from 'vitest';
import { composePicture } from '../../../../src/engines/local/compose/compose.js';
import { planScene } from '../../../../src/engines/local/plan/plan-scene.js';

const compose = (prompt: string, width = 1376, height = 768) => composePicture({ plan: planScene(prompt), width, height, seed: 0 });

describe('a talk or a concert: the one at the front stands out', () => {
  it.each([
    'a speaker giving a presentation to an audience',
    'a conference with attendees',
    'a keynote speaker on stage with an audience',
    'a crowd at a rock concert',
  ])('"%s": the speaker is much taller than each listener', (prompt) => {
    const { layout } = compose(prompt);
    const main = layout.find((p) => p.role === 'main')!;
    const listeners = layout.filter((p) => p.role === 'prop' && p.what !== 'guitar' && p.box.y > main.box.y);
    expect(listeners.length).toBeGreaterThanOrEqual(3);
    for (const l of listeners) expect(main.box.h).toBeGreaterThan(l.box.h * 1.4);
  });

  it.each(['a crowd at a rock concert', 'fans cheering at a gig with a big crowd', 'a crowd at a concert with a guitar'])('"%s": a standing singer with a large guitar', (prompt) => {
    const plan = planScene(prompt);
    const singer = plan.subjects[0]!;
    expect(singer.label).toBe('singer');
    expect(singer.thing.key).toBe('person');
    expect(singer.holding.map((t) => t.key)).toEqual(expect.arrayContaining(['microphone', 'guitar']));
    const { layout, description } = compose(prompt);
    expect(description).toMatch(/^singer \(main\) holding a microphone and a guitar/);
    const main = layout.find((p) => p.role === 'main')!;
    const guitar = layout.find((p) => p.what === 'guitar')!;
    expect(guitar.box.h).toBeGreaterThan(main.box.h * 0.4);
  });

  it.each(['students in a lecture hall', 'a teacher and students in a classroom', 'a lecturer giving a lecture to students'])('"%s": a whole standing teacher with a book, students on stools', (prompt) => {
    const i = planScene(prompt).interaction!;
    expect(i.kind).toBe('address');
    expect(i.figures[0]!.thing.icon).toBe('person');
    expect(i.figures[0]!.holding.map((t) => t.key)).toEqual(['closed-book']);
    for (const f of i.figures.slice(1)) expect(f.thing.icon).not.toBe('student');
    const { layout } = compose(prompt);
    const main = layout.find((p) => p.role === 'main')!;
    for (const l of layout.filter((p) => p.what === 'student')) expect(main.box.h).toBeGreaterThan(l.box.h * 1.4);
  });

  it('a lecture hall rises in tiers behind the students; a classroom does not', () => {
    const riser = (prompt: string) => compose(prompt).svg.includes('#7a5236');
    expect(riser('students in a lecture hall')).toBe(true);
    expect(riser('a teacher and students in a classroom')).toBe(false);
  });

  it('a pop concert has the microphone and no guitar', () => {
    expect(planScene('a crowd at a pop concert').subjects[0]!.holding.map((t) => t.key)).toEqual(['microphone']);
  });
});

describe('playing and being served', () => {
  it.each(['kids playing soccer', 'two boys playing football in a park', 'two girls playing soccer'])('"%s": one ball on the ground, none in hand', (prompt) => {
    const plan = planScene(prompt);
    expect(plan.interaction?.kind).toBe('face');
    expect(plan.interaction?.object?.key).toBe('soccer-ball');
    for (const f of plan.interaction!.figures) expect(f.holding.some((t) => t.key === 'soccer-ball')).toBe(false);
    const { description } = compose(prompt);
    expect(description).toMatch(/playing with a soccer ball between them/);
    expect(description).not.toMatch(/holding a (soccer ball|football)/);
  });

  it.each(['a waiter serving customers', 'a waiter bringing food to guests at a restaurant', 'a waiter serving diners'])('"%s": the customers seated at a table, the waiter beside them', (prompt) => {
    const plan = planScene(prompt);
    expect(plan.interaction?.kind).toBe('group-table');
    expect(plan.interaction!.figures[0]!.label).toMatch(/waiter/);
    expect(plan.interaction!.figures.length).toBeGreaterThanOrEqual(3);
    expect(plan.setting).toMatch(/^(restaurant|cafe)$/);
    expect(compose(prompt).description).toMatch(/serving customers seated at a table with plates, in a (restaurant|caf)/);
  });

  it.each(['a party', 'a birthday party', 'a surprise party'])('"%s": guests with balloons', (prompt) => {
    const plan = planScene(prompt);
    expect(plan.subjects.filter((s) => s.thing.animate).length).toBeGreaterThanOrEqual(3);
    const balloons = plan.subjects.find((s) => s.thing.key === 'balloon')!;
    expect(balloons.count).toBe(3);
    expect(balloons.thing.size).toBeGreaterThan(0.5);
    expect(compose(prompt).description).toMatch(/woman \(main\) holding a balloon.*three balloons/);
  });
});

describe('a video call', () => {
  it.each([
    'an online video call with the team',
    'a zoom meeting',
    'remote team video conference',
    'a woman on a video call',
    'a virtual meeting with five colleagues',
  ])('"%s" is faces on a laptop screen, indoors', (prompt) => {
    const plan = planScene(prompt);
    expect(plan.interaction?.call).toBe(true);
    expect(plan.interaction!.figures.length).toBeGreaterThanOrEqual(4);
    expect(plan.setting).toBe('office');
    expect(plan.subjects.some((s) => s.thing.key === 'telephone-receiver')).toBe(false);
    const { description } = compose(prompt);
    expect(description).toMatch(/on a video call, their faces in a grid on a laptop screen, in an office/);
    expect(description).not.toMatch(/meadow|stage|not drawn: (call|video)/);
  });

  it('a phone call is no video call', () => {
    expect(planScene('a man on a phone call').interaction?.call).toBeUndefined();
  });
});

describe('vehicles', () => {
  it.each(['a police car on a highway at night', 'a truck driving on the freeway', 'a bus on the motorway'])('"%s": a highway through open country', (prompt) => {
    const plan = planScene(prompt);
    expect(plan.setting).toBe('park');
    expect(plan.road).toBe(true);
    expect(compose(prompt).description).toMatch(/on a highway through open country/);
  });

  it('a city named wins over the open highway', () => {
    expect(planScene('a car on a highway through the city').setting).toBe('city-street');
    expect(planScene('a bus on the motorway in the mountains').setting).toBe('mountains');
  });

  it.each(['a small plane', 'a little red airplane flying over fields', 'a light plane over the hills'])('"%s" is the propeller plane', (prompt) => {
    const main = planScene(prompt).subjects[0]!;
    expect(main.thing.icon).toBe('small-airplane');
    expect(main.size).toBe('normal');
  });

  it('an airliner stays an airliner', () => {
    expect(planScene('a big airliner taking off').subjects[0]!.thing.icon).toBe('airplane');
  });

  it.each(['a toy car in the desert', 'a toy truck on the beach', 'a lego car in a meadow'])('"%s" brings no road', (prompt) => {
    expect(planScene(prompt).road).toBe(false);
  });

  it('a toy car on a road the prompt names, and a real car in the desert, keep the road', () => {
    expect(planScene('a toy car on a desert road').road).toBe(true);
    expect(planScene('a car in the desert').road).toBe(true);
  });
});
