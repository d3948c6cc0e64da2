import pino from 'pino';

/** Structured logs (JSON lines on stdout). Never log credentials or tokens. */
export const logger = pino({
  level: process.env.LOG_LEVEL || 'info',
  redact: ['*.password', '*.token', '*.accessToken', '*.private_key', 'req.headers.authorization'],
});
