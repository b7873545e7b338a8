import type { IncomingHttpHeaders, ServerResponse } from 'node:http';

/**
 * Google's side of the Gemini wire format, as the fake server needs it: the models and what they
 * accept, authentication, request validation and error bodies (Google's documented generateContent wire format; docs/engines.md, "The fake Gemini server"). Message
 * texts are close to Google's, not copies.
 */

export interface FakeModel {
  ratios: readonly string[];
  sizes: readonly string[];
  /** Output image tokens per imageSize (docs/engines.md, "What Google charges"). */
  imageTokens: Record<string, number>;
  imageSearch: boolean;
}

const ALL_RATIOS = ['1:1', '2:3', '3:2', '3:4', '4:3', '4:5', '5:4', '9:16', '16:9', '21:9', '1:4', '4:1', '1:8', '8:1'];

/** The models the fake knows. The retired 3.1 Flash preview id answers 404, as upstream may. */
export const FAKE_MODELS: Record<string, FakeModel> = {
  'gemini-3.1-flash-image': {
    ratios: ALL_RATIOS,
    sizes: ['512', '1K', '2K', '4K'],
    imageTokens: { '512': 747, '1K': 1120, '2K': 1680, '4K': 2520 },
    imageSearch: true,
  },
  'gemini-3-pro-image': {
    ratios: ALL_RATIOS.slice(0, 10),
    sizes: ['1K', '2K', '4K'],
    imageTokens: { '1K': 1120, '2K': 1120, '4K': 2000 },
    imageSearch: false,
  },
};

const INPUT_MIME_TYPES = new Set(['image/png', 'image/jpeg', 'image/webp', 'image/heic', 'image/heif']);
const MAX_INPUT_IMAGES = 14;
/** Rough prompt-side cost of one input image; Google's count depends on media resolution. */
const INPUT_IMAGE_TOKENS = 1120;
const STATUS_NAMES: Record<number, string> = {
  400: 'INVALID_ARGUMENT',
  401: 'UNAUTHENTICATED',
  403: 'PERMISSION_DENIED',
  404: 'NOT_FOUND',
  408: 'DEADLINE_EXCEEDED',
  429: 'RESOURCE_EXHAUSTED',
  500: 'INTERNAL',
  503: 'UNAVAILABLE',
  504: 'DEADLINE_EXCEEDED',
};
const DEFAULT_MESSAGES: Record<number, string> = {
  400: 'Request contains an invalid argument.',
  403: 'The caller does not have permission',
  404: 'Requested entity was not found.',
  408: 'Request timed out.',
  429: 'You exceeded your current quota, please check your plan and billing details.',
  500: 'An internal error has occurred. Please retry or report in https://developers.generativeai.google/guide/troubleshooting',
  503: 'The model is overloaded. Please try again later.',
  504: 'Deadline expired before operation could complete.',
};

export class GoogleError extends Error {
  constructor(
    readonly code: number,
    message: string,
    readonly details?: object[],
  ) {
    super(message);
  }
}

export interface Route {
  api: 'developer' | 'vertex';
  model: string;
  method: string | undefined;
}

export function parseRoute(pathname: string): Route | undefined {
  let m = /^\/(?:v1beta|v1|v1alpha)\/models\/([^/:]+)(?::([A-Za-z]+))?$/.exec(pathname);
  if (m) return { api: 'developer', model: decodeURIComponent(m[1]), method: m[2] };
  m = /^\/(?:v1beta1|v1)\/projects\/[^/]+\/locations\/[^/]+\/publishers\/google\/models\/([^/:]+):([A-Za-z]+)$/.exec(pathname);
  if (m) return { api: 'vertex', model: decodeURIComponent(m[1]), method: m[2] };
  m = /^\/(?:v1beta1|v1)\/publishers\/google\/models\/([^/:]+)$/.exec(pathname);
  if (m) return { api: 'vertex', model: decodeURIComponent(m[1]), method: undefined };
  return undefined;
}

