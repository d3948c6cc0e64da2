/** A Sheets API call that failed for good (after the retries it was allowed). */
export class SheetsApiError extends Error {
  override readonly name = 'SheetsApiError';

  constructor(
    message: string,
    /** HTTP status, or null when no response came back (network error). */
    readonly status: number | null,
    /** Google's status name (`INVALID_ARGUMENT`, `RESOURCE_EXHAUSTED`...) when the body had one. */
    readonly googleStatus: string | null,
    /**
     * True when the request may have been applied even though it failed (a 5xx or a broken
     * connection after sending). A caller must not blindly repeat a non-idempotent request then.
     */
    readonly maybeApplied: boolean,
    readonly attempts: number,
  ) {
    super(message);
  }
}

interface ErrorLike {
  readonly message?: unknown;
  readonly code?: unknown;
  readonly status?: unknown;
  readonly response?: { readonly status?: unknown; readonly data?: unknown };
}

export interface FailureDetails {
  readonly status: number | null;
  readonly googleStatus: string | null;
  readonly message: string;
  /** A network code such as ECONNREFUSED, when there was no HTTP response. */
  readonly networkCode: string | null;
}

/** Reads a googleapis (gaxios) error without depending on gaxios' classes. */
export function failureDetails(error: unknown): FailureDetails {
  const e = (typeof error === 'object' && error !== null ? error : {}) as ErrorLike;
  const status = typeof e.response?.status === 'number' ? e.response.status : typeof e.status === 'number' ? e.status : null;
  const body = e.response?.data as { error?: { message?: unknown; status?: unknown } } | undefined;
  const googleStatus = typeof body?.error?.status === 'string' ? body.error.status : null;
  const message = typeof body?.error?.message === 'string' ? body.error.message : typeof e.message === 'string' ? e.message : String(error);
  const networkCode = status === null && typeof e.code === 'string' ? e.code : null;
  return { status, googleStatus, message, networkCode };
}
