import { print } from 'graphql';
import { type Client, type FormattedExecutionResult, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { SheetsEmulator } from '../../sync/emulator/server';
import { emulatorClient } from '../support/emulator-client';
import { initSheets } from '../../src/sheet-sync/sheet-sync.service';
import { syncEnvironment } from '../../src/sheet-sync/sync-environment';
import { syncProgressHub } from '../../src/sheet-sync/progress/progress-hub';
import { fromGlobalId } from '../../src/common/graphql/global-id';
import { describeWithDatabase } from '../support/database';
import { startTestApi, type TestApi } from '../support/server';
import { RunSyncDocument, SyncBindingsDocument, SyncProgressDocument, type SyncProgressSubscription } from '../generated/graphql';

/**
 * `syncProgress` as a front end would watch a run: a graphql-ws client (Apollo Client's protocol)
 * on the API's own port, a sync started with the runSync mutation over HTTP against the emulator
 * with the real googleapis client, and the events arriving in order up to the report.
 */

type Progress = SyncProgressSubscription['syncProgress'];
const TAB = 'Cán bộ';
const ALLOWED_ORIGIN = 'https://hoso.example.gov.vn';

/** A subscription's results, as they come. */
interface Watch {
  readonly results: FormattedExecutionResult<SyncProgressSubscription, unknown>[];
  readonly events: () => Progress[];
  readonly completed: Promise<void>;
  stop(): void;
}

const open: Watch[] = [];

function watch(client: Client, variables: { bindingId?: string; spreadsheetId?: string }): Watch {
  const results: FormattedExecutionResult<SyncProgressSubscription, unknown>[] = [];
  let stop = () => undefined as void;
  const completed = new Promise<void>((resolve, reject) => {
    stop = client.subscribe<SyncProgressSubscription>(
      { query: print(SyncProgressDocument), variables },
      { next: (result) => void results.push(result), error: reject, complete: resolve },
    );
  });
  completed.catch(() => undefined);
  const watching = { results, events: () => results.flatMap((r) => (r.data ? [r.data.syncProgress] : [])), completed, stop };
  open.push(watching);
  return watching;
}

async function until(what: string, condition: () => boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** How the socket of a client that was refused closed. */
function closeOf(client: Client): Promise<{ code: number; reason: string }> {
  return new Promise((resolve) =>
    client.on('closed', (event) => {
      const { code, reason } = event as { code: number; reason: string };
      resolve({ code, reason });
    }),
  );
}

describeWithDatabase('syncProgress: watching a run over WebSocket', () => {
  let emulator: SheetsEmulator;
  let api: TestApi;
  let spreadsheetId: string;
  let bindingId: string;
  let wsUrl: string;
  const clients: Client[] = [];

  const clientWith = (authorization: string | undefined): Client => {
    const client = createClient({
      url: wsUrl,
      webSocketImpl: WebSocket,
      connectionParams: authorization === undefined ? {} : { authorization },
      retryAttempts: 0,
      lazy: true,
    });
    clients.push(client);
    return client;
  };
  const runSync = async (dryRun = false) => (await api.data(RunSyncDocument, { spreadsheetId, dryRun })).runSync;
  const databaseId = () => fromGlobalId(bindingId)!.databaseId;

  beforeAll(async () => {
    emulator = await SheetsEmulator.start();
    const sheets = emulatorClient(emulator, 3);
    api = await startTestApi({ HOSO_CORS_ORIGINS: ALLOWED_ORIGIN, HOSO_SHUTDOWN_TIMEOUT_MS: '3000' }, { sheets: () => sheets });
    wsUrl = api.server.url.replace(/^http/, 'ws');
    spreadsheetId = emulator.createSpreadsheet({ title: 'Xã Bảo Hà', sheets: [] });
    await initSheets(
      syncEnvironment(api.db.orm, api.db.config, () => sheets),
      spreadsheetId,
      { actor: 'jest', source: 'sync' },
    );
    bindingId = (await api.data(SyncBindingsDocument, {})).syncBindings.find((b) => b.spreadsheetId === spreadsheetId)!.id;
    // Staff typed three people: the first run creates them, writes their ids back and saves its base.
    const header = emulator.getValues(spreadsheetId, `'${TAB}'`)[0]!.map(String);
    const row = (cells: Record<string, string>) => header.map((name) => cells[name] ?? null);
    emulator.setValues(spreadsheetId, `'${TAB}'!A2`, [
      row({ 'Họ và tên': 'Nguyễn Văn An', 'Ngày sinh': '12/3/1985', 'Giới tính': 'Nam', 'Dân tộc': 'Kinh', 'Đối tượng': 'Công chức' }),
      row({ 'Họ và tên': 'Giàng Thị Mai', 'Ngày sinh': '1990', 'Giới tính': 'Nữ', 'Dân tộc': 'HMông', 'Đối tượng': 'CC' }),
      row({ 'Họ và tên': 'Lò Văn Bình', 'Ngày sinh': '01/02/1979', 'Giới tính': 'Nam', 'Dân tộc': 'Thái', 'Đối tượng': 'Viên chức' }),
    ]);
  });

  // A test that failed half-way leaves no subscription behind for the next one.
  afterEach(async () => {
    for (const watching of open.splice(0)) watching.stop();
    await until('no watchers left', () => syncProgressHub.watchers(databaseId()) === 0);
  });

  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await api?.close();
    await emulator?.close();
  });

  it('streams a run in order, step by step with its rows, then DONE with the report runSync returns', async () => {
    const byId = watch(clientWith(api.headers.authorization), { bindingId });
    const bySpreadsheet = watch(clientWith(api.headers.authorization), { spreadsheetId });
    await until('both subscriptions', () => syncProgressHub.watchers(databaseId()) === 2);

    const report = await runSync();
    await until('DONE', () => byId.events().some((e) => e.phase === 'DONE') && bySpreadsheet.events().some((e) => e.phase === 'DONE'));

    const events = byId.events();
    expect(byId.results.every((r) => r.errors === undefined)).toBe(true);
    expect(bySpreadsheet.events()).toEqual(events);
    // Each step that runs starts and ends, in the runner's order, and DONE comes last (the state
    // committed with the records is already the base: no SAVE_STATE).
    const steps = ['READ', 'RESERVE_IDS', 'WRITE_SHEET_VALUES', 'COMMIT_DATABASE', 'WRITE_SHEET_LAYOUT'];
    const phases = events.map((e) => `${e.phase} ${e.at}`);
    expect(phases).toEqual([...steps.flatMap((step) => [`${step} START`, `${step} END`]), 'DONE END']);
    const end = (phase: string) => events.find((e) => e.phase === phase && e.at === 'END')!;
    expect(end('READ')).toMatchObject({ rowsDone: 3, rowsTotal: 3 });
    expect(end('RESERVE_IDS')).toMatchObject({ rowsDone: 3, rowsTotal: 3 });
    expect(end('COMMIT_DATABASE')).toMatchObject({ rowsDone: 3, rowsTotal: 3 });
    expect(events.find((e) => e.phase === 'COMMIT_DATABASE' && e.at === 'START')).toMatchObject({ rowsDone: 0, rowsTotal: 3 });
    // One run, named the same throughout, by whoever triggered it.
    expect(new Set(events.map((e) => e.runId)).size).toBe(1);
    expect(events.every((e) => e.bindingId === bindingId && e.spreadsheetId === spreadsheetId && e.actor === 'jest')).toBe(true);
    expect(events.every((e) => e.attempt === 1 && !e.dryRun && e.error === null)).toBe(true);
    const times = events.map((e) => Date.parse(e.time));
    expect([...times].sort((a, b) => a - b)).toEqual(times);

    const done = events.at(-1)!;
    expect(done.report).toEqual({
      spreadsheetId,
      dryRun: false,
      counts: {
        database: { creates: 3, updatedRecords: report.counts.database.updatedRecords },
        sheet: {
          cellWrites: report.counts.sheet.cellWrites,
          idWriteBacks: report.counts.sheet.idWriteBacks,
          appendedRows: report.counts.sheet.appendedRows,
        },
        conflicts: report.counts.conflicts,
        cellErrors: report.counts.cellErrors,
      },
      apiCalls: { reads: report.apiCalls.reads, writes: report.apiCalls.writes },
    });
    expect(report.counts.database.creates).toBe(3);
    expect(done.report!.counts.sheet.idWriteBacks).toBe(3);

    // The subscription stays open: the next run (idle: one read, no write) comes on the same stream.
    const before = events.length;
    const idle = await runSync();
    expect(idle.apiCalls).toMatchObject({ reads: 1, writes: 0 });
    await until('the second DONE', () => byId.events().filter((e) => e.phase === 'DONE').length === 2);
    const second = byId.events().slice(before);
    expect(second[0]).toMatchObject({ phase: 'READ', at: 'START' });
    expect(second.at(-1)).toMatchObject({ phase: 'DONE', report: { apiCalls: { reads: 1, writes: 0 } } });
    expect(second.map((e) => e.phase)).not.toContain('COMMIT_DATABASE');
    expect(second[0]!.runId).not.toBe(events[0]!.runId);

    // Unsubscribing removes the listener at once, not at the next event.
    byId.stop();
    bySpreadsheet.stop();
    await until('no watchers', () => syncProgressHub.watchers(databaseId()) === 0);
  });

  it('a failed run ends with FAILED and the error as the API says it', async () => {
    const watching = watch(clientWith(api.headers.authorization), { bindingId });
    await until('the subscription', () => syncProgressHub.watchers(databaseId()) === 1);
    emulator.failCalls({ status: 403, operations: ['values.batchGet'], probability: 1 });
    try {
      const response = await api.request(RunSyncDocument, { spreadsheetId, dryRun: false });
      expect(response.errors?.[0]?.extensions?.code).toBe('SHEETS_API_ERROR');
    } finally {
      emulator.faults.clear();
    }
    await until('FAILED', () => watching.events().some((e) => e.phase === 'FAILED'));
    const events = watching.events();
    expect(events.map((e) => `${e.phase} ${e.at}`)).toEqual(['READ START', 'FAILED END']);
    expect(events[1]!.error).toMatchObject({ code: 'SHEETS_API_ERROR', message: expect.stringMatching(/^Google Sheets: /) });
    expect(events[1]!.report).toBeNull();
    watching.stop();
    await until('no watchers', () => syncProgressHub.watchers(databaseId()) === 0);
  });

  it('a bad credential, or none, closes the socket with 4401 and the reason', async () => {
    const bad = clientWith('Bearer not-a-token');
    const badClosed = closeOf(bad);
    const refused = watch(bad, { bindingId });
    expect(await badClosed).toEqual({ code: 4401, reason: expect.stringMatching(/Token/) });
    await expect(refused.completed).rejects.toBeDefined();

    const none = clientWith(undefined);
    const noneClosed = closeOf(none);
    watch(none, { bindingId });
    expect(await noneClosed).toEqual({ code: 4401, reason: expect.stringMatching(/Authorization|đăng nhập/) });
    expect(syncProgressHub.watchers(databaseId())).toBe(0);
  });

  it('a viewer without the sync right gets FORBIDDEN and no events', async () => {
    const token = await api.tokenFor('reader', [{ role: 'viewer', scope: { kind: 'root' }, personalData: false, sync: false }]);
    const reader = watch(clientWith(`Bearer ${token}`), { bindingId });
    await reader.completed;
    expect(reader.results).toHaveLength(1);
    expect(reader.results[0]!.data ?? null).toBeNull();
    expect(reader.results[0]!.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    await runSync();
    expect(reader.events()).toEqual([]);
  });

  it('names what is wrong: no binding, both ids, an unknown one', async () => {
    const client = clientWith(api.headers.authorization);
    const neither = watch(client, {});
    await neither.completed;
    expect(neither.results[0]!.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    const unknown = watch(client, { spreadsheetId: 'no-such-sheet' });
    await unknown.completed;
    expect(unknown.results[0]!.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    const notABinding = watch(client, { bindingId: 'bm90LWFuLWlk' });
    await notABinding.completed;
    expect(notABinding.results[0]!.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('takes only subscriptions: queries and mutations go over HTTP, where their limits apply', async () => {
    const client = clientWith(api.headers.authorization);
    const errors = await new Promise<unknown>((resolve) =>
      client.subscribe({ query: '{ cadres { totalCount } }' }, { next: () => undefined, error: resolve, complete: () => resolve(null) }),
    );
    expect(errors).toEqual([expect.objectContaining({ extensions: { code: 'BAD_REQUEST' } })]);
  });

  it('honours the CORS allow-list: a listed origin connects, another is refused before any WebSocket', async () => {
    const upgrade = (origin: string) =>
      new Promise<number>((resolve, reject) => {
        const socket = new WebSocket(wsUrl, 'graphql-transport-ws', { origin });
        socket.on('open', () => {
          socket.close();
          resolve(101);
        });
        socket.on('unexpected-response', (_req, res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        socket.on('error', (error) => (error.message.includes('Unexpected server response') ? undefined : reject(error)));
      });
    expect(await upgrade(ALLOWED_ORIGIN)).toBe(101);
    expect(await upgrade('https://evil.example')).toBe(403);
    expect(await upgrade(new URL(api.server.url).origin)).toBe(101);
  });

  // Last: it stops the server.
  it('the server stops promptly with a subscriber connected, closing its socket as going away', async () => {
    const client = clientWith(api.headers.authorization);
    const closed = closeOf(client);
    const watching = watch(client, { bindingId });
    await until('the subscription', () => syncProgressHub.watchers(databaseId()) === 1);
    const started = Date.now();
    await api.server.stop();
    expect(Date.now() - started).toBeLessThan(2_500);
    expect((await closed).code).toBe(1001);
    await watching.completed.catch(() => undefined);
    expect(syncProgressHub.watchers(databaseId())).toBe(0);
  });
});
