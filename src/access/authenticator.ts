import { decodeJwt } from 'jose';
import type { AppConfig } from '../app/config';
import { logger } from '../app/logger';
import type { Em, Orm } from '../app/orm';
import type { Grant, Principal } from './access.types';
import { ApiKey } from './api-key.entity';
import { looksLikeApiKey, parseApiKey, secretMatches } from './api-keys.service';
import { parseGrantEntry, resolveGrantSpec } from './grants';
import { type OwnerWithGrants, readOwnerWithGrants } from './principal-rows';
import { OidcVerifier, type OidcOptions } from './oidc';
import { HOSO_ISSUER, type OwnTokenClaims, VerifiedOwnTokens } from './own-tokens';
import { SignInFailureLog } from './sign-in-audit';
import type { SignInCache } from './sign-in-cache';
import { loadTokenKey } from './token-secret';
import { UnauthenticatedError } from './unauthenticated.error';
import { User } from './user.entity';

/** With `HOSO_AUTH=off`: every request is this, a root admin with every right (development only). */
export const ANONYMOUS_PRINCIPAL: Principal = Object.freeze({
  kind: 'anonymous',
  name: 'anonymous',
  grants: Object.freeze([Object.freeze({ role: 'admin', scope: Object.freeze({ kind: 'root' }), personalData: true, sync: true })]),
});

/** `lastUsedAt` is "in the last minute", not a write per request. */
const LAST_USED_PRECISION_MS = 60_000;
/** OIDC grant entries are resolved to ids at most this often: a code's meaning changes rarely. */
const OIDC_SCOPE_CACHE_MS = 60_000;

export interface AuthenticateOptions {
  /** The client's address, for the rate limit of failure records (`unknown` when not given). */
  readonly client?: string;
}

export interface AuthenticatorOptions {
  /** Test seams for the OIDC key set's cooldown and cache. */
  readonly oidc?: Pick<OidcOptions, 'cooldownMs' | 'cacheMaxAgeMs' | 'timeoutMs'>;
  readonly failureLog?: ConstructorParameters<typeof SignInFailureLog>[1];
  /** What sign-in read, kept between requests (the server's, on PostgreSQL); without it every request reads afresh. */
  readonly signInCache?: SignInCache;
}

/** What is known about a refused attempt, for its audit row. */
interface Attempt {
  actor: string;
  method: string;
}

/**
 * Turns an `Authorization` header into a Principal, or refuses it with UNAUTHENTICATED:
 * hoso's own tokens (HS256, iss "hoso"; the user and grants read from the database, or from
 * the sign-in cache that every change empties, so a change applies at once), API keys (`hoso_<prefix>_<secret>`), and OpenID Connect
 * tokens of `HOSO_OIDC_ISSUER` (asymmetric algorithms only).
 */
export class Authenticator {
  private readonly ownTokens: VerifiedOwnTokens | undefined;
  private readonly oidc: OidcVerifier | undefined;
  private readonly failures: SignInFailureLog;
  private readonly oidcGrantCache = new Map<string, { grant: Grant | undefined; at: number }>();
  private readonly signInCache: SignInCache | undefined;

  constructor(
    private readonly orm: Orm,
    private readonly config: AppConfig,
    options: AuthenticatorOptions = {},
  ) {
    // Off means no credential is ever read: do not create a key file for nothing.
    this.ownTokens = config.authMode === 'on' ? new VerifiedOwnTokens(loadTokenKey(config)) : undefined;
    this.oidc =
      config.oidcIssuer && config.oidcAudience
        ? new OidcVerifier({ issuer: config.oidcIssuer, audience: config.oidcAudience, ...options.oidc })
        : undefined;
    this.failures = new SignInFailureLog(orm, options.failureLog);
    this.signInCache = options.signInCache;
  }

