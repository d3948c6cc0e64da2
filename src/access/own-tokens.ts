import { randomUUID } from 'node:crypto';
import { errors, jwtVerify, SignJWT } from 'jose';
import { jwtFailure } from './jwt-failures';

/** The `iss` of hoso's own tokens: the only issuer whose tokens may be HS256. */
export const HOSO_ISSUER = 'hoso';

const UNITS: Record<string, number> = { s: 1, m: 60, h: 3_600, d: 86_400 };
/** A year: longer-lived credentials are API keys, which can be revoked one by one. */
const MAX_LIFETIME_SECONDS = 366 * 86_400;

/** `8h`, `30m`, `7d`, `3600s` (or bare seconds) → seconds; undefined for anything else. */
export function parseDuration(text: string): number | undefined {
  const match = /^\s*(\d+)\s*([smhd]?)\s*$/.exec(text);
  if (!match) return undefined;
  const seconds = Number(match[1]) * UNITS[match[2] || 's']!;
  return seconds > 0 && seconds <= MAX_LIFETIME_SECONDS ? seconds : undefined;
}

export interface OwnTokenRequest {
  readonly login: string;
  /** The user row's id, as the private claim `uid`: a login removed and created again does not revive old tokens. */
  readonly userId: number;
  readonly lifetimeSeconds: number;
  /** The user's `tokensValidAfter`: `iat` is never before it, so a token made right after a revocation works. */
  readonly validAfter: Date;
  readonly now?: Date;
}

/** A signed HS256 token: sub = login, iat, exp, jti, iss "hoso", and uid = the user row's id. */
export function signOwnToken(key: Uint8Array, request: OwnTokenRequest): Promise<string> {
  const now = Math.floor((request.now ?? new Date()).getTime() / 1000);
  const issuedAt = Math.max(now, Math.ceil(request.validAfter.getTime() / 1000));
  return new SignJWT({ uid: request.userId })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer(HOSO_ISSUER)
    .setSubject(request.login)
    .setIssuedAt(issuedAt)
    .setExpirationTime(now + request.lifetimeSeconds)
    .setJti(randomUUID())
    .sign(key);
}

export interface OwnTokenClaims {
  readonly login: string;
  readonly userId: number;
  /** Seconds since the epoch. */
  readonly issuedAt: number;
  /** Seconds since the epoch: the token is refused from this second on. */
  readonly expiresAt: number;
}

/** Checks signature (HS256 only), issuer, expiry and the presence of every claim; throws UnauthenticatedError. */
export async function verifyOwnToken(key: Uint8Array, token: string): Promise<OwnTokenClaims> {
  try {
    const { payload } = await jwtVerify(token, key, {
      issuer: HOSO_ISSUER,
      algorithms: ['HS256'],
      requiredClaims: ['sub', 'iat', 'exp', 'jti', 'uid'],
    });
    if (!Number.isSafeInteger(payload.uid))
      throw new errors.JWTClaimValidationFailed('"uid" claim must be an integer', payload, 'uid', 'invalid');
    return { login: payload.sub!, userId: payload.uid as number, issuedAt: payload.iat!, expiresAt: payload.exp! };
  } catch (error) {
    throw jwtFailure(error);
  }
}

/** Tokens kept at most: a few megabytes; past it the whole set is dropped and tokens are checked afresh. */
const MAX_VERIFIED_TOKENS = 10_000;

/**
 * The claims of own tokens whose signature was checked, by the token's exact text, until they
 * expire. A token's text cannot change without its signature failing, so checking it once per
 * process is as strict as checking it on every request; what may change (the user, its grants,
 * `tokensValidAfter`) is still read for every request.
 */
export class VerifiedOwnTokens {
  private readonly claims = new Map<string, OwnTokenClaims>();

  constructor(private readonly key: Uint8Array) {}

  /** The claims of a token checked before and not yet expired; undefined otherwise. */
  known(token: string, now = Date.now()): OwnTokenClaims | undefined {
    const claims = this.claims.get(token);
    if (!claims) return undefined;
    // jose's rule: refused once the current second reaches `exp`.
    if (Math.floor(now / 1000) < claims.expiresAt) return claims;
    this.claims.delete(token);
    return undefined;
  }

  /** Checks a token that is not `known` (throws UnauthenticatedError) and keeps its claims when it passes. */
  async verify(token: string): Promise<OwnTokenClaims> {
    const claims = await verifyOwnToken(this.key, token);
    if (this.claims.size >= MAX_VERIFIED_TOKENS) this.claims.clear();
    this.claims.set(token, claims);
    return claims;
  }
}
