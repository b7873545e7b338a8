import type { ErrorBody } from './wire.js';

// The wire types are generated from the server's zod schemas (src/contract/ in the repository) into
// wire.ts; this file adds the names derived from them.

export type {
  AspectRatio,
  CreateImageParams,
  ErrorBody,
  HttpErrorCode,
  PageMeta,
  ReferenceImage,
  Resolution,
  RotatedWebhookSecret,
  Task,
  TaskErrorCode,
  TaskStage,
  TaskStatus,
  WebhookDelivery,
} from './wire.js';

/** One entry of a 400's `invalid_params`: the request path of the field and what is wrong with it. */
export type InvalidParam = NonNullable<ErrorBody['invalid_params']>[number];
