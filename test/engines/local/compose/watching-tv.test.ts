// Figures watching television sit side by side on one sofa beside the television, every one of
// them drawn; the sofa and the television are the template's, and "a family on the sofa" is not
// four sofas. A family's members spelled out ("five people (mom, dad, two sisters and a
// brother)") are the five, and a slash parts a prompt like a comma. (docs/local-engine.md, "Interactions")
import { describe, expect, it } from 'vitest';
import { composePicture } from '../../../../src/engines/local/compose/compose.js';
import { planScene } from '../../../../src/engines/local/plan/plan-scene.js';

const compose = (prompt: string, width = 1200, height = 896) => composePicture({ plan: planScene(prompt), width, height, seed: 0 });

describe('watching television', () => {
  it.each([
    ['a family on the sofa watching TV', /^man \(main\) and a woman, a boy and a girl watching a tv from a sofa, in a living room/],
    ['a family of four watching television in a living room', /^man \(main\) and a woman, a boy and a girl watching a television from a sofa/],
    ['two kids watching cartoons on tv', /^two kids \(main\) watching a tv from a sofa/],
    ['an old couple watching the news on a small television', /watching a television from a sofa/],
  ])('"%s" is a row on a sofa turned to the television', (prompt, text) => {
    const { description } = compose(prompt);
    expect(description).toMatch(text);
    expect(description).not.toMatch(/sofas|armchair|not drawn: (sofa|tv|television)/);
  });

  it('draws the row inside the picture at every shape', () => {
    for (const [w, h] of [[1024, 1024], [1376, 768], [768, 1344]]) {
      const { layout, svg } = compose('a family on the sofa watching TV', w, h);
      const main = layout.filter((p) => /^(man|woman|boy|girl)$/.test(p.what));
      expect(main.length).toBe(4);
      expect(svg.length).toBeGreaterThan(1000);
      for (const p of main) expect(p.box.x >= 0 && p.box.x + p.box.w <= w && p.box.y + p.box.h <= h).toBe(true);
    }
  });

  it('reads the members a family spells out as its people', () => {
    const prompt = 'ghibli style/summer time/a family of five people(young mom and dad and two older sisters and one younger brother) watching an old tv';
    const counts = Object.fromEntries(planScene(prompt).subjects.map((s) => [s.thing.key, s.count]));
    // (The television is the template's own, drawn with the sofa.)
    expect(counts).toEqual({ woman: 1, man: 1, girl: 2, boy: 1 });
    const { description } = compose(prompt);
    expect(description).toMatch(/^mom \(main\) and a dad, two sisters and a brother watching a tv from a sofa/);
    expect(description).not.toMatch(/stylesummer|timea|peopleyoung|fountain|fog/);
    // A slash between digits is not a break ("24/7"), and a watch that is a thing stays one.
    expect(planScene('a man wearing a gold watch').subjects.some((s) => s.thing.key === 'watch')).toBe(true);
  });
});
