import type { ChangeRejection, DatabaseChange } from '../../sync/engine/changes';
import type { FieldChange } from '../../sync/engine/plan-types';
import type { FieldValues, RecordRow, SyncState } from '../../sync/engine/types';
import { valuesEqual } from '../../sync/engine/values';
import type { RowRefusal } from '../../sync/engine/refused-rows';
import type { NewRecord, SyncStore } from '../../sync/runner/ports';
import { anchorOf } from '../access/anchors';
import { scopeCondition } from '../access/scope-cut';
import { accessOf } from '../access/visibility';
import { ForbiddenError } from '../access/write-guard.subscriber';
import { type Em, type Orm, forkFor } from '../app/orm';
import type { Viewer } from '../app/request-meta';
import { deleteUnlessReferenced } from '../common/db/crud';
import { BadUserInputError } from '../common/errors/errors';
import { toGlobalId } from '../common/graphql/global-id';
import { SyncBinding } from './sync-binding.entity';
import { SyncFlag } from './sync-flag.entity';
import type { SyncTableDefinition } from './table-definition';

const EDITED_MEANWHILE = 'giá trị trong hoso vừa được sửa trong lúc đồng bộ; lần đồng bộ sau sẽ xét lại.';

/**
 * The engine's `SyncStore` on MikroORM, for one binding. Records go through each feature's own
 * service (the checks a GraphQL mutation gets), one savepoint per change so a refused change
 * leaves the rest of the transaction intact. The state is one JSON column of the binding.
 */
export class OrmSyncStore implements SyncStore {
  private readonly definitions: ReadonlyMap<string, SyncTableDefinition>;

  constructor(
    private readonly orm: Orm,
    private readonly bindingId: number,
    definitions: readonly SyncTableDefinition[],
    private readonly viewer: Viewer,
    private readonly databaseKind: 'sqlite' | 'postgresql',
  ) {
    this.definitions = new Map(definitions.map((d) => [d.table, d]));
  }

  private fork(): Em {
    return forkFor(this.orm, this.viewer);
  }

  private definition(table: string): SyncTableDefinition {
    const definition = this.definitions.get(table);
    if (!definition) throw new Error(`No sync table definition for ${table}`);
    return definition;
  }

  async loadState(): Promise<SyncState | null> {
    const binding = await this.fork().findOneOrFail(SyncBinding, this.bindingId, { populate: ['state'] });
    return binding.state ?? null;
  }

  async saveState(state: SyncState): Promise<void> {
    await writeState(this.fork(), this.bindingId, state);
  }

  async loadRecords(table: string): Promise<readonly RecordRow[]> {
    const definition = this.definition(table);
    const em = this.fork();
    const flags = await em.find(SyncFlag, { binding: this.bindingId, tableName: table }, { fields: ['recordId'] });
    const flagged = new Set(flags.map((f) => f.recordId));
    // The binding's scope (and the rights of whoever runs it) cut the rows in SQL: a commune's
    // sheet reads its commune, not the province filtered in memory.
    const qb = em
      .createQueryBuilder(definition.entity, 't')
      .select('*')
      .orderBy({ id: 'asc' } as never);
    const cut = scopeCondition(anchorOf(definition.entity.name), 't', accessOf(em), 'read');
    if (cut) void qb.where(cut.sql, [...cut.bindings]);
    const entities = await qb.getResultList();
    if (definition.populate?.length) await em.populate(entities, definition.populate as never);
    return entities.map((entity) => {
      const id = (entity as { id: number }).id;
      const row: RecordRow = { id: String(id), values: definition.toValues(entity) };
      return flagged.has(id) ? { ...row, flagged: true } : row;
    });
  }

  /**
   * Ids taken from the table's own key sequence, so a record created later through the API can
   * never get one: PostgreSQL's serial sequence, SQLite's AUTOINCREMENT counter (sqlite_sequence).
   */
  async allocateIds(table: string, count: number): Promise<readonly string[]> {
    const tableName = this.orm.getMetadata().get(this.definition(table).entity.name).tableName;
    const em = this.fork();
    if (this.databaseKind === 'postgresql') {
      const rows = await em
        .getConnection()
        .execute<{ id: string | number }[]>(`select nextval(pg_get_serial_sequence(?, 'id')) as id from generate_series(1, ?)`, [
          tableName,
          count,
        ]);
      return rows.map((r) => String(r.id));
    }
    return em.transactional(async (tx) => {
      const connection = tx.getConnection();
      const ctx = tx.getTransactionContext();
      const highest = `(select coalesce(max(id), 0) from \`${tableName}\`)`;
      await connection.execute(
        `insert into sqlite_sequence (name, seq) select ?, ${highest} where not exists (select 1 from sqlite_sequence where name = ?)`,
        [tableName, tableName],
        'run',
        ctx,
      );
      await connection.execute(`update sqlite_sequence set seq = max(seq, ${highest}) + ? where name = ?`, [count, tableName], 'run', ctx);
      const rows = await connection.execute<{ seq: number }[]>('select seq from sqlite_sequence where name = ?', [tableName], 'all', ctx);
      const last = Number(rows[0]!.seq);
      return Array.from({ length: count }, (_, i) => String(last - count + 1 + i));
    });
  }

  async commit(
    changes: readonly DatabaseChange[],
    stateAfter: (refused: readonly ChangeRejection[]) => SyncState,
  ): Promise<readonly ChangeRejection[]> {
    return this.fork().transactional(async (tx) => {
      const refused: ChangeRejection[] = [];
      for (const change of changes) refused.push(...(await this.apply(tx, change)));
      await writeState(tx, this.bindingId, stateAfter(refused));
      return refused;
    });
  }

