import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { composePicture } from '../../../src/engines/local/compose/compose.js';
import type { ScenePlan } from '../../../src/engines/local/plan/scene-plan.js';
import { planScene } from '../../../src/engines/local/plan/plan-scene.js';
import { rasterize } from '../../../src/engines/local/raster/rasterize.js';
import type { StyleKind } from '../../../src/engines/local/read/lexicon-scene.js';

// Stained glass, low poly, paper cut, ukiyo-e and pop art (paint/styles/), and artists' manners
// (plan/modes/art-manner.ts, compose/modes/art-manners.ts): docs/local-engine.md, "Styles".
const SIZE = 160;
const compose = (plan: ScenePlan, seed = 3) => composePicture({ plan, width: SIZE, height: SIZE, seed });

async function pixels(plan: ScenePlan): Promise<Buffer> {
  const png = await rasterize(compose(plan).svg, { width: SIZE, height: SIZE, pixelate: false });
  return sharp(png).removeAlpha().raw().toBuffer();
}

/** Mean chroma, share of near-black, and distinct colours (16 steps a channel). */
async function stats(plan: ScenePlan): Promise<[number, number, number]> {
  const raw = await pixels(plan);
  let chroma = 0, dark = 0;
  const seen = new Set<number>();
  for (let i = 0; i < raw.length; i += 3) {
    const [r, g, b] = [raw[i]!, raw[i + 1]!, raw[i + 2]!];
    chroma += Math.max(r, g, b) - Math.min(r, g, b);
    if (r + g + b < 120) dark++;
    seen.add(((r >> 4) << 8) | ((g >> 4) << 4) | (b >> 4));
  }
  const n = raw.length / 3;
  return [chroma / n, dark / n, seen.size];
}

