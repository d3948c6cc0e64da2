import 'reflect-metadata';
import { ArgumentValidationError, getMetadataStorage } from 'type-graphql';
import { buildHosoSchema } from '../../src/app/schema';
import { validateArguments } from '../../src/common/graphql/validate-args';
import { describeWithDatabase } from '../support/database';
import { startTestApi, type TestApi } from '../support/server';
import { CreateCadreDocument, CreateLocalityDocument, CreateUnitDocument, UpdateCadreDocument } from '../generated/graphql';

const BLANKS = ['  ', ' \t ', '\u00a0\u00a0', '\u200b \u200b', '\n \n'];

type InputClass = new () => object;

/** Every String field of every input type TypeGraphQL knows, with the class that carries it. */
async function textFields(): Promise<{ type: string; target: InputClass; field: string }[]> {
  await buildHosoSchema();
  const storage = getMetadataStorage();
  const found: { type: string; target: InputClass; field: string }[] = [];
  for (const input of storage.inputTypes) {
    const target = input.target as InputClass;
    for (const field of storage.fields) {
      const owner = field.target as InputClass;
      if (owner !== target && !(target.prototype instanceof owner)) continue;
      if (field.getType() !== String) continue;
      found.push({ type: input.name, target, field: field.name });
    }
  }
  return found;
}

/**
 * `fullName: "  "` passed the 2–200 length check (two characters) and was stored as "" once the
 * service trimmed it. Text is now normalised before the validators run, for every input.
 */
describe('text is normalised before it is validated', () => {
  it('either refuses a whitespace-only value naming the field, or passes it on as "" (stored as null)', async () => {
    const fields = await textFields();
    expect(fields.map((f) => `${f.type}.${f.field}`)).toEqual(
      expect.arrayContaining([
        'CreateCadreInput.fullName',
        'CreateLocalityInput.name',
        'CreateUnitInput.name',
        'UpdateCadreInput.fullName',
      ]),
    );
    const wrong: string[] = [];
    for (const { type, target, field } of fields) {
      for (const blank of BLANKS) {
        const input = Object.assign(new target(), { [field]: blank }) as Record<string, unknown>;
        try {
          await validateArguments(input);
          if (input[field] !== '') wrong.push(`${type}.${field} = ${JSON.stringify(blank)} passed as ${JSON.stringify(input[field])}`);
        } catch (error) {
          if (!(error instanceof ArgumentValidationError)) throw error;
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});

describeWithDatabase('a whitespace-only required text over HTTP', () => {
  let api: TestApi;
  let localityId: string;
  let unitId: string;

  const rows = async () => {
    const em = api.db.orm.em.fork();
    const counts: number[] = [];
    for (const table of ['cadre', 'locality', 'unit', 'audit_entry']) {
      const [row] = await em.getConnection().execute<{ n: number }[]>(`select count(*) as n from ${table}`);
      counts.push(Number(row!.n));
    }
    return counts;
  };

  beforeAll(async () => {
    api = await startTestApi();
    localityId = (await api.data(CreateLocalityDocument, { input: { code: '15', name: 'Lào Cai', level: 'PROVINCE', kind: 'PROVINCE' } }))
      .createLocality.id;
    unitId = (
      await api.data(CreateUnitDocument, {
        input: { name: 'Văn phòng Tỉnh ủy', block: 'GOVERNMENT', kind: 'PEOPLES_COMMITTEE', localityId },
      })
    ).createUnit.id;
  });

  afterAll(() => api?.close());

  const expectRefused = (response: { errors?: readonly { extensions?: Record<string, unknown> }[] }, field: string) => {
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field })] });
  };

  it('is BAD_USER_INPUT naming the field, and nothing is written', async () => {
    const before = await rows();
    const cadre = { birthDate: '1980', sex: 'MALE', ethnicity: 'KINH', category: 'CIVIL_SERVANT', unitId } as const;
    expectRefused(await api.request(CreateCadreDocument, { input: { ...cadre, fullName: '  ' } }), 'input.fullName');
    expectRefused(await api.request(CreateCadreDocument, { input: { ...cadre, fullName: ' \t\u00a0 ' } }), 'input.fullName');
    expectRefused(
      await api.request(CreateLocalityDocument, { input: { code: '16', name: '   ', level: 'PROVINCE', kind: 'PROVINCE' } }),
      'input.name',
    );
    expectRefused(
      await api.request(CreateUnitDocument, { input: { name: '\u200b  ', block: 'GOVERNMENT', kind: 'PEOPLES_COMMITTEE', localityId } }),
      'input.name',
    );
    expect(await rows()).toEqual(before);
  });

  it('refuses a whitespace-only name on update and keeps the stored one', async () => {
    const created = await api.data(CreateCadreDocument, {
      input: { fullName: '  Lê   Văn  Bình ', birthDate: '1980', sex: 'MALE', ethnicity: 'KINH', category: 'CIVIL_SERVANT', unitId },
    });
    expect(created.createCadre.fullName).toBe('Lê Văn Bình');
    expectRefused(await api.request(UpdateCadreDocument, { id: created.createCadre.id, input: { fullName: '    ' } }), 'input.fullName');
  });
});
