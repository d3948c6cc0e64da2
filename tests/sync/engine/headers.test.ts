import { headerKey, matchHeaders } from '../../../sync/engine/headers';
import { CADRES } from '../support/cadres';

describe('header matching', () => {
  it('ignores case, diacritics, NFC/NFD and whitespace of every kind', () => {
    const variants = ['Họ và tên', 'HO VA TEN', 'họ  và\ntên', 'Họ và tên'.normalize('NFD'), ' Họ\u00a0và tên ', 'hovaten'];
    expect(new Set(variants.map(headerKey))).toEqual(new Set(['hovaten']));
    expect(headerKey('Đơn vị')).toBe('donvi');
  });

  it('finds columns by name wherever staff moved them, and keeps their own columns aside', () => {
    const match = matchHeaders(CADRES, ['Ghi chú riêng', 'NGÀY SINH', 'Mã HOSO', null, 'Họ tên', 'Giới tính', 'Dân tộc', 'Năm vào ngành']);
    expect(match.idColumn).toBe(2);
    expect(match.fieldColumns).toEqual({ birthDate: 1, fullName: 4, sex: 5, ethnicity: 6, startYear: 7 });
    expect(match.extraColumns).toEqual([{ column: 0, header: 'Ghi chú riêng' }]);
    expect(match.missingHeaders).toEqual([]);
  });

  it('reports missing headers, the id column first', () => {
    const match = matchHeaders(CADRES, ['Họ và tên', 'Giới tính']);
    expect(match.idColumn).toBeNull();
    expect(match.missingHeaders).toEqual(['Mã hoso', 'Ngày sinh', 'Dân tộc', 'Năm vào ngành']);
  });

  it('uses the leftmost of two columns with the same header and reports the other', () => {
    const match = matchHeaders(CADRES, ['Mã hoso', 'Ngày sinh', 'Họ và tên', 'ngay sinh']);
    expect(match.fieldColumns.birthDate).toBe(1);
    expect(match.duplicateHeaders).toEqual([{ header: 'ngay sinh', used: 1, ignored: 3 }]);
  });

  it('refuses a spec whose headers collide', () => {
    const spec = { ...CADRES, columns: [...CADRES.columns, { ...CADRES.columns[0]!, field: 'other', header: 'HỌ VÀ TÊN' }] };
    expect(() => matchHeaders(spec, [])).toThrow(/used for both/);
  });
});
