import { GraphQLError } from 'graphql';

/** Why a credential was refused; also in `extensions.reason` so that a client can react (sign in again, fix its setup). */
export type UnauthenticatedReason =
  | 'missing'
  | 'malformed'
  | 'expired'
  | 'forged'
  | 'algorithm'
  | 'revoked'
  | 'unknown-user'
  | 'unknown-key'
  | 'unknown-issuer'
  | 'wrong-audience'
  | 'claims';

/**
 * A request whose credential is missing or refused: HTTP 401 with `WWW-Authenticate: Bearer`
 * (Apollo 5 reads `extensions.http` — status and a Map of headers — and strips it from the
 * response), nothing else about the request evaluated. The message says what was wrong in
 * Vietnamese, then in English in parentheses, as the API's other errors do.
 */
export class UnauthenticatedError extends GraphQLError {
  constructor(
    readonly reason: UnauthenticatedReason,
    message: string,
  ) {
    super(message, {
      extensions: { code: 'UNAUTHENTICATED', reason, http: { status: 401, headers: new Map([['www-authenticate', 'Bearer']]) } },
    });
  }
}

/** The OpenID Connect provider cannot be reached: the server's trouble, not the client's (503, try again). */
export class SignInUnavailableError extends GraphQLError {
  constructor(detail: string) {
    super(`Không kết nối được tới nhà cung cấp đăng nhập (OpenID Connect): ${detail} (sign-in provider unavailable)`, {
      extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: 503, headers: new Map([['retry-after', '30']]) } },
    });
  }
}
