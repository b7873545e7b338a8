import pino, { type Logger } from 'pino';

/**
 * Structured JSON logs (pino). Keys, secrets and image data never reach them. By default to stdout,
 * written asynchronously: lines that come while a write is under way go out together in the next
 * one, so a burst of requests and tasks does not wait on a write per line; pino flushes what is
 * left when the process exits.
 */
export function createLogger(level: string, destination: pino.DestinationStream = pino.destination({ dest: 1, sync: false })): Logger {
  return pino(
    {
      level,
      base: { service: 'bananastand' },
      // Fixed paths only: wildcard paths make pino clone every logged object. Request logs carry
      // no headers or bodies, and nothing logs a key, a secret or image bytes; these paths guard
      // the places where a header object could still be logged.
      redact: {
        paths: [
          'req.headers["x-magnific-api-key"]',
          'req.headers["x-freepik-api-key"]',
          'req.headers.authorization',
          'headers["x-magnific-api-key"]',
          'headers["x-freepik-api-key"]',
          'headers.authorization',
          'headers["webhook-signature"]',
        ],
        censor: '[redacted]',
      },
      serializers: { err: pino.stdSerializers.err },
    },
    destination,
  );
}
