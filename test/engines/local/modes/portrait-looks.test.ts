// Portrait sitters in the looks their prompt names: hair colour and curl, beards, baldness,
// earrings, freckles, skin tone, a sun hat, outdoors, a mood not drawn (docs/local-engine-modes.md).
import { describe, expect, it } from 'vitest';
import { composePicture } from '../../../../src/engines/local/compose/compose.js';
import { planScene } from '../../../../src/engines/local/plan/plan-scene.js';

const sitter = (prompt: string) => {
  const plan = planScene(prompt);
  expect(plan.mode?.kind).toBe('portrait');
  return { plan, s: plan.subjects.find((x) => x.role === 'main')! };
};
const describeOf = (prompt: string) => composePicture({ plan: planScene(prompt), width: 512, height: 512, seed: 0 });

describe('portrait looks', () => {
  it('a red-haired girl has red hair and freckles, not a red body', () => {
    const { s } = sitter('portrait of a red-haired girl with freckles');
    expect(s.thing.icon).toBe('girl');
    expect(s.color).toBeUndefined();
    expect(s.looks).toEqual({ hair: expect.stringMatching(/^#c/), freckles: true });
    expect(s.label).toBe('girl with red hair and freckles');
  });

  it('a young black woman with curly hair and gold earrings: toned, curly, earrings drawn', () => {
    const { plan, s } = sitter('headshot of a young black woman with curly hair and gold earrings');
    expect(s.thing.icon).toBe('woman-curly-hair-dark');
    expect(s.thing.head).toBe(true);
    expect(s.looks?.earrings).toBe('#e2b13c');
    expect(plan.unknown).not.toContain('earrings');
    const { description, svg } = describeOf('headshot of a young black woman with curly hair and gold earrings');
    expect(description).toContain('black woman with curly hair and gold earrings (the sitter, head and shoulders)');
    expect(svg).toContain('#e2b13c');
  });

  it('skin tone from the words before the person, hair colour swapped into the emoji', () => {
    expect(sitter('portrait of a serious asian man with short black hair').s).toMatchObject({ thing: { icon: 'man-medium-light' }, looks: { hair: '#2a2220' }, label: 'asian man with black hair' });
    expect(sitter('headshot of a latina woman with long brown hair').s.thing.icon).toBe('woman-medium');
    // The hair's colours (first shape, eyebrows) are replaced in the drawn head.
    const plain = describeOf('portrait of a man').svg;
    const black = describeOf('portrait of a man with black hair').svg;
    expect(plain).toContain('#f1a11e');
    expect(black).toContain('#2a2220');
  });

  it('beards: an old fisherman with a grey beard is a bearded man in grey; a ginger beard is ginger', () => {
    const old = sitter('portrait of an old fisherman with a grey beard and a knitted cap').s;
    expect(old.thing.icon).toBe('man-beard');
    expect(old.looks?.hair).toBe('#b5b5bb');
    expect(old.label).toBe('elderly fisherman with a grey beard');
    expect(sitter('portrait of a man with a ginger beard').s).toMatchObject({ thing: { icon: 'man-beard' }, label: 'man with a ginger beard' });
    const salt = sitter('portrait of a man with a salt-and-pepper beard');
    expect(salt.plan.unknown.join(' ')).not.toContain('salt');
  });

  it('bald, sun hat, white hair with pearl earrings', () => {
    expect(sitter('portrait of a bald man in a suit').s).toMatchObject({ thing: { icon: 'man-bald' }, label: 'bald man' });
    const hat = sitter('portrait of a woman with long blonde hair in a sunhat');
    expect(hat.s.wearing).toContainEqual({ slot: 'head', key: 'womans-hat', label: 'sun hat' });
    expect(hat.plan.unknown).not.toContain('sunhat');
    expect(sitter('portrait of an old woman with white hair and pearl earrings').s).toMatchObject({ thing: { icon: 'old-woman' }, looks: { hair: '#ecebf0', earrings: '#f4efe6' } });
  });

  it('outdoors is a setting behind the sitter; a serious face is said not drawn', () => {
    expect(describeOf('headshot of a latina woman with long brown hair, outdoors').description).toContain('in front of park scenery');
    expect(describeOf('portrait of a serious asian man').description).toContain('not drawn: serious expression');
  });

  it('a kid has no curly variant: the red hair and freckles are drawn, the curl is said not drawn', () => {
    const { plan, s } = sitter('portrait of a kid with curly red hair and freckles');
    expect(s.thing.icon).toBe('child');
    expect(s.looks).toMatchObject({ hair: '#c64a24', freckles: true });
    expect(plan.unknown).toContain('curly hair');
  });

  it('a toned emoji whose eyebrows share the hair colour still gets the asked hair colour', () => {
    const svg = describeOf('portrait of a white woman with platinum blonde hair').svg;
    expect(svg).toContain('#eee6c8');
  });

  it('a close-up of a person with a beard is a portrait; a photo of a man with a dog is not', () => {
    expect(sitter('close-up of an old man with a white beard').s).toMatchObject({ thing: { icon: 'man-beard' }, label: 'old man with a white beard' });
    expect(sitter('close-up of a smiling grandmother').s.thing.icon).toBe('old-woman');
    expect(planScene('a photo of a man with a dog').mode).toBeUndefined();
  });

  it('a hijab is the headscarf bust, one sitter in her tone; a ginger man; a bald man with a moustache', () => {
    const { plan, s } = sitter('portrait of a woman in a hijab with brown skin');
    expect(plan.subjects.filter((x) => x.thing.animate)).toHaveLength(1);
    expect(s).toMatchObject({ thing: { icon: 'woman-with-headscarf-medium-dark', head: false }, label: 'woman in a hijab' });
    expect(sitter('portrait of a ginger man with stubble').s).toMatchObject({ thing: { icon: 'man-beard' }, label: 'man with ginger hair and a beard' });
    const bald = sitter('passport photo of a bald man with a moustache');
    expect(bald.s.label).toBe('man with a moustache and beard');
    expect(bald.plan.unknown).toContain('bald');
  });

  it('leaves non-people and plain sitters alone', () => {
    expect(sitter('a portrait of a cat').s.looks).toBeUndefined();
    expect(sitter('portrait of a woman').s).toMatchObject({ thing: { icon: 'woman' }, label: 'woman' });
  });
});

describe('nationalities', () => {
  it('names no skin tone: a Brazilian or an Irish sitter keeps the emoji untoned', () => {
    expect(sitter('headshot of a brazilian woman with long brown hair').s.thing.icon).toBe('woman');
    expect(sitter('portrait of an irish man with a ginger beard').s.thing.icon).not.toMatch(/-(light|medium|dark)/);
    expect(sitter('headshot of a latina woman with long brown hair').s.thing.icon).toBe('woman-medium');
  });
});