export function authenticate(api: Route['api'], headers: IncomingHttpHeaders, queryKey: string | null, apiKey: string): void {
  const key = (headers['x-goog-api-key'] as string | undefined) ?? queryKey ?? undefined;
  const bearer = /^Bearer (.+)$/i.exec(headers.authorization ?? '')?.[1];
  if (api === 'vertex') {
    if (key === undefined && bearer === undefined) {
      throw new GoogleError(
        401,
        'Request is missing required authentication credential. Expected OAuth 2 access token, login cookie or other valid authentication credential.',
      );
    }
    if ((key ?? bearer) !== apiKey) throw new GoogleError(401, 'Request had invalid authentication credentials.');
    return;
  }
  if (key === undefined) {
    throw new GoogleError(
      403,
      "Method doesn't allow unregistered callers (callers without established identity). Please use API Key or other form of API consumer identity to call this API.",
    );
  }
  if (key !== apiKey) {
    throw new GoogleError(400, 'API key not valid. Please pass a valid API key.', [
      { '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'API_KEY_INVALID', domain: 'googleapis.com' },
    ]);
  }
}

export function modelResource(route: Route, model: FakeModel): object {
  if (route.api === 'vertex') {
    return { name: `publishers/google/models/${route.model}`, versionId: 'default', launchStage: 'GA', openSourceCategory: 'PROPRIETARY' };
  }
  return {
    name: `models/${route.model}`,
    version: '001',
    displayName: `${route.model} (fake)`,
    description: `Fake of ${route.model}: aspect ratios ${model.ratios.join(', ')}; sizes ${model.sizes.join(', ')}.`,
    inputTokenLimit: 131072,
    outputTokenLimit: 32768,
    supportedGenerationMethods: ['generateContent', 'countTokens', 'batchGenerateContent'],
    thinking: true,
  };
}

export interface ValidCall {
  prompt: string;
  aspectRatio: string;
  imageSize: string;
  promptTokens: number;
  search: boolean;
  imageSearch: boolean;
}

/** Checks what Google checks, with INVALID_ARGUMENT messages in Google's style. */
export function validateGenerateContent(body: any, route: Route, model: FakeModel): ValidCall {
  const contents = body?.contents;
  if (!Array.isArray(contents) || contents.length === 0) {
    throw new GoogleError(400, '* GenerateContentRequest.contents: contents is not specified');
  }
  let textChars = 0;
  let images = 0;
  let lastText = '';
  contents.forEach((content: any, c: number) => {
    const parts = content?.parts;
    if (!Array.isArray(parts) || parts.length === 0) {
      throw new GoogleError(400, `* GenerateContentRequest.contents[${c}].parts: contents.parts must not be empty.`);
    }
    parts.forEach((part: any, p: number) => {
      const where = `GenerateContentRequest.contents[${c}].parts[${p}]`;
      if (typeof part?.text === 'string') {
        textChars += part.text.length;
        lastText = part.text;
      } else if (part?.inlineData) {
        const { mimeType, data } = part.inlineData;
        if (!INPUT_MIME_TYPES.has(mimeType)) {
          throw new GoogleError(400, `* ${where}.inline_data.mime_type: Unsupported MIME type: ${mimeType}`);
        }
        if (typeof data !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(data) || data.length === 0) {
          throw new GoogleError(400, `Invalid value at '${where}.inline_data.data' (TYPE_BYTES), Base64 decoding failed`);
        }
        images++;
      } else if (part?.fileData) {
        const uri: string = part.fileData.fileUri ?? '';
        if (route.api === 'developer' && uri.startsWith('gs://')) {
          throw new GoogleError(400, `* ${where}.file_data.file_uri: Unsupported file uri: ${uri}`);
        }
        if (route.api === 'vertex' && !/^gs:\/\/[^/]+\/.+/.test(uri)) {
          throw new GoogleError(400, `* ${where}.file_data.file_uri: Invalid Cloud Storage URI: ${uri}`);
        }
        images++;
      } else {
        throw new GoogleError(400, `* ${where}: part has no data`);
      }
    });
  });
  if (images > MAX_INPUT_IMAGES) {
    throw new GoogleError(400, `Too many input images: ${images}. The maximum number of images per request is ${MAX_INPUT_IMAGES}.`);
  }

  const config = body.generationConfig ?? {};
  const imageConfig = config.imageConfig ?? {};
  const aspectRatio: string = imageConfig.aspectRatio ?? '1:1';
  const imageSize: string = imageConfig.imageSize ?? '1K';
  if (!model.ratios.includes(aspectRatio)) {
    throw new GoogleError(
      400,
      `* GenerateContentRequest.generation_config.image_config.aspect_ratio: Unsupported aspect ratio "${aspectRatio}" for model ${route.model}. Supported values are ${model.ratios.join(', ')}.`,
    );
  }
  if (!model.sizes.includes(imageSize)) {
    throw new GoogleError(
      400,
      `* GenerateContentRequest.generation_config.image_config.image_size: Unsupported image size "${imageSize}" for model ${route.model}. Supported values are ${model.sizes.join(', ')}.`,
    );
  }
  const modalities: unknown = config.responseModalities;
  if (Array.isArray(modalities) && !modalities.includes('IMAGE')) {
    throw new GoogleError(400, 'Model only supports image generation when IMAGE is among the response modalities.');
  }
  const search = (body.tools ?? []).find((t: any) => t?.googleSearch);
  return {
    prompt: lastText,
    aspectRatio,
    imageSize,
    promptTokens: Math.ceil(textChars / 4) + images * INPUT_IMAGE_TOKENS,
    search: Boolean(search),
    imageSearch: Boolean(search?.googleSearch?.searchTypes?.imageSearch) && model.imageSearch,
  };
}

export function sendError(res: ServerResponse, code: number, message?: string, details?: object[]): void {
  if (code === 502) {
    // Google's front end answers 502 with an HTML page, not JSON.
    res.writeHead(502, { 'content-type': 'text/html; charset=UTF-8' });
    res.end('<!DOCTYPE html><html lang=en><title>Error 502 (Server Error)!!1</title><p><b>502.</b> That’s an error.</p></html>');
    return;
  }
  sendJson(res, code, {
    error: {
      code,
      message: message ?? DEFAULT_MESSAGES[code] ?? 'Error',
      status: STATUS_NAMES[code] ?? 'UNKNOWN',
      ...(details ? { details } : {}),
    },
  });
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  if (res.destroyed) return;
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=UTF-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}
