import type { SheetsCredentials } from './auth';

export interface SheetsConfig {
  /** Undefined: Google (https://sheets.googleapis.com/). */
  readonly rootUrl: string | undefined;
  readonly credentials: SheetsCredentials;
  /** Per kind (reads, writes), Google's per-user quota by default. */
  readonly requestsPerMinute: number;
  /** Attempts per call, retries included (`GOOGLE_SHEETS_MAX_ATTEMPTS`); the retry policy's default when absent. */
  readonly maxAttempts?: number;
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

/**
 * Reads the Google client's configuration:
 * - `GOOGLE_API_ROOT_URL` — e.g. http://127.0.0.1:8787/ for the emulator; unset for Google;
 * - `GOOGLE_ACCESS_TOKEN` — a ready token (wins when both credentials are set: the explicit token is the intent);
 * - `GOOGLE_APPLICATION_CREDENTIALS` — path of a service-account JSON key;
 * - `GOOGLE_SHEETS_REQUESTS_PER_MINUTE` — client-side limit per kind, default 60;
 * - `GOOGLE_SHEETS_MAX_ATTEMPTS` — attempts per call before a 429/5xx is given up on, default 8.
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
  return { rootUrl, credentials, requestsPerMinute: perMinute, ...(attempts !== undefined ? { maxAttempts: attempts } : {}) };
}
