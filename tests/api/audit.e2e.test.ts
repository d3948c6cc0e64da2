import { AuditEntry } from '../../src/audit/audit-entry.entity';
import { forkFor } from '../../src/app/orm';
import { describeWithDatabase } from '../support/database';
import { startTestApi, type TestApi } from '../support/server';
import { CreateLocalityDocument, UpdateLocalityDocument } from '../generated/graphql';

describeWithDatabase('audit log', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });

  afterAll(() => api?.close());

  // The changes made through the API (the harness's own user and grant are audited too, with source "test").
  const entries = () =>
    forkFor(api.db.orm, { actor: 'test', source: 'test' }).find(AuditEntry, { source: { $ne: 'test' } }, { orderBy: { id: 'asc' } });

  it('records who created and changed a record, how, and what changed; a refused change leaves no trace', async () => {
    const created = await api.data(CreateLocalityDocument, { input: { code: '15', name: 'Lào Cai', level: 'PROVINCE', kind: 'PROVINCE' } });
    const id = created.createLocality.id;
    await api.data(UpdateLocalityDocument, { id, input: { name: 'Tỉnh Lào Cai' } });
    const refused = await api.request(UpdateLocalityDocument, { id, input: { code: '1' } });
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const log = await entries();
    expect(log.map((e) => [e.actor, e.source, e.entityName, e.entityId, e.action])).toEqual([
      ['jest', 'api', 'Locality', created.createLocality.databaseId, 'create'],
      ['jest', 'api', 'Locality', created.createLocality.databaseId, 'update'],
    ]);
    expect(log[0]!.changes).toMatchObject({ code: '15', name: 'Lào Cai', level: 'province' });
    expect(log[1]!.changes).toEqual({ name: 'Tỉnh Lào Cai' });
  });
});