  /**
   * Every create tried through its service in one transaction that is then rolled back, under
   * provisional negative ids (never a real one), so a row hoso would refuse gets no id at all.
   */
  async checkCreates(rows: readonly NewRecord[]): Promise<readonly RowRefusal[]> {
    const refusals: RowRefusal[] = [];
    const rollback = new Error('sync create check: rolled back');
    try {
      await this.fork().transactional(async (tx) => {
        let provisional = 0;
        for (const row of rows) {
          const definition = this.definition(row.table);
          const problems = await attempt(tx, (em) => definition.create(em, --provisional, row.values));
          if (problems === null) continue;
          const field = problems.map((p) => definition.fieldOfProblem(p.field)).find((f) => f !== undefined);
          refusals.push({
            table: row.table,
            rowNumber: row.rowNumber,
            ...(field !== undefined ? { field } : {}),
            message: `${problems.map((p) => p.message).join('; ')}.`,
          });
        }
        throw rollback;
      });
    } catch (error) {
      if (error !== rollback) throw error;
    }
    return refusals;
  }

  private async apply(tx: Em, change: DatabaseChange): Promise<ChangeRejection[]> {
    const definition = this.definition(change.table);
    const id = Number(change.id);
    switch (change.kind) {
      case 'create': {
        const problems = await attempt(tx, (em) => definition.create(em, id, change.values));
        return problems === null ? [] : [{ table: change.table, id: change.id, message: describeProblems(problems) }];
      }
      case 'update':
        return this.update(tx, definition, change.table, change.id, change.changes);
      case 'flag':
        await tx.upsert(SyncFlag, {
          binding: this.bindingId,
          tableName: change.table,
          recordId: id,
          createdAt: new Date(),
          updatedAt: new Date(),
        });
        return [];
      case 'unflag':
        await tx.nativeDelete(SyncFlag, { binding: this.bindingId, tableName: change.table, recordId: id });
        return [];
      case 'delete': {
        // A record still referenced (a cadre with enrollments) cannot go: it is flagged instead, never lost.
        const problems = await attempt(tx, (em) => deleteUnlessReferenced(em, definition.entity, toGlobalId(definition.entity.name, id)));
        if (problems !== null) await this.apply(tx, { kind: 'flag', table: change.table, id: change.id });
        return [];
      }
    }
  }

  /**
   * Compare-and-set per field (a field edited in hoso since the run read it is refused), then the
   * service; fields the service refuses are taken out and the rest is tried once more.
   */
  private async update(
    tx: Em,
    definition: SyncTableDefinition,
    table: string,
    id: string,
    changes: readonly FieldChange[],
  ): Promise<ChangeRejection[]> {
    const rejections: ChangeRejection[] = [];
    // Read outside the transaction's identity map: a managed copy here would go stale once the
    // savepoint's changes are merged back, and be flushed over them at commit.
    const current = await tx.findOne(definition.entity, { id: Number(id) } as never, {
      populate: (definition.populate ?? []) as never,
      disableIdentityMap: true,
    });
    if (!current) return [{ table, id, message: 'bản ghi không còn trong hoso.' }];
    const now = definition.toValues(current);
    let pending = changes.filter((c) => {
      if (valuesEqual(now[c.field], c.expected)) return true;
      rejections.push({ table, id, field: c.field, message: EDITED_MEANWHILE });
      return false;
    });
    for (let round = 0; round < 2 && pending.length > 0; round++) {
      const values: Record<string, FieldValues[string]> = {};
      for (const c of pending) values[c.field] = c.value;
      const problems = await attempt(tx, async (em) => {
        const entity = await em.findOneOrFail(definition.entity, { id: Number(id) } as never);
        await definition.update(em, entity, values);
      });
      if (problems === null) return rejections;
      const byField = new Map<string, string[]>();
      for (const problem of problems) {
        const field = definition.fieldOfProblem(problem.field);
        const key = field !== undefined && pending.some((c) => c.field === field) ? field : '';
        byField.set(key, [...(byField.get(key) ?? []), problem.message]);
      }
      // A problem about the record as a whole (or the last round) refuses every remaining field.
      const refuseAll = byField.has('') || round === 1;
      for (const c of pending) {
        const messages = refuseAll ? problems.map((p) => p.message) : byField.get(c.field);
        if (messages) rejections.push({ table, id, field: c.field, message: `${messages.join('; ')}.` });
      }
      pending = refuseAll ? [] : pending.filter((c) => !byField.has(c.field));
    }
    return rejections;
  }
}

/**
 * Runs a service call in a savepoint: null when it went through, its field problems when it was
 * refused. The savepoint gets an empty identity map: rolling back undoes the SQL but not the
 * entities the refused call changed in memory, which a shared map would carry into the next call.
 */
async function attempt(tx: Em, work: (em: Em) => Promise<unknown>): Promise<{ field: string; message: string }[] | null> {
  try {
    await tx.transactional(
      async (savepoint) => {
        await work(savepoint as Em);
      },
      { clear: true },
    );
    return null;
  } catch (error) {
    if (error instanceof BadUserInputError) return error.fields;
    // The write guard: a change that would put a record outside the binding's scope (or the runner's rights).
    if (error instanceof ForbiddenError) return error.fields;
    if (error instanceof Error && 'extensions' in error) return [{ field: '', message: error.message }];
    throw error;
  }
}

function describeProblems(problems: readonly { field: string; message: string }[]): string {
  return `không tạo được bản ghi: ${problems.map((p) => p.message).join('; ')}.`;
}

async function writeState(em: Em, bindingId: number, state: SyncState): Promise<void> {
  await em.nativeUpdate(SyncBinding, { id: bindingId }, { state, updatedAt: new Date() });
}
