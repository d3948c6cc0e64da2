/** An error answered in Google's JSON shape: `{ "error": { "code", "message", "status" } }`. */
export class ApiError extends Error {
  constructor(
    readonly code: number,
    readonly status: string,
    message: string,
  ) {
    super(message);
  }

  toJSON(): { error: { code: number; message: string; status: string } } {
    return { error: { code: this.code, message: this.message, status: this.status } };
  }
}

export const invalidArgument = (message: string): ApiError => new ApiError(400, 'INVALID_ARGUMENT', message);
export const notFound = (message = 'Requested entity was not found.'): ApiError => new ApiError(404, 'NOT_FOUND', message);
export const unauthenticated = (): ApiError =>
  new ApiError(
    401,
    'UNAUTHENTICATED',
    'Request is missing required authentication credential. Expected OAuth 2 access token, login cookie or other valid authentication credential.',
  );
export const resourceExhausted = (metric: string): ApiError =>
  new ApiError(
    429,
    'RESOURCE_EXHAUSTED',
    `Quota exceeded for quota metric '${metric}' and limit '${metric} per minute per user' of service 'sheets.googleapis.com'.`,
  );
/** An injected failure: 429 in quota shape, 503 as UNAVAILABLE, anything else as INTERNAL. */
export const serverError = (code: number): ApiError =>
  code === 429
    ? resourceExhausted('Write requests')
    : code === 503
      ? new ApiError(503, 'UNAVAILABLE', 'The service is currently unavailable.')
      : new ApiError(code, 'INTERNAL', 'Internal error encountered.');
