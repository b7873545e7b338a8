import { startFakeGemini } from '../../fakes/gemini-server.js';
import { engineContract, request } from '../engine-contract.js';
import { geminiEngine } from './fixtures.js';

// The gemini engine through the real @google/genai SDK, against the fake Gemini server.
engineContract('gemini (on the fake Gemini server)', async () => {
  const fake = await startFakeGemini();
  const engine = geminiEngine(fake);
  return {
    engine,
    slow: () => {
      fake.script({ kind: 'hang' });
      return request();
    },
    failures: [
      { name: 'a blocked prompt', code: 'content_blocked', arrange: () => (fake.script({ kind: 'blocked', blockReason: 'PROHIBITED_CONTENT' }), request()) },
      { name: 'an IMAGE_SAFETY refusal', code: 'content_blocked', arrange: () => (fake.script({ kind: 'refused', finishReason: 'IMAGE_SAFETY' }), request()) },
      { name: 'an answer without an image', code: 'no_image', arrange: () => (fake.script({ kind: 'text-only', text: 'Here is a description instead.' }), request()) },
      { name: 'a request Google rejects (400)', code: 'engine_unavailable', arrange: () => (fake.script({ kind: 'error', status: 400, message: 'Invalid argument.' }), request()) },
    ],
    close: async () => {
      await engine.close?.();
      await fake.close();
    },
  };
});
