import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, parseDuration } from '../../src/config.js';

describe('configuration', () => {
  it('has the spec defaults', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      port: 8080,
      host: '127.0.0.1',
      publicUrl: 'http://localhost:8080',
      engine: 'local',
      allowPrivateUrls: false,
      retentionMs: 30 * 86_400_000,
      bodyLimitBytes: 64 * 1024 * 1024,
      gemini: { model: 'gemini-3.1-flash-image' },
      webhooks: { retryScheduleMs: [5e3, 3e5, 18e5, 72e5, 18e6, 36e6, 36e6] },
      worker: { taskTimeoutMs: 600_000, maxRuns: 3 },
    });
    expect(Object.isFrozen(c)).toBe(true);
  });

  it('auto picks gemini with a key, vertex when asked, else local', () => {
    expect(loadConfig({ GEMINI_API_KEY: 'k' }).engine).toBe('gemini');
    expect(loadConfig({ GOOGLE_API_KEY: 'k' }).engine).toBe('gemini');
    expect(loadConfig({ GOOGLE_GENAI_USE_VERTEXAI: 'true', GOOGLE_CLOUD_PROJECT: 'p' }).engine).toBe('vertex');
    expect(loadConfig({ GEMINI_API_KEY: 'k', BANANASTAND_ENGINE: 'local' }).engine).toBe('local');
    expect(loadConfig({ GEMINI_API_KEY: 'k' }).worker.concurrency).toBe(16);
  });

  it('a wrong value names the variable and the accepted values', () => {
    expect(() => loadConfig({ BANANASTAND_ENGINE: 'dalle' })).toThrow(ConfigError);
    expect(() => loadConfig({ BANANASTAND_ENGINE: 'dalle' })).toThrow(/BANANASTAND_ENGINE="dalle": not an accepted value \(accepted: auto, local, gemini, vertex\)/);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT="eighty": must be a whole number from 1 to 65535/);
    expect(() => loadConfig({ BANANASTAND_RETENTION: 'forever' })).toThrow(/BANANASTAND_RETENTION="forever": must be a duration such as 30d/);
    expect(() => loadConfig({ BANANASTAND_PUBLIC_URL: 'img.example.com' })).toThrow(/BANANASTAND_PUBLIC_URL/);
    expect(() => loadConfig({ BANANASTAND_ENGINE: 'gemini' })).toThrow(/needs GEMINI_API_KEY or GOOGLE_API_KEY/);
  });

  it('reports every bad variable at once', () => {
    try {
      loadConfig({ PORT: '0', BANANASTAND_ALLOW_PRIVATE_URLS: 'maybe' });
      expect.unreachable();
    } catch (err) {
      expect((err as ConfigError).problems).toHaveLength(2);
    }
  });

  it('parses durations', () => {
    expect(parseDuration('5s')).toBe(5000);
    expect(parseDuration('30d')).toBe(2_592_000_000);
    expect(parseDuration('250ms')).toBe(250);
    expect(parseDuration('soon')).toBeUndefined();
  });
});
