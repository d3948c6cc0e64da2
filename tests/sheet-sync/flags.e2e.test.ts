import { SheetsEmulator } from '../../sync/emulator/server';
import { emulatorClient } from '../support/emulator-client';
import { initSheets } from '../../src/sheet-sync/sheet-sync.service';
import { syncEnvironment } from '../../src/sheet-sync/sync-environment';
import { fromGlobalId, toGlobalId } from '../../src/common/graphql/global-id';
import { describeWithDatabase } from '../support/database';
import { ROOT_ADMIN, startTestApi, type TestApi } from '../support/server';
import {
  CadreStatisticsDocument,
  ConfirmSyncedDeleteDocument,
  CreateEnrollmentDocument,
  CreateLocalityDocument,
  CreateTrainingDocument,
  CreateUnitDocument,
  FlaggedCadresDocument,
  FlaggedRecordCountsDocument,
  RestoreSyncedRecordDocument,
  RunSyncDocument,
} from '../generated/graphql';

/**
 * Rows deleted from a bound sheet, end to end over the real HTTP API and the real googleapis
 * client against the emulator: the record is flagged, listed by `syncFlagged`, says which sheet
 * flagged it; a person restores it (the next run puts the row back) or confirms the delete (the
 * record goes as a GraphQL delete would, and the bindings stop reporting it).
 */

const TAB = 'Cán bộ';
const TITLE = 'Xã Bảo Hà';
const VIEWER = { actor: 'jest', source: 'sync' } as const;
const IDLE = { database: false, sheetValues: false, sheetLayout: false, state: false };

