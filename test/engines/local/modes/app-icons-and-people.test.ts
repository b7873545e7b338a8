// App icons are a tile with a glyph, not a phone; a mobile login screen is a phone with its form;
// and people on real prompts: seated at a desk with a laptop, women's words give a woman, an art
// studio is an art room, clothes after a character are worn, a veil is worn
// (docs/local-engine-modes.md, "App icons" and "People and what they wear").
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { composePicture } from '../../../../src/engines/local/compose/compose.js';
import { mix, parseHex, type Rgb } from '../../../../src/engines/local/paint/color.js';
import { hexColors } from '../../../../src/engines/local/plan/modes/icon-reading.js';
import { planScene } from '../../../../src/engines/local/plan/plan-scene.js';
import { rasterize } from '../../../../src/engines/local/raster/rasterize.js';

const compose = (prompt: string, width = 512, height = 512) => composePicture({ plan: planScene(prompt), width, height, seed: 0 });

const MOOD_ICON = 'Create a minimalist iOS app icon in a 1:1 square format. The background should be a smooth diagonal gradient from bright yellow (#FFD93D) in the top-left corner to soft peach (#FFAA80) in the bottom-right corner. In the perfect center of the icon, place a single smiling face emoji 😊 that takes up about 60% of the canvas height.';
const STOCK_ICON = 'macOS app icon for a stock ticker menu bar app, dark navy blue gradient background (#0A1628 to #1B2A4A), bright green (#34C759) upward-trending stock chart line with subtle glow effect, area fill fading to transparent below the line, 2-3 simplified candlestick bars as accent, minimal grid lines, rounded squircle shape, clean modern design';

/** The pixel at (x, y) of the prompt's picture, W × H. */
async function pixelAt(prompt: string, W: number, H: number, points: [number, number][]): Promise<Rgb[]> {
  const png = await rasterize(compose(prompt, W, H).svg, { width: W, height: H, pixelate: false });
  const raw = await sharp(png).removeAlpha().raw().toBuffer();
  return points.map(([x, y]) => {
    const i = (Math.round(y) * W + Math.round(x)) * 3;
    return [raw[i]!, raw[i + 1]!, raw[i + 2]!];
  });
}

const gap = (a: Rgb, b: Rgb) => Math.max(...a.map((v, i) => Math.abs(v - b[i]!)));

describe('app icons', () => {
  it.each([
    [MOOD_ICON],
    [STOCK_ICON],
    ['a favicon for a bakery website'],
    ['an icon for a meditation app, purple gradient'],
    ['Android launcher icon of a rocket'],
  ])('"%s" is an app icon, not a phone or a page', (prompt) => {
    const plan = planScene(prompt);
    expect(plan.mode?.kind).toBe('icon');
    expect(plan.mode?.elements).toEqual([]);
    const text = compose(prompt).description;
    expect(text).toMatch(/^app icon: a rounded-square tile with a diagonal gradient/);
    expect(text).not.toMatch(/phone|browser|laptop/);
  });

  it('reads the backdrop hex colours as the gradient, another hex as the glyph', () => {
    expect(hexColors(STOCK_ICON)).toEqual({ backdrop: ['#0a1628', '#1b2a4a'], other: ['#34c759'] });
    const mode = planScene(STOCK_ICON).mode!;
    expect(mode.colors).toEqual(['#0a1628', '#1b2a4a']);
    expect(mode.glyph).toBe('chart');
    expect(mode.glyphColor).toBe('#34c759');
    expect(planScene(MOOD_ICON).mode?.glyph).toBe('smiley');
  });

  it('the glyph comes from the subject: a chart line, a smiling face, a rocket', () => {
    expect(compose(STOCK_ICON, 640, 360).description).toContain('showing a rising chart line');
    expect(compose(MOOD_ICON, 640, 360).description).toContain('showing a smiling face');
    expect(compose('Android launcher icon of a rocket').description).toContain('showing a rocket');
    // No subject: the topic's picture or the place's emblem, a quoted name's letter, else a star.
    expect(compose('an icon for a meditation app, purple gradient').description).toContain('showing a person in lotus position');
    expect(compose("app icon for a notes app called 'Notely', blue").description).toContain('showing the text "Notely"');
    expect(compose('an app icon').description).toContain('showing a star');
    // Hex digits and the icon's own words are not "not drawn".
    expect(compose(STOCK_ICON).description).not.toMatch(/not drawn:.*(0a1628|icon|chart|ticker)/);
  });

  it('the tile is filled with the asked hex gradient (sampled from the pixels)', async () => {
    const W = 256, H = 256, s = Math.min(W, H) * 0.68;
    const x0 = (W - s) / 2, y0 = (H - s) / 2 - s * 0.02;
    const at = (u: number, v: number): [number, number] => [x0 + s * u, y0 + s * v];
    const [tl, br] = await pixelAt(MOOD_ICON, W, H, [at(0.15, 0.15), at(0.88, 0.88)]);
    expect(gap(tl!, mix(parseHex('#ffd93d'), parseHex('#ffaa80'), 0.15))).toBeLessThan(24);
    expect(gap(br!, mix(parseHex('#ffd93d'), parseHex('#ffaa80'), 0.88))).toBeLessThan(16);
    const [bl] = await pixelAt(STOCK_ICON, W, H, [at(0.08, 0.9)]);
    expect(gap(bl!, mix(parseHex('#0a1628'), parseHex('#1b2a4a'), 0.49))).toBeLessThan(16);
  });
});

