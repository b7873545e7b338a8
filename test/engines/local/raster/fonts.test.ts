// Pictures with words load DejaVu Sans alone (found once) rather than every system font per render,
// and look the same; text DejaVu cannot draw still goes to the system fonts.
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { fontsFor, TEXT_FONT } from '../../../../src/engines/local/raster/fonts.js';

const sign = (text: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="120"><rect width="400" height="120" fill="#fff"/><text x="10" y="80" font-family="${TEXT_FONT}" font-weight="bold" font-size="60">${text}</text><text x="10" y="110" font-family="${TEXT_FONT}" font-size="24">${text}</text></svg>`;

describe('fontsFor', () => {
  it('loads no fonts for a picture without words', () => {
    expect(fontsFor('<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>')).toEqual({ loadSystemFonts: false, defaultFontFamily: TEXT_FONT });
  });

  it('loads the two DejaVu Sans files for Latin text, and draws the same pixels as the system fonts', () => {
    const svg = sign('OPEN · Café Ñandú');
    const fonts = fontsFor(svg);
    expect(fonts.loadSystemFonts).toBe(false);
    expect(fonts.fontFiles).toHaveLength(2);
    expect(fonts.fontFiles!.map((f) => f.split('/').pop())).toEqual(['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf']);
    const alone = new Resvg(svg, { font: fonts }).render().pixels;
    const system = new Resvg(svg, { font: { loadSystemFonts: true, defaultFontFamily: TEXT_FONT } }).render().pixels;
    expect(alone.equals(system)).toBe(true);
  });

  it('hands text DejaVu does not cover to the system fonts', () => {
    expect(fontsFor(sign('営業中'))).toEqual({ loadSystemFonts: true, defaultFontFamily: TEXT_FONT });
    expect(fontsFor(sign('OPEN 🍕'))).toEqual({ loadSystemFonts: true, defaultFontFamily: TEXT_FONT });
  });
});
