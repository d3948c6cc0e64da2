import fc from 'fast-check';
import type { CellValue, ColumnSpec, FieldValue } from '../../sync/engine/types';
import { serialFromDate } from '../../sync/emulator/dates';
import {
  allCodeLists,
  Ethnicity,
  ethnicityCodeList,
  professionalLevelCodeList,
  ProfessionalLevel,
  religionCodeList,
} from '../../src/common/code-lists';
import {
  birthDateColumn,
  buildReferenceIndex,
  codeListColumn,
  dateColumn,
  digitsColumn,
  idNumberColumn,
  integerColumn,
  MAX_DROPDOWN_CHOICES,
  readText,
  referenceColumn,
  textColumn,
} from '../../src/sheet-sync/codecs';

const read = (column: ColumnSpec, cell: CellValue) => column.parse(cell);
const value = (v: FieldValue) => ({ ok: true, value: v });
const error = (message: string | RegExp) => ({
  ok: false,
  message: typeof message === 'string' ? message : expect.stringMatching(message),
});
const nfd = (s: string) => s.normalize('NFD');

/** parse(format(v)) gives v back: the property every codec must have, or the sides never settle. */
function expectRoundTrip(column: ColumnSpec, values: readonly FieldValue[]): void {
  for (const v of values) {
    const cell = column.format(v);
    expect({ v, read: cell === null ? value(null) : column.parse(cell) }).toEqual({ v, read: value(v) });
  }
}

