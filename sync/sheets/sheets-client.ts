import { createAuthClient, type SheetsCredentials } from './auth';
import { countCalls } from './call-meter';
import { type Clock, systemClock } from './clock';
import { SheetsApiError, failureDetails } from './errors';
import { googleSheets, type sheets_v4 } from './google-sheets-api';
import { RateLimiter } from './rate-limiter';
import { DEFAULT_RETRY_POLICY, type RetryPolicy, backoffDelay, isRetryableStatus, isTransientNetworkError } from './retry';
import { DEFAULT_REQUESTS_PER_MINUTE, type SheetsConfig } from './config';

export type ValueRenderOption = 'FORMATTED_VALUE' | 'UNFORMATTED_VALUE' | 'FORMULA';
export type DateTimeRenderOption = 'SERIAL_NUMBER' | 'FORMATTED_STRING';
export type ValueInputOption = 'RAW' | 'USER_ENTERED';

export interface ValueRange {
  readonly range: string;
  readonly majorDimension?: 'ROWS' | 'COLUMNS';
  readonly values: readonly (readonly unknown[])[];
}

export interface BatchGetOptions {
  readonly valueRenderOption?: ValueRenderOption;
  readonly dateTimeRenderOption?: DateTimeRenderOption;
  readonly majorDimension?: 'ROWS' | 'COLUMNS';
}

export interface ValueWrite {
  readonly range: string;
  /** null skips a cell (Google leaves it untouched), '' clears it. */
  readonly values: readonly (readonly (string | number | boolean | null)[])[];
}

export type SheetsRequest = sheets_v4.Schema$Request;
export type Spreadsheet = sheets_v4.Schema$Spreadsheet;

export interface SheetsCallStats {
  /** HTTP requests sent, retries included: what Google's quota counts. */
  readonly calls: number;
  readonly reads: number;
  readonly writes: number;
  readonly retries: number;
  /** Time spent in backoff between attempts. */
  readonly backoffMs: number;
  /** Time spent waiting for the client-side rate limiter. */
  readonly throttledMs: number;
}

export interface SheetsClientOptions {
  readonly rootUrl?: string;
  readonly credentials: SheetsCredentials;
  readonly retry?: Partial<RetryPolicy>;
  /** Per kind (reads, writes) per minute; Google's per-user quota is 60. */
  readonly requestsPerMinute?: number;
  readonly clock?: Clock;
  /** Jitter source, injectable for tests. */
  readonly random?: () => number;
  /** Per HTTP request. */
  readonly timeoutMs?: number;
  /** A quota shared beyond this client (other processes, other instances), asked before every call after the client's own limiter. */
  readonly budget?: RequestBudget;
}

/**
 * Calls admitted against a quota this client does not own alone — Google's per-project quota,
 * shared by every process using the project. `acquire` resolves when the call may be sent.
 */
export interface RequestBudget {
  acquire(kind: CallKind): Promise<void>;
}

/** The operations the sync runner needs; the client implements it, tests may fake it. */
export interface SheetsGateway {
  batchGetValues(spreadsheetId: string, ranges: readonly string[], options?: BatchGetOptions): Promise<ValueRange[]>;
  batchUpdateValues(spreadsheetId: string, data: readonly ValueWrite[], valueInputOption: ValueInputOption): Promise<number>;
  batchUpdateSpreadsheet(
    spreadsheetId: string,
    requests: readonly SheetsRequest[],
    options?: { readonly idempotent?: boolean },
  ): Promise<sheets_v4.Schema$Response[]>;
  getSpreadsheet(
    spreadsheetId: string,
    options?: { readonly ranges?: readonly string[]; readonly includeGridData?: boolean },
  ): Promise<Spreadsheet>;
  stats(): SheetsCallStats;
}

/**
 * Structural requests that give the same sheet when applied twice. Anything else (appending or
 * deleting rows, adding a tab or a protected range) would act twice if a request that failed
 * with a 5xx had in fact been applied, so it is not retried after a 5xx.
 */
