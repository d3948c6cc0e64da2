import { columnLetters } from '../../sync/engine/a1';
import { SheetsEmulator } from '../../sync/emulator/server';
import { emulatorClient } from '../support/emulator-client';
import { initSheets, syncSheets } from '../../src/sheet-sync/sheet-sync.service';
import { syncEnvironment } from '../../src/sheet-sync/sync-environment';
import { SyncBinding } from '../../src/sheet-sync/sync-binding.entity';
import { syncLockFor, SyncBusyError } from '../../src/sheet-sync/sync-lock';
import type { SyncEnvironment } from '../../src/sheet-sync/sheet-sync.service';
import { describeWithDatabase } from '../support/database';
import { startTestApi, type TestApi } from '../support/server';
import {
  ResolveSyncConflictDocument,
  RunSyncDocument,
  SyncBindingsDocument,
  SyncConflictsDocument,
  SyncRunsDocument,
  SyncedCadresDocument,
  UpdateCadreDocument,
} from '../generated/graphql';

/**
 * The whole loop as an office would run it, over the real HTTP API and the real googleapis
 * client against the emulator: init the spreadsheet, staff type messy rows, sync, read the
 * records in GraphQL, edit both sides, settle a conflict, and sync until nothing is left to do.
 */

const TAB = 'Cán bộ';
const VIEWER = { actor: 'jest', source: 'sync' } as const;

