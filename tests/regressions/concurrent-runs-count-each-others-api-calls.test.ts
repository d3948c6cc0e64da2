import { quotaKindOf } from '../../sync/emulator/faults';
import { SheetsEmulator } from '../../sync/emulator/server';
import { forkFor } from '../../src/app/orm';
import type { Viewer } from '../../src/app/request-meta';
import { initSheets, syncSheets } from '../../src/sheet-sync/sheet-sync.service';
import { syncEnvironment } from '../../src/sheet-sync/sync-environment';
import { SyncRun } from '../../src/sheet-sync/sync-run.entity';
import { createTestDatabase, describeWithDatabase, type TestDatabase } from '../support/database';
import { emulatorClient } from '../support/emulator-client';
import { insertGrid } from '../support/fixtures';

const SYSTEM: Viewer = { actor: 'jest', source: 'sync' };

/**
 * A run's API calls were the shared client's counters after the run minus before it, so runs going
 * at the same time in one process (the scheduler starts every due binding at once) each counted the
 * others' calls too: an idle run was reported, and kept in sync_run, as 5 calls instead of 1.
 */
describeWithDatabase('runs at the same time on one client count their own API calls only', () => {
  let db: TestDatabase;
  let emulator: SheetsEmulator;

  beforeAll(async () => {
    db = await createTestDatabase();
    emulator = await SheetsEmulator.start();
    await insertGrid(forkFor(db.orm, { actor: 'seed', source: 'seed' }), {
      localities: 3,
      unitsPerLocality: 1,
      cadresPerUnit: 2,
      enrollmentsPerCadre: 1,
    });
  });

  afterAll(async () => {
    await emulator?.close();
    await db?.destroy();
  });

  it('each report and each sync_run row has the calls the emulator saw for its spreadsheet', async () => {
    const sheets = emulatorClient(emulator);
    const env = syncEnvironment(db.orm, db.config, () => sheets);
    const ids = ['10000', '10001', '10002'].map((scope) => ({ scope, spreadsheetId: emulator.createSpreadsheet({ sheets: [] }) }));
    const seen = (spreadsheetId: string, from: number) => emulator.requests.slice(from).filter((r) => r.spreadsheetId === spreadsheetId);

    // init, a first run that fills the sheets, and an idle run: each time all three at once.
    const initFrom = emulator.requests.length;
    const inits = await Promise.all(ids.map(({ scope, spreadsheetId }) => initSheets(env, spreadsheetId, SYSTEM, { scope })));
    for (const [i, { spreadsheetId }] of ids.entries()) {
      expect(inits[i]!.report.apiCalls.calls).toBe(seen(spreadsheetId, initFrom).length);
    }
    emulator.configureFaults({ latencyMs: 50 });
    for (const round of ['first', 'idle']) {
      const from = emulator.requests.length;
      const reports = await Promise.all(ids.map(({ spreadsheetId }) => syncSheets(env, spreadsheetId, SYSTEM)));
      for (const [i, { spreadsheetId }] of ids.entries()) {
        const calls = seen(spreadsheetId, from);
        expect({ round, spreadsheetId, ...reports[i]!.apiCalls }).toMatchObject({
          round,
          spreadsheetId,
          calls: calls.length,
          reads: calls.filter((c) => quotaKindOf(c.operation) === 'read').length,
        });
      }
      if (round === 'idle') for (const report of reports) expect(report.apiCalls).toMatchObject({ calls: 1, reads: 1, writes: 0 });
    }
    const runs = await db.orm.em.fork().find(SyncRun, {}, { populate: ['binding'], orderBy: { id: 'asc' } });
    expect(runs.slice(-3).map((r) => r.apiCalls)).toEqual([1, 1, 1]);
  });
});