describe('mobile screens', () => {
  const NETRUNNER = "Mobile High-Fidelity login screen for a cyberpunk game 'NetRunner'. Neon aesthetic. Dark mode. Background: Deep black (#050505). Primary: Neon blue (#00D9FF). Font: Orbitron.";

  it('a mobile login screen is a phone showing its title, two fields and a button, in dark mode', () => {
    const plan = planScene(NETRUNNER);
    expect(plan.mode).toMatchObject({ kind: 'screen', app: 'login', dark: true, accent: '#00d9ff' });
    const { description, svg } = compose(NETRUNNER, 640, 360);
    expect(description).toMatch(/^screen mockup: a phone showing a login screen with the title "NetRunner", two input fields/);
    expect(description).not.toContain('laptop');
    expect(svg).toContain('NetRunner');
    expect(svg).toContain('LOG IN');
  });

  it('other named screens are screens too', () => {
    expect(planScene('a sign-up screen for a fitness app').mode?.kind).toBe('screen');
    expect(planScene('settings screen of an android app, light mode').mode?.kind).toBe('screen');
  });
});

describe('people on real prompts', () => {
  it('a person sitting at a desk faces the laptop on it', () => {
    const prompt = 'Main subject: A person sitting at a modern desk setup, intensely focused on a laptop. Setting or background: The image is set in a bright and modern home office. The desk is organized with minimal clutter, featuring a sleek laptop, a cup of coffee, and perhaps a tablet beside it.';
    const plan = planScene(prompt);
    expect(plan.interaction).toMatchObject({ kind: 'desk-work', object: { key: 'laptop' } });
    expect(plan.interaction?.figures[0]?.thing.icon).toBe('person');
    expect(plan.subjects.some((s) => s.thing.key === 'laptop' || s.thing.key === 'proc:desk')).toBe(false);
    const text = compose(prompt, 640, 480).description;
    expect(text).toMatch(/^person \(main\) seated at a desk, facing a laptop on it, with a cup of coffee/);
  });

  it('female words give a woman, the child stands beside her, an art project is an art room', () => {
    const prompt = 'Caring female instructor gently helping a 6-year-old child with an art project, both smiling, warm golden hour lighting, cozy creative studio, safety equipment visible, professional but nurturing atmosphere, shallow depth of field, magazine quality';
    const plan = planScene(prompt);
    expect(plan.subjects[0]?.thing.icon).toBe('woman-teacher');
    expect(plan.interaction?.figures.map((f) => f.thing.icon)).toEqual(['woman-teacher', 'child']);
    expect(plan.setting).toBe('art-studio');
    expect(compose(prompt, 640, 480).description).toContain('in an art room with an easel, paint pots and paper on a table');
    // Pronouns alone, and other women's words.
    expect(planScene('a person reading a book with her cat').subjects[0]?.thing.icon).toBe('woman');
    expect(planScene('a female knight in a castle').subjects[0]?.thing.icon).toMatch(/^woman/);
    expect(planScene('a female doctor in a hospital').subjects[0]?.thing.icon).toBe('woman-health-worker');
    // A photo studio is still the studio backdrop.
    expect(planScene('studio photo of a woman, studio lighting').setting).toBe('studio');
    expect(planScene('a painter working in an art studio').setting).toBe('art-studio');
  });

  it('clothes named after a character colour its clothes, not drawn beside it', () => {
    const prompt = '32x32 pixel art hero, side-view platformer character, blue shirt, dark pants, simple face, chunky outline, 3-frame run cycle, 1-frame idle, 1-frame jump, transparent background.';
    const plan = planScene(prompt);
    expect(plan.subjects.map((s) => s.thing.key)).toEqual(['person']);
    expect(plan.subjects[0]?.wearing).toEqual(expect.arrayContaining([
      expect.objectContaining({ slot: 'outfit', color: '#2f6fde' }),
      expect.objectContaining({ slot: 'legs', label: 'dark pants' }),
    ]));
    const text = compose(prompt).description;
    expect(text).toContain('wearing a blue shirt and dark pants');
    expect(text).not.toMatch(/with a blue t.?shirt|jeans/);
  });

  it('a veil is worn over the head and face', () => {
    const prompt = 'A photorealistic picture of a young woman in a dimly lit room her face covered by a veil';
    const plan = planScene(prompt);
    expect(plan.subjects[0]?.wearing).toEqual([expect.objectContaining({ slot: 'head', key: 'veil' })]);
    expect(plan.unknown).not.toContain('veil');
    expect(compose(prompt, 400, 500).description).toMatch(/^woman \(main\) wearing a veil/);
    expect(planScene('a bride wearing a white veil').subjects[0]?.wearing).toEqual([expect.objectContaining({ key: 'veil', color: expect.any(String) })]);
  });
});
