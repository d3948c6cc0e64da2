import { SheetsEmulator } from '../../../sync/emulator/server';
import { VirtualClock, seededRandom } from '../../../sync/sheets/clock';
import { sheetsConfigFromEnv } from '../../../sync/sheets/config';
import { SheetsApiError } from '../../../sync/sheets/errors';
import { RateLimiter } from '../../../sync/sheets/rate-limiter';
import { backoffDelay, DEFAULT_RETRY_POLICY } from '../../../sync/sheets/retry';
import { SheetsClient, type SheetsClientOptions, isIdempotentBatch } from '../../../sync/sheets/sheets-client';

describe('backoff', () => {
  it('is truncated exponential with full jitter', () => {
    const policy = { maxAttempts: 8, baseDelayMs: 1000, maxDelayMs: 32_000 };
    expect([0, 1, 2, 5, 9].map((retry) => backoffDelay(retry, policy, () => 0.999999))).toEqual([999, 1999, 3999, 31999, 31999]);
    expect(backoffDelay(3, policy, () => 0)).toBe(0);
    const random = seededRandom(7);
    const delays = Array.from({ length: 200 }, () => backoffDelay(4, policy, random));
    expect(Math.min(...delays)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...delays)).toBeLessThan(16_000);
    expect(new Set(delays).size).toBeGreaterThan(150);
  });

  it('classifies batches: appends, deletes and additions are not safe to repeat', () => {
    expect(isIdempotentBatch([{ updateCells: { fields: 'note' } }, { repeatCell: {} }, { setDataValidation: {} }])).toBe(true);
    expect(isIdempotentBatch([{ updateCells: {} }, { appendCells: {} }])).toBe(false);
    expect(isIdempotentBatch([{ deleteDimension: {} }])).toBe(false);
    expect(isIdempotentBatch([{ addSheet: {} }])).toBe(false);
  });
});

describe('rate limiter', () => {
  it('admits at most N calls in any window, waiting on the clock for the next slot', async () => {
    const clock = new VirtualClock(0);
    const limiter = new RateLimiter(60, 60_000, clock);
    const started: number[] = [];
    for (let i = 0; i < 125; i++) {
      await limiter.acquire();
      started.push(clock.now());
      clock.advance(10);
    }
    for (let i = 60; i < started.length; i++) expect(started[i]! - started[i - 60]!).toBeGreaterThanOrEqual(60_000);
    expect(started[124]).toBeGreaterThanOrEqual(120_000);
  });
});

describe('configuration', () => {
  it('reads the root URL and credentials from the environment, a ready token winning over a key file', () => {
    expect(
      sheetsConfigFromEnv({
        GOOGLE_API_ROOT_URL: 'http://127.0.0.1:8787/',
        GOOGLE_ACCESS_TOKEN: 't',
        GOOGLE_APPLICATION_CREDENTIALS: '/k.json',
      }),
    ).toEqual({
      rootUrl: 'http://127.0.0.1:8787/',
      credentials: { kind: 'access-token', token: 't' },
      requestsPerMinute: 60,
      projectRequestsPerMinute: 300,
      quotaWindowSeconds: 60,
    });
    expect(sheetsConfigFromEnv({ GOOGLE_APPLICATION_CREDENTIALS: '/k.json', GOOGLE_SHEETS_REQUESTS_PER_MINUTE: '30' })).toEqual({
      rootUrl: undefined,
      credentials: { kind: 'service-account', keyFile: '/k.json' },
      requestsPerMinute: 30,
      projectRequestsPerMinute: 300,
      quotaWindowSeconds: 60,
    });
    expect(() => sheetsConfigFromEnv({})).toThrow(/GOOGLE_APPLICATION_CREDENTIALS/);
    const token = { GOOGLE_ACCESS_TOKEN: 't' };
    expect(
      sheetsConfigFromEnv({ ...token, GOOGLE_SHEETS_PROJECT_REQUESTS_PER_MINUTE: '120', GOOGLE_SHEETS_QUOTA_WINDOW_SECONDS: '10' }),
    ).toMatchObject({
      projectRequestsPerMinute: 120,
      quotaWindowSeconds: 10,
    });
    expect(() => sheetsConfigFromEnv({ ...token, GOOGLE_SHEETS_QUOTA_WINDOW_SECONDS: '90' })).toThrow(/GOOGLE_SHEETS_QUOTA_WINDOW_SECONDS/);
    expect(() => sheetsConfigFromEnv({ ...token, GOOGLE_SHEETS_PROJECT_REQUESTS_PER_MINUTE: '0' })).toThrow(/PROJECT_REQUESTS/);
  });
});