describeWithDatabase('rows deleted from a synced sheet: flagged records, restored or deleted', () => {
  let emulator: SheetsEmulator;
  let api: TestApi;
  let spreadsheetId: string;
  let communeId: string;
  const cadreIds = new Map<string, number>();

  const grid = () => emulator.getValues(spreadsheetId, `'${TAB}'`);
  const column = (name: string) => grid()[0]!.map(String).indexOf(name);
  const rowOf = (fullName: string) => grid().findIndex((row) => String(row[column('Họ và tên')]) === fullName) + 1;
  const run = async () => (await api.data(RunSyncDocument, { spreadsheetId, dryRun: false })).runSync;
  const cadreId = (name: string) => toGlobalId('Cadre', cadreIds.get(name)!);
  const deleteRowOf = (fullName: string) => {
    const row = rowOf(fullName);
    expect(row).toBeGreaterThan(1);
    const range = { sheetId: emulator.sheetId(spreadsheetId, TAB), dimension: 'ROWS', startIndex: row - 1, endIndex: row };
    emulator.applyRequests(spreadsheetId, [{ deleteDimension: { range } }]);
  };
  const flagged = async (value: boolean) => (await api.data(FlaggedCadresDocument, { flagged: value })).cadres;
  const sql = <T>(text: string, bindings: unknown[] = []) =>
    api.db.orm.em
      .fork()
      .getConnection()
      .execute<T[]>(text, bindings as never[]);

  /** A hand-written query as the root admin (no generated document), failing the test on any error. */
  const raw = async (document: string) => {
    const response = await fetch(api.server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...api.headers },
      body: JSON.stringify({ query: document }),
    });
    const body = (await response.json()) as { data?: unknown; errors?: unknown; extensions?: { sql?: { count: number } } };
    expect(body.errors).toBeUndefined();
    return body;
  };

  beforeAll(async () => {
    emulator = await SheetsEmulator.start();
    const sheets = emulatorClient(emulator);
    api = await startTestApi({}, { sheets: () => sheets });
    const env = syncEnvironment(api.db.orm, api.db.config, () => sheets);
    spreadsheetId = emulator.createSpreadsheet({ title: 'Hồ sơ cán bộ xã', sheets: [] });
    await initSheets(env, spreadsheetId, VIEWER, { title: TITLE });

    const province = (
      await api.data(CreateLocalityDocument, { input: { code: '15', name: 'Tỉnh Lào Cai', level: 'PROVINCE', kind: 'PROVINCE' } })
    ).createLocality;
    const commune = (
      await api.data(CreateLocalityDocument, {
        input: { code: '02911', name: 'Xã Bảo Hà', level: 'COMMUNE', kind: 'COMMUNE', parentId: province.id },
      })
    ).createLocality;
    communeId = commune.id;
    await api.data(CreateUnitDocument, {
      input: { code: 'UBND-BH', name: 'UBND xã Bảo Hà', block: 'COMMUNE', kind: 'OTHER', localityId: commune.id },
    });
    const header = grid()[0]!.map(String);
    const row = (cells: Record<string, string>) => header.map((name) => cells[name] ?? null);
    const people = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Thị Dung'];
    emulator.setValues(
      spreadsheetId,
      `'${TAB}'!A2`,
      people.map((name) =>
        row({
          'Họ và tên': name,
          'Đơn vị': 'UBND-BH',
          'Ngày sinh': '12/3/1985',
          'Giới tính': 'Nam',
          'Dân tộc': 'Kinh',
          'Đối tượng': 'Công chức',
        }),
      ),
    );
    const created = await run();
    expect(created.counts.database.creates).toBe(people.length);
    for (const name of people) cadreIds.set(name, Number(grid()[rowOf(name) - 1]![column('Mã hoso')]));

    // Dung attends a course (typed in hoso): her enrollment refers to her.
    const training = (
      await api.data(CreateTrainingDocument, { input: { name: 'Bồi dưỡng kỹ năng lãnh đạo', kind: 'FOSTERING', mode: 'FULL_TIME' } })
    ).createTraining;
    await api.data(CreateEnrollmentDocument, { input: { cadreId: cadreId('Phạm Thị Dung'), trainingId: training.id } });
    await run();
    expect((await run()).wrote).toEqual(IDLE);
  });

  afterAll(async () => {
    await api?.close();
    await emulator?.close();
  });

  it('a row deleted from the sheet flags its record: syncFlagged lists it, with the sheet that flagged it and when', async () => {
    const before = Date.now();
    deleteRowOf('Nguyễn Văn An');
    const report = await run();
    expect(report.counts.database.flags).toBe(1);

    const listed = await flagged(true);
    expect(listed.totalCount).toBe(1);
    expect(listed.nodes).toEqual([
      expect.objectContaining({
        fullName: 'Nguyễn Văn An',
        syncFlags: [{ spreadsheetId, title: TITLE, sheetTitle: TAB, flaggedAt: expect.any(String) }],
      }),
    ]);
    const flaggedAt = Date.parse(listed.nodes[0]!.syncFlags[0]!.flaggedAt);
    expect(flaggedAt).toBeGreaterThanOrEqual(before - 1000);
    expect(flaggedAt).toBeLessThanOrEqual(Date.now() + 1000);

    const others = await flagged(false);
    expect(others.nodes.map((n) => n.fullName).sort()).toEqual(['Lê Văn Cường', 'Phạm Thị Dung', 'Trần Thị Bình']);
    expect(others.nodes.every((n) => n.syncFlags.length === 0)).toBe(true);
  });

  it('syncFlagged is on every synced type’s list, in SQL', async () => {
    const yes = await api.data(FlaggedRecordCountsDocument, { flagged: true });
    expect(yes.cadres.totalCount).toBe(1);
    for (const list of [yes.localities, yes.units, yes.trainings, yes.enrollments, yes.planningEntries]) expect(list.totalCount).toBe(0);
    const no = await api.data(FlaggedRecordCountsDocument, { flagged: false });
    const all = await api.data(FlaggedRecordCountsDocument, {});
    expect(no.cadres.totalCount).toBe(all.cadres.totalCount - 1);
    expect(no.trainings.totalCount).toBe(all.trainings.totalCount);
    expect(no.enrollments.totalCount).toBe(1);
    expect(no.enrollments.nodes[0]!.syncFlags).toEqual([]);
    // Nested lists share the filter input, and so the filter.
    const nested = await raw(
      '{ units { nodes { name cadres(filter: { syncFlagged: true }) { totalCount nodes { fullName syncFlags { spreadsheetId } } } } } }',
    );
    expect(nested.data).toEqual({
      units: {
        nodes: [
          { name: 'UBND xã Bảo Hà', cadres: { totalCount: 1, nodes: [{ fullName: 'Nguyễn Văn An', syncFlags: [{ spreadsheetId }] }] } },
        ],
      },
    });
  });

  it('syncFlags is read for a whole page in one statement', async () => {
    const statements = async (document: string) => (await raw(document)).extensions!.sql!.count;
    const plain = await statements('{ cadres(first: 50) { nodes { id fullName } } }');
    const withFlags = await statements('{ cadres(first: 50) { nodes { id fullName syncFlags { spreadsheetId flaggedAt } } } }');
    expect(withFlags).toBe(plain + 1);
  });

  it('a viewer without the sync right sees no flag and may neither restore nor confirm', async () => {
    const token = await api.tokenFor('flags.editor', [{ ...ROOT_ADMIN, sync: false }]);
    const listed = await api.requestAs(token, FlaggedCadresDocument, { flagged: true });
    expect(listed.errors).toBeUndefined();
    expect(listed.data!.cadres.totalCount).toBe(0);
    const all = await api.requestAs(token, FlaggedCadresDocument, {});
    expect(all.data!.cadres.nodes.find((n) => n.fullName === 'Nguyễn Văn An')!.syncFlags).toEqual([]);

    const input = { id: cadreId('Nguyễn Văn An') };
    const restore = await api.requestAs(token, RestoreSyncedRecordDocument, { input });
    expect(restore.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const confirm = await api.requestAs(token, ConfirmSyncedDeleteDocument, { input });
    expect(confirm.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await flagged(true)).totalCount).toBe(1);
  });

  it('the sync right is not enough without the right to change the record; a commune’s sync right does not reach a whole-database sheet', async () => {
    const input = { id: cadreId('Nguyễn Văn An') };
    const reader = await api.tokenFor('flags.sync.reader', [{ role: 'viewer', scope: { kind: 'root' }, personalData: false, sync: true }]);
    const listed = await api.requestAs(reader, FlaggedCadresDocument, { flagged: true });
    expect(listed.data!.cadres.nodes.map((n) => n.fullName)).toEqual(['Nguyễn Văn An']);
    const restoreAsReader = await api.requestAs(reader, RestoreSyncedRecordDocument, { input });
    expect(restoreAsReader.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const confirmAsReader = await api.requestAs(reader, ConfirmSyncedDeleteDocument, { input });
    expect(confirmAsReader.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const communeDatabaseId = fromGlobalId(communeId)!.databaseId;
    const communeSync = await api.tokenFor('flags.commune.sync', [
      { role: 'editor', scope: { kind: 'locality', id: communeDatabaseId }, personalData: false, sync: true },
    ]);
    const seen = await api.requestAs(communeSync, FlaggedCadresDocument, {});
    expect(seen.data!.cadres.totalCount).toBe(4);
    expect(seen.data!.cadres.nodes.every((n) => n.syncFlags.length === 0)).toBe(true);
    expect((await api.requestAs(communeSync, FlaggedCadresDocument, { flagged: true })).data!.cadres.totalCount).toBe(0);
    const restore = await api.requestAs(communeSync, RestoreSyncedRecordDocument, { input });
    expect(restore.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await flagged(true)).totalCount).toBe(1);
  });

  it('bad ids and records no sheet flagged are refused with BAD_USER_INPUT naming the field', async () => {
    for (const id of ['not-an-id', toGlobalId('Position', 1)]) {
      const answer = await api.request(RestoreSyncedRecordDocument, { input: { id } });
      expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.id' }] });
    }
    const notFlagged = await api.request(ConfirmSyncedDeleteDocument, { input: { id: cadreId('Lê Văn Cường') } });
    expect(notFlagged.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(notFlagged.errors?.[0]?.message).toMatch(/không bị bảng tính nào đánh dấu/);
    const otherSheet = await api.request(RestoreSyncedRecordDocument, {
      input: { id: cadreId('Nguyễn Văn An'), spreadsheetId: 'another-sheet' },
    });
    expect(otherSheet.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await sql('select id from cadre where id = ?', [cadreIds.get('Lê Văn Cường')])).toHaveLength(1);
  });

  it('restoreSyncedRecord clears the flag; the next run puts the row back, and the run after is idle', async () => {
    const restored = (await api.data(RestoreSyncedRecordDocument, { input: { id: cadreId('Nguyễn Văn An'), spreadsheetId } }))
      .restoreSyncedRecord;
    expect(restored).toEqual({ id: cadreId('Nguyễn Văn An'), fullName: 'Nguyễn Văn An', syncFlags: [] });
    expect((await flagged(true)).totalCount).toBe(0);

    const report = await run();
    expect(report.counts.sheet.appendedRows).toBe(1);
    expect(report.counts.database.flags).toBe(0);
    expect(String(grid()[rowOf('Nguyễn Văn An') - 1]![column('Mã hoso')])).toBe(String(cadreIds.get('Nguyễn Văn An')));
    expect((await run()).wrote).toEqual(IDLE);
    expect((await flagged(true)).totalCount).toBe(0);
  });

  it('confirmSyncedDelete deletes the record as a GraphQL delete would, in the audit log; the bindings stop reporting it', async () => {
    deleteRowOf('Trần Thị Bình');
    expect((await run()).counts.database.flags).toBe(1);
    const id = cadreId('Trần Thị Bình');
    const deleted = (await api.data(ConfirmSyncedDeleteDocument, { input: { id } })).confirmSyncedDelete;
    expect(deleted).toEqual({ id, databaseId: cadreIds.get('Trần Thị Bình') });

    expect(await sql('select id from cadre where id = ?', [cadreIds.get('Trần Thị Bình')])).toEqual([]);
    expect(await sql('select id from sync_flag')).toEqual([]);
    const audit = await sql<{ actor: string; source: string }>(
      `select actor, source from audit_entry where entity_name = 'Cadre' and entity_id = ? and action = 'delete'`,
      [cadreIds.get('Trần Thị Bình')],
    );
    expect(audit).toEqual([{ actor: 'jest', source: 'api' }]);

    const next = await run();
    expect(next.apiCalls.writes).toBe(0);
    expect(next.wrote).toMatchObject({ database: false, sheetValues: false, sheetLayout: false });
    expect(next.issues.filter((i) => i.recordId === String(cadreIds.get('Trần Thị Bình')))).toEqual([]);
    expect(rowOf('Trần Thị Bình')).toBe(0);
    expect((await run()).wrote).toEqual(IDLE);
  });

  it('a flagged record still referred to is refused, naming what refers to it; nothing is lost', async () => {
    deleteRowOf('Phạm Thị Dung');
    expect((await run()).counts.database.flags).toBe(1);
    const id = cadreId('Phạm Thị Dung');
    const answer = await api.request(ConfirmSyncedDeleteDocument, { input: { id } });
    expect(answer.errors?.[0]?.extensions).toMatchObject({
      code: 'REFERENCED',
      references: [{ entity: 'Enrollment', field: 'cadre', count: 1 }],
    });
    expect(answer.errors?.[0]?.message).toMatch(/Enrollment\.cadre/);
    expect(await sql('select id from cadre where id = ?', [cadreIds.get('Phạm Thị Dung')])).toHaveLength(1);
    expect(await sql('select id from enrollment where cadre_id = ?', [cadreIds.get('Phạm Thị Dung')])).toHaveLength(1);
    const still = await flagged(true);
    expect(still.nodes.map((n) => n.fullName)).toEqual(['Phạm Thị Dung']);
    // Reports and statistics take the same filter.
    const statistics = async (syncFlagged: boolean) =>
      (
        await api.data(CadreStatisticsDocument, {
          scope: { id: communeId, includeSubtree: true },
          groupBy: ['SEX'],
          filter: { syncFlagged },
        })
      ).cadreStatistics.total;
    expect(await statistics(true)).toBe(1);
    expect(await statistics(false)).toBe(2);
    expect((await run()).wrote).toEqual(IDLE);
  });
});
