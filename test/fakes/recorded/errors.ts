import type { RecordedFixture } from './index.js';

const error = (code: number, status: string, message: string, details?: object[]) => ({
  error: { code, message, status, ...(details ? { details } : {}) },
});

const help = (description: string, url: string) => ({ '@type': 'type.googleapis.com/google.rpc.Help', links: [{ description, url }] });
const quotaFailure = (model: string, ...violations: [metric: string, quotaId: string][]) => ({
  '@type': 'type.googleapis.com/google.rpc.QuotaFailure',
  violations: violations.map(([metric, quotaId]) => ({
    quotaMetric: `generativelanguage.googleapis.com/${metric}`,
    quotaId,
    quotaDimensions: { location: 'global', model },
  })),
});
const retryInfo = (delay: string) => ({ '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: delay });
const RATE_LIMITS = 'https://ai.google.dev/gemini-api/docs/rate-limits';
const PROJECT = '123456789012';

/** Google's error answers, `{"error":{"code","message","status","details"}}`. */
export const RECORDED_ERRORS = {
  'overloaded-503': {
    seenAt: ['https://github.com/google-gemini/cookbook/issues/425', 'https://github.com/appatalks/eva-agent/issues/50'],
    status: 503,
    body: () => error(503, 'UNAVAILABLE', 'The model is overloaded. Please try again later.'),
  },

  'internal-500': {
    seenAt: ['https://github.com/PublicAffairs/openai-gemini/issues/15', 'https://github.com/google-gemini/gemini-cli/issues/3656'],
    status: 500,
    body: () =>
      error(500, 'INTERNAL', 'An internal error has occurred. Please retry or report in https://developers.generativeai.google/guide/troubleshooting'),
  },

  /** An ordinary per-minute limit: QuotaFailure PerMinute, Help, RetryInfo (real delays: 47s, 59s; short here). */
  'rate-limit-retry-info': {
    seenAt: [
      'https://github.com/llmsresearch/paperbanana/issues/10 (QuotaFailure PerModelPerMinute-FreeTier, RetryInfo 59s)',
      'https://github.com/google-gemini/gemini-cli-action/issues/36 (QuotaFailure violations with quotaValue, Help link)',
    ],
    status: 429,
    body: ({ model }) =>
      error(
        429,
        'RESOURCE_EXHAUSTED',
        `You exceeded your current quota, please check your plan and billing details. For more information on this error, head to: ${RATE_LIMITS}.\n* Quota exceeded for metric: generativelanguage.googleapis.com/generate_content_paid_tier_requests, limit: 20, model: ${model}\nPlease retry in 0.3s.`,
        [
          help('Learn more about Gemini API quotas', RATE_LIMITS),
          quotaFailure(model, ['generate_content_paid_tier_requests', 'GenerateRequestsPerMinutePerProjectPerModel-PaidTier']),
          retryInfo('0.3s'),
        ],
      ),
  },

  /** Prepaid credits used up: no details at all. */
  'billing-credits-429': {
    seenAt: [
      'https://github.com/dyad-sh/dyad/issues/3626 ("Your prepayment credits are depleted…", no details)',
      'https://github.com/JeffOtano/roni/pull/125 (credits depleted classified as a quota/billing error)',
    ],
    status: 429,
    body: () =>
      error(
        429,
        'RESOURCE_EXHAUSTED',
        'Your prepayment credits are depleted. Please go to AI Studio at https://ai.studio/projects to manage your project and billing.',
      ),
  },

  /** A per-day quota: QuotaFailure with a PerDay quotaId (beside a PerMinute one), RetryInfo. */
  'per-day-429': {
    seenAt: ['https://github.com/googleapis/python-genai/issues/2044 (quotaId GenerateRequestsPerDayPerProjectPerModel-FreeTier, RetryInfo 47s)'],
    status: 429,
    body: ({ model }) =>
      error(
        429,
        'RESOURCE_EXHAUSTED',
        `You exceeded your current quota, please check your plan and billing details. For more information on this error, head to: ${RATE_LIMITS}.`,
        [
          help('Learn more about Gemini API quotas', RATE_LIMITS),
          quotaFailure(
            model,
            ['generate_content_free_tier_requests', 'GenerateRequestsPerDayPerProjectPerModel-FreeTier'],
            ['generate_content_free_tier_requests', 'GenerateRequestsPerMinutePerProjectPerModel-FreeTier'],
          ),
          retryInfo('47s'),
        ],
      ),
  },

  /** A free tier without the model: "limit: 0" lines, then "Please retry in …". */
  'free-tier-limit-0': {
    seenAt: [
      'https://github.com/continuedev/continue/issues/12744 (limit: 0 per metric, "Please retry in 5.237548564s.", Help detail)',
      'https://github.com/google-gemini/gemini-cli/issues/22486 (same message, three details)',
    ],
    status: 429,
    body: ({ model }) => {
      const line = (metric: string) => `* Quota exceeded for metric: generativelanguage.googleapis.com/${metric}, limit: 0, model: ${model}`;
      return error(
        429,
        'RESOURCE_EXHAUSTED',
        [
          `You exceeded your current quota, please check your plan and billing details. For more information on this error, head to: ${RATE_LIMITS}. To monitor your current usage, head to: https://ai.dev/rate-limit. `,
          line('generate_content_free_tier_requests'),
          line('generate_content_free_tier_requests'),
          line('generate_content_free_tier_input_token_count'),
          line('generate_content_free_tier_input_token_count'),
          'Please retry in 5.237548564s.',
        ].join('\n'),
        [
          help('Learn more about Gemini API quotas', RATE_LIMITS),
          quotaFailure(
            model,
            ['generate_content_free_tier_requests', 'GenerateRequestsPerMinutePerProjectPerModel-FreeTier'],
            ['generate_content_free_tier_input_token_count', 'GenerateContentInputTokensPerModelPerMinute-FreeTier'],
          ),
          retryInfo('5s'),
        ],
      );
    },
  },

  'api-key-invalid': {
    seenAt: ['https://github.com/continuedev/continue/issues/8516 (ErrorInfo API_KEY_INVALID and LocalizedMessage)'],
    status: 400,
    body: () =>
      error(400, 'INVALID_ARGUMENT', 'API key not valid. Please pass a valid API key.', [
        { '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'API_KEY_INVALID', domain: 'googleapis.com', metadata: { service: 'generativelanguage.googleapis.com' } },
        { '@type': 'type.googleapis.com/google.rpc.LocalizedMessage', locale: 'en-US', message: 'API key not valid. Please pass a valid API key.' },
      ]),
  },

  /** The Generative Language API is off in the key's project: 403 PERMISSION_DENIED, ErrorInfo SERVICE_DISABLED. */
  'service-disabled-403': {
    seenAt: [
      'https://github.com/google/generative-ai-docs/issues/74 (Help activation link and ErrorInfo SERVICE_DISABLED)',
      'https://github.com/google-gemini/gemini-cli/issues/1343 (ErrorInfo metadata: serviceTitle, consumer, service, activationUrl)',
      'https://github.com/google-gemini/deprecated-generative-ai-python/issues/10 (Generative Language API wording)',
    ],
    status: 403,
    body: () => {
      const activationUrl = `https://console.developers.google.com/apis/api/generativelanguage.googleapis.com/overview?project=${PROJECT}`;
      return error(
        403,
        'PERMISSION_DENIED',
        `Generative Language API has not been used in project ${PROJECT} before or it is disabled. Enable it by visiting ${activationUrl} then retry. If you enabled this API recently, wait a few minutes for the action to propagate to our systems and retry.`,
        [
          help('Google developers console API activation', activationUrl),
          {
            '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
            reason: 'SERVICE_DISABLED',
            domain: 'googleapis.com',
            metadata: { serviceTitle: 'Generative Language API', consumer: `projects/${PROJECT}`, service: 'generativelanguage.googleapis.com', activationUrl },
          },
        ],
      );
    },
  },

  'unknown-model-404': {
    seenAt: ['https://github.com/egoist/chatwise-releases/issues/794 (404 NOT_FOUND body for an image model id)'],
    status: 404,
    body: ({ model }) =>
      error(
        404,
        'NOT_FOUND',
        `models/${model} is not found for API version v1beta, or is not supported for generateContent. Call ListModels to see the list of available models and their supported methods.`,
      ),
  },

  /** A retired preview id (gemini-3.1-flash-image-preview after GA) answers the same 404. */
  'retired-model-404': {
    seenAt: [
      'https://github.com/theopenco/llmgateway/issues/3907 (gemini-3.1-flash-image-preview: 404 NOT_FOUND after GA)',
      'https://github.com/presenton/presenton/issues/402 (gemini-2.5-flash-image-preview: 404 Not Found)',
    ],
    status: 404,
    body: ({ model }) =>
      error(
        404,
        'NOT_FOUND',
        `models/${model} is not found for API version v1beta, or is not supported for generateContent. Call ListModels to see the list of available models and their supported methods.`,
      ),
  },

  'bad-aspect-ratio-400': {
    seenAt: ['https://github.com/muyouzhi6/astrbot_plugin_gitee_aiimg/issues/37 (image_config.aspect_ratio must be one of …)'],
    status: 400,
    body: () =>
      error(
        400,
        'INVALID_ARGUMENT',
        "* GenerateContentRequest.generation_config.image_config.aspect_ratio: aspect_ratio must be one of '1:1', '1:4', '1:8', '2:3', '3:2', '3:4', '4:1', '4:3', '4:5', '5:4', '8:1', '9:16', '16:9', or '21:9'.\n",
      ),
  },
} satisfies Record<string, RecordedFixture>;
