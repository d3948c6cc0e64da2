import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Em } from '../app/orm';
import { BadUserInputError, NotFoundError } from '../common/errors/errors';
import type { Grant } from './access.types';
import { AccessGrant } from './access-grant.entity';
import { ApiKey } from './api-key.entity';
import { grantOf, grantRowData, newGrants } from './grants';

/**
 * `hoso_<prefix>_<secret>`: 10 hex characters to find the row (public, safe in logs), then 32
 * random bytes in base64url. The `hoso_` head lets secret scanners and people recognise it.
 */
const API_KEY = /^hoso_([0-9a-f]{10})_([A-Za-z0-9_-]{43})$/;
const NAME = /^[A-Za-z0-9][A-Za-z0-9._@:-]{0,99}$/;

export function looksLikeApiKey(token: string): boolean {
  return token.startsWith('hoso_');
}

export function parseApiKey(token: string): { prefix: string; secret: string } | undefined {
  const match = API_KEY.exec(token);
  return match ? { prefix: match[1]!, secret: match[2]! } : undefined;
}

/**
 * SHA-256, not a slow password hash: the secret is 256 random bits, so there is nothing to
 * guess from a stolen hash (bcrypt/argon2 protect low-entropy passwords by being slow), and a
 * fast hash keeps every request's check to microseconds.
 */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

export function secretMatches(secret: string, storedHash: string): boolean {
  const given = Buffer.from(hashSecret(secret), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}

/** Creates a key with its grants; returns the key, which is shown once and never stored. */
export async function addApiKey(em: Em, name: string, grants: readonly Grant[]): Promise<string> {
  if (!NAME.test(name))
    throw new BadUserInputError([{ field: 'name', message: `Tên khóa "${name}" chỉ gồm chữ không dấu, số và . _ @ : -` }]);
  if (await em.count(ApiKey, { name })) {
    throw new BadUserInputError([{ field: 'name', message: `Đã có khóa API tên "${name}": thu hồi nó hoặc chọn tên khác` }]);
  }
  const prefix = randomBytes(5).toString('hex');
  const secret = randomBytes(32).toString('base64url');
  const key = em.create(ApiKey, { name, prefix, secretHash: hashSecret(secret) });
  for (const grant of newGrants([], grants)) key.grants.add(em.create(AccessGrant, { ...grantRowData(em, grant), apiKey: key }));
  await em.flush();
  return `hoso_${prefix}_${secret}`;
}

export async function revokeApiKey(em: Em, name: string): Promise<void> {
  const key = await em.findOne(ApiKey, { name });
  if (!key) throw new NotFoundError('Khóa API', name);
  key.revokedAt ??= new Date();
  await em.flush();
}

export interface ApiKeyListing {
  readonly name: string;
  readonly prefix: string;
  readonly createdAt: Date;
  readonly lastUsedAt: Date | null;
  readonly revokedAt: Date | null;
  readonly grants: readonly Grant[];
}

export async function listApiKeys(em: Em): Promise<ApiKeyListing[]> {
  const keys = await em.find(ApiKey, {}, { populate: ['grants'], orderBy: { name: 'asc' } });
  return keys.map((k) => ({
    name: k.name,
    prefix: k.prefix,
    createdAt: k.createdAt,
    lastUsedAt: k.lastUsedAt ?? null,
    revokedAt: k.revokedAt ?? null,
    grants: k.grants.getItems().map(grantOf),
  }));
}
