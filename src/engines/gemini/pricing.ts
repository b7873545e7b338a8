import type { GenerateContentResponseUsageMetadata } from '@google/genai';
import type { Usage } from '../engine.js';

/**
 * USD per million tokens, by model family (the one place prices live).
 *
 * What is known and what is estimated:
 * - Image output tokens are Google's published rates: $60/M on Gemini 3.1 Flash Image (1120 tokens
 *   for a 1K image, about $0.067) and $120/M on Gemini 3 Pro Image (docs/engines.md, "What Google charges").
 * - Input (text and image) and text/thinking output rates are taken from Google's pricing pages as
 *   quoted by third parties in 2026; those quotes disagree (some list $0.25 / $1.50 for 3.1 Flash
 *   Image), so the higher figures are used. They are a rounding error next to the image tokens.
 * - The Google Search grounding fee (charged per search query, not per token), batch and
 *   provisioned-throughput discounts, and Vertex AI contract prices are not included.
 * So `estimated_cost_usd` is an estimate of the list price of one call, not a bill.
 */
interface ModelPrices {
  inputPerM: number;
  textOutputPerM: number;
  imageOutputPerM: number;
}

const PRICES: { prefix: string; prices: ModelPrices }[] = [
  { prefix: 'gemini-3.1-flash-image', prices: { inputPerM: 0.5, textOutputPerM: 3, imageOutputPerM: 60 } },
  { prefix: 'gemini-3-pro-image', prices: { inputPerM: 2, textOutputPerM: 12, imageOutputPerM: 120 } },
];

function pricesFor(model: string): ModelPrices | undefined {
  const id = model.replace(/^.*models\//, '');
  return PRICES.find((p) => id.startsWith(p.prefix))?.prices;
}

/** The task's `usage` from Gemini's `usageMetadata`, with an estimated cost when the model is priced. */
export function usageFromMetadata(model: string, meta: GenerateContentResponseUsageMetadata | undefined): Usage | undefined {
  if (!meta) return undefined;
  const usage: Usage = {
    prompt_tokens: meta.promptTokenCount,
    output_tokens: meta.candidatesTokenCount,
    thoughts_tokens: meta.thoughtsTokenCount,
    total_tokens: meta.totalTokenCount,
  };
  const prices = pricesFor(model);
  if (prices) {
    const output = meta.candidatesTokenCount ?? 0;
    // Without a per-modality breakdown every output token is priced as an image token: an
    // over-estimate by at most the few text tokens of the answer.
    const details = meta.candidatesTokensDetails;
    const imageTokens = details
      ? details.filter((d) => d.modality === 'IMAGE').reduce((sum, d) => sum + (d.tokenCount ?? 0), 0)
      : output;
    const textTokens = Math.max(0, output - imageTokens) + (meta.thoughtsTokenCount ?? 0);
    const cost =
      ((meta.promptTokenCount ?? 0) * prices.inputPerM +
        textTokens * prices.textOutputPerM +
        imageTokens * prices.imageOutputPerM) /
      1e6;
    usage.estimated_cost_usd = Math.round(cost * 1e6) / 1e6;
  }
  for (const key of Object.keys(usage) as (keyof Usage)[]) if (usage[key] === undefined) delete usage[key];
  return usage;
}
