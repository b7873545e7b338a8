import type { RecordedFixture } from './index.js';
import { ownPicture, signature } from './picture.js';

const usage = (prompt: number, image: number, text: number, thoughts?: number) => ({
  promptTokenCount: prompt,
  candidatesTokenCount: image + text,
  ...(thoughts ? { thoughtsTokenCount: thoughts } : {}),
  totalTokenCount: prompt + image + text + (thoughts ?? 0),
  promptTokensDetails: [{ modality: 'TEXT', tokenCount: prompt }],
  candidatesTokensDetails: [{ modality: 'IMAGE', tokenCount: image }, ...(text ? [{ modality: 'TEXT', tokenCount: text }] : [])],
});

/** HTTP 200 answers to generateContent (Developer API shape). */
export const RECORDED_ANSWERS = {
  /** A text part, then the final image with its thoughtSignature; JPEG, as 3.1 Flash sends. */
  'text-and-image': {
    seenAt: [
      'https://github.com/intrafind/ihub-apps/issues/637 (text and inlineData parts from gemini image generation)',
      'https://github.com/vercel/ai/pull/10462 (thoughtSignature on the final image part)',
    ],
    status: 200,
    body: async ({ model }) => ({
      candidates: [
        {
          content: {
            role: 'model',
            parts: [
              { text: 'Here is the lighthouse you asked for.' },
              { inlineData: { mimeType: 'image/jpeg', data: await ownPicture(1024, 1024, 'jpeg') }, thoughtSignature: signature('text-and-image') },
            ],
          },
          finishReason: 'STOP',
          index: 0,
        },
      ],
      usageMetadata: usage(9, 1120, 9),
      modelVersion: model,
      responseId: 'fixture-text-and-image',
    }),
  },

  /** Thinking: thought text and draft images marked `thought: true` before the final answer. */
  'thought-images': {
    seenAt: [
      'https://github.com/vercel/ai/issues/11461 (raw gemini-3-pro-image answer: thought text and thought inlineData parts)',
      'https://github.com/minimaxir/gemimg/pull/21 (up to two interim thought images before the final one)',
    ],
    status: 200,
    body: async ({ model }) => ({
      candidates: [
        {
          content: {
            role: 'model',
            parts: [
              { text: '**Planning the composition**\n\nI am placing the lighthouse on the left third.', thought: true },
              { inlineData: { mimeType: 'image/png', data: await ownPicture(256, 256, 'png', '#888888') }, thought: true },
              { text: '**Refining the light**', thought: true },
              { inlineData: { mimeType: 'image/png', data: await ownPicture(256, 256, 'png', '#999999') }, thought: true },
              { text: 'The finished lighthouse.' },
              { inlineData: { mimeType: 'image/jpeg', data: await ownPicture(1024, 1024, 'jpeg') }, thoughtSignature: signature('thought-images') },
            ],
          },
          finishReason: 'STOP',
          index: 0,
        },
      ],
      usageMetadata: usage(12, 1120, 6, 412),
      modelVersion: model,
      responseId: 'fixture-thought-images',
    }),
  },

  /** Search grounding whose `webSearchQueries` starts with an empty string; one chunk has no title. */
  'grounded-empty-query': {
    seenAt: [
      'BerriAI/litellm tests of litellm/llms/vertex_ai/gemini/grounding_requests.py (webSearchQueries ["", "…", "…"])',
      'https://github.com/agentjido/req_llm/issues/276 (groundingChunks of web {uri: grounding-api-redirect, title: domain})',
      'https://github.com/intrafind/ihub-apps/issues/637 (groundingMetadata with searchEntryPoint on an image answer)',
    ],
    status: 200,
    body: async ({ model }) => ({
      candidates: [
        {
          content: {
            role: 'model',
            parts: [{ inlineData: { mimeType: 'image/jpeg', data: await ownPicture(1024, 1024, 'jpeg') }, thoughtSignature: signature('grounded') }],
          },
          finishReason: 'STOP',
          index: 0,
          groundingMetadata: {
            webSearchQueries: ['', 'weather San Francisco next 5 days'],
            searchEntryPoint: { renderedContent: '<style>.chip{border-radius:8px}</style><div class="chip">weather San Francisco</div>' },
            groundingChunks: [
              { web: { uri: 'https://vertexaisearch.cloud.google.com/grounding-api-redirect/FIXTURE-A', title: 'weather.gov' } },
              { web: { uri: 'https://vertexaisearch.cloud.google.com/grounding-api-redirect/FIXTURE-B', title: '' } },
            ],
            groundingSupports: [],
          },
        },
      ],
      usageMetadata: usage(14, 1120, 0, 180),
      modelVersion: model,
      responseId: 'fixture-grounded',
    }),
  },

  /** 16:9 at 1K measured as 1408x768, where the size table says 1376x768. */
  'wide-1k-1408': {
    seenAt: ['https://github.com/JimLiu/baoyu-skills/issues/15 (16:9 output only ever 1408 x 768)'],
    status: 200,
    body: async ({ model }) => ({
      candidates: [
        {
          content: {
            role: 'model',
            parts: [{ inlineData: { mimeType: 'image/jpeg', data: await ownPicture(1408, 768, 'jpeg') }, thoughtSignature: signature('wide') }],
          },
          finishReason: 'STOP',
          index: 0,
        },
      ],
      usageMetadata: usage(8, 1120, 0),
      modelVersion: model,
      responseId: 'fixture-wide',
    }),
  },

  /** NO_IMAGE and no `content` at all. */
  'no-image-empty': {
    seenAt: [
      'https://github.com/BerriAI/litellm/issues/40477 (gemini-2.5-flash-image: finishReason NO_IMAGE and no parts)',
      'https://github.com/minimaxir/gemimg/issues/5 (NO_IMAGE distinct from an answer without an image)',
    ],
    status: 200,
    body: ({ model }) => ({
      candidates: [{ finishReason: 'NO_IMAGE', index: 0 }],
      usageMetadata: { promptTokenCount: 13, totalTokenCount: 13, promptTokensDetails: [{ modality: 'TEXT', tokenCount: 13 }] },
      modelVersion: model,
      responseId: 'fixture-no-image',
    }),
  },

  /** A blocked prompt: HTTP 200, no `candidates` key, `promptFeedback.blockReason`. */
  'prompt-blocked': {
    seenAt: [
      'https://github.com/vercel/ai/issues/19758 (promptFeedback.blockReason PROHIBITED_CONTENT, no candidates key)',
      'https://github.com/lobehub/lobehub/pull/8707 (same shape with promptTokensDetails, modelVersion, responseId)',
    ],
    status: 200,
    body: ({ model }) => ({
      promptFeedback: { blockReason: 'PROHIBITED_CONTENT' },
      usageMetadata: { promptTokenCount: 13, totalTokenCount: 13, promptTokensDetails: [{ modality: 'TEXT', tokenCount: 13 }] },
      modelVersion: model,
      responseId: 'fixture-blocked',
    }),
  },

  /** IMAGE_SAFETY: `content` with a role and no parts, Google's explanation only in `finishMessage`. */
  'image-safety': {
    seenAt: [
      'https://github.com/BerriAI/litellm/issues/20357 (content {role: model}, finishReason IMAGE_PROHIBITED_CONTENT, finishMessage, thoughtsTokenCount)',
      'https://github.com/CherryHQ/cherry-studio/issues/3876 (finishReason IMAGE_SAFETY on image generation)',
    ],
    status: 200,
    body: ({ model }) => ({
      candidates: [
        {
          content: { role: 'model' },
          finishReason: 'IMAGE_SAFETY',
          finishMessage:
            "Unable to show the generated image. The image was filtered out because it violated Google's Generative AI Prohibited Use policy. You will not be charged for blocked images. Try rephrasing the prompt.",
          index: 0,
        },
      ],
      usageMetadata: { promptTokenCount: 1119, totalTokenCount: 1359, thoughtsTokenCount: 240 },
      modelVersion: model,
      responseId: 'fixture-image-safety',
    }),
  },

  /** IMAGE_OTHER: `content` is `{}`, and the finishMessage says the model could not generate it. */
  'image-other': {
    seenAt: [
      'public Python test fixture found with find_string "finishReason": "IMAGE_OTHER" (REFUSED_REPLY: content {}, index 0, finishMessage, modelVersion gemini-3.1-flash-image)',
      'https://github.com/genkit-ai/genkit/pull/5859 (IMAGE_OTHER handled apart from refusals, finish_message surfaced)',
    ],
    status: 200,
    body: ({ model }) => ({
      candidates: [
        {
          content: {},
          finishReason: 'IMAGE_OTHER',
          index: 0,
          finishMessage:
            'Unable to show the generated image. The model could not generate the image based on the prompt provided. You will not be charged for this request. Try rephrasing the prompt.',
        },
      ],
      modelVersion: model,
    }),
  },
} satisfies Record<string, RecordedFixture>;