describeWithDatabase('Sheets sync wired to the database and the API', () => {
  let emulator: SheetsEmulator;
  let api: TestApi;
  let env: SyncEnvironment;
  let spreadsheetId: string;

  const grid = () => emulator.getValues(spreadsheetId, `'${TAB}'`);
  const header = () => grid()[0]!.map(String);
  const column = (name: string) => {
    const index = header().indexOf(name);
    if (index < 0) throw new Error(`no column ${name} in ${header().join(' | ')}`);
    return index;
  };
  const letter = (name: string) => columnLetters(column(name));
  // Staff typed NFD; hoso reads it as NFC and has no reason to rewrite the cell.
  const rowOf = (fullName: string) => grid().findIndex((row) => String(row[column('Họ và tên')]).normalize('NFC') === fullName) + 1;
  const cellOf = (fullName: string, name: string) => grid()[rowOf(fullName) - 1]![column(name)];
  const run = async (dryRun = false) => (await api.data(RunSyncDocument, { spreadsheetId, dryRun })).runSync;

  beforeAll(async () => {
    emulator = await SheetsEmulator.start();
    const sheets = emulatorClient(emulator);
    api = await startTestApi({}, { sheets: () => sheets });
    env = syncEnvironment(api.db.orm, api.db.config, () => sheets);
    spreadsheetId = emulator.createSpreadsheet({ title: 'Hồ sơ cán bộ xã', sheets: [] });
  });

  afterAll(async () => {
    await api?.close();
    await emulator?.close();
  });

  it('init creates the tabs with Vietnamese headers and registers the binding', async () => {
    const { report } = await initSheets(env, spreadsheetId, VIEWER, { title: 'Xã Bảo Hà' });
    expect(report.tabs.map((t) => t.title)).toEqual(['Địa phương', 'Đơn vị', 'Cán bộ', 'Khóa học', 'Học viên', 'Quy hoạch']);
    expect(header()).toEqual(expect.arrayContaining(['Mã hoso', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Dân tộc']));
    const tab = emulator.spreadsheet(spreadsheetId).sheets.find((s) => s.properties.title === TAB)!;
    expect(tab.properties.gridProperties?.frozenRowCount).toBe(1);
    const bindings = (await api.data(SyncBindingsDocument, {})).syncBindings;
    expect(bindings).toEqual([expect.objectContaining({ spreadsheetId, title: 'Xã Bảo Hà', conflictPolicy: 'MANUAL' })]);
  });

  it('messy rows become records; ids are written back; a bad cell is noted, not applied', async () => {
    const at = (name: string) => column(name);
    const width = header().length;
    const row = (cells: Record<string, string | number>) => {
      const values: (string | number | null)[] = new Array<string | number | null>(width).fill(null);
      for (const [name, value] of Object.entries(cells)) values[at(name)] = value;
      return values;
    };
    emulator.setValues(spreadsheetId, `'${TAB}'!A2`, [
      // NFD name, d/m/yyyy date, "ThS" abbreviation.
      row({
        'Họ và tên': 'Nguye\u0302\u0303n Văn An',
        'Ngày sinh': '12/3/1985',
        'Giới tính': 'nam',
        'Dân tộc': 'Kinh',
        'Đối tượng': 'Công chức',
        'Trình độ chuyên môn': 'ThS',
      }),
      // A bare birth year, a minority written without the apostrophe.
      row({ 'Họ và tên': 'Giàng Thị Mai', 'Ngày sinh': '1990', 'Giới tính': 'Nữ', 'Dân tộc': 'HMông', 'Đối tượng': 'CC' }),
      // A wrong ethnicity: the row is created (the field is not required) and the cell gets a note.
      row({ 'Họ và tên': 'Lò Văn Bình', 'Ngày sinh': '01/02/1979', 'Giới tính': 'Nam', 'Dân tộc': 'Kinhh', 'Đối tượng': 'Viên chức' }),
    ]);

    const report = await run();
    const ethnicityError = report.cellErrors.find((e) => e.header === 'Dân tộc');
    expect(ethnicityError).toMatchObject({ raw: 'Kinhh', a1: `'${TAB}'!${letter('Dân tộc')}4` });
    expect(ethnicityError!.message).toMatch(/Kinhh/);
    expect(emulator.note(spreadsheetId, ethnicityError!.a1)).toMatch(/Kinhh/);

    const created = report.counts.database.creates;
    expect(created).toBeGreaterThanOrEqual(2);
    const ids = grid()
      .slice(1)
      .map((r) => r[column('Mã hoso')]);
    expect(ids.slice(0, 2).every((id) => typeof id === 'number' || /^\d+$/.test(String(id)))).toBe(true);

    const cadres = (await api.data(SyncedCadresDocument, { name: 'nguyen van an' })).cadres.nodes;
    expect(cadres).toEqual([
      expect.objectContaining({ fullName: 'Nguyễn Văn An', birthDateText: '12/03/1985', professionalLevel: 'MASTER' }),
    ]);
    expect(String(cadres[0]!.databaseId)).toBe(String(cellOf('Nguyễn Văn An', 'Mã hoso')));
    const mai = (await api.data(SyncedCadresDocument, { name: 'giang thi mai' })).cadres.nodes[0]!;
    expect(mai).toMatchObject({ birthDateText: '1990', birthDate: null, ethnicity: 'HMONG' });
  });

  it('a second run with no edits writes nothing on either side', async () => {
    const report = await run();
    expect(report.wrote).toEqual({ database: false, sheetValues: false, sheetLayout: false, state: false });
    expect(report.apiCalls).toMatchObject({ reads: 1, writes: 0 });
  });

  it('a copy-pasted row is reported, not duplicated', async () => {
    const source = grid()[rowOf('Nguyễn Văn An') - 1]!;
    emulator.setValues(spreadsheetId, `'${TAB}'!A${grid().length + 1}`, [source], 'RAW');
    const report = await run();
    expect(report.issues).toContainEqual(expect.objectContaining({ kind: 'duplicate-id', rowNumber: grid().length }));
    expect(report.counts.database.creates).toBe(0);
    const all = (await api.data(SyncedCadresDocument, { name: 'nguyen van an' })).cadres.nodes;
    expect(all).toHaveLength(1);
    // The staff take the copy away again.
    emulator.applyRequests(spreadsheetId, [
      {
        deleteDimension: {
          range: {
            sheetId: emulator.sheetId(spreadsheetId, TAB),
            dimension: 'ROWS',
            startIndex: grid().length - 1,
            endIndex: grid().length,
          },
        },
      },
    ]);
    await run();
  });

  it('edits on both sides meet; a field changed on both sides is a conflict a person settles', async () => {
    const an = (await api.data(SyncedCadresDocument, { name: 'nguyen van an' })).cadres.nodes[0]!;
    // hoso changes the home town and the note; the sheet changes the name's other field and the note.
    await api.data(UpdateCadreDocument, { id: an.id, input: { homeTown: 'Bảo Yên, Lào Cai', note: 'sửa trong hoso' } });
    emulator.setValues(spreadsheetId, `'${TAB}'!${letter('Tên gọi khác')}${rowOf('Nguyễn Văn An')}`, [['An Nhỏ']]);
    emulator.setValues(spreadsheetId, `'${TAB}'!${letter('Ghi chú')}${rowOf('Nguyễn Văn An')}`, [['sửa trên bảng tính']]);

    const report = await run();
    expect(cellOf('Nguyễn Văn An', 'Quê quán')).toBe('Bảo Yên, Lào Cai');
    const updated = (await api.data(SyncedCadresDocument, { name: 'nguyen van an' })).cadres.nodes[0]!;
    expect(updated.otherName).toBe('An Nhỏ');
    expect(report.conflicts).toEqual([
      expect.objectContaining({
        header: 'Ghi chú',
        sheetValue: 'sửa trên bảng tính',
        databaseValue: 'sửa trong hoso',
        resolution: 'kept-both',
      }),
    ]);
    // Both sides keep their value; the cell has a note.
    expect(cellOf('Nguyễn Văn An', 'Ghi chú')).toBe('sửa trên bảng tính');
    expect(emulator.note(spreadsheetId, report.conflicts[0]!.a1)).toBeDefined();

    const open = (await api.data(SyncConflictsDocument, { spreadsheetId })).syncConflicts;
    expect(open).toEqual([
      expect.objectContaining({ field: report.conflicts[0]!.field, sheetValue: 'sửa trên bảng tính', databaseValue: 'sửa trong hoso' }),
    ]);
    const remaining = await api.data(ResolveSyncConflictDocument, {
      input: { spreadsheetId, table: open[0]!.table, recordId: open[0]!.recordId, field: open[0]!.field, keep: 'SHEET' },
    });
    expect(remaining.resolveSyncConflict).toEqual([]);

    const after = await run();
    expect(after.conflicts).toEqual([]);
    const settled = (await api.data(SyncedCadresDocument, { name: 'nguyen van an' })).cadres.nodes[0]!;
    expect(settled.note).toBe('sửa trên bảng tính');
    expect(emulator.note(spreadsheetId, report.conflicts[0]!.a1)).toBeUndefined();
    const idle = await run();
    expect(idle.wrote).toEqual({ database: false, sheetValues: false, sheetLayout: false, state: false });
  });

  it('a change hoso refuses is noted on its cell; the rest of the row and the run still go through', async () => {
    const an = (await api.data(SyncedCadresDocument, { name: 'nguyen van an' })).cadres.nodes[0]!;
    await api.data(UpdateCadreDocument, { id: an.id, input: { idNumber: '001085012345' } });
    await run();
    // Staff give Mai An's CCCD (unique) and a home town in the same row.
    const mai = rowOf('Giàng Thị Mai');
    emulator.setValues(spreadsheetId, `'${TAB}'!${letter('Số CCCD')}${mai}`, [['001085012345']], 'RAW');
    emulator.setValues(spreadsheetId, `'${TAB}'!${letter('Nơi sinh')}${mai}`, [['Bắc Hà']]);
    const report = await run();
    expect(report.rejections).toEqual([
      expect.objectContaining({ table: 'cadre', field: 'idNumber', message: expect.stringMatching(/001085012345/) }),
    ]);
    expect(emulator.note(spreadsheetId, `'${TAB}'!${letter('Số CCCD')}${mai}`)).toMatch(/001085012345/);
    const after = (await api.data(SyncedCadresDocument, { name: 'giang thi mai' })).cadres.nodes[0]!;
    const placeOfBirth = await api.db.orm.em
      .fork()
      .getConnection()
      .execute<{ place_of_birth: string; id_number: string | null }[]>('select place_of_birth, id_number from cadre where id = ?', [
        after.databaseId,
      ]);
    expect(placeOfBirth).toEqual([{ place_of_birth: 'Bắc Hà', id_number: null }]);
    // The cell keeps what staff typed; the refusal is proposed again until they fix it.
    expect(String(cellOf('Giàng Thị Mai', 'Số CCCD'))).toBe('001085012345');
    emulator.setValues(spreadsheetId, `'${TAB}'!${letter('Số CCCD')}${mai}`, [['']]);
    await run();
    expect((await run()).wrote).toEqual({ database: false, sheetValues: false, sheetLayout: false, state: false });
  });

  it('a field edited in hoso while a run is under way is not overwritten by the sheet', async () => {
    const mai = (await api.data(SyncedCadresDocument, { name: 'giang thi mai' })).cadres.nodes[0]!;
    emulator.setValues(spreadsheetId, `'${TAB}'!${letter('Ghi chú')}${rowOf('Giàng Thị Mai')}`, [['từ bảng tính']]);
    const report = await syncSheets(env, spreadsheetId, VIEWER, {
      onStep: async (step, phase) => {
        if (step === 'commit-database' && phase === 'before')
          await api.data(UpdateCadreDocument, { id: mai.id, input: { note: 'sửa trong lúc đồng bộ' } });
      },
    });
    expect(report.rejections).toEqual([expect.objectContaining({ field: 'note', message: expect.stringMatching(/vừa được sửa/) })]);
    expect((await api.data(SyncedCadresDocument, { name: 'giang thi mai' })).cadres.nodes[0]!.note).toBe('sửa trong lúc đồng bộ');
    // The next run sees both sides changed: a conflict for a person, nothing lost.
    const next = await run();
    expect(next.conflicts).toEqual([
      expect.objectContaining({ header: 'Ghi chú', sheetValue: 'từ bảng tính', databaseValue: 'sửa trong lúc đồng bộ' }),
    ]);
    await api.data(ResolveSyncConflictDocument, {
      input: { spreadsheetId, table: 'cadre', recordId: String(mai.databaseId), field: 'note', keep: 'DATABASE' },
    });
    await run();
    expect(cellOf('Giàng Thị Mai', 'Ghi chú')).toBe('sửa trong lúc đồng bộ');
  });

  it('records the sync in the audit log as the sync, and its own bookkeeping not at all', async () => {
    const rows = await api.db.orm.em
      .fork()
      .getConnection()
      .execute<{ entity_name: string; source: string; action: string }[]>('select entity_name, source, action from audit_entry');
    expect(rows).toContainEqual({ entity_name: 'Cadre', source: 'sync', action: 'create' });
    expect(rows.filter((r) => r.entity_name.startsWith('Sync'))).toEqual([]);
  });

  it('a dry run plans and writes nothing', async () => {
    emulator.setValues(spreadsheetId, `'${TAB}'!${letter('Quê quán')}${rowOf('Giàng Thị Mai')}`, [['Sa Pa']]);
    const before = grid();
    const report = await run(true);
    expect(report.dryRun).toBe(true);
    expect(report.counts.database.updatedFields).toBe(1);
    expect(report.planText).toMatch(/Sa Pa/);
    expect(report.apiCalls.writes).toBe(0);
    expect(grid()).toEqual(before);
    const mai = (await api.data(SyncedCadresDocument, { name: 'giang thi mai' })).cadres.nodes[0]!;
    expect(mai.homeTown).toBeNull();
  });

  it('a row deleted from the sheet flags its record (kept, reported); putting the row back restores it', async () => {
    const row = rowOf('Giàng Thị Mai');
    const cells = grid()[row - 1]!;
    const deleteRow = { sheetId: emulator.sheetId(spreadsheetId, TAB), dimension: 'ROWS', startIndex: row - 1, endIndex: row };
    emulator.applyRequests(spreadsheetId, [{ deleteDimension: { range: deleteRow } }]);
    const flagged = await run();
    expect(flagged.counts.database.flags).toBe(1);
    expect(flagged.issues).toContainEqual(
      expect.objectContaining({ kind: 'row-missing-from-sheet', recordId: String(cells[column('Mã hoso')]) }),
    );
    expect((await api.data(SyncedCadresDocument, { name: 'giang thi mai' })).cadres.nodes).toHaveLength(1);
    expect((await run()).wrote).toEqual({ database: false, sheetValues: false, sheetLayout: false, state: false });

    // Staff undo the deletion (the row comes back, id and all).
    emulator.setValues(spreadsheetId, `'${TAB}'!A${grid().length + 1}`, [cells], 'RAW');
    const restored = await run();
    expect(restored.counts.database.unflags).toBe(1);
    expect(restored.issues).toContainEqual(expect.objectContaining({ kind: 'row-restored' }));
    expect((await run()).wrote).toEqual({ database: false, sheetValues: false, sheetLayout: false, state: false });
  });

  it('one run per spreadsheet at a time', async () => {
    const binding = await api.db.orm.em.fork().findOneOrFail(SyncBinding, { spreadsheetId });
    const lease = await syncLockFor(api.db.orm, api.db.kind).acquire(String(binding.id));
    try {
      await expect(syncSheets(env, spreadsheetId, VIEWER)).rejects.toBeInstanceOf(SyncBusyError);
      const response = await api.request(RunSyncDocument, { spreadsheetId, dryRun: false });
      expect(response.errors?.[0]?.message).toMatch(/đang được đồng bộ/);
    } finally {
      await lease.release();
    }
    await expect(syncSheets(env, spreadsheetId, VIEWER)).resolves.toBeDefined();
  });

  it('a spreadsheet Google refuses is a clear error, and an unregistered one too', async () => {
    const gone = await api.request(RunSyncDocument, { spreadsheetId: 'not-registered', dryRun: false });
    expect(gone.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    emulator.failCalls({ status: 403, onCall: 1 });
    const refused = await api.request(RunSyncDocument, { spreadsheetId, dryRun: false });
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'SHEETS_API_ERROR', status: 403 } });
    expect(refused.errors?.[0]?.message).toMatch(/^Google Sheets: /);
  });

  it('keeps the history of runs, failed ones included', async () => {
    const runs = (await api.data(SyncRunsDocument, { spreadsheetId, first: 50 })).syncRuns;
    expect(runs.length).toBeGreaterThanOrEqual(8);
    expect(runs.some((r) => r.dryRun)).toBe(true);
    expect(runs.filter((r) => r.outcome === 'FAILED').map((r) => r.error)).toEqual(
      expect.arrayContaining([expect.stringMatching(/đang được đồng bộ/)]),
    );
  });
});
