import { errors } from 'jose';
import { UnauthenticatedError } from './unauthenticated.error';

/**
 * What a failed `jwtVerify` means to the person holding the token. Anything unexpected is
 * rethrown: a bug or an unreachable key set must not read as "your token is bad".
 */
export function jwtFailure(error: unknown, audience?: string): UnauthenticatedError {
  if (error instanceof errors.JWTExpired) {
    return new UnauthenticatedError('expired', 'Token đã hết hạn: hãy đăng nhập hoặc lấy token mới (token expired)');
  }
  if (error instanceof errors.JWSSignatureVerificationFailed || error instanceof errors.JWKSNoMatchingKey) {
    return new UnauthenticatedError('forged', 'Chữ ký của token không hợp lệ (invalid token signature, or signed with an unknown key)');
  }
  if (error instanceof errors.JOSEAlgNotAllowed || error instanceof errors.JOSENotSupported) {
    return new UnauthenticatedError('algorithm', 'Token được ký bằng thuật toán không được chấp nhận (signing algorithm not allowed)');
  }
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'aud') {
      return new UnauthenticatedError(
        'wrong-audience',
        `Token không dành cho hoso (audience phải là "${audience ?? ''}") (token issued for another audience)`,
      );
    }
    if (error.claim === 'iss')
      return new UnauthenticatedError('unknown-issuer', 'Token do một bên phát hành không được tin cậy (untrusted issuer)');
    return new UnauthenticatedError('claims', `Token thiếu hoặc sai thông tin "${error.claim}" (invalid "${error.claim}" claim)`);
  }
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid || error instanceof errors.JOSEError) {
    return new UnauthenticatedError('malformed', 'Token không đúng định dạng JWT (malformed token)');
  }
  throw error;
}
