// Scenes of people doing things (docs/local-engine.md, "Scenes of people"): the activity's place,
// how many take part, how they are arranged, and what the text says.
import { describe, expect, it } from 'vitest';
import { planScene } from '../../../../src/engines/local/plan/plan-scene.js';
import { renderJob } from '../../../../src/engines/local/threads/render-job.js';

const figures = (p: string) => planScene(p).interaction?.figures.length ?? 0;

describe('activity nouns imply people', () => {
  it('a business meeting is a team around a table in an office, in any style', () => {
    for (const p of ['a business meeting, stock photo', 'a business meeting, oil painting', 'a team meeting around a conference table', 'a team brainstorming in a modern office']) {
      const plan = planScene(p);
      expect(plan.interaction?.kind, p).toBe('group-table');
      expect(plan.setting, p).toBe('office');
      expect(figures(p), p).toBeGreaterThanOrEqual(3);
      expect(figures(p), p).toBeLessThanOrEqual(5);
      expect(plan.unknown, p).not.toContain('business');
    }
  });
  it('a job interview is two people facing each other across a desk in an office', () => {
    const plan = planScene('a job interview');
    expect(plan.interaction?.kind).toBe('face');
    expect(plan.interaction?.object?.proc).toBe('table');
    expect(plan.interaction?.figures).toHaveLength(2);
    expect(plan.setting).toBe('office');
    expect(plan.unknown).toEqual([]);
  });
  it('a handshake deal is two businessmen in an office, no one gesturing no', () => {
    const plan = planScene('two businessmen shaking hands to close a deal');
    expect(plan.setting).toBe('office');
    expect(plan.subjects.map((s) => s.thing.key)).not.toContain('person-gesturing-no');
  });
});

describe('a talk faces its audience', () => {
  it('a speaker is a person, presenting to a seated audience on a stage', () => {
    for (const p of ['a speaker giving a presentation to an audience', 'a keynote speaker on stage at a tech conference']) {
      const plan = planScene(p);
      expect(plan.subjects[0]!.thing.key, p).not.toBe('speaker-high-volume');
      expect(plan.interaction?.kind, p).toBe('address');
      expect(plan.interaction?.figures[0]!.label, p).toBe('speaker');
      expect(figures(p), p).toBeGreaterThanOrEqual(4);
      expect(plan.setting, p).toBe('stage');
      expect(plan.unknown, p).not.toContain('audience');
    }
  });
  it('a conference with attendees gets a speaker in front of them', () => {
    const plan = planScene('a conference with attendees');
    expect(plan.interaction?.kind).toBe('address');
    expect(plan.interaction?.figures[0]!.label).toBe('speaker');
  });
  it('a named presenter is the one who speaks', () => {
    const plan = planScene('a woman giving a presentation to her team');
    expect(plan.interaction?.kind).toBe('address');
    expect(plan.interaction?.figures[0]!.thing.key).toBe('woman');
    expect(plan.interaction?.figures.length).toBeGreaterThanOrEqual(3);
  });
  it('a teacher faces the students; students in a lecture hall get a lecturer', () => {
    const a = planScene('a teacher and students in a classroom');
    expect(a.interaction?.kind).toBe('address');
    expect(a.interaction?.figures[0]!.thing.key).toBe('teacher');
    expect(a.interaction?.figures.slice(1).every((f) => f.thing.key === 'student')).toBe(true);
    const b = planScene('students in a lecture hall');
    expect(b.setting).toBe('classroom');
    expect(b.interaction?.kind).toBe('address');
    expect(b.interaction?.figures[0]!.label).toBe('lecturer');
  });
  it('a crowd at a concert faces a singer on stage', () => {
    const plan = planScene('a crowd at a rock concert');
    expect(plan.setting).toBe('stage');
    expect(plan.interaction?.kind).toBe('address');
    expect(plan.interaction?.figures[0]!.label).toBe('singer');
    expect(plan.interaction?.figures.length).toBeGreaterThanOrEqual(4);
    expect(plan.unknown).not.toContain('crowd');
  });
});

