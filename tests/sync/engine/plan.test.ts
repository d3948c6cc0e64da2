import { formatPlan } from '../../../sync/engine/format-plan';
import { planSync } from '../../../sync/engine/plan';
import { readSheetTable } from '../../../sync/engine/sheet-table';
import { DEFAULT_POLICY } from '../../../sync/engine/types';
import { CADRE_HEADERS, CADRES, UNITS } from '../support/cadres';
import { cadre, onlyTable, planScenario, record, stateWith } from '../support/planning';

const AN = cadre('Nguyễn Văn An', '1985-03-12', 'MALE', '01', 2010);
const BINH = cadre('Trần Thị Bình', '1990-01-05', 'FEMALE', '02', 2015);
const anRow = ['1', 'Nguyễn Văn An', '12/03/1985', 'Nam', 'Kinh', 2010];
const binhRow = ['2', 'Trần Thị Bình', '05/01/1990', 'Nữ', 'Tày', 2015];
const synced = { records: [record('1', AN), record('2', BINH)], base: { '1': { values: AN }, '2': { values: BINH } } };

describe('planning a run', () => {
  describe('only changed cells are written', () => {
    it('one field changed in hoso is one cell written, at its address', () => {
      const plan = planScenario({
        ...synced,
        records: [record('1', { ...AN, ethnicity: '06' }), record('2', BINH)],
        rows: [anRow, binhRow],
      });
      expect(onlyTable(plan).cellWrites).toEqual([
        { table: 'cadre', id: '1', field: 'ethnicity', a1: "'Cán bộ'!E2", rowNumber: 2, column: 4, previous: 'Kinh', value: 'Mường' },
      ]);
      expect(plan.counts.sheet.cellWrites).toBe(1);
    });

    it('a cell typed differently but meaning the same value is left as the person typed it', () => {
      const plan = planScenario({ ...synced, rows: [['1', '  Nguyễn  Văn An ', 31118, 'NAM', 'kinh', '2010'], binhRow] });
      expect(plan.counts.sheet.cellWrites).toBe(0);
      expect(plan.counts.database.updatedFields).toBe(0);
    });

    it('a change typed in the sheet is one field updated, with the value it was planned against', () => {
      const table = onlyTable(planScenario({ ...synced, rows: [['1', 'Nguyễn Văn Ân', '12/03/1985', 'Nam', 'Kinh', 2010], binhRow] }));
      expect(table.updates).toEqual([
        {
          table: 'cadre',
          id: '1',
          rowNumber: 2,
          changes: [{ field: 'fullName', value: 'Nguyễn Văn Ân', expected: 'Nguyễn Văn An', previousBase: 'Nguyễn Văn An' }],
        },
      ]);
    });
  });

  describe('conflicts', () => {
    const both = {
      ...synced,
      records: [record('1', { ...AN, startYear: 2011 }), record('2', BINH)],
      rows: [['1', 'Nguyễn Văn An', '12/03/1985', 'Nam', 'Kinh', 2012], binhRow],
    };

    it('manual (default): recorded, both sides keep their value, the cell gets a note in Vietnamese', () => {
      const plan = planScenario(both);
      const table = onlyTable(plan);
      expect(table.updates).toEqual([]);
      expect(table.cellWrites).toEqual([]);
      expect(plan.conflicts).toEqual([
        expect.objectContaining({
          id: '1',
          field: 'startYear',
          a1: "'Cán bộ'!F2",
          sheetValue: 2012,
          databaseValue: 2011,
          baseValue: 2010,
          resolution: 'kept-both',
        }),
      ]);
      expect(table.baseAfterDatabase['1']!.values.startYear).toBe(2010);
      expect(plan.desiredNotes).toEqual([
        expect.objectContaining({ rowNumber: 2, column: 5, anchor: { table: 'cadre', id: '1', rowNumber: null, field: 'startYear' } }),
      ]);
      expect(plan.desiredNotes[0]!.text).toBe(
        'Xung đột: bảng tính ghi «2012», hoso ghi «2011» (lần đồng bộ trước: «2010»). Cả hai giá trị được giữ nguyên cho đến khi có người chọn giá trị đúng trong hoso.',
      );
    });

    it('sheet-wins updates hoso, database-wins rewrites the cell', () => {
      const sheetWins = planScenario({ ...both, policy: { conflicts: 'sheet-wins' } });
      expect(onlyTable(sheetWins).updates[0]!.changes).toEqual([{ field: 'startYear', value: 2012, expected: 2011, previousBase: 2010 }]);
      expect(sheetWins.desiredNotes).toEqual([]);
      const databaseWins = planScenario({ ...both, policy: { conflicts: 'database-wins' } });
      expect(onlyTable(databaseWins).cellWrites.map((w) => [w.a1, w.value])).toEqual([["'Cán bộ'!F2", 2011]]);
    });
  });

  describe('cell errors', () => {
    it('a cell that does not parse is reported with its A1 address, never applied, never overwritten; the rest of the row syncs', () => {
      const records = [record('1', { ...AN, ethnicity: '02' }), record('2', BINH)];
      const plan = planScenario({ ...synced, records, rows: [['1', 'Nguyễn Văn Ân', '12/03/1985', 'Nam', 'Kinhh', 2010], binhRow] });
      const table = onlyTable(plan);
      expect(plan.cellErrors).toEqual([
        expect.objectContaining({ id: '1', field: 'ethnicity', header: 'Dân tộc', a1: "'Cán bộ'!E2", raw: 'Kinhh', rowNumber: 2 }),
      ]);
      expect(plan.cellErrors[0]!.message).toBe(
        'Không đọc được giá trị «Kinhh»: «Kinhh» không có trong danh mục dân tộc. Giá trị này chưa được đồng bộ.',
      );
      expect(table.cellWrites).toEqual([]);
      expect(table.updates[0]!.changes.map((c) => c.field)).toEqual(['fullName']);
      expect(table.baseAfterDatabase['1']!.values.ethnicity).toBe('01');
    });

    it('quotes tab titles with apostrophes and Vietnamese letters in addresses', () => {
      const plan = planScenario({ spec: UNITS, headers: ['Tên đơn vị', 'Mã đơn vị', 'Mã hoso'], rows: [['Phòng Nội vụ', 'NV', '5']] });
      expect(plan.issues[0]!.a1).toBe("'Đơn vị của ''Ban'''!C2");
    });

    it('emptying a required cell is a cell error, not an erased name', () => {
      const plan = planScenario({ ...synced, rows: [['1', null, '12/03/1985', 'Nam', 'Kinh', 2010], binhRow] });
      expect(plan.cellErrors).toEqual([
        expect.objectContaining({ a1: "'Cán bộ'!B2", message: 'Cột «Họ và tên» là bắt buộc, không được để trống.' }),
      ]);
      expect(plan.counts.database.updatedFields).toBe(0);
    });

    it('a blank cell with a default takes it on a new row, and the default is written into the cell', () => {
      const withDefault = { ...CADRES, columns: CADRES.columns.map((c) => (c.field === 'ethnicity' ? { ...c, defaultValue: '01' } : c)) };
      const plan = planScenario({ spec: withDefault, rows: [[null, 'Lê Chi', '05/01/1995', 'Nữ', null, null]] });
      expect(onlyTable(plan).newRows[0]!.values).toEqual(cadre('Lê Chi', '1995-01-05', 'FEMALE', '01', null));
      expect(onlyTable(plan).cellWrites).toEqual([expect.objectContaining({ id: null, a1: "'Cán bộ'!E2", previous: null, value: 'Kinh' })]);
      // A row that cannot become a record gets no default either.
      const refused = planScenario({ spec: withDefault, rows: [[null, null, '05/01/1995', 'Nữ', null, null]] });
      expect(onlyTable(refused).cellWrites).toEqual([]);
    });

    it('a new row with a bad cell is still created, the bad field left empty and noted', () => {
      const plan = planScenario({ rows: [[null, 'Lê Chi', '31/02/1995', 'Nữ', 'Kinh', null]] });
      expect(onlyTable(plan).newRows[0]!.values).toEqual(cadre('Lê Chi', null, 'FEMALE', '01', null));
      expect(plan.cellErrors.map((e) => [e.a1, e.message])).toEqual([
        ["'Cán bộ'!C2", 'Không đọc được giá trị «31/02/1995»: ngày không có thật. Giá trị này chưa được đồng bộ.'],
      ]);
      expect(plan.desiredNotes[0]).toMatchObject({ forNewRow: true, rowNumber: 2, column: 2 });
    });

    it('a new row without its required name does not become a record', () => {
      const plan = planScenario({ rows: [[null, null, '01/02/1995', 'Nữ']] });
      expect(onlyTable(plan).newRows).toEqual([]);
      expect(plan.issues).toEqual([expect.objectContaining({ kind: 'row-not-created', a1: "'Cán bộ'!A2", rowNumber: 2 })]);
      expect(plan.issues[0]!.message).toBe('Dòng này chưa thành hồ sơ: thiếu «Họ và tên». Điền đủ rồi đồng bộ lại.');
    });
  });

  describe('deletes follow the policy', () => {
    it('policy delete removes a record whose row is gone only when hoso did not change it since', () => {
      const plan = planScenario({ ...synced, rows: [anRow], policy: { sheetRowDeleted: 'delete' } });
      expect(onlyTable(plan).deletes).toEqual([{ table: 'cadre', id: '2' }]);
      const changed = planScenario({
        ...synced,
        records: [record('1', AN), record('2', { ...BINH, startYear: 2020 })],
        rows: [anRow],
        policy: { sheetRowDeleted: 'delete' },
      });
      expect(onlyTable(changed).deletes).toEqual([]);
      expect(onlyTable(changed).flags).toEqual([{ table: 'cadre', id: '2' }]);
      expect(changed.issues[0]!.message).toContain('chỉ được đánh dấu, không bị xoá');
    });

    it('a record deleted in hoso marks its row with a note by default', () => {
      const plan = planScenario({ ...synced, records: [record('1', AN)], rows: [anRow, binhRow] });
      const table = onlyTable(plan);
      expect(table.marks).toEqual([{ table: 'cadre', id: '2' }]);
      expect(table.removeRows).toEqual([]);
      expect(plan.desiredNotes).toEqual([
        expect.objectContaining({ rowNumber: 3, column: 0, text: expect.stringContaining('đã bị xoá trong hoso') }),
      ]);
    });

    it('policy remove removes the row of a record deleted in hoso, unless staff edited it since', () => {
      const removed = planScenario({ ...synced, records: [record('1', AN)], rows: [anRow, binhRow], policy: { recordDeleted: 'remove' } });
      expect(onlyTable(removed).removeRows).toEqual([{ table: 'cadre', id: '2', rowNumber: 3 }]);
      const edited = planScenario({
        ...synced,
        records: [record('1', AN)],
        rows: [anRow, ['2', 'Trần Thị Bình', '05/01/1990', 'Nữ', 'Tày', 2019]],
        policy: { recordDeleted: 'remove' },
      });
      expect(onlyTable(edited).removeRows).toEqual([]);
      expect(onlyTable(edited).marks).toEqual([{ table: 'cadre', id: '2' }]);
      expect(edited.issues[0]!.message).toContain('dòng đã được sửa');
    });

    it('a record deleted in hoso whose row is already marked stays marked, quietly for the sheet', () => {
      const plan = planScenario({
        records: [record('1', AN)],
        base: { '1': { values: AN }, '2': { values: BINH, status: 'deleted-in-database' } },
        rows: [anRow, binhRow],
      });
      expect(onlyTable(plan).marks).toEqual([{ table: 'cadre', id: '2' }]);
      expect(plan.counts.sheet).toEqual({ cellWrites: 0, idWriteBacks: 0, appendedRows: 0, removedRows: 0 });
    });

    it('a record new in hoso is appended, its cells placed under their headers and the staff columns left empty', () => {
      const headers = ['Ghi chú', 'Năm vào ngành', 'Họ và tên', 'Mã hoso', 'Ngày sinh', 'Giới tính', 'Dân tộc'];
      const plan = planScenario({ headers, records: [record('7', AN)], rows: [] });
      expect(onlyTable(plan).appendRows).toEqual([
        { table: 'cadre', id: '7', cells: [null, 2010, 'Nguyễn Văn An', '7', '12/03/1985', 'Nam', 'Kinh'], values: AN },
      ]);
    });
  });

  describe('tabs and headers', () => {
    it('a missing mapped header leaves that field alone on both sides and says so', () => {
      const headers = ['Mã hoso', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Năm vào ngành'];
      const records = [record('1', { ...AN, ethnicity: '02' }), record('2', BINH)];
      const plan = planScenario({
        ...synced,
        records,
        headers,
        rows: [anRow.filter((_, i) => i !== 4), binhRow.filter((_, i) => i !== 4)],
      });
      expect(plan.counts.sheet.cellWrites).toBe(0);
      expect(plan.issues).toEqual([
        expect.objectContaining({
          kind: 'missing-header',
          message: 'Trang «Cán bộ» thiếu cột «Dân tộc»: trường này không được đồng bộ ở cả hai phía.',
        }),
      ]);
      expect(onlyTable(plan).baseAfterDatabase['1']!.values.ethnicity).toBe('01');
    });

    it('a missing tab or id column stops that table only, keeping its base', () => {
      const state = stateWith('cadre', synced.base);
      const missingTab = planSync({ tables: [{ spec: CADRES, sheet: null, records: synced.records }], state, policy: DEFAULT_POLICY });
      expect(missingTab.issues.map((i) => i.kind)).toEqual(['missing-tab']);
      expect(onlyTable(missingTab).baseAfterDatabase).toEqual(synced.base);
      expect(onlyTable(missingTab).layout.synced).toBe(false);
      const noId = planScenario({ ...synced, headers: CADRE_HEADERS.slice(1), rows: [anRow.slice(1)] });
      expect(noId.issues.map((i) => i.kind)).toEqual(['missing-id-column']);
      expect(noId.counts.database.flags).toBe(0);
    });
  });

  describe('determinism', () => {
    it('the same inputs give an identical plan, whatever order records and base entries come in', () => {
      const rows = [anRow, [null, 'Lê Chi', 'x'], binhRow, ['3', 'Người lạ'], ['1', 'Bản sao']];
      const records = [record('2', { ...BINH, startYear: 2016 }), record('10', BINH), record('1', AN), record('9', AN)];
      const base = { '9': { values: AN }, '2': { values: BINH }, '1': { values: AN } };
      const plan = (recs: typeof records, b: typeof base) => planScenario({ records: recs, base: b, rows });
      const first = plan(records, base);
      const reversedBase = Object.fromEntries(Object.entries(base).reverse()) as typeof base;
      expect(JSON.stringify(plan([...records].reverse(), reversedBase))).toBe(JSON.stringify(first));
      expect(onlyTable(first).appendRows.map((r) => r.id)).toEqual(['10']);
      expect(onlyTable(first).flags.map((r) => r.id)).toEqual(['9']);
    });

    it('prints as a dry run', () => {
      const rows = [
        ['1', 'Nguyễn Văn Ân', '12/03/1985', 'Nam', 'Kinhh', 2010],
        [null, 'Lê Chi'],
      ];
      const text = formatPlan(planScenario({ ...synced, rows }), [CADRES]);
      expect(text.split('\n')).toEqual([
        'Kế hoạch đồng bộ (chưa ghi gì)',
        'Trang «Cán bộ» (cadre)',
        '  → hoso: 1 hồ sơ mới, 1 hồ sơ sửa (1 trường), 1 đánh dấu mất dòng, 0 bỏ đánh dấu, 0 xoá',
        '  → bảng tính: 0 ô, 1 mã ghi lại, 0 dòng thêm, 0 dòng xoá',
        '  + dòng 3 thành hồ sơ (mã mới): Họ và tên «Lê Chi»',
        '  ~ hồ sơ 1 (dòng 2) Họ và tên: «Nguyễn Văn An» → «Nguyễn Văn Ân»',
        '  ⚑ đánh dấu hồ sơ 2: dòng không còn trên trang',
        "✗ lỗi ô 'Cán bộ'!E2 (Dân tộc): Không đọc được giá trị «Kinhh»: «Kinhh» không có trong danh mục dân tộc. Giá trị này chưa được đồng bộ.",
        '· Dòng của hồ sơ «2» không còn trên trang «Cán bộ»: hồ sơ được đánh dấu, không bị xoá (có thể khôi phục).',
        'Tổng: hoso 1 mới, 1 trường sửa, 1 đánh dấu, 0 xoá; bảng tính 0 ô, 1 mã, 0 dòng thêm, 0 dòng xoá; 0 xung đột, 1 lỗi ô, 1 ghi chú khác.',
      ]);
    });
  });

  it('reads a grid the way batchGet returns it: ragged rows, blank rows skipped, staff columns ignored', () => {
    const sheet = readSheetTable(CADRES, [
      [...CADRE_HEADERS, 'Riêng'],
      [],
      ['', '', '', '', '', '', 'chỉ cột riêng'],
      ['1', 'An'],
      ['  ', 'Bình'],
    ]);
    expect(sheet.rows).toEqual([
      { rowNumber: 4, id: '1', cells: { fullName: 'An', birthDate: null, sex: null, ethnicity: null, startYear: null } },
      { rowNumber: 5, id: null, cells: { fullName: 'Bình', birthDate: null, sex: null, ethnicity: null, startYear: null } },
    ]);
  });
});
