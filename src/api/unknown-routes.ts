import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { HttpError } from './errors.js';
import { sendError } from './http.js';

/**
 * The API's path spaces in which every request, known route or not, is authenticated first
 * (docs/api.md, "Authentication"): clients check a key by calling any route, so a bad key must get
 * 401 on `/v1/ai/mystic` too, and a good key the usual 404.
 */
export const AUTHENTICATED_PREFIXES = ['/v1/ai', '/v1/webhooks'] as const;

/**
 * Answers unknown paths and methods under each prefix: the key check (`requireKey`: 401, rate
 * limit) runs before the 404, exactly as it does before a known route.
 */
export async function registerAuthenticatedNotFound(
  app: FastifyInstance,
  requireKey: (request: FastifyRequest, reply: FastifyReply) => Promise<void>,
): Promise<void> {
  for (const prefix of AUTHENTICATED_PREFIXES) {
    await app.register(
      async (scope) => {
        // onRequest: before the body is read, so a bad key is a 401 whatever the body or its type.
        scope.addHook('onRequest', requireKey);
        scope.setNotFoundHandler((_request, reply) => {
          sendError(reply, new HttpError('not_found'));
        });
      },
      { prefix },
    );
  }
}