describe('the client under a storm of 429 and 5xx', () => {
  let emulator: SheetsEmulator;
  let clock: VirtualClock;
  let id: string;

  const client = (overrides: Partial<SheetsClientOptions> = {}): SheetsClient =>
    new SheetsClient({
      rootUrl: emulator.rootUrl,
      credentials: { kind: 'access-token', token: 't' },
      clock,
      random: seededRandom(42),
      requestsPerMinute: 10_000,
      retry: { maxAttempts: 12 },
      ...overrides,
    });

  beforeAll(async () => {
    clock = new VirtualClock();
    // The emulator's quota windows run on the client's virtual clock: minutes of backoff pass instantly.
    emulator = await SheetsEmulator.start({ now: () => clock.now() });
  });
  afterAll(() => emulator.close());
  beforeEach(() => {
    emulator.reset();
    id = emulator.createSpreadsheet({ sheets: [{ title: 'Cán bộ', rows: [['Mã hoso', 'Họ và tên']] }] });
  });

  it('slows down on 429 and gets every read through, counting each attempt', async () => {
    emulator.setQuota({ limit: 5, windowMs: 60_000 });
    const sheets = client();
    const before = clock.now();
    for (let i = 0; i < 20; i++) expect(await sheets.batchGetValues(id, ["'Cán bộ'!A1:B1"])).toHaveLength(1);
    const stats = sheets.stats();
    expect(stats.reads).toBe(emulator.requests.length);
    expect(stats.calls - stats.retries).toBe(20);
    expect(emulator.requests.filter((r) => r.status === 429).length).toBe(stats.retries);
    expect(stats.retries).toBeGreaterThan(0);
    expect(clock.now() - before).toBeGreaterThanOrEqual(3 * 60_000);
  });

  it('retries POSTs through random 5xx (some applied before failing) and never corrupts the sheet', async () => {
    emulator.failCalls({ status: 503, probability: 0.4, seed: 3 });
    emulator.failCalls({ status: 500, probability: 0.2, seed: 4, afterApplying: true });
    const sheets = client();
    for (let row = 2; row <= 31; row++) {
      await sheets.batchUpdateValues(id, [{ range: `'Cán bộ'!A${row}:B${row}`, values: [[String(row), `Người ${row}`]] }], 'RAW');
    }
    const values = emulator.getValues(id, "'Cán bộ'!A2:B");
    expect(values).toEqual(Array.from({ length: 30 }, (_, i) => [String(i + 2), `Người ${i + 2}`]));
    const stats = sheets.stats();
    expect(stats.writes).toBe(emulator.requests.length);
    expect(stats.retries).toBe(emulator.requests.filter((r) => r.status >= 500).length);
    expect(stats.retries).toBeGreaterThan(5);
  });

  it('the client-side limiter keeps a run inside 60 requests a minute: no 429 at all', async () => {
    emulator.setQuota({ limit: 60, windowMs: 60_000 });
    const sheets = client({ requestsPerMinute: 60 });
    const start = clock.now();
    for (let i = 0; i < 130; i++) await sheets.batchGetValues(id, ["'Cán bộ'!A1"]);
    expect(emulator.requests.filter((r) => r.status === 429)).toEqual([]);
    expect(clock.now() - start).toBeGreaterThanOrEqual(120_000);
  });

  it('does not repeat an append after a 5xx that may have been applied; repeats it after a 429, which was not', async () => {
    const sheets = client();
    const append = [
      { appendCells: { sheetId: 0, rows: [{ values: [{ userEnteredValue: { stringValue: 'x' } }] }], fields: 'userEnteredValue' } },
    ];
    emulator.failCalls({ onCall: 1, status: 503, afterApplying: true });
    const error = await sheets.batchUpdateSpreadsheet(id, append).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SheetsApiError);
    expect(error).toMatchObject({ status: 503, maybeApplied: true, attempts: 1 });
    expect(emulator.getValues(id, "'Cán bộ'!A:A")).toEqual([['Mã hoso'], ['x']]);

    emulator.setQuota({ limit: 1, windowMs: 60_000 });
    await sheets.batchUpdateValues(id, [{ range: "'Cán bộ'!C1", values: [['quota used']] }], 'RAW');
    const before = emulator.requests.length;
    await sheets.batchUpdateSpreadsheet(id, append);
    expect(emulator.requests.slice(before).map((r) => r.status)).toContain(429);
    expect(emulator.getValues(id, "'Cán bộ'!A:A")).toEqual([['Mã hoso'], ['x'], ['x']]);
  });

  it('retries an idempotent structural batch (notes) after a 5xx', async () => {
    emulator.failCalls({ onCall: 1, status: 500, afterApplying: true });
    const sheets = client();
    await sheets.batchUpdateSpreadsheet(id, [
      { updateCells: { start: { sheetId: 0, rowIndex: 0, columnIndex: 1 }, rows: [{ values: [{ note: 'n' }] }], fields: 'note' } },
    ]);
    expect(sheets.stats()).toMatchObject({ calls: 2, retries: 1 });
    expect(emulator.note(id, "'Cán bộ'!B1")).toBe('n');
  });

  it('gives up after the last attempt with the final status', async () => {
    emulator.failCalls({ status: 503, probability: 1 });
    const sheets = client({ retry: { maxAttempts: 4 } });
    await expect(sheets.getSpreadsheet(id)).rejects.toMatchObject({ status: 503, googleStatus: 'UNAVAILABLE', attempts: 4 });
    expect(emulator.requests).toHaveLength(4);
  });

  it('retries on real timers too, with the default policy scaled down', async () => {
    emulator.failCalls({ onCall: 1, status: 502 });
    const sheets = new SheetsClient({
      rootUrl: emulator.rootUrl,
      credentials: { kind: 'access-token', token: 't' },
      retry: { ...DEFAULT_RETRY_POLICY, baseDelayMs: 5, maxDelayMs: 20 },
    });
    expect(await sheets.batchGetValues(id, ["'Cán bộ'!A1"])).toEqual([
      { range: "'Cán bộ'!A1", majorDimension: 'ROWS', values: [['Mã hoso']] },
    ]);
    expect(sheets.stats()).toMatchObject({ calls: 2, retries: 1 });
  });
});
