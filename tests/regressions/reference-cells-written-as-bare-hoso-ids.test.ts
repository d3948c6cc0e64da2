import { buildReferenceIndex } from '../../src/sheet-sync/codecs';
import { buildLookups } from '../../src/sheet-sync/tables';
import { createTestDatabase, describeWithDatabase, type TestDatabase } from '../support/database';

/**
 * 'Địa phương' promises a locality's code or name; staff cannot read "1". Codes are reused when
 * communes merge (the new one takes the old seat's code), and names repeat across levels.
 */
describe('reference cells are written readably', () => {
  const localities = buildReferenceIndex(
    [
      // The old province and the merged one share code and name; the old one is superseded.
      { id: 1, code: '10', name: 'Tỉnh Lào Cai', retired: true },
      { id: 2, code: '10', name: 'Tỉnh Lào Cai' },
      // Two current communes of one name in different districts, no usable code.
      { id: 4, code: '', name: 'Xã Bảo Hà' },
      { id: 5, code: '', name: 'Xã Bảo Hà' },
    ],
    'địa phương',
  );

  it('a record whose code and name are shared is never shown as a bare id', () => {
    for (const id of ['1', '2', '4', '5']) {
      const shown = localities.display(id);
      expect(shown).not.toMatch(new RegExp(`^#?${id}$`));
      expect(shown).toMatch(/\p{L}|^10$/u);
      expect(localities.resolve(shown)).toEqual({ ok: true, id });
    }
  });

  it('a code or name shared with a superseded record means the current one', () => {
    expect(localities.display('2')).toBe('10');
    expect(localities.resolve('Tỉnh Lào Cai')).toEqual({ ok: true, id: '2' });
    expect(localities.display('1')).toMatch(/^Tỉnh Lào Cai \(/);
  });

  it('an ambiguous name lists the candidates by name and code, not by id', () => {
    const found = localities.resolve('Xã Bảo Hà');
    expect(found.ok).toBe(false);
    const message = found.ok ? '' : found.message;
    expect(message).toContain('Xã Bảo Hà');
    expect(message).not.toMatch(/«\d+»/);
    expect(message).toContain(`«${localities.display('4')}»`);
  });
});

describeWithDatabase('localities as the sync reads them', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.destroy();
  });

  it('a merged locality hands its code to the one it merged into', async () => {
    const connection = db.orm.em.fork().getConnection();
    const insert = `insert into locality (id, created_at, updated_at, code, name, name_search, name_sort, level, kind, path, merged_into_id)
      values (?, ?, ?, '02905', ?, 'x', 'x', 'commune', 'xa', ?, ?)`;
    const now = new Date().toISOString();
    await connection.execute(insert, [1, now, now, 'Xã Phố Lu', '/1/', null]);
    await connection.execute(insert, [2, now, now, 'Thị trấn Phố Lu', '/2/', 1]);
    const { localities } = await buildLookups(db.orm.em.fork());
    expect(localities.display('1')).toBe('02905');
    expect(localities.display('2')).toBe('Thị trấn Phố Lu');
  });
});
