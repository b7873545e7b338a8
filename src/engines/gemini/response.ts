import sharp from 'sharp';
import type { GenerateContentResponse, GroundingMetadata } from '@google/genai';
import { sniffImageType } from '../../references/sniff.js';
import { EngineError, type GenerateRequest, type GenerateResult, type Grounding } from '../engine.js';
import { usageFromMetadata } from './pricing.js';
import type { RawAnswer } from './raw-answer.js';
import { shorten } from './text.js';

/**
 * finishReasons by which the model refuses (docs/engines.md, "When things go wrong"). NO_IMAGE and
 * IMAGE_OTHER are not refusals: the model failed to make a picture.
 */
const REFUSALS = new Set([
  'SAFETY',
  'PROHIBITED_CONTENT',
  'BLOCKLIST',
  'SPII',
  'RECITATION',
  'IMAGE_SAFETY',
  'IMAGE_PROHIBITED_CONTENT',
  'IMAGE_RECITATION',
  'OTHER',
]);

/**
 * Turns a `generateContent` answer into the task's result, or throws the EngineError a user can act
 * on: `content_blocked` for a refusal, `no_image` for an answer without a usable picture. `raw` holds
 * what the SDK dropped from the answer (the Developer API's `finishMessage`).
 */
export async function readGenerateContentResponse(
  response: GenerateContentResponse,
  request: GenerateRequest,
  model: string,
  raw?: RawAnswer,
): Promise<GenerateResult> {
  const candidate = response.candidates?.[0];
  if (!candidate) {
    const feedback = response.promptFeedback;
    if (feedback?.blockReason) {
      const detail = feedback.blockReasonMessage ? `: ${shorten(feedback.blockReasonMessage)}` : '';
      throw new EngineError(
        'content_blocked',
        `Google blocked the prompt (blockReason ${feedback.blockReason}${detail}). Rephrase the prompt or change the reference images.`,
      );
    }
    throw new EngineError('no_image', 'Google answered with no candidates and no reason; try again.');
  }

  const reason = candidate.finishReason as string | undefined;
  const finishMessage = candidate.finishMessage ?? raw?.finishMessages[0];
  const detail = finishMessage ? `: ${shorten(finishMessage)}` : '';
  if (reason === 'IMAGE_OTHER') {
    throw new EngineError(
      'no_image',
      `Google could not generate the image (finishReason IMAGE_OTHER${detail}). This is a failure to generate, not a policy refusal: try again, or reword the prompt.`,
    );
  }
  if (reason && REFUSALS.has(reason)) {
    throw new EngineError(
      'content_blocked',
      `Google refused to generate the image (finishReason ${reason}${detail}). Rephrase the prompt or change the reference images.`,
    );
  }

  // Thought parts are drafts; the final image is the last non-thought image (docs/engines.md, "When things go wrong").
  const parts = (candidate.content?.parts ?? []).filter((p) => !p.thought);
  const text = parts
    .map((p) => p.text?.trim())
    .filter((t): t is string => Boolean(t))
    .join('\n');
  const imagePart = parts.filter((p) => p.inlineData?.data).at(-1);

  if (!imagePart?.inlineData?.data) {
    const said = text ? ` The model said: "${shorten(text)}"` : ' The model gave no text either.';
    throw new EngineError(
      'no_image',
      `Google answered without an image (finishReason ${reason ?? 'none'}${detail}).${said} Try rewording the prompt to ask for a picture.`,
    );
  }

  // Labels are sometimes wrong (3.1 Flash says image/png over JPEG bytes): trust the bytes.
  // Decoded from the answer's bytes when the engine lifted them out for the SDK (raw-answer.ts).
  const data = imagePart.inlineData.data;
  const bytes = raw?.inlineBytes(data) ?? Buffer.from(data, 'base64');
  const mimeType = sniffImageType(bytes);
  const size = mimeType ? await sharp(bytes).metadata().catch(() => undefined) : undefined;
  if (!mimeType || !size?.width || !size.height) {
    throw new EngineError(
      'no_image',
      `Google returned image data that is not a readable PNG, JPEG or WebP (labelled ${imagePart.inlineData.mimeType ?? 'without a type'}); try again.`,
    );
  }

  return {
    images: [{ bytes, mimeType, width: size.width, height: size.height }],
    text: text || undefined,
    grounding: request.useGoogleSearch ? groundingFrom(candidate.groundingMetadata) : undefined,
    usage: usageFromMetadata(model, response.usageMetadata),
  };
}

/** The task's `grounding` from Google's metadata; never invented when the answer has none. */
function groundingFrom(meta: GroundingMetadata | undefined): Grounding {
  // Google's lists can hold empty strings: they are no query.
  const queries = [...(meta?.webSearchQueries ?? []), ...(meta?.imageSearchQueries ?? [])].filter((q) => q?.trim());
  const sources: { uri: string; title?: string }[] = [];
  const seen = new Set<string>();
  for (const chunk of meta?.groundingChunks ?? []) {
    const uri = chunk.web?.uri ?? chunk.image?.sourceUri ?? chunk.image?.imageUri;
    if (!uri || seen.has(uri)) continue;
    seen.add(uri);
    const title = (chunk.web?.title ?? chunk.image?.title)?.trim();
    sources.push(title ? { uri, title } : { uri });
  }
  const entryPoint = meta?.searchEntryPoint?.renderedContent;
  if (queries.length === 0 && sources.length === 0 && !entryPoint) {
    return {
      status: 'unavailable',
      reason: 'Google returned no grounding metadata with this answer (the model may not have searched).',
    };
  }
  return { status: 'grounded', queries, sources, ...(entryPoint ? { search_entry_point: entryPoint } : {}) };
}
