/** Truncated exponential backoff with full jitter, as Google recommends for Sheets quotas and 5xx. */
export interface RetryPolicy {
  /** Attempts in all, the first included. */
  readonly maxAttempts: number;
  readonly baseDelayMs: number;
  /** The truncation: no single wait is longer. */
  readonly maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 8, baseDelayMs: 1000, maxDelayMs: 64_000 };

/**
 * The wait before retry number `retry` (0 for the first retry): uniform in
 * [0, min(max, base·2^retry)). Full jitter spreads clients that failed together, so they do
 * not come back together.
 */
export function backoffDelay(retry: number, policy: RetryPolicy, random: () => number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry);
  return Math.floor(random() * ceiling);
}

/** 429 (quota) and every 5xx are worth another try; other 4xx would fail the same way again. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || (status >= 500 && status <= 599);
}

const TRANSIENT_NETWORK_CODES: ReadonlySet<string> = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ETIMEDOUT',
  'EPIPE',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'TimeoutError',
]);

/** A failure with no HTTP response that another attempt may not meet (a dropped connection, a timeout). */
export function isTransientNetworkError(code: string | null): boolean {
  return code !== null && TRANSIENT_NETWORK_CODES.has(code);
}
