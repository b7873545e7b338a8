// Size words and poses of the main subject (docs/local-engine.md, "Size and pose"): a giant is drawn
// larger and a tiny thing smaller, a giant moon is a great disc low in the sky; a sleeping cat is
// curled up with its eyes closed, a dog on a rug lies down, a flying pig is in the air.
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { composePicture } from '../../../../src/engines/local/compose/compose.js';
import { planScene } from '../../../../src/engines/local/plan/plan-scene.js';
import { renderJob } from '../../../../src/engines/local/threads/render-job.js';

const compose = (prompt: string, width = 768, height = 768) => composePicture({ plan: planScene(prompt), width, height, seed: 0 });
const mainBox = (prompt: string) => {
  const box = compose(prompt).layout.find((p) => p.role === 'main')?.box;
  expect(box, prompt).toBeDefined();
  return box!;
};
const subject = (prompt: string, label: string) => planScene(prompt).subjects.find((s) => s.label === label);

describe('poses read from the words beside a creature', () => {
  it.each([
    ['a kitten asleep on a windowsill', 'kitten', 'curled', true],
    ['a cat curled up sleeping on a sofa', 'cat', 'curled', true],
    ['a sleeping fox in a snowy forest', 'fox', 'curled', true],
    ['a dog lying on the rug', 'dog', 'lying', undefined],
    ['a puppy resting in the grass', 'puppy', 'lying', undefined],
    ['a flying pig', 'pig', 'flying', undefined],
    ['a cat flying among birds', 'cat', 'flying', undefined],
    ['a pig with wings flying over a farm', 'pig', 'flying', undefined],
  ])('"%s": the %s is %s', (prompt, label, pose, asleep) => {
    const s = subject(prompt, label);
    expect(s?.pose).toBe(pose);
    expect(s?.asleep).toBe(asleep);
  });

  it('gives the pose to the creature it describes, and not to what flies in its own name', () => {
    expect(subject('a dog watching a sleeping cat', 'dog')?.pose).toBeUndefined();
    expect(subject('a dog watching a sleeping cat', 'cat')?.pose).toBe('curled');
    expect(subject('a cat flying among birds', 'bird')?.pose).toBeUndefined();
    // "flying a kite": the kite flies; a flying saucer is named so.
    expect(planScene('a boy flying a kite').subjects.every((s) => s.pose === undefined)).toBe(true);
    expect(planScene('a flying saucer over a farm').subjects.every((s) => s.pose === undefined)).toBe(true);
    expect(planScene('a flying fish').subjects.every((s) => s.pose === undefined)).toBe(true);
    expect(subject('a frog catching flies on a lily pad', 'frog')?.pose).toBeUndefined();
    expect(subject('a pig flies over the moon', 'pig')?.pose).toBe('flying');
    expect(subject('a cat that is not sleeping', 'cat')?.pose).toBeUndefined();
    // A sleeping person keeps their own figure.
    expect(subject('a man sleeping on a bench', 'man')?.pose).toBeUndefined();
  });

  it('draws the wings asked for on the flier, not as things of their own', () => {
    expect(planScene('a pig with wings flying over a farm').subjects.map((s) => s.thing.key)).toEqual(['pig']);
  });

  it('rests a fox (a head emoji) on its sofa, and puts a rug or a bed indoors', () => {
    expect(planScene('a fox curled up on a sofa').interaction?.kind).toBe('rest-on');
    expect(planScene('a dog lying on the rug').setting).toBe('living-room');
    expect(planScene('a black cat resting on a bed').setting).toBe('bedroom');
    expect(planScene('a dog lying on a rug in a garden').setting).toBe('garden');
  });
});