describe('the activity picks its place', () => {
  it.each([
    ['a doctor with a patient', 'clinic'], ['a nurse smiling in a hospital', 'clinic'], ['a dentist and a patient', 'clinic'],
    ['construction workers on a building site', 'construction-site'], ['a worker at a construction site', 'construction-site'],
    ['a skateboarder at the skatepark', 'skatepark'], ['a boy on a skateboard at the skate park', 'skatepark'],
    ['people at a party', 'living-room'], ['a family dinner', 'living-room'], ['a runner in a marathon', 'city-street'],
    ['coworkers collaborating at laptops', 'office'], ['colleagues discussing a project', 'office'],
  ])('%s → %s', (p, setting) => {
    expect(planScene(p).setting).toBe(setting);
  });
  it('a doctor and a patient face each other across a desk; the hospital is no building', () => {
    const a = planScene('a doctor with a patient in a clinic');
    expect(a.interaction?.kind).toBe('face');
    expect(a.interaction?.figures.map((f) => f.label)).toEqual(['doctor', 'patient']);
    expect(a.unknown).toEqual([]);
    expect(planScene('a nurse smiling in a hospital').subjects.map((s) => s.thing.key)).not.toContain('hospital');
  });
  it('a named place wins over the activity', () => {
    expect(planScene('a business meeting in a cafe').setting).toBe('cafe');
    expect(planScene('a doctor on a beach').setting).toBe('beach');
  });
  it('a building site alone is no scene of people (no figures invented)', () => {
    expect(planScene('a yellow crane').setting).not.toBe('construction-site');
  });
});

describe('a named activity subject is never dropped', () => {
  it.each(['girl ice skating', 'a woman ice skating', 'a boy ice skating on a frozen pond'])('%s: the skater on ice skates', (p) => {
    const plan = planScene(p);
    const main = plan.subjects.find((s) => s.role === 'main')!;
    expect(['girl', 'woman', 'boy']).toContain(main.thing.key);
    expect(main.riding?.key).toBe('ice-skates');
    expect(plan.subjects.map((s) => s.thing.key)).not.toContain('ice');
  });
  it('a pirate ship sailing is still a ship (the activity rule is for activity compounds only)', () => {
    expect(planScene('a pirate ship sailing').subjects.map((s) => s.thing.key)).toContain('ship');
  });
  it('a skateboarder rides a skateboard', () => {
    const plan = planScene('a skateboarder at the skatepark');
    expect(plan.subjects[0]!.label).toBe('skateboarder');
    expect(plan.subjects[0]!.riding?.key).toBe('skateboard');
    expect(plan.unknown).toEqual([]);
  });
  it('a yoga class is three people in the pose', () => {
    const plan = planScene('a yoga class in a studio');
    expect(plan.subjects[0]!.count).toBe(3);
    expect(plan.unknown).not.toContain('class');
  });
  it('a couple dancing is said as dancing', () => {
    expect(planScene('a couple dancing').interaction?.phrase).toBe('dancing together');
  });
});

describe('text names the people and the place', () => {
  it('a business meeting is no empty meadow', async () => {
    const r = await renderJob({ prompt: 'a business meeting, stock photo', width: 320, height: 180, seed: 0, references: [] }, new AbortController().signal);
    expect(r.output.description).toMatch(/gathered around a table/);
    expect(r.output.description).toMatch(/in an office/);
    expect(r.output.description).not.toMatch(/empty scene|meadow/);
  });
  it('a presentation names the speaker, the audience and the stage', async () => {
    const r = await renderJob({ prompt: 'a speaker giving a presentation to an audience', width: 320, height: 180, seed: 0, references: [] }, new AbortController().signal);
    expect(r.output.description).toMatch(/^speaker \(main\) and .* seated facing the speaker beside a projection screen, on a stage/);
  });
  it('a skatepark and a clinic are named', async () => {
    const a = await renderJob({ prompt: 'a skateboarder at the skatepark', width: 320, height: 180, seed: 0, references: [] }, new AbortController().signal);
    expect(a.output.description).toMatch(/skateboarder .*at a skatepark with ramps/);
    const b = await renderJob({ prompt: 'a doctor with a patient in a clinic', width: 320, height: 180, seed: 0, references: [] }, new AbortController().signal);
    expect(b.output.description).toMatch(/doctor \(main\) and a patient facing each other across a desk, in a clinic/);
  });
});