describe('drawn art styles', () => {
  it.each<[string, StyleKind]>([
    ['a fox in stained glass style', 'stainedglass'], ['a lighthouse, stained glass window', 'stainedglass'], ['leaded glass portrait of a saint', 'stainedglass'],
    ['a low poly city skyline', 'lowpoly'], ['a low-poly fox', 'lowpoly'], ['polygonal mountains', 'lowpoly'],
    ['a paper cut lighthouse', 'papercut'], ['a city skyline, layered paper cut', 'papercut'], ['kirigami deer', 'papercut'],
    ['a heron, ukiyo-e', 'ukiyoe'], ['the great wave', 'ukiyoe'], ['a fishing village in the style of Hokusai', 'ukiyoe'], ['Japanese woodblock print of a cat', 'ukiyoe'],
    ['a woman with flowers in her hair, art nouveau', 'nouveau'], ['a Mucha poster of a dancer', 'nouveau'], ['jugendstil peacock', 'nouveau'],
    ['a pop art portrait of a woman', 'popart'], ['a banana, Warhol style', 'popart'], ['a girl crying, Lichtenstein', 'popart'],
  ])('"%s" is drawn in the %s style', (prompt, style) => {
    expect(planScene(prompt).style).toBe(style);
  });

  it('names each style honestly and keeps the subject (fox, skyline, lighthouse, portrait, product)', () => {
    for (const style of ['stained glass', 'low poly', 'paper cut', 'pop art', 'art nouveau'] as const) {
      expect(compose(planScene(`a fox, ${style}`)).description).toMatch(new RegExp(`^fox \\(main\\).*${style} style`));
      expect(compose(planScene(`a lighthouse, ${style}`)).description).toMatch(/^lighthouse \(main\)/);
      expect(compose(planScene(`a city skyline, ${style}`)).description).toMatch(/city skyline/);
      expect(compose(planScene(`a portrait of a woman, ${style}`)).description).toMatch(new RegExp(`^portrait: a woman.*${style} style`));
      expect(compose(planScene(`a sneaker product shot, ${style}`)).description).toMatch(new RegExp(`^product shot: a running shoe.*${style} style`));
    }
  });

  it('marks each style in the SVG: lead panes and an arch, facets, paper shadows, a seal, Ben-Day dots', () => {
    const svg = (p: string) => compose(planScene(p)).svg;
    expect(svg('a fox, stained glass')).toMatch(/stroke="#1b1a1f" stroke-opacity=".9"[^>]*/);
    expect(svg('a fox, stained glass')).toMatch(/A[\d.]+ [\d.]+ 0 0 1 /);
    expect((svg('a fox, low poly').match(/fill="#(?:000000|ffffff)" fill-opacity="\.\d+"/g) ?? []).length).toBeGreaterThanOrEqual(6);
    expect((svg('a fox, paper cut').match(/fill="#1d1410" fill-opacity=".26"/g) ?? []).length).toBeGreaterThan(10);
    expect(svg('a heron, ukiyo-e')).toMatch(/fill="#b8342a"/);
    expect(svg('a fox, pop art')).toMatch(/<pattern id="benday\d+"/);
    // Art nouveau: the halo's gold ring behind the fox and the flowers along the frame's foot.
    expect(svg('a fox, art nouveau')).toMatch(/fill="#b9646a" stroke="#4a3222"/);
    expect(svg('a fox, art nouveau')).toMatch(/stroke="#4a3222"/);
    for (const p of ['a fox, stained glass', 'a fox, low poly', 'a fox, paper cut', 'a heron, ukiyo-e']) expect(svg(p), p).not.toMatch(/<(?:linear|radial)Gradient/);
  });

  it('draws each new style differently from the others and from the flat poster', async () => {
    const plan = planScene('a fox in a forest');
    const looks = await Promise.all((['poster', 'stainedglass', 'lowpoly', 'papercut', 'ukiyoe', 'popart', 'nouveau', 'woodcut', 'comic'] as StyleKind[]).map(async (style) => [style, await stats({ ...plan, style })] as const));
    for (const [a, sa] of looks.slice(1, 7)) {
      for (const [b, sb] of looks) {
        if (a === b) continue;
        const gap = Math.abs(sa[0] - sb[0]) / 30 + Math.abs(sa[1] - sb[1]) * 5 + Math.abs(sa[2] - sb[2]) / Math.max(sa[2], sb[2]);
        expect(gap, `${a} vs ${b}`).toBeGreaterThan(0.15);
      }
    }
  });

  it('repeats the picture 2 × 2 in four colourways for Warhol, and Andy Warhol is no sitter', () => {
    const pic = compose(planScene('a banana, Warhol style'));
    expect(pic.description).toMatch(/^a Warhol-style 2 × 2 grid of the same picture in four colourways: banana \(main\)/);
    expect(pic.description).not.toMatch(/reference images|shades of/);
    expect((pic.svg.match(/<svg x="\d+" y="\d+"/g) ?? []).length).toBe(4);
    expect(compose(planScene('a banana, pop art')).description).toMatch(/^banana \(main\)/);
    const portrait = planScene('a portrait of a woman, Andy Warhol pop art');
    expect(portrait.subjects.filter((s) => s.thing.animate).map((s) => s.thing.key)).toEqual(['woman']);
  });

  it('draws the great wave and Fuji on an ukiyo-e sea', () => {
    const plan = planScene('the great wave off kanagawa');
    expect(plan.setting).toBe('ocean');
    const svg = compose(plan).svg, plain = compose({ ...plan, style: 'woodcut' }).svg;
    // The wave's indigo body and its cream foam claws.
    expect((svg.match(/fill="#f4f0e6"|fill="#efe3c4"/g) ?? []).length).toBeGreaterThan((plain.match(/fill="#f4f0e6"|fill="#efe3c4"/g) ?? []).length + 8);
  });
});