  async authenticate(authorizationHeader: string | undefined, options: AuthenticateOptions = {}): Promise<Principal> {
    if (this.config.authMode === 'off') return ANONYMOUS_PRINCIPAL;
    const attempt: Attempt = { actor: 'unknown', method: 'none' };
    try {
      return await this.verify(authorizationHeader, attempt);
    } catch (error) {
      if (error instanceof UnauthenticatedError) {
        await this.failures.record({ ...attempt, reason: error.reason, client: options.client ?? 'unknown' });
      }
      throw error;
    }
  }

  private async verify(header: string | undefined, attempt: Attempt): Promise<Principal> {
    if (header === undefined || header.trim() === '') {
      throw new UnauthenticatedError(
        'missing',
        'Cần đăng nhập: gửi header "Authorization: Bearer <token>" (no bearer token in the request)',
      );
    }
    const match = /^\s*Bearer +(\S+)\s*$/i.exec(header);
    if (!match) {
      throw new UnauthenticatedError('malformed', 'Header Authorization phải có dạng "Bearer <token>" (malformed Authorization header)');
    }
    const token = match[1]!;
    const known = this.ownTokens!.known(token);
    if (known) {
      // Checked on an earlier request: what it claims is already known to be true.
      attempt.method = 'token';
      attempt.actor = known.login;
      return this.ownTokenPrincipal(known);
    }
    if (looksLikeApiKey(token)) {
      attempt.method = 'apikey';
      return this.verifyApiKey(token, attempt);
    }
    let claims: { iss?: unknown; sub?: unknown };
    try {
      claims = decodeJwt(token);
    } catch {
      throw new UnauthenticatedError('malformed', 'Token không đúng định dạng JWT hay khóa API của hoso (malformed token)');
    }
    // Unverified, for routing and for the audit row only: what the token claims to be.
    if (typeof claims.sub === 'string') attempt.actor = claims.sub;
    if (claims.iss === HOSO_ISSUER) {
      attempt.method = 'token';
      return this.ownTokenPrincipal(await this.ownTokens!.verify(token));
    }
    if (this.oidc?.claimsIssuer(claims.iss)) {
      attempt.method = 'oidc';
      return this.verifyOidc(token, attempt);
    }
    throw new UnauthenticatedError('unknown-issuer', 'Token do một bên phát hành không được tin cậy (unknown token issuer)');
  }

  private em(): Em {
    return this.orm.em.fork({ clear: true }) as Em;
  }

  /** The owner and its grants, from the sign-in cache when there is one; only found owners are kept. */
  private readOwner<T>(
    cacheKey: string,
    entity: string,
    column: 'user_id' | 'api_key_id',
    where: [string, string],
  ): Promise<OwnerWithGrants<T>> {
    const load = () => readOwnerWithGrants<T>(this.em(), entity, column, (qb) => qb.where(...where));
    return this.signInCache ? this.signInCache.read(cacheKey, load, (read) => read.owner !== undefined) : load();
  }

  private async ownTokenPrincipal(claims: OwnTokenClaims): Promise<Principal> {
    const {
      owner: user,
      grants,
      resolvedGrants,
    } = await this.readOwner<User>(`user:${claims.login}`, User.name, 'user_id', ['t.login', claims.login]);
    if (!user || user.id !== claims.userId) {
      throw new UnauthenticatedError('unknown-user', `Người dùng "${claims.login}" đã bị xóa (the token's user was removed)`);
    }
    if (claims.issuedAt * 1000 < user.tokensValidAfter.getTime()) {
      throw new UnauthenticatedError('revoked', 'Token đã bị thu hồi: hãy lấy token mới (token revoked)');
    }
    return { kind: 'user', name: user.login, grants, resolvedGrants };
  }

