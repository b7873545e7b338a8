import { z } from 'zod';

/** Bodies of /healthz and /readyz. */
export const healthSchema = z.object({ status: z.literal('ok') });
export const readySchema = z.object({ status: z.literal('ready'), engine: z.string(), model: z.string() });
