import { describe, expect, it } from 'vitest';
import { ASPECT_RATIOS, RESOLUTIONS } from '../../../src/domain/output-size.js';
import { unsupportedParams } from '../../../src/engines/capabilities.js';
import { modelCapabilities } from '../../../src/engines/gemini/models.js';
import { shorten } from '../../../src/engines/gemini/text.js';

describe('per-model limits', () => {
  it('3.1 Flash Image (the default) takes every ratio and resolution', () => {
    for (const id of ['gemini-3.1-flash-image', 'gemini-3.1-flash-image-preview', 'models/gemini-3.1-flash-image']) {
      expect(modelCapabilities(id)).toEqual({ aspectRatios: ASPECT_RATIOS, resolutions: RESOLUTIONS });
    }
  });

  it('3 Pro Image takes no 512 and none of 1:4, 4:1, 1:8, 8:1', () => {
    const caps = modelCapabilities('gemini-3-pro-image-preview');
    expect(caps.resolutions).toEqual(['1K', '2K', '4K']);
    expect(caps.aspectRatios).toHaveLength(10);
    for (const r of ['1:4', '4:1', '1:8', '8:1'] as const) expect(caps.aspectRatios).not.toContain(r);
  });

  it('2.5 Flash Image makes 1K only', () => {
    expect(modelCapabilities('gemini-2.5-flash-image').resolutions).toEqual(['1K']);
  });

  it('another model is left to Google', () => {
    expect(modelCapabilities('gemini-9-ultra-image')).toEqual({ aspectRatios: ASPECT_RATIOS, resolutions: RESOLUTIONS });
  });

  it('names the model and what it takes for each field it cannot serve', () => {
    const engine = { model: 'gemini-3-pro-image', capabilities: () => modelCapabilities('gemini-3-pro-image') };
    expect(unsupportedParams(engine, { aspectRatio: '8:1', resolution: '512' })).toEqual([
      { name: 'aspect_ratio', reason: expect.stringMatching(/^the model gemini-3-pro-image does not make 8:1 pictures; it takes 1:1, 2:3, .*21:9$/) },
      { name: 'resolution', reason: 'the model gemini-3-pro-image does not make 512 pictures; it takes 1K, 2K, 4K' },
    ]);
    expect(unsupportedParams(engine, { aspectRatio: '16:9', resolution: '4K' })).toEqual([]);
    expect(unsupportedParams({ model: 'local' }, { aspectRatio: '8:1', resolution: '512' })).toEqual([]);
  });
});

describe('quoting Google', () => {
  it('keeps short text whole', () => {
    expect(shorten('  The model is overloaded.  ')).toBe('The model is overloaded.');
  });

  it('cuts long text at a word boundary, never mid-word', () => {
    const text = `${'quota '.repeat(300)}end`;
    const cut = shorten(text);
    expect(cut.length).toBeLessThanOrEqual(1000);
    expect(cut).toMatch(/ quota…$/);
  });

  it('keeps "Please retry in …" when the cut would lose it', () => {
    const text = `You exceeded your current quota.\n${'* Quota exceeded for metric: generate_content_free_tier_requests, limit: 0\n'.repeat(20)}Please retry in 34.2s.`;
    const cut = shorten(text);
    expect(cut.length).toBeLessThanOrEqual(1000);
    expect(cut.endsWith('… Please retry in 34.2s.')).toBe(true);
    const kept = cut.slice(0, cut.indexOf('…'));
    expect(text.startsWith(kept)).toBe(true);
    expect(text[kept.length]).toMatch(/[\s,;:]/);
  });
});