const IDEMPOTENT_REQUESTS: ReadonlySet<keyof SheetsRequest> = new Set<keyof SheetsRequest>([
  'updateCells',
  'repeatCell',
  'setDataValidation',
  'updateSheetProperties',
  'updateSpreadsheetProperties',
  'updateDimensionProperties',
  'updateProtectedRange',
]);

export function isIdempotentBatch(requests: readonly SheetsRequest[]): boolean {
  return requests.every((request) =>
    (Object.keys(request) as (keyof SheetsRequest)[]).every((kind) => request[kind] === undefined || IDEMPOTENT_REQUESTS.has(kind)),
  );
}

export type CallKind = 'read' | 'write';

/**
 * The one door to Google Sheets. Every call goes through the same loop: wait for the rate
 * limiter, send, and on 429 or 5xx back off (truncated exponential, full jitter) and retry —
 * POSTs included, which googleapis itself never retries (its own retry is switched off so that
 * there is exactly one policy). A request that may already have been applied (5xx, broken
 * connection) is retried only when repeating it is harmless.
 */
export class SheetsClient implements SheetsGateway {
  private readonly api: sheets_v4.Sheets;
  private readonly policy: RetryPolicy;
  private readonly clock: Clock;
  private readonly random: () => number;
  private readonly limiters: Record<CallKind, RateLimiter>;
  private readonly budget: RequestBudget | undefined;
  private counters = { calls: 0, reads: 0, writes: 0, retries: 0, backoffMs: 0, budgetWaitMs: 0 };

  constructor(options: SheetsClientOptions) {
    this.policy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
    this.clock = options.clock ?? systemClock;
    this.random = options.random ?? Math.random;
    const perMinute = options.requestsPerMinute ?? DEFAULT_REQUESTS_PER_MINUTE;
    this.limiters = { read: new RateLimiter(perMinute, 60_000, this.clock), write: new RateLimiter(perMinute, 60_000, this.clock) };
    this.budget = options.budget;
    this.api = googleSheets({
      version: 'v4',
      auth: createAuthClient(options.credentials),
      ...(options.rootUrl ? { rootUrl: options.rootUrl } : {}),
      retry: false,
      // Node's own fetch: gaxios would otherwise import node-fetch (an ES module) on first use,
      // which CommonJS test runners cannot load. Proxies from HTTPS_PROXY are then not applied.
      fetchImplementation: fetch,
      ...(options.timeoutMs ? { timeout: options.timeoutMs } : {}),
    });
  }

  static fromConfig(config: SheetsConfig, overrides: Partial<SheetsClientOptions> = {}): SheetsClient {
    return new SheetsClient({
      rootUrl: config.rootUrl,
      credentials: config.credentials,
      requestsPerMinute: config.requestsPerMinute,
      ...(config.maxAttempts !== undefined ? { retry: { maxAttempts: config.maxAttempts } } : {}),
      ...overrides,
    });
  }

  stats(): SheetsCallStats {
    const { budgetWaitMs, ...counters } = this.counters;
    return { ...counters, throttledMs: this.limiters.read.waitedMs + this.limiters.write.waitedMs + budgetWaitMs };
  }

  async batchGetValues(spreadsheetId: string, ranges: readonly string[], options: BatchGetOptions = {}): Promise<ValueRange[]> {
    const response = await this.call('read', true, 'values.batchGet', () =>
      this.api.spreadsheets.values.batchGet({
        spreadsheetId,
        ranges: [...ranges],
        valueRenderOption: options.valueRenderOption ?? 'UNFORMATTED_VALUE',
        dateTimeRenderOption: options.dateTimeRenderOption ?? 'SERIAL_NUMBER',
        majorDimension: options.majorDimension ?? 'ROWS',
      }),
    );
    return (response.data.valueRanges ?? []).map((v) => ({
      range: v.range ?? '',
      majorDimension: v.majorDimension === 'COLUMNS' ? 'COLUMNS' : 'ROWS',
      values: (v.values ?? []) as unknown[][],
    }));
  }

