import type { SheetsCredentials } from './auth';

export interface SheetsConfig {
  /** Undefined: Google (https://sheets.googleapis.com/). */
  readonly rootUrl: string | undefined;
  readonly credentials: SheetsCredentials;
  /** Per kind (reads, writes), Google's per-user quota by default. */
  readonly requestsPerMinute: number;
  /** Attempts per call, retries included (`GOOGLE_SHEETS_MAX_ATTEMPTS`); the retry policy's default when absent. */
  readonly maxAttempts?: number;
  /** Google's per-project quota per kind (`GOOGLE_SHEETS_PROJECT_REQUESTS_PER_MINUTE`, default 300), shared by every process of the project. */
  readonly projectRequestsPerMinute: number;
  /**
   * `GOOGLE_SHEETS_QUOTA_WINDOW_SECONDS` (default 60, at most 60): the project quota is counted over
   * any window of this length, scaled (`perMinute × window / 60` calls): a shorter window spreads
   * the calls more evenly over the minute.
   */
  readonly quotaWindowSeconds: number;
}

/** No way to sign in to Google is configured: what an operator must set, in Vietnamese. */
export class SheetsNotConfiguredError extends Error {
  override readonly name = 'SheetsNotConfiguredError';

  constructor() {
    super(
      'Chưa cấu hình tài khoản Google Sheets: đặt GOOGLE_APPLICATION_CREDENTIALS (đường dẫn tệp khoá JSON của tài khoản dịch vụ) ' +
        'hoặc GOOGLE_ACCESS_TOKEN (với trình giả lập, giá trị nào cũng được).',
    );
  }
}

export const DEFAULT_REQUESTS_PER_MINUTE = 60;
export const DEFAULT_PROJECT_REQUESTS_PER_MINUTE = 300;

function positiveFromEnv(env: Readonly<Record<string, string | undefined>>, name: string, fallback: number, max = Infinity): number {
  const raw = env[name];
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0 || value > max)
    throw new Error(`${name} must be a positive number${max < Infinity ? ` up to ${max}` : ''}`);
  return value;
}

/**
 * Reads the Google client's configuration:
 * - `GOOGLE_API_ROOT_URL` — e.g. http://127.0.0.1:8787/ for the emulator; unset for Google;
 * - `GOOGLE_ACCESS_TOKEN` — a ready token (wins when both credentials are set: the explicit token is the intent);
 * - `GOOGLE_APPLICATION_CREDENTIALS` — path of a service-account JSON key;
 * - `GOOGLE_SHEETS_REQUESTS_PER_MINUTE` — client-side limit per kind, default 60;
 * - `GOOGLE_SHEETS_MAX_ATTEMPTS` — attempts per call before a 429/5xx is given up on, default 8;
 * - `GOOGLE_SHEETS_PROJECT_REQUESTS_PER_MINUTE` (default 300) and `GOOGLE_SHEETS_QUOTA_WINDOW_SECONDS`
 *   (default 60) — the project's quota, which the application may share between processes.
 */
export function sheetsConfigFromEnv(env: Readonly<Record<string, string | undefined>> = process.env): SheetsConfig {
  const rootUrl = env.GOOGLE_API_ROOT_URL?.trim() || undefined;
  const token = env.GOOGLE_ACCESS_TOKEN?.trim();
  const keyFile = env.GOOGLE_APPLICATION_CREDENTIALS?.trim();
  let credentials: SheetsCredentials;
  if (token) credentials = { kind: 'access-token', token };
  else if (keyFile) credentials = { kind: 'service-account', keyFile };
  else throw new SheetsNotConfiguredError();
  const perMinute = env.GOOGLE_SHEETS_REQUESTS_PER_MINUTE ? Number(env.GOOGLE_SHEETS_REQUESTS_PER_MINUTE) : DEFAULT_REQUESTS_PER_MINUTE;
  if (!Number.isFinite(perMinute) || perMinute <= 0) throw new Error('GOOGLE_SHEETS_REQUESTS_PER_MINUTE must be a positive number');
  const attempts = env.GOOGLE_SHEETS_MAX_ATTEMPTS ? Number(env.GOOGLE_SHEETS_MAX_ATTEMPTS) : undefined;
  if (attempts !== undefined && (!Number.isInteger(attempts) || attempts <= 0)) {
    throw new Error('GOOGLE_SHEETS_MAX_ATTEMPTS must be a positive whole number');
  }
  return {
    rootUrl,
    credentials,
    requestsPerMinute: perMinute,
    ...(attempts !== undefined ? { maxAttempts: attempts } : {}),
    projectRequestsPerMinute: positiveFromEnv(env, 'GOOGLE_SHEETS_PROJECT_REQUESTS_PER_MINUTE', DEFAULT_PROJECT_REQUESTS_PER_MINUTE),
    quotaWindowSeconds: positiveFromEnv(env, 'GOOGLE_SHEETS_QUOTA_WINDOW_SECONDS', 60, 60),
  };
}
