import pino, { type Logger } from 'pino';

/**
 * Structured JSON logs. Keys, secrets and image data never reach them: request logs carry no
 * headers or bodies, and these paths are redacted wherever they appear.
 */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'bananastand' },
      redact: {
        paths: [
          'req.headers["x-magnific-api-key"]',
          'req.headers["x-freepik-api-key"]',
          'req.headers.authorization',
          'headers["x-magnific-api-key"]',
          'headers["x-freepik-api-key"]',
          'headers.authorization',
          '*.apiKey',
          '*.webhookSecret',
          '*.secret',
          '*.bytes',
          '*.data',
        ],
        censor: '[redacted]',
      },
      serializers: { err: pino.stdSerializers.err },
    },
    destination,
  );
}