  /** Writing the same values to the same cells twice is harmless, so this is always retried. Returns the cells updated. */
  async batchUpdateValues(spreadsheetId: string, data: readonly ValueWrite[], valueInputOption: ValueInputOption): Promise<number> {
    const response = await this.call('write', true, 'values.batchUpdate', () =>
      this.api.spreadsheets.values.batchUpdate({
        spreadsheetId,
        requestBody: {
          valueInputOption,
          data: data.map((d) => ({ range: d.range, majorDimension: 'ROWS', values: d.values.map((r) => [...r]) })),
        },
      }),
    );
    return response.data.totalUpdatedCells ?? 0;
  }

  async batchUpdateSpreadsheet(
    spreadsheetId: string,
    requests: readonly SheetsRequest[],
    options: { readonly idempotent?: boolean } = {},
  ): Promise<sheets_v4.Schema$Response[]> {
    const idempotent = options.idempotent ?? isIdempotentBatch(requests);
    const response = await this.call('write', idempotent, 'spreadsheets.batchUpdate', () =>
      this.api.spreadsheets.batchUpdate({ spreadsheetId, requestBody: { requests: [...requests] } }),
    );
    return response.data.replies ?? [];
  }

  async getSpreadsheet(
    spreadsheetId: string,
    options: { readonly ranges?: readonly string[]; readonly includeGridData?: boolean } = {},
  ): Promise<Spreadsheet> {
    const response = await this.call('read', true, 'spreadsheets.get', () =>
      this.api.spreadsheets.get({
        spreadsheetId,
        ...(options.ranges ? { ranges: [...options.ranges] } : {}),
        ...(options.includeGridData ? { includeGridData: true } : {}),
      }),
    );
    return response.data;
  }

  /** Creating twice would make two spreadsheets: retried on 429 only. */
  async createSpreadsheet(spreadsheet: Spreadsheet): Promise<Spreadsheet> {
    const response = await this.call('write', false, 'spreadsheets.create', () =>
      this.api.spreadsheets.create({ requestBody: spreadsheet }),
    );
    return response.data;
  }

  private async call<T>(kind: CallKind, idempotent: boolean, label: string, send: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const asked = this.clock.now();
      await this.limiters[kind].acquire();
      if (this.budget) {
        const budgetAsked = this.clock.now();
        await this.budget.acquire(kind);
        this.counters.budgetWaitMs += this.clock.now() - budgetAsked;
      }
      this.counters.calls++;
      this.counters[kind === 'read' ? 'reads' : 'writes']++;
      countCalls({ calls: 1, [kind === 'read' ? 'reads' : 'writes']: 1, throttledMs: this.clock.now() - asked });
      try {
        return await send();
      } catch (error) {
        const failure = failureDetails(error);
        // No response and the connection was refused: the request never left, so it was not applied.
        const maybeApplied = failure.status === null ? failure.networkCode !== 'ECONNREFUSED' : failure.status >= 500;
        const retryable = failure.status === null ? isTransientNetworkError(failure.networkCode) : isRetryableStatus(failure.status);
        const safeToRepeat = idempotent || !maybeApplied;
        if (!retryable || !safeToRepeat || attempt >= this.policy.maxAttempts) {
          const status = failure.status === null ? (failure.networkCode ?? 'no response') : String(failure.status);
          throw new SheetsApiError(
            `${label} failed (${status}) after ${attempt} attempt(s): ${failure.message}`,
            failure.status,
            failure.googleStatus,
            maybeApplied,
            attempt,
          );
        }
        const delay = backoffDelay(attempt - 1, this.policy, this.random);
        this.counters.retries++;
        this.counters.backoffMs += delay;
        countCalls({ retries: 1, backoffMs: delay });
        await this.clock.sleep(delay);
      }
    }
  }
}