describe('text', () => {
  const name = textColumn('fullName', 'Họ và tên', { maxLength: 20 });

  it.each<[string, CellValue, ReturnType<typeof value>]>([
    ['an NFD name is stored NFC', nfd('Nguyễn Văn An'), value('Nguyễn Văn An')],
    ['runs of spaces, tabs and NBSP collapse', '  Nguyễn\u00a0 Văn\tAn ', value('Nguyễn Văn An')],
    ['a cell of spaces is empty', '   ', value(null)],
    ['a number typed in a text column is its digits', 1985, value('1985')],
    ['TCVN3 text from an old .VnTime file is converted', 'NguyÔn V¨n An', value('Nguyễn Văn An')],
    ['VNI text is converted', 'Nguyeãn Vaên An', value('Nguyễn Văn An')],
    ['Unicode Latin-1-only text is left alone', 'Tô Hoài', value('Tô Hoài')],
  ])('%s', (_, cell, expected) => {
    expect(read(name, cell)).toEqual(expected);
  });

  it('a text over the limit is a cell error naming the limit', () => {
    expect(read(name, 'Nguyễn Văn An Nguyễn Văn Bình')).toEqual(error(/quá giới hạn 20 ký tự/));
  });

  it('is kept as typed in the sheet (no date or number conversion)', () => {
    expect(name.template).toMatchObject({ format: 'text' });
  });

  it('reading what it read gives the same text back, whatever was typed', () => {
    // Vietnamese letters, the Latin-1 symbols TCVN3/VNI use as letters, and spaces.
    const alphabet = [
      ...'aăâbcdđeêghiklmnoôơpqrstuưvxyAĐÔ àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệ',
      ...'¨©ª«¬­®µ¶·¸¹»¼½¾ÆÇÈÉÊËÌÎÏÐÑÒÓÔÕÖ×ØÜÝÞßáâãäåæçèéêëìíîïñòóôõöøùúûüýþ',
    ];
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...alphabet), maxLength: 24 }), (typed) => {
        const once = readText(typed);
        expect(readText(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('code lists', () => {
  const ethnicity = codeListColumn('ethnicity', 'Dân tộc', ethnicityCodeList);
  const level = codeListColumn('professionalLevel', 'Trình độ chuyên môn', professionalLevelCodeList);

  it.each<[CellValue, string]>([
    ['ThS', ProfessionalLevel.MASTER],
    ['Thạc sĩ', ProfessionalLevel.MASTER],
    ['thac si', ProfessionalLevel.MASTER],
    [nfd('Thạc sỹ'), ProfessionalLevel.MASTER],
    ['ĐH', ProfessionalLevel.UNIVERSITY],
  ])('professional level «%s» reads as %s', (cell, expected) => {
    expect(read(level, cell)).toEqual(value(expected));
  });

  it.each<[CellValue, string]>([
    ['HMông', Ethnicity.HMONG],
    ["H'Mông", Ethnicity.HMONG],
    ['hmong', Ethnicity.HMONG],
    ['Kinh', Ethnicity.KINH],
    // Sheets drops the leading zero of a code typed as a number.
    [1, Ethnicity.KINH],
    // TCVN3 for "Tày".
    ['Tµy', Ethnicity.TAY],
  ])('ethnicity «%s» reads as %s', (cell, expected) => {
    expect(read(ethnicity, cell)).toEqual(value(expected));
  });

  it('an unknown value is a cell error naming the value and the list', () => {
    expect(read(ethnicity, 'Kinhh')).toEqual(error('«Kinhh» không có trong danh mục Dân tộc.'));
  });

  it('writes the label and offers the labels as a dropdown', () => {
    expect(ethnicity.format(Ethnicity.HMONG)).toBe('HMông');
    expect(ethnicity.template?.choices).toHaveLength(ethnicityCodeList.entries.length);
    expect(ethnicity.template?.choices).toContain('Kinh');
  });

  it.each(allCodeLists.map((list) => [list.name, list] as const))('every value of %s round-trips', (_, list) => {
    expectRoundTrip(
      codeListColumn('field', list.title, list),
      list.entries.map((e) => e.value),
    );
  });

  it('a value the list does not know is written as it is, and reads back as an error rather than another value', () => {
    const religion = codeListColumn('religion', 'Tôn giáo', religionCodeList);
    expect(religion.format('nonsense')).toBe('nonsense');
    expect(read(religion, 'nonsense')).toMatchObject({ ok: false });
  });
});

describe('dates', () => {
  const date = dateColumn('startDate', 'Ngày vào cơ quan');
  const serial1985 = serialFromDate(1985, 3, 12)!;

  it.each<[CellValue, string]>([
    ['12/3/1985', '1985-03-12'],
    ['12/03/1985', '1985-03-12'],
    ['12-03-1985', '1985-03-12'],
    ['12.03.1985', '1985-03-12'],
    ['1985-03-12', '1985-03-12'],
    [serial1985, '1985-03-12'],
    // A date-time serial: the time of day is dropped.
    [serial1985 + 0.75, '1985-03-12'],
  ])('«%s» is %s', (cell, iso) => {
    expect(read(date, cell)).toEqual(value(iso));
  });

  it.each<[CellValue, RegExp]>([
    ['1985?', /không phải ngày tháng/],
    ['31/02/1985', /ngày 31\/02\/1985 không có thật/],
    ['03/25/1985', /không có tháng 25.*ngày\/tháng\/năm/],
    ['1985', /chỉ có năm 1985/],
  ])('«%s» is a cell error saying why', (cell, reason) => {
    expect(read(date, cell)).toEqual(error(reason));
  });

  it('writes a serial number, shown dd/mm/yyyy by the column format', () => {
    expect(date.format('1985-03-12')).toBe(serial1985);
    expect(date.template).toMatchObject({ format: 'date' });
  });
});

describe('birth dates', () => {
  const birth = birthDateColumn('birthDate', 'Ngày sinh');

  it.each<[CellValue, string]>([
    ['12/3/1985', '1985-03-12'],
    ['1985-03-12', '1985-03-12'],
    ['1985', '1985'],
    // Numbers 1900..2100 are years; larger numbers are dates.
    [1985, '1985'],
    [serialFromDate(1985, 3, 12)!, '1985-03-12'],
  ])('«%s» is stored as %s', (cell, stored) => {
    expect(read(birth, cell)).toEqual(value(stored));
  });

  it.each<[CellValue, RegExp]>([
    ['1985?', /không phải ngày tháng/],
    ['30/02/1985', /không có thật/],
    [1850, /không phải năm sinh hay ngày sinh/],
  ])('«%s» is a cell error', (cell, reason) => {
    expect(read(birth, cell)).toEqual(error(reason));
  });

  it('writes text as offices write it: "12/03/1985" or "1985"', () => {
    expect(birth.format('1985-03-12')).toBe('12/03/1985');
    expect(birth.format('1985')).toBe('1985');
    expect(birth.template).toMatchObject({ format: 'text' });
  });
});

describe('integers', () => {
  const payStep = integerColumn('payStep', 'Bậc lương', { min: 1, max: 20 });

  it.each<[CellValue, ReturnType<typeof value> | ReturnType<typeof error>]>([
    [3, value(3)],
    [' 12 ', value(12)],
    [2.5, error(/không phải số nguyên/)],
    ['ba', error(/không phải số nguyên/)],
    [21, error(/từ 1 đến 20/)],
    [0, error(/từ 1 đến 20/)],
  ])('«%s»', (cell, expected) => {
    expect(read(payStep, cell)).toEqual(expected);
  });
});

describe('identity numbers', () => {
  const cccd = idNumberColumn('idNumber', 'Số CCCD');

  it.each<[string, CellValue, ReturnType<typeof value> | ReturnType<typeof error>]>([
    ['twelve digits typed as text', '038085012345', value('038085012345')],
    ['an 11-digit number lost its leading zero', 38085012345, value('038085012345')],
    ['a Hà Nội CCCD (province 001) typed as a number lost two zeros', 1085012345, value('001085012345')],
    ['digits typed in groups', '038 085 012 345', value('038085012345')],
    ['too short', '38085012345', error(/đúng 12 chữ số \(đang có 11\)/)],
    ['a short number is no CCCD', 12345, error(/đúng 12 chữ số/)],
    ['letters', '03808501234X', error(/không có chữ/)],
  ])('%s', (_, cell, expected) => {
    expect(read(cccd, cell)).toEqual(expected);
  });

  it('writes text, kept as text so the zero stays', () => {
    expect(cccd.format('038085012345')).toBe('038085012345');
    expect(cccd.template).toMatchObject({ format: 'text' });
  });
});

describe('reference index', () => {
  const units = buildReferenceIndex(
    [
      { id: 1, code: 'BTC', name: 'Ban Tổ chức Huyện ủy' },
      { id: 2, code: null, name: 'Phòng Nội vụ' },
      { id: 3, code: null, name: 'Văn phòng HĐND và UBND' },
      { id: 4, code: null, name: 'Văn phòng HĐND và UBND' },
      // A code that looks like another record's id.
      { id: 5, code: '2', name: 'Đảng ủy xã Bảo Hà' },
      { id: 6, code: 'UB', name: 'Ủy ban nhân dân', otherNames: ['UBND huyện'] },
    ],
    'đơn vị',
  );

  it.each<[string, string]>([
    ['BTC', '1'],
    ['btc', '1'],
    ['Phòng nội vụ', '2'],
    [nfd('PHÒNG NỘI VỤ'), '2'],
    ['1', '1'],
    ['3', '3'],
    ['#2', '2'],
    // Codes come first: "2" is the code of record 5.
    ['2', '5'],
    ['ubnd huyện', '6'],
  ])('«%s» resolves to %s', (typed, id) => {
    expect(units.resolve(typed)).toEqual({ ok: true, id });
  });

  it('a name two records share is refused, listing what to type instead', () => {
    const result = units.resolve('Văn phòng HĐND và UBND');
    expect(result).toEqual({
      ok: false,
      message: expect.stringContaining(
        `ứng với 2 đơn vị cùng tên. Ghi một trong: «Văn phòng HĐND và UBND (mã hoso 3)», «Văn phòng HĐND và UBND (mã hoso 4)»`,
      ),
    });
  });

  it('an unknown text is refused with a message naming it', () => {
    expect(units.resolve('Phòng Tài chính')).toEqual({ ok: false, message: 'không có đơn vị nào mang mã hoặc tên «Phòng Tài chính».' });
    expect(units.resolve('#99')).toMatchObject({ ok: false });
  });

  it('displays the code, else a unique name, else the name qualified by the hoso id (never a bare id)', () => {
    expect(['1', '2', '3', '4', '5', '6'].map((id) => units.display(id))).toEqual([
      'BTC',
      'Phòng Nội vụ',
      'Văn phòng HĐND và UBND (mã hoso 3)',
      'Văn phòng HĐND và UBND (mã hoso 4)',
      '2',
      'UB',
    ]);
    const clash = buildReferenceIndex(
      [
        { id: 7, code: null, name: 'A' },
        { id: 8, code: null, name: 'A' },
        { id: 9, code: '7', name: 'B' },
      ],
      'đơn vị',
    );
    expect(clash.display('7')).toBe('A (mã hoso 7)');
    expect(clash.resolve('A (mã hoso 7)')).toEqual({ ok: true, id: '7' });
    expect(clash.resolve('B (mã hoso 7)')).toMatchObject({ ok: false });
    expect(clash.resolve('#7')).toEqual({ ok: true, id: '7' });
  });

  it('names match across dash styles ("2025 - 2030" is "2025–2030")', () => {
    const terms = buildReferenceIndex([{ id: 1, name: '2025–2030' }], 'nhiệm kỳ');
    expect(terms.resolve('2025 - 2030')).toEqual({ ok: true, id: '1' });
  });

  it('offers a dropdown only for short lists', () => {
    expect(units.choices()).toEqual([
      'BTC',
      'Phòng Nội vụ',
      'Văn phòng HĐND và UBND (mã hoso 3)',
      'Văn phòng HĐND và UBND (mã hoso 4)',
      '2',
      'UB',
    ]);
    const many = buildReferenceIndex(
      Array.from({ length: MAX_DROPDOWN_CHOICES + 1 }, (_, i) => ({ id: i + 1, name: `Đơn vị ${i + 1}` })),
      'đơn vị',
    );
    expect(many.choices()).toBeUndefined();
  });

  it('a reference column reads a number cell and round-trips every record', () => {
    const column = referenceColumn('unit', 'Đơn vị', units);
    expect(read(column, 3)).toEqual(value('3'));
    expect(read(column, 'Vaên phoøng')).toMatchObject({ ok: false });
    expectRoundTrip(column, ['1', '2', '3', '4', '5', '6', null]);
  });
});

describe('reference index: names the way staff type them', () => {
  const units = buildReferenceIndex(
    [
      { id: 1, code: 'BT', name: 'UBND xã Bảo Thắng' },
      { id: 2, code: 'BH1', name: 'Đảng ủy xã Bảo Hà' },
      { id: 3, code: 'BH2', name: 'Đảng uỷ xã Bao Hà' },
      { id: 4, code: null, name: 'Phòng Nội vụ' },
      { id: 5, code: null, name: 'Phòng Nôi vu' },
    ],
    'đơn vị',
    { outside: [{ id: 9, code: 'SL', name: 'UBND xã Sơn La' }] },
  );

  it.each<[string, string]>([
    ['ubnd xa bao thang', '1'],
    ['UBND  XA  BAO THANG', '1'],
    ['UBNDxã Bảo Thắng', '1'],
    ['bt', '1'],
    // An exact name (diacritics as typed, tone placement aside) wins over a folded one.
    ['Phòng Nội vụ', '4'],
    ['Phòng Nôi vu', '5'],
    ['Đảng ủy xã Bảo Hà', '2'],
    ['Đảng ủy xã Bao Hà', '3'],
  ])('«%s» resolves to %s', (typed, id) => {
    expect(units.resolve(typed)).toEqual({ ok: true, id });
  });

  it('a folded name that fits several records lists them with their codes', () => {
    expect(units.resolve('dang uy xa bao ha')).toEqual({
      ok: false,
      message: '«dang uy xa bao ha» ứng với 2 đơn vị: Đảng ủy xã Bảo Hà (mã BH1); Đảng uỷ xã Bao Hà (mã BH2). Ghi một trong: «BH1», «BH2».',
    });
  });

  it('a record outside the scope is named as such, not "not found", and never resolved to', () => {
    const outside = '«ubnd xa son la» là đơn vị «UBND xã Sơn La (mã SL)», nằm ngoài phạm vi của bảng tính này.';
    expect(units.resolve('ubnd xa son la')).toEqual({ ok: false, message: outside });
    expect(units.resolve('SL')).toEqual({ ok: false, message: expect.stringContaining('nằm ngoài phạm vi của bảng tính này') });
    expect(units.resolve('9')).toEqual({ ok: false, message: expect.stringContaining('«UBND xã Sơn La (mã SL)»') });
    expect(units.resolve('ubnd xa ha noi')).toEqual({ ok: false, message: 'không có đơn vị nào mang mã hoặc tên «ubnd xa ha noi».' });
  });

  it('a record in scope wins over one outside that matches as well', () => {
    const index = buildReferenceIndex([{ id: 1, code: null, name: 'Phòng Nội vụ' }], 'đơn vị', {
      outside: [{ id: 2, code: null, name: 'Phòng Nội vụ' }],
    });
    expect(index.resolve('phong noi vu')).toEqual({ ok: true, id: '1' });
    expect(index.display('1')).toBe('Phòng Nội vụ');
  });

  it('rows typed in this run are named like records, and one that does not become a record is an error naming its row', () => {
    const withNew = units.withNewRows([
      { id: 'new-row:7', name: 'Phòng Tài chính', code: 'TC', sheetTitle: 'Đơn vị', rowNumber: 7, created: true },
      { id: 'new-row:8', name: 'Phòng Y tế', sheetTitle: 'Đơn vị', rowNumber: 8, created: false },
    ]);
    expect(withNew.resolve('phong tai chinh')).toEqual({ ok: true, id: 'new-row:7' });
    expect(withNew.resolve('tc')).toEqual({ ok: true, id: 'new-row:7' });
    expect(withNew.resolve('ubnd xa bao thang')).toEqual({ ok: true, id: '1' });
    expect(withNew.resolve('Phòng Y tế')).toEqual({
      ok: false,
      message: '«Phòng Y tế» là đơn vị ở dòng 8 trang «Đơn vị», nhưng dòng đó chưa thành hồ sơ: sửa dòng đó trước.',
    });
    expect(withNew.display('new-row:7')).toBe('TC');
    // The provisional id is not something staff can type.
    expect(withNew.resolve('new-row:7')).toMatchObject({ ok: false });
    // The index it came from is unchanged.
    expect(units.resolve('phong tai chinh')).toMatchObject({ ok: false });
  });
});

describe('every codec round-trips', () => {
  it.each<[string, ColumnSpec, FieldValue[]]>([
    ['text', textColumn('t', 'T'), ['Nguyễn Văn An', 'Tô Hoài', '12/12', '001', 'Bảo Thắng', 'Müller', null]],
    ['integer', integerColumn('i', 'I'), [0, 1, -3, 20, 123456789, null]],
    [
      'date',
      dateColumn('d', 'D'),
      ['1985-03-12', '1900-01-01', '1905-06-07', '2000-02-29', '1899-12-30', '1850-07-01', '2099-12-31', null],
    ],
    ['birth date', birthDateColumn('b', 'B'), ['1985-03-12', '1985', '1900', '2000-02-29', '1905-06-07', null]],
    ['CCCD', idNumberColumn('c', 'C'), ['001085012345', '038085012345', '123456789012', null]],
    ['BHXH', digitsColumn('s', 'S', { digits: 10 }), ['0123456789', '7912345678', null]],
  ])('%s', (_, column, values) => {
    expectRoundTrip(column, values);
  });

  it('dates over a wide span', () => {
    const date = dateColumn('d', 'D');
    const birth = birthDateColumn('b', 'B');
    fc.assert(
      fc.property(fc.date({ min: new Date(Date.UTC(1800, 0, 1)), max: new Date(Date.UTC(2200, 0, 1)), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        expectRoundTrip(date, [iso]);
        expectRoundTrip(birth, [iso]);
      }),
    );
  });
});
