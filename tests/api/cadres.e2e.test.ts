import { describeWithDatabase } from '../support/database';
import { startTestApi, type TestApi } from '../support/server';
import {
  CadresDocument,
  CreateCadreDocument,
  CreateLocalityDocument,
  CreateUnitDocument,
  DeleteCadreDocument,
  DeleteUnitDocument,
  LocalityTreeDocument,
  NodeByIdDocument,
  UpdateCadreDocument,
  type CadreFilter,
  type CreateCadreInput,
} from '../generated/graphql';

describeWithDatabase('cadres over HTTP', () => {
  let api: TestApi;
  let provinceId: string;
  let communeId: string;
  let committeeId: string;
  let departmentId: string;

  const cadre = (input: Partial<CreateCadreInput> & { fullName: string }): CreateCadreInput => ({
    birthDate: '1980-01-01',
    sex: 'MALE',
    ethnicity: 'KINH',
    category: 'CIVIL_SERVANT',
    unitId: committeeId,
    ...input,
  });

  beforeAll(async () => {
    api = await startTestApi();
    const province = await api.data(CreateLocalityDocument, {
      input: { code: '15', name: 'Lào Cai', level: 'PROVINCE', kind: 'PROVINCE' },
    });
    provinceId = province.createLocality.id;
    const commune = await api.data(CreateLocalityDocument, {
      input: { code: '02650', name: 'Phường Cam Đường', level: 'COMMUNE', kind: 'WARD', parentId: provinceId },
    });
    communeId = commune.createLocality.id;
    const committee = await api.data(CreateUnitDocument, {
      input: { name: 'UBND phường Cam Đường', block: 'GOVERNMENT', kind: 'PEOPLES_COMMITTEE', localityId: communeId },
    });
    committeeId = committee.createUnit.id;
    const department = await api.data(CreateUnitDocument, {
      input: { name: 'Phòng Kinh tế', block: 'GOVERNMENT', kind: 'DEPARTMENT', localityId: communeId, parentId: committeeId },
    });
    departmentId = department.createUnit.id;
    const people: CreateCadreInput[] = [
      // Typed in NFD (decomposed), with stray spaces: stored as NFC, trimmed.
      cadre({
        fullName: '  Nguye\u0302\u0303n  Va\u0306n An ',
        birthDate: '12/3/1985',
        idNumber: '010085001234',
        partyJoinedAt: '2010-05-19',
      }),
      cadre({ fullName: 'Trần Thị Ánh', sex: 'FEMALE', birthDate: '1990', unitId: departmentId }),
      cadre({
        fullName: 'Lò Văn Đức',
        ethnicity: 'THAI',
        birthDate: '1972-08-30',
        partyJoinedAt: '1998-01-01',
        partyOfficialAt: '1999-01-01',
      }),
      cadre({ fullName: 'Giàng A Dũng', ethnicity: 'HMONG', birthDate: '1999-02-01', unitId: departmentId }),
      cadre({ fullName: 'Phạm Thị Ân', sex: 'FEMALE', birthDate: '1988-06-15' }),
      cadre({ fullName: 'Đặng Văn Anh', birthDate: '1965-11-11', category: 'CADRE' }),
    ];
    for (const input of people) await api.data(CreateCadreDocument, { input });
  });

  afterAll(() => api?.close());

  it('stores names in NFC with collapsed spaces and reads "12/3/1985" as a date and "1990" as a bare year', async () => {
    const { cadres } = await api.data(CadresDocument, { filter: { name: 'nguyen van an' } });
    expect(cadres.edges.map((e) => e.node.fullName)).toEqual(['Nguyễn Văn An']);
    expect(cadres.edges[0]!.node.birthDate).toBe('1985-03-12');
    expect(cadres.edges[0]!.node.birthDateText).toBe('12/03/1985');
    const { cadres: anh } = await api.data(CadresDocument, { filter: { name: 'tran thi anh' } });
    expect(anh.edges[0]!.node).toMatchObject({ birthDate: null, birthYear: 1990, birthDateText: '1990' });
  });

  it('searches without diacritics, "d" finding "đ"', async () => {
    const { cadres } = await api.data(CadresDocument, { filter: { name: 'dang van' } });
    expect(cadres.edges.map((e) => e.node.fullName)).toEqual(['Đặng Văn Anh']);
  });

  it('orders by given name, then middle, then family name, in Vietnamese alphabetical order', async () => {
    const { cadres } = await api.data(CadresDocument, { first: 50 });
    // An < Anh < Ánh < Ân (a < â; tones after letters), Dũng < Đức (d < đ).
    expect(cadres.edges.map((e) => e.node.fullName)).toEqual([
      'Nguyễn Văn An',
      'Đặng Văn Anh',
      'Trần Thị Ánh',
      'Phạm Thị Ân',
      'Giàng A Dũng',
      'Lò Văn Đức',
    ]);
  });

  it('filters by sex, minority, party membership, age and unit subtree', async () => {
    const run = async (filter: CadreFilter) => {
      const { cadres } = await api.data(CadresDocument, { filter, first: 50 });
      return { names: cadres.edges.map((e) => e.node.fullName).sort(), total: cadres.totalCount };
    };
    expect((await run({ sex: ['FEMALE'] })).names).toEqual(['Phạm Thị Ân', 'Trần Thị Ánh']);
    expect((await run({ minority: true })).names).toEqual(['Giàng A Dũng', 'Lò Văn Đức']);
    expect((await run({ isPartyMember: true })).names).toEqual(['Lò Văn Đức', 'Nguyễn Văn An']);
    // On 2025-06-30: An is 40, Ánh (born "1990") counts as 35, Ân is 37, Dũng 26, Đức 52, Anh 59.
    expect((await run({ ageMin: 35, ageMax: 40, asOf: '2025-06-30' })).names).toEqual(['Nguyễn Văn An', 'Phạm Thị Ân', 'Trần Thị Ánh']);
    expect((await run({ ageMax: 34, asOf: '2025-06-30' })).names).toEqual(['Giàng A Dũng']);
    expect((await run({ unitId: departmentId })).total).toBe(2);
    expect((await run({ unitId: committeeId, includeSubunits: true })).total).toBe(6);
    expect((await run({ localityId: provinceId })).total).toBe(6);
    expect((await run({ category: ['CADRE'] })).names).toEqual(['Đặng Văn Anh']);
  });

  it('pages forwards and backwards with cursors that agree', async () => {
    const all = (await api.data(CadresDocument, { first: 50 })).cadres.edges.map((e) => e.node.fullName);
    const first = await api.data(CadresDocument, { first: 4 });
    expect(first.cadres.pageInfo.hasNextPage).toBe(true);
    expect(first.cadres.totalCount).toBe(6);
    const second = await api.data(CadresDocument, { first: 4, after: first.cadres.pageInfo.endCursor });
    expect(second.cadres.pageInfo.hasNextPage).toBe(false);
    expect([...first.cadres.edges, ...second.cadres.edges].map((e) => e.node.fullName)).toEqual(all);
    const back = await api.data(CadresDocument, { last: 3, before: second.cadres.pageInfo.endCursor });
    expect(back.cadres.edges.map((e) => e.node.fullName)).toEqual(all.slice(2, 5));
    expect(back.cadres.pageInfo.hasPreviousPage).toBe(true);
    const byAge = await api.data(CadresDocument, { first: 2, orderBy: [{ field: 'BIRTH_DATE', direction: 'DESC' }] });
    expect(byAge.cadres.edges.map((e) => e.node.fullName)).toEqual(['Giàng A Dũng', 'Trần Thị Ánh']);
  });

  it('rejects a bad cadre with every failing field named, and writes nothing', async () => {
    const before = (await api.data(CadresDocument, {})).cadres.totalCount;
    const response = await api.request(CreateCadreDocument, {
      input: cadre({ fullName: 'Hoàng Văn Lỗi', birthDate: '1985?', idNumber: '12', unitId: 'not-an-id' }),
    });
    expect(response.data).toBeNull();
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const fields = (response.errors?.[0]?.extensions?.fields as { field: string }[]).map((f) => f.field).sort();
    expect(fields).toEqual(['input.birthDate', 'input.idNumber']);
    const domain = await api.request(CreateCadreDocument, {
      input: cadre({ fullName: 'Hoàng Văn Lỗi', unitId: 'not-an-id', birthDate: '2030' }),
    });
    expect(domain.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((domain.errors?.[0]?.extensions?.fields as { field: string }[]).map((f) => f.field)).toEqual(['input.unitId']);
    const duplicateId = await api.request(CreateCadreDocument, { input: cadre({ fullName: 'Hoàng Văn Trùng', idNumber: '010085001234' }) });
    expect(duplicateId.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.idNumber' }] });
    expect((await api.data(CadresDocument, {})).cadres.totalCount).toBe(before);
  });

  it('updates only the fields given, and a failed update changes nothing', async () => {
    const { cadres } = await api.data(CadresDocument, { filter: { name: 'pham thi an' } });
    const id = cadres.edges[0]!.node.id;
    const updated = await api.data(UpdateCadreDocument, { id, input: { politicalTheory: 'ADVANCED', fullName: 'Phạm Thị Ân' } });
    expect(updated.updateCadre).toMatchObject({ politicalTheory: 'ADVANCED', sex: 'FEMALE', birthDate: '1988-06-15' });
    const failed = await api.request(UpdateCadreDocument, { id, input: { politicalTheory: 'ELEMENTARY', partyOfficialAt: '2001-01-01' } });
    expect(failed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.partyOfficialAt' }] });
    const cleared = await api.request(UpdateCadreDocument, { id, input: { fullName: null, sex: null } });
    expect((cleared.errors?.[0]?.extensions?.fields as { field: string }[]).map((f) => f.field).sort()).toEqual([
      'input.fullName',
      'input.sex',
    ]);
    const again = await api.data(NodeByIdDocument, { id });
    expect(again.node).toMatchObject({ __typename: 'Cadre', fullName: 'Phạm Thị Ân' });
    const check = await api.data(CadresDocument, { filter: { name: 'pham thi an' } });
    expect(check.cadres.edges[0]!.node.politicalTheory).toBe('ADVANCED');
  });

  it('refuses to delete a unit that cadres still work in, naming who refers to it', async () => {
    const response = await api.request(DeleteUnitDocument, { id: departmentId });
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'REFERENCED',
      references: [{ entity: 'Cadre', field: 'unit', count: 2 }],
    });
    const tree = await api.data(LocalityTreeDocument, { id: communeId, includeSubtree: false });
    expect(tree.locality.units.totalCount).toBe(2);
  });

  it('deletes an unreferenced cadre, and shows locality subtrees', async () => {
    const { cadres } = await api.data(CadresDocument, { filter: { name: 'dang van anh' } });
    await api.data(DeleteCadreDocument, { id: cadres.edges[0]!.node.id });
    const province = await api.data(LocalityTreeDocument, { id: provinceId, includeSubtree: true });
    expect(province.locality.children.nodes.map((n) => n.code)).toEqual(['02650']);
    expect(province.locality.cadres.totalCount).toBe(5);
    expect(province.locality.units.totalCount).toBe(2);
    const direct = await api.data(LocalityTreeDocument, { id: provinceId, includeSubtree: false });
    expect(direct.locality.cadres.totalCount).toBe(0);
  });

  it('refuses a page larger than 500 and a malformed cursor, naming the argument', async () => {
    const tooLarge = await api.request(CadresDocument, { first: 1000 });
    expect(tooLarge.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'first' }] });
    const badCursor = await api.request(CadresDocument, { first: 2, after: 'not-a-cursor' });
    expect(badCursor.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'after' }] });
  });

  it('answers node(id) for any type, and rejects a malformed id', async () => {
    const unit = await api.data(NodeByIdDocument, { id: committeeId });
    expect(unit.node).toMatchObject({ __typename: 'Unit', name: 'UBND phường Cam Đường' });
    const bad = await api.request(NodeByIdDocument, { id: 'garbage' });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