  private async verifyApiKey(token: string, attempt: Attempt): Promise<Principal> {
    const parsed = parseApiKey(token);
    if (!parsed) throw new UnauthenticatedError('malformed', 'Khóa API không đúng dạng hoso_<mã>_<bí mật> (malformed API key)');
    attempt.actor = `apikey:${parsed.prefix}`;
    const cacheKey = `apikey:${parsed.prefix}`;
    const {
      owner: key,
      grants,
      resolvedGrants,
    } = await this.readOwner<ApiKey>(cacheKey, ApiKey.name, 'api_key_id', ['t.prefix', parsed.prefix]);
    if (!key || !secretMatches(parsed.secret, key.secretHash)) {
      throw new UnauthenticatedError('unknown-key', 'Khóa API không tồn tại (unknown API key)');
    }
    attempt.actor = key.name;
    if (key.revokedAt) throw new UnauthenticatedError('revoked', `Khóa API "${key.name}" đã bị thu hồi (API key revoked)`);
    const now = new Date();
    if (!key.lastUsedAt || now.getTime() - key.lastUsedAt.getTime() >= LAST_USED_PRECISION_MS) {
      // A plain UPDATE: no unit of work, no audit row, and concurrent requests write it once.
      const stale = new Date(now.getTime() - LAST_USED_PRECISION_MS);
      await this.em().nativeUpdate(
        ApiKey,
        { id: key.id, $or: [{ lastUsedAt: null }, { lastUsedAt: { $lt: stale } }] },
        { lastUsedAt: now },
      );
      // What was kept has the old time: the next request reads the row again rather than write it again.
      this.signInCache?.forget(cacheKey);
    }
    return { kind: 'apikey', name: key.name, grants, resolvedGrants };
  }

  private async verifyOidc(token: string, attempt: Attempt): Promise<Principal> {
    const payload = await this.oidc!.verify(token);
    const preferred = payload[this.config.oidcNameClaim];
    const name =
      typeof preferred === 'string' && preferred !== '' ? preferred : `oidc:${new URL(this.oidc!.issuer).host}:${payload.sub ?? ''}`;
    attempt.actor = name;
    return { kind: 'oidc', name, grants: await this.oidcGrants(payload[this.config.oidcGrantsClaim]) };
  }

  /**
   * The grants claim: an array of `role:scope[:personal-data][:sync]` strings (or one string of
   * them separated by spaces or commas). An entry that does not parse or resolve is skipped and
   * logged: one misconfigured entry must not lock the person out of the rest.
   */
  private async oidcGrants(claim: unknown): Promise<Grant[]> {
    const entries = Array.isArray(claim) ? claim : typeof claim === 'string' ? claim.split(/[\s,]+/) : [];
    const grants: Grant[] = [];
    const now = Date.now();
    for (const entry of entries) {
      if (typeof entry !== 'string' || entry.trim() === '') continue;
      let cached = this.oidcGrantCache.get(entry);
      if (!cached || now - cached.at >= OIDC_SCOPE_CACHE_MS) {
        cached = { grant: await this.resolveOidcEntry(entry), at: now };
        if (this.oidcGrantCache.size >= 10_000) this.oidcGrantCache.clear();
        this.oidcGrantCache.set(entry, cached);
      }
      if (cached.grant) grants.push(cached.grant);
    }
    return grants;
  }

  private async resolveOidcEntry(entry: string): Promise<Grant | undefined> {
    const spec = parseGrantEntry(entry);
    if (typeof spec === 'string') {
      logger.warn({ entry, claim: this.config.oidcGrantsClaim }, `OIDC grant ignored: ${spec}`);
      return undefined;
    }
    try {
      return await resolveGrantSpec(this.em(), spec);
    } catch (error) {
      const problem = error instanceof Error ? error.message : String(error);
      logger.warn({ entry, claim: this.config.oidcGrantsClaim, problem }, 'OIDC grant ignored: its scope does not resolve');
      return undefined;
    }
  }
}

/** With `HOSO_AUTH=off`, says so loudly once (the server calls it at start); returns whether it did. */
export function warnWhenAuthOff(config: Pick<AppConfig, 'authMode'>): boolean {
  if (config.authMode !== 'off') return false;
  logger.warn(
    'HOSO_AUTH=off: SIGN-IN IS DISABLED — every request acts as an anonymous administrator with access to all personal data. ' +
      'Never use this outside development (ĐĂNG NHẬP ĐÃ TẮT: ai truy cập được cổng này cũng đọc và sửa được mọi hồ sơ).',
  );
  return true;
}
