import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { AppConfig } from '../app/config';

/** HS256 wants a key at least as long as its output (RFC 7518 §3.2). */
const MIN_SECRET_BYTES = 32;

/**
 * The key that signs and checks hoso's own tokens: `HOSO_TOKEN_SECRET`, or a random one written
 * once to `config.tokenSecretFile` (mode 0600) so that the embedded default needs no setup and
 * tokens survive a restart. `wx` makes the first writer win when two processes start together.
 */
export function loadTokenKey(config: Pick<AppConfig, 'tokenSecret' | 'tokenSecretFile'>): Uint8Array {
  if (config.tokenSecret !== undefined) {
    const key = new TextEncoder().encode(config.tokenSecret);
    if (key.length < MIN_SECRET_BYTES) throw new Error(`HOSO_TOKEN_SECRET must be at least ${MIN_SECRET_BYTES} bytes long`);
    return key;
  }
  const file = config.tokenSecretFile;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(MIN_SECRET_BYTES).toString('base64url') + '\n', { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const key = new TextEncoder().encode(readFileSync(file, 'utf8').trim());
  if (key.length < MIN_SECRET_BYTES)
    throw new Error(`${file} holds a key shorter than ${MIN_SECRET_BYTES} bytes: delete it to generate a new one`);
  return key;
}
