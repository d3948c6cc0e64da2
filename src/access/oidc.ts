import { createRemoteJWKSet, errors, type JWTPayload, jwtVerify } from 'jose';
import { jwtFailure } from './jwt-failures';
import { SignInUnavailableError } from './unauthenticated.error';

/** Asymmetric only: an HS256 token "signed" with the provider's public key must never pass. */
export const OIDC_ALGORITHMS = ['RS256', 'ES256', 'PS256', 'EdDSA'];

export interface OidcOptions {
  readonly issuer: string;
  readonly audience: string;
  /** How soon an unknown `kid` may refetch the key set (jose's default 30 s; tests use 0). */
  readonly cooldownMs?: number;
  /** How long a fetched key set is trusted without refetching (10 min). */
  readonly cacheMaxAgeMs?: number;
  readonly timeoutMs?: number;
}

type KeySet = ReturnType<typeof createRemoteJWKSet>;

/**
 * Verifies tokens of one OpenID Connect provider: the JWKS is found once by discovery, then
 * cached by jose, which refetches it when a token names a `kid` it does not hold (a rotated
 * key) — at most once per cooldown, so forged `kid`s cannot hammer the provider.
 */
export class OidcVerifier {
  private keySet?: Promise<KeySet>;

  constructor(private readonly options: OidcOptions) {}

  get issuer(): string {
    return this.options.issuer;
  }

  /** Whether the token claims to come from this provider (an issuer with or without its trailing slash). */
  claimsIssuer(iss: unknown): boolean {
    return typeof iss === 'string' && iss.replace(/\/$/, '') === this.options.issuer.replace(/\/$/, '');
  }

  async verify(token: string): Promise<JWTPayload> {
    const keySet = await this.discover();
    try {
      const { payload } = await jwtVerify(token, keySet, {
        issuer: [this.options.issuer, this.options.issuer.replace(/\/$/, '')],
        audience: this.options.audience,
        algorithms: OIDC_ALGORITHMS,
        requiredClaims: ['sub', 'exp'],
      });
      return payload;
    } catch (error) {
      if (error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid || isNetworkError(error)) {
        throw new SignInUnavailableError('không tải được khóa (JWKS)');
      }
      throw jwtFailure(error, this.options.audience);
    }
  }

  /** `<issuer>/.well-known/openid-configuration` → `jwks_uri`; a failure is not cached, the next request tries again. */
  private discover(): Promise<KeySet> {
    this.keySet ??= this.fetchKeySet().catch((error: unknown) => {
      this.keySet = undefined;
      throw error;
    });
    return this.keySet;
  }

  private async fetchKeySet(): Promise<KeySet> {
    const url = `${this.options.issuer.replace(/\/$/, '')}/.well-known/openid-configuration`;
    let document: { issuer?: unknown; jwks_uri?: unknown };
    try {
      const response = await fetch(url, {
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 5_000),
        headers: { accept: 'application/json' },
      });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      document = (await response.json()) as typeof document;
    } catch (error) {
      throw new SignInUnavailableError(`không đọc được ${url} (${error instanceof Error ? error.message : String(error)})`);
    }
    // OpenID Connect Discovery §4.3: the document must name the issuer it was fetched for.
    if (!this.claimsIssuer(document.issuer) || typeof document.jwks_uri !== 'string') {
      throw new SignInUnavailableError(`${url} không khớp HOSO_OIDC_ISSUER hoặc thiếu jwks_uri`);
    }
    return createRemoteJWKSet(new URL(document.jwks_uri), {
      cooldownDuration: this.options.cooldownMs ?? 30_000,
      cacheMaxAge: this.options.cacheMaxAgeMs ?? 600_000,
      timeoutDuration: this.options.timeoutMs ?? 5_000,
    });
  }
}

function isNetworkError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^(ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|EHOSTUNREACH)$/.test(code);
}
