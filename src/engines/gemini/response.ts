import sharp from 'sharp';
import type { GenerateContentResponse, GroundingMetadata } from '@google/genai';
import { sniffImageType } from '../../references/sniff.js';
import { EngineError, type GenerateRequest, type GenerateResult, type Grounding } from '../engine.js';
import { usageFromMetadata } from './pricing.js';

/** finishReasons by which the model refuses (spec gemini.md, "Response"); NO_IMAGE is not a refusal. */
const REFUSALS = new Set([
  'SAFETY',
  'PROHIBITED_CONTENT',
  'BLOCKLIST',
  'SPII',
  'RECITATION',
  'IMAGE_SAFETY',
  'IMAGE_PROHIBITED_CONTENT',
  'IMAGE_RECITATION',
  'IMAGE_OTHER',
  'OTHER',
]);

/** Longest stretch of the model's own words quoted in an error message. */
const QUOTE_LIMIT = 500;

/**
 * Turns a `generateContent` answer into the task's result, or throws the EngineError a user can act
 * on: `content_blocked` for a refusal, `no_image` for an answer without a usable picture.
 */
export async function readGenerateContentResponse(
  response: GenerateContentResponse,
  request: GenerateRequest,
  model: string,
): Promise<GenerateResult> {
  const candidate = response.candidates?.[0];
  if (!candidate) {
    const feedback = response.promptFeedback;
    if (feedback?.blockReason) {
      const detail = feedback.blockReasonMessage ? `: ${feedback.blockReasonMessage}` : '';
      throw new EngineError(
        'content_blocked',
        `Google blocked the prompt (blockReason ${feedback.blockReason}${detail}). Rephrase the prompt or change the reference images.`,
      );
    }
    throw new EngineError('no_image', 'Google answered with no candidates and no reason; try again.', true);
  }

  const reason = candidate.finishReason as string | undefined;
  if (reason && REFUSALS.has(reason)) {
    const detail = candidate.finishMessage ? `: ${candidate.finishMessage}` : '';
    throw new EngineError(
      'content_blocked',
      `Google refused to generate the image (finishReason ${reason}${detail}). Rephrase the prompt or change the reference images.`,
    );
  }

  // Thought parts are drafts; the final image is the last non-thought image (spec gemini.md).
  const parts = (candidate.content?.parts ?? []).filter((p) => !p.thought);
  const text = parts
    .map((p) => p.text?.trim())
    .filter((t): t is string => Boolean(t))
    .join('\n');
  const imagePart = parts.filter((p) => p.inlineData?.data).at(-1);

  if (!imagePart?.inlineData?.data) {
    const said = text ? ` The model said: "${quote(text)}"` : ' The model gave no text either.';
    throw new EngineError(
      'no_image',
      `Google answered without an image (finishReason ${reason ?? 'none'}).${said} Try rewording the prompt to ask for a picture.`,
    );
  }

  // Labels are sometimes wrong (3.1 Flash says image/png over JPEG bytes): trust the bytes.
  const bytes = Buffer.from(imagePart.inlineData.data, 'base64');
  const mimeType = sniffImageType(bytes);
  const size = mimeType ? await sharp(bytes).metadata().catch(() => undefined) : undefined;
  if (!mimeType || !size?.width || !size.height) {
    throw new EngineError(
      'no_image',
      `Google returned image data that is not a readable PNG, JPEG or WebP (labelled ${imagePart.inlineData.mimeType ?? 'without a type'}); try again.`,
      true,
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
  const queries = [...(meta?.webSearchQueries ?? []), ...(meta?.imageSearchQueries ?? [])];
  const sources: { uri: string; title?: string }[] = [];
  const seen = new Set<string>();
  for (const chunk of meta?.groundingChunks ?? []) {
    const uri = chunk.web?.uri ?? chunk.image?.sourceUri ?? chunk.image?.imageUri;
    if (!uri || seen.has(uri)) continue;
    seen.add(uri);
    const title = chunk.web?.title ?? chunk.image?.title;
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

function quote(text: string): string {
  return text.length > QUOTE_LIMIT ? `${text.slice(0, QUOTE_LIMIT)}…` : text;
}