describe("artists' manners", () => {
  it.each([
    ['in the style of Kandinsky, colored pencils', 'kandinsky', /Kandinsky-style/], ['composition in the style of Mondrian', 'mondrian', /Mondrian-style grid/],
    ['a Pollock drip painting', 'pollock', /drip painting/], ['abstract expressionism', 'pollock', /drip/], ['a Rothko', 'rothko', /colour field/],
    ['suprematism, Malevich', 'malevich', /suprematist/], ['in the style of Miró', 'miro', /Miró-style/], ['cubism', 'cubism', /cubist/],
  ])('"%s" fills the picture in that manner', (prompt, manner, said) => {
    const plan = planScene(prompt);
    expect(plan.manner).toBe(manner);
    expect(plan.mode?.label).toBe('abstract render');
    const d = compose(plan).description;
    expect(d).toMatch(said);
    expect(d).not.toMatch(/not drawn|pencil|droplet|floating geometric/);
  });

  it('keeps a named subject in front of the manner ("a cat in the style of Picasso")', () => {
    for (const [prompt, main, said] of [['a cat in the style of Picasso', 'cat', /cubist/], ['a dog, Mondrian style', 'dog', /Mondrian/], ['an owl in the style of Kandinsky', 'owl', /Kandinsky/]] as const) {
      const plan = planScene(prompt);
      expect(plan.subjects.find((s) => s.role === 'main')?.thing.key, prompt).toMatch(new RegExp(main));
      const d = compose(plan).description;
      expect(d, prompt).toMatch(new RegExp(`^${main} \\(main\\)`));
      expect(d, prompt).toMatch(said);
      expect(d, prompt).not.toMatch(/not drawn/);
    }
  });

  it('breaks a cubist subject into planes too', () => {
    const plan = planScene('a cat in the style of Picasso');
    const svg = compose(plan).svg, flat = compose({ ...plan, manner: 'mondrian' }).svg;
    expect(svg).toMatch(/fill="#f3e6c8" fill-opacity=".16"/);
    expect(flat).not.toMatch(/fill="#f3e6c8" fill-opacity=".16"/);
  });

  it('paints the manner behind a portrait\'s sitter', () => {
    const d = compose(planScene('portrait of a woman in the style of Picasso')).description;
    expect(d).toMatch(/^portrait: a woman .*on a cubist composition/);
    expect(d).not.toMatch(/not drawn/);
  });

  it('draws melting clocks on a bare desert for Dalí and surrealism, keeping a named subject', () => {
    const empty = planScene('surreal dreamscape in the style of Dali');
    expect(empty.setting).toBe('desert');
    expect(planScene('a painting by Dalí').manner).toBe('surreal');
    expect(compose(empty).description).toMatch(/^a surreal dreamscape: melting clocks/);
    expect(compose(planScene('a melting clock, surrealism')).description).toMatch(/^a surreal dreamscape: melting clocks/);
    const giraffe = compose(planScene('a giraffe, surrealism')).description;
    expect(giraffe).toMatch(/^giraffe \(main\), with melting clocks/);
    expect(giraffe).not.toMatch(/clock \(|not drawn/);
  });

  it('draws a floral damask for rococo and floral wallpaper, never a blood drop', () => {
    for (const prompt of ['Rococo floral wall', 'a floral pattern', 'baroque damask wallpaper', 'a fox on a floral wallpaper background', 'floral wall']) {
      const plan = planScene(prompt);
      const pic = compose(plan);
      expect(plan.subjects.map((s) => s.thing.key).join(' '), prompt).not.toMatch(/blood|drop/);
      expect(pic.svg, prompt).not.toMatch(/drop-of-blood/);
      if (plan.manner) expect(pic.svg, prompt).toMatch(/<pattern id="damask\d+"/);
    }
    expect(planScene('Rococo floral wall').manner).toBe('floral');
    expect(compose(planScene('a fox on a damask wallpaper background')).description).toMatch(/^fox \(main\), in front of an ornate floral damask/);
  });
});
