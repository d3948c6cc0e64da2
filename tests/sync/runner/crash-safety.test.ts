import { SheetsEmulator } from '../../../sync/emulator/server';
import type { SyncPolicy } from '../../../sync/engine/types';
import { SYNC_STEPS, type SyncStep } from '../../../sync/runner/run-sync';
import { VirtualClock, seededRandom } from '../../../sync/sheets/clock';
import { SheetsClient, type SheetsGateway } from '../../../sync/sheets/sheets-client';
import { cadre } from '../support/planning';
import { type Harness, calls, harness } from '../support/harness';

class SimulatedCrash extends Error {}

const HEADERS = ['Mã hoso', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Dân tộc', 'Năm vào ngành', 'Ghi chú riêng'];

/** A binding after a good first run, then edited on both sides so that every step of the next run has work to do. */
async function editedScenario(
  emulator: SheetsEmulator,
  policy: Partial<SyncPolicy>,
  sheets?: (e: SheetsEmulator) => SheetsGateway,
): Promise<Harness> {
  const h = harness(emulator, {
    policy,
    ...(sheets ? { sheets } : {}),
    tabs: [
      {
        title: 'Cán bộ',
        rows: [
          HEADERS,
          ['1', 'Nguyễn Văn An', '12/03/1985', 'Nam', 'Kinh', 2010, 'giữ nguyên'],
          ['2', 'Trần Thị Bình', '05/01/1990', 'Nữ', 'Tày', 2015],
          ['3', 'Lê Văn Cường', '01/01/1980', 'Nam', 'Kinh', 2001],
          ['4', 'Phạm Thị Dung', '20/07/1992', 'Nữ', 'Mường', 2018],
          ['5', 'Hoàng Văn Em', '02/02/1982', 'Nam', 'Thái', 2005],
        ],
      },
    ],
  });
  for (const [id, values] of [
    ['1', cadre('Nguyễn Văn An', '1985-03-12', 'MALE', '01', 2010)],
    ['2', cadre('Trần Thị Bình', '1990-01-05', 'FEMALE', '02', 2015)],
    ['3', cadre('Lê Văn Cường', '1980-01-01', 'MALE', '01', 2001)],
    ['4', cadre('Phạm Thị Dung', '1992-07-20', 'FEMALE', '06', 2018)],
    ['5', cadre('Hoàng Văn Em', '1982-02-02', 'MALE', '03', 2005)],
  ] as const) {
    h.store.put('cadre', id, values);
  }
  await h.run();
  // Staff: two new rows, a renamed person, a bad ethnicity, a year typed against hoso's, a row deleted.
  h.type("'Cán bộ'!A8", [[null, 'Vũ Thị Giang', '03/03/1993', 'Nữ', 'Kinh', 2020]]);
  h.type("'Cán bộ'!A9", [[null, 'Đỗ Văn Hùng', '04/04/1994', 'Nam', 'Kinh', 2021]]);
  h.type("'Cán bộ'!B2", [['Nguyễn Văn Ân']]);
  h.type("'Cán bộ'!E3", [['Kinhh']]);
  h.type("'Cán bộ'!F4", [[2002]]);
  emulator.applyRequests(h.spreadsheetId, [{ deleteDimension: { range: { sheetId: 0, dimension: 'ROWS', startIndex: 4, endIndex: 5 } } }]);
  // hoso: a new person, a changed year, a conflicting year, a deleted record.
  h.store.put('cadre', '50', cadre('Bùi Thị Lan', '1995-05-05', 'FEMALE', '01', 2022));
  h.store.edit('cadre', '2', { startYear: 2016 });
  h.store.edit('cadre', '3', { startYear: 2003 });
  h.store.remove('cadre', '5');
  return h;
}

/** What both sides hold, with the ids hoso hands out replaced by the names they belong to (a crashed run burns some ids). */
function outcome(h: Harness): unknown {
  const records: Record<string, unknown>[] = h.store.all('cadre').map((r) => ({ ...r.values, flagged: r.flagged === true }));
  records.sort((a, b) => String(a.fullName).localeCompare(String(b.fullName)));
  const grid = h.grid();
  const nameOfId = new Map(h.store.all('cadre').map((r) => [r.id, String(r.values.fullName)]));
  const rows = grid.map((row, i) => (i === 0 ? row : [nameOfId.get(String(row[0])) ?? `?${String(row[0])}`, ...row.slice(1)]));
  return { records, rows, notes: h.emulator.notes(h.spreadsheetId, 'Cán bộ'), conflicts: h.store.currentState()?.conflicts.length };
}

function invariants(h: Harness): void {
  const rows = h
    .grid()
    .slice(1)
    .filter((row) => row.some((cell) => cell !== ''));
  const ids = rows.map((row) => String(row[0] ?? ''));
  expect(ids.filter((id) => id === '')).toEqual([]);
  expect(new Set(ids).size).toBe(ids.length);
  for (const record of h.store.all('cadre')) {
    expect(ids.filter((id) => id === record.id)).toHaveLength(record.flagged ? 0 : 1);
  }
}

describe.each<[string, Partial<SyncPolicy>]>([
  ['default policies', {}],
  ['delete and remove policies', { sheetRowDeleted: 'delete', recordDeleted: 'remove' }],
])('crash safety (%s)', (_name, policy) => {
  let emulator: SheetsEmulator;
  let reference: unknown;

  beforeAll(async () => {
    emulator = await SheetsEmulator.start();
    const h = await editedScenario(emulator, policy);
    const report = await h.run();
    // Every step of the run has work to do, so every crash point below is reached.
    expect(report.wrote).toEqual({ database: true, sheetValues: true, sheetLayout: true, state: true });
    invariants(h);
    reference = outcome(h);
  });
  afterAll(() => emulator.close());

  const points = SYNC_STEPS.flatMap((step) =>
    (['before', 'after'] as const).map((phase) => [step, phase] as [SyncStep, 'before' | 'after']),
  );

  it.each(points)('a run killed %s step "%s"… is run again: no duplicate record or row, no lost edit', async (step, phase) => {
    const h = await editedScenario(emulator, policy);
    const crash = h.run({
      onStep: (at, when) => {
        if (at === step && when === phase) throw new SimulatedCrash(`${phase} ${step}`);
      },
    });
    await expect(crash).rejects.toBeInstanceOf(SimulatedCrash);
    await h.run();
    invariants(h);
    expect(outcome(h)).toEqual(reference);
    expect(calls(await h.run())).toBe('1 read(s), 0 write(s)');
  });

  it('a layout batch answered 5xx after Google applied it is not repeated blindly: the run starts over and appends nothing twice', async () => {
    const h = await editedScenario(emulator, policy);
    emulator.failCalls({ operations: ['spreadsheets.batchUpdate'], status: 503, probability: 1, times: 1, afterApplying: true });
    const report = await h.run();
    expect(report.attempts).toBe(2);
    invariants(h);
    expect(outcome(h)).toEqual(reference);
    expect(calls(await h.run())).toBe('1 read(s), 0 write(s)');
  });

  it('a storm of 429s and 5xx (some applied before failing) slows the run and never corrupts it', async () => {
    const clock = new VirtualClock();
    const stormy = await SheetsEmulator.start({ now: () => clock.now() });
    try {
      const client = (e: SheetsEmulator): SheetsGateway =>
        new SheetsClient({
          rootUrl: e.rootUrl,
          credentials: { kind: 'access-token', token: 't' },
          clock,
          random: seededRandom(9),
          retry: { maxAttempts: 40 },
        });
      const h = await editedScenario(stormy, policy, client);
      const before = stormy.requests.length;
      stormy.setQuota({ limit: 2, windowMs: 60_000 });
      stormy.failCalls({ status: 503, probability: 0.3, seed: 5 });
      stormy.failCalls({ status: 500, probability: 0.15, seed: 6, afterApplying: true });
      const report = await h.run({ maxAttempts: 20 });
      expect(report.apiCalls.retries).toBeGreaterThan(0);
      expect(report.apiCalls.calls).toBe(stormy.requests.length - before);
      expect(stormy.requests.slice(before).some((r) => r.status === 429)).toBe(true);
      stormy.configureFaults({ quota: null, failures: [] });
      invariants(h);
      expect(outcome(h)).toEqual(reference);
      expect(calls(await h.run())).toBe('1 read(s), 0 write(s)');
    } finally {
      await stormy.close();
    }
  });
});
