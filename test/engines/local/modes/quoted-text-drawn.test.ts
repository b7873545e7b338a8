// Every quoted text is drawn and legible: an app icon's quoted text whole on a tile that contrasts
// with its asked colour; a screen's headline set as the landing page's own headline, or above the
// screen, never across it (docs/local-engine-modes.md, "App icons" and "Screens").
import { describe, expect, it } from 'vitest';
import { composePicture } from '../../../../src/engines/local/compose/compose.js';
import { luma, parseHex } from '../../../../src/engines/local/paint/color.js';
import { iconLabel, quotedTextColor } from '../../../../src/engines/local/plan/modes/icon-text.js';
import { planScene } from '../../../../src/engines/local/plan/plan-scene.js';

const compose = (prompt: string, width = 1376, height = 768) => composePicture({ plan: planScene(prompt), width, height, seed: 0 });
const AVIF = "A modern and futuristic app icon. Large, bold, [readable] text '.avif' is centrally placed in bright white. The core visual is a sharp,.";
const WORKED = "Person looking shocked at laptop screen, text says 'IT WORKED', bright energetic feeling, morning sunlight";

describe('an app icon draws its quoted text whole', () => {
  it('draws ".avif" in white on a tile that is not white', () => {
    const r = compose(AVIF);
    expect(r.description).toContain('showing the text ".avif" in #f5f5f2');
    expect(r.svg).toMatch(/<text[^>]*fill="#f5f5f2"[^>]*>\.avif<\/text>/);
    const [, from, to] = /diagonal gradient from (#[0-9a-f]{6}) to (#[0-9a-f]{6})/.exec(r.description)!;
    expect((luma(parseHex(from!)) + luma(parseHex(to!))) / 2).toBeLessThan(0.65);
  });

  it('shortens long texts to a word or initials, and reads the asked colour', () => {
    expect(iconLabel('.avif')).toBe('.avif');
    expect(iconLabel('Notely')).toBe('Notely');
    expect(iconLabel('Sunrise Meditation Studio')).toBe('Sunrise');
    expect(iconLabel('International Business Machines')).toBe('IBM');
    expect(quotedTextColor(AVIF, '.avif')?.word).toBe('white');
    expect(quotedTextColor("white text 'GO' on a tile", 'GO')?.word).toBe('white');
    expect(quotedTextColor("app icon called 'Notely', blue", 'Notely')).toBeUndefined();
  });
});

describe("a screen's headline never crosses the screen", () => {
  it('sets "IT WORKED" as the laptop landing page\'s own headline', () => {
    const r = compose(WORKED);
    expect(r.description).toContain('a laptop showing a landing page with the headline "IT WORKED"');
    const texts = [...r.svg.matchAll(/<text[^>]*>(.*?)<\/text>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ''));
    expect(texts.filter((t) => t.includes('IT WORKED'))).toHaveLength(1);
  });

  it('puts a headline above a screen whose page has no headline of its own', () => {
    const W = 1024, H = 640;
    const r = compose("a finance dashboard UI mockup on a laptop with the title 'Revenue Overview Q3'", W, H);
    const m = /<text[^>]*font-size="([\d.]+)"[^>]*>((?:<tspan[^>]*>[^<]*<\/tspan>)+)<\/text>/.exec(r.svg.slice(r.svg.indexOf('Revenue') - 400))!;
    expect(m[2]).toContain('Revenue');
    const ys = [...m[2]!.matchAll(/y="([\d.]+)"/g)].map((x) => Number(x[1]));
    const plan = planScene("a finance dashboard UI mockup on a laptop with the title 'Revenue Overview Q3'");
    expect(plan.mode?.kind).toBe('screen');
    // The baseline of the last line sits above the laptop's top edge (the hero is the lower 64 %).
    const heroTop = H * 0.97 - H * 0.64 - H * 0.04;
    expect(Math.max(...ys)).toBeLessThan(heroTop);
  });
});