describe('poses as drawn and described', () => {
  it('says the pose it drew', () => {
    expect(compose('a kitten asleep on a windowsill').description).toMatch(/^kitten \(main\) curled up asleep on a windowsill/);
    expect(compose('a dog lying on the rug').description).toMatch(/^dog \(main\) lying down on a rug, in a living room/);
    expect(compose('a sleeping fox in a snowy forest').description).toMatch(/^fox \(main\) curled up asleep, in a forest/);
    expect(compose('a flying pig').description).toMatch(/^pig \(main\) flying/);
    // A horse has no curled-up drawing: it is not said to be curled up.
    expect(compose('a sleeping horse in a field').description).not.toMatch(/curled/);
  });

  it('draws a curled animal long and low, a standing one taller than wide', () => {
    const curled = mainBox('a sleeping fox in a snowy forest');
    expect(curled.w / curled.h).toBeGreaterThan(1.6);
    const lying = mainBox('a dog lying in the grass in a park');
    const standing = mainBox('a dog in the grass in a park');
    expect(lying.h).toBeLessThan(standing.h * 0.75);
  });

  it('puts a flier in the sky, clear above where it would stand', () => {
    const flying = mainBox('a flying pig on a farm');
    const standing = mainBox('a pig on a farm');
    expect(flying.y + flying.h).toBeLessThan(standing.y + standing.h * 0.5);
    const cat = mainBox('a cat flying among birds');
    expect(cat.y + cat.h).toBeLessThan(768 * 0.6);
  });

  it('keeps a jumper above its fence', () => {
    const plan = planScene('a dog leaping over a fence');
    expect(plan.interaction?.kind).toBe('jump-over');
    expect(compose('a dog leaping over a fence').description).toMatch(/^dog \(main\) jumping over a fence/);
  });
});

describe('size words', () => {
  it('reads giant and tiny, and "little girl" as a child rather than a small drawing', () => {
    for (const w of ['giant', 'huge', 'enormous', 'towering', 'massive', 'colossal']) expect(subject(`a ${w} robot in a city`, 'robot')?.size, w).toBe('huge');
    for (const w of ['tiny', 'miniature']) expect(subject(`a ${w} house on a hill`, 'house')?.size, w).toBe('tiny');
    expect(subject('a little girl in a garden', 'girl')?.size).toBe('normal');
    expect(subject('a little boy with a kite', 'boy')?.size).toBe('normal');
    expect(subject('a little house in the woods', 'house')?.size).toBe('small');
    expect(subject('a giant panda eating bamboo', 'panda')?.size).toBe('normal');
  });

  it('draws a giant clearly larger and a tiny thing clearly smaller, and says so', () => {
    const cat = mainBox('a cat on a city street'), giant = mainBox('a giant cat on a city street');
    expect(giant.h).toBeGreaterThan(cat.h * 1.3);
    const house = mainBox('a house on a hill'), tiny = mainBox('a tiny house on a hill');
    expect(tiny.h).toBeLessThan(house.h * 0.6);
    expect(compose('a towering robot in a city').description).toMatch(/^giant robot \(main\)/);
    expect(compose('a tiny house on a hill').description).toMatch(/^tiny house \(main\)/);
    expect(compose('three tiny red cars on a city street').description).toMatch(/^three tiny red cars \(main\)/);
    expect(compose('a little girl in a garden').description).toMatch(/^girl \(main\)/);
  });

  it('is deterministic', () => {
    for (const p of ['a giant cat on a city street', 'a kitten asleep on a windowsill', 'a pig with wings flying over a farm']) {
      expect(compose(p).svg).toBe(compose(p).svg);
    }
  });

  it('draws a colossal moon as a great bright disc low over the village (a render)', async () => {
    const brightShare = async (prompt: string) => {
      const r = await renderJob({ prompt, width: 256, height: 256, seed: 0, references: [] }, new AbortController().signal);
      expect(r.output.description).toMatch(/moon \(main\)/);
      const { data, info } = await sharp(Buffer.from(r.output.png)).raw().toBuffer({ resolveWithObject: true });
      let bright = 0;
      for (let i = 0; i < data.length; i += info.channels) if (data[i] + data[i + 1] + data[i + 2] > 330) bright++;
      return bright / (info.width * info.height);
    };
    const small = await brightShare('a moon rising over a quiet village');
    const colossal = await brightShare('a colossal moon rising over a quiet village');
    expect(colossal).toBeGreaterThan(small * 3);
    expect(colossal).toBeGreaterThan(0.08);
  });
});
