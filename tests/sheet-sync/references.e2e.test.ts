import { SheetsEmulator } from '../../sync/emulator/server';
import { emulatorClient } from '../support/emulator-client';
import { Cadre } from '../../src/cadres/cadre.entity';
import { Locality } from '../../src/localities/locality.entity';
import { initSheets, syncSheets, type SyncEnvironment } from '../../src/sheet-sync/sheet-sync.service';
import { syncEnvironment } from '../../src/sheet-sync/sync-environment';
import { Unit } from '../../src/units/unit.entity';
import { searchKey as searchKeyOf } from '../../src/common/vietnamese';
import { createTestDatabase, describeWithDatabase, type TestDatabase } from '../support/database';

/**
 * Staff type a whole office in one sitting — a province, its units, their people — naming
 * units as they say them (no diacritics, any case), and one run makes the records, through the
 * real googleapis client against the emulator and the real services on the database.
 */

const VIEWER = { actor: 'jest', source: 'sync' } as const;

describeWithDatabase('references typed the way staff type them, resolved in the run that creates them', () => {
  let db: TestDatabase;
  let emulator: SheetsEmulator;
  let env: SyncEnvironment;
  let spreadsheetId: string;

  const grid = (tab: string) => emulator.getValues(spreadsheetId, `'${tab}'`);
  const rowOf = (tab: string, cells: Record<string, string>): (string | null)[] => {
    const header = grid(tab)[0]!.map(String);
    const row = new Array<string | null>(header.length).fill(null);
    for (const [name, value] of Object.entries(cells)) {
      const at = header.indexOf(name);
      if (at < 0) throw new Error(`no column ${name} in ${header.join(' | ')}`);
      row[at] = value;
    }
    return row;
  };
  const append = (tab: string, rows: Record<string, string>[]) =>
    emulator.setValues(
      spreadsheetId,
      `'${tab}'!A${grid(tab).length + 1}`,
      rows.map((cells) => rowOf(tab, cells)),
    );
  const cell = (tab: string, rowNumber: number, name: string) => grid(tab)[rowNumber - 1]![grid(tab)[0]!.map(String).indexOf(name)];
  const run = () => syncSheets(env, spreadsheetId, VIEWER);
  const cadres = async () => {
    const list = await db.orm.em.fork().find(Cadre, {}, { populate: ['unit'], orderBy: { id: 'asc' } });
    return list.map((c) => [c.fullName, c.unit?.getEntity().name ?? null]);
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    emulator = await SheetsEmulator.start();
    const sheets = emulatorClient(emulator);
    env = syncEnvironment(db.orm, db.config, () => sheets);
    spreadsheetId = emulator.createSpreadsheet({ title: 'Xã Bảo Thắng', sheets: [] });
    await initSheets(env, spreadsheetId, VIEWER);
  });

  afterAll(async () => {
    await emulator?.close();
    await db?.destroy();
  });

  it('a new province, its units and three cadres typed in one sitting: one run, no cell error; the next run is idle', async () => {
    append('Địa phương', [{ 'Mã địa phương': '15', 'Tên địa phương': 'Tỉnh Lào Cai', Cấp: 'Cấp tỉnh', Loại: 'Tỉnh' }]);
    append('Đơn vị', [
      // The province named without diacritics, lower case, spaces doubled.
      {
        'Mã đơn vị': 'BT',
        'Tên đơn vị': 'UBND xã Bảo Thắng',
        Khối: 'Khối chính quyền',
        'Loại cơ quan': 'UBND',
        'Địa phương': 'tinh  lao cai',
      },
      { 'Mã đơn vị': 'BH1', 'Tên đơn vị': 'Đảng ủy xã Bảo Hà', Khối: 'Khối Đảng', 'Loại cơ quan': 'Cấp ủy Đảng', 'Địa phương': '15' },
      { 'Mã đơn vị': 'BH2', 'Tên đơn vị': 'Đảng uỷ xã Bao Hà', Khối: 'Khối Đảng', 'Loại cơ quan': 'Cấp ủy Đảng', 'Địa phương': '15' },
    ]);
    const person = (fullName: string, unit: string) => ({
      'Họ và tên': fullName,
      'Ngày sinh': '12/03/1985',
      'Giới tính': 'Nam',
      'Dân tộc': 'Kinh',
      'Đối tượng': 'Công chức',
      'Đơn vị': unit,
    });
    append('Cán bộ', [
      person('Nguyễn Văn An', 'ubnd xa bao thang'),
      person('Trần Văn Bình', 'BT'),
      person('Lê Văn Cường', 'UBND xã Bảo Thắng'),
    ]);

    const report = await run();
    expect(report.cellErrors).toEqual([]);
    expect(report.issues).toEqual([]);
    expect(report.counts.database.creates).toBe(7);
    expect(await cadres()).toEqual([
      ['Nguyễn Văn An', 'UBND xã Bảo Thắng'],
      ['Trần Văn Bình', 'UBND xã Bảo Thắng'],
      ['Lê Văn Cường', 'UBND xã Bảo Thắng'],
    ]);
    const em = db.orm.em.fork();
    const province = await em.findOneOrFail(Locality, { code: '15' });
    expect((await em.find(Unit, {}, { orderBy: { id: 'asc' } })).map((u) => [u.code, u.locality.id])).toEqual([
      ['BT', province.id],
      ['BH1', province.id],
      ['BH2', province.id],
    ]);
    // The ids are written back; what staff typed in the reference cells stays as typed.
    const unit = await em.findOneOrFail(Unit, { code: 'BT' });
    expect(String(cell('Đơn vị', 2, 'Mã hoso'))).toBe(String(unit.id));
    expect([2, 3, 4].map((r) => cell('Cán bộ', r, 'Đơn vị'))).toEqual(['ubnd xa bao thang', 'BT', 'UBND xã Bảo Thắng']);

    const next = await run();
    expect(next.apiCalls).toMatchObject({ reads: 1, writes: 0 });
    expect(next.wrote).toEqual({ database: false, sheetValues: false, sheetLayout: false, state: false });
  });

  it('a name that fits two units once diacritics are dropped is a cell error listing both with their codes; the exact name wins', async () => {
    append('Cán bộ', [
      {
        'Họ và tên': 'Phạm Thị Dung',
        'Ngày sinh': '1990',
        'Giới tính': 'Nữ',
        'Dân tộc': 'Kinh',
        'Đối tượng': 'CC',
        'Đơn vị': 'dang uy xa bao ha',
      },
    ]);
    const report = await run();
    expect(report.cellErrors).toEqual([
      expect.objectContaining({
        header: 'Đơn vị',
        raw: 'dang uy xa bao ha',
        message: expect.stringContaining(
          'ứng với 2 đơn vị: Đảng ủy xã Bảo Hà (mã BH1); Đảng uỷ xã Bao Hà (mã BH2). Ghi một trong: «BH1», «BH2».',
        ),
      }),
    ]);
    expect(emulator.note(spreadsheetId, report.cellErrors[0]!.a1)).toContain('(mã BH2)');
    // Created without its unit (the field is not required), the cell left as typed for staff to fix.
    expect((await cadres())[3]).toEqual(['Phạm Thị Dung', null]);

    emulator.setValues(spreadsheetId, report.cellErrors[0]!.a1, [['Đảng uỷ xã Bao Hà']]);
    const fixed = await run();
    expect(fixed.cellErrors).toEqual([]);
    expect((await cadres())[3]).toEqual(['Phạm Thị Dung', 'Đảng uỷ xã Bao Hà']);
    expect(emulator.note(spreadsheetId, report.cellErrors[0]!.a1)).toBeUndefined();
    expect((await run()).apiCalls).toMatchObject({ reads: 1, writes: 0 });
  });

  it('a cadre naming a unit row that cannot become a record gets a cell error naming that row, and waits for it', async () => {
    // No «Khối»: the unit row is not created.
    append('Đơn vị', [
      { 'Mã đơn vị': 'VP', 'Tên đơn vị': 'Văn phòng Đảng ủy', 'Loại cơ quan': 'Phòng/ban chuyên môn', 'Địa phương': '15' },
    ]);
    append('Cán bộ', [
      {
        'Họ và tên': 'Hoàng Văn Em',
        'Ngày sinh': '1988',
        'Giới tính': 'Nam',
        'Dân tộc': 'Kinh',
        'Đối tượng': 'CC',
        'Đơn vị': 'van phong dang uy',
      },
    ]);
    const report = await run();
    expect(report.cellErrors).toEqual([
      expect.objectContaining({
        header: 'Đơn vị',
        message: expect.stringContaining('«van phong dang uy» là đơn vị ở dòng 5 trang «Đơn vị», nhưng dòng đó chưa thành hồ sơ'),
      }),
    ]);
    // Staff fill the block in: unit and cadre are linked in the next run.
    emulator.setValues(spreadsheetId, `'Đơn vị'!${String.fromCharCode(65 + grid('Đơn vị')[0]!.map(String).indexOf('Khối'))}5`, [
      ['Khối Đảng'],
    ]);
    const fixed = await run();
    expect(fixed.cellErrors).toEqual([]);
    expect((await cadres()).find(([name]) => name === 'Hoàng Văn Em')).toEqual(['Hoàng Văn Em', 'Văn phòng Đảng ủy']);
    expect((await run()).apiCalls).toMatchObject({ reads: 1, writes: 0 });
  });

  it.each(['reserve-ids', 'write-sheet-values'] as const)(
    'killed after "%s" with a unit and its cadre typed together, and run again: both created and linked once, then idle',
    async (step) => {
      const before = await cadres();
      spreadsheetId = emulator.createSpreadsheet({ title: `Sau sự cố ${step}`, sheets: [] });
      await initSheets(env, spreadsheetId, VIEWER);
      const unitName = `Phòng Văn hóa ${step}`;
      append('Đơn vị', [{ 'Tên đơn vị': unitName, Khối: 'Khối chính quyền', 'Loại cơ quan': 'Phòng/ban chuyên môn', 'Địa phương': '15' }]);
      append('Cán bộ', [
        {
          'Họ và tên': `Vũ Văn ${step}`,
          'Ngày sinh': '1991',
          'Giới tính': 'Nam',
          'Dân tộc': 'Kinh',
          'Đối tượng': 'CC',
          'Đơn vị': searchKeyOf(unitName),
        },
      ]);
      const crash = syncSheets(env, spreadsheetId, VIEWER, {
        onStep: (at, when) => {
          if (at === step && when === 'after') throw new Error('simulated crash');
        },
      });
      await expect(crash).rejects.toThrow('simulated crash');
      const again = await run();
      expect(again.cellErrors).toEqual([]);
      expect(again.issues).toEqual([]);
      expect(await cadres()).toEqual([...before, [`Vũ Văn ${step}`, unitName]]);
      expect(await db.orm.em.fork().count(Unit, { name: unitName })).toBe(1);
      expect((await run()).apiCalls).toMatchObject({ reads: 1, writes: 0 });
    },
  );
});
