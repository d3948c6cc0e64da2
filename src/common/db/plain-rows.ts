import { type EntityMetadata, type EntityProperty, type Platform, ReferenceKind } from '@mikro-orm/core';
import type { Knex } from '@mikro-orm/knex';
import type { Em } from '../../app/orm';

/**
 * The read path's records: plain objects read straight from SQL rows, never entities.
 *
 * Building MikroORM entities for the thousands of rows of a nested query (factory, identity map,
 * reference wrappers, propagation hooks) was most of its cost, and reads change nothing, so lists,
 * to-one links and `node` return rows instead. A row has the entity's property names, the values
 * the entity would hold (dates, booleans, JSON converted the same way) and `{ id }` for a
 * many-to-one, so field resolvers read it exactly as they read an entity. Its prototype chain
 * ends in the entity class, so the class's own getters (`databaseId`, `globalId`,
 * `isPartyMember`...) and `instanceof` (the `Node` interface's type resolution) work unchanged.
 * Writes still load entities through the unit of work.
 */
export type PlainRow<T> = T;

/** The `{ id }` a row holds for a many-to-one, where an entity holds a reference. */
export interface RowReference {
  id: number;
}

interface ReadableColumn {
  property: string;
  column: string;
  convert: (value: unknown) => unknown;
  /**
   * `"t"."full_name" as "fullName"` in the ORM's dialect, by alias and key prefix: quoted once
   * rather than on every read (a metadata object belongs to one ORM, so to one dialect).
   */
  selectSql?: Map<string, string>;
}

/** Where a projection's columns come from (a table alias) and the prefix of the keys they are read under. */
export interface ProjectionSource {
  readonly alias: string;
  readonly prefix: string;
}

const OWN_TABLE: ProjectionSource = { alias: 't', prefix: '' };

interface RowShape {
  prototype: object;
  columns: ReadonlyMap<string, ReadableColumn>;
  all: readonly ReadableColumn[];
  /** The columns of each projection read so far (a selection's set, kept with the statement: statement-cache.ts). */
  projected: WeakMap<ReadonlySet<string>, readonly ReadableColumn[]>;
}

const shapes = new WeakMap<EntityMetadata, RowShape>();
/** The prototypes of plain rows (one per entity), to tell a row from an entity or a `{ id }`. */
const rowPrototypes = new WeakSet<object>();

/** Whether `value` is a plain row read by this module (never an entity, never a bare `{ id }`). */
export function isPlainRow(value: unknown): boolean {
  return typeof value === 'object' && value !== null && rowPrototypes.has(Object.getPrototypeOf(value) as object);
}

const keep = (value: unknown) => value;
const toNumber = (value: unknown) => (value == null ? null : typeof value === 'number' ? value : Number(value));
const toBoolean = (value: unknown) => (value == null ? null : Boolean(value));
const toDate = (value: unknown) => (value == null ? null : value instanceof Date ? value : new Date(value as string | number));
const toJson = (value: unknown) => (typeof value === 'string' ? JSON.parse(value) : value);
/** A many-to-one's key as a `{ id }`; a record already read in its place (nested-page.ts `attachLinks`) stays as it is. */
const toReference = (value: unknown): RowReference | object | null =>
  value == null ? null : typeof value === 'object' ? value : { id: Number(value) };
/** A `date` column as the entity holds it: 'YYYY-MM-DD' text. */
const toLocalDate = (value: unknown) => {
  if (!(value instanceof Date)) return value;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
};

function converterFor(prop: EntityProperty, platform: Platform): (value: unknown) => unknown {
  if (prop.kind === ReferenceKind.MANY_TO_ONE || prop.kind === ReferenceKind.ONE_TO_ONE) return toReference;
  if (prop.enum) return keep;
  // Mapped types (JSON, date, double once MikroORM has resolved them) convert as the ORM does.
  const mapped = prop.customType;
  if (mapped) return (value) => (value == null ? value : mapped.convertToJSValue(value, platform));
  switch (String(prop.type).toLowerCase()) {
    case 'datetime':
      return toDate;
    case 'date':
      return toLocalDate;
    case 'boolean':
      return toBoolean;
    case 'json':
      return toJson;
    case 'integer':
    case 'double':
    case 'float':
    case 'number':
      return toNumber;
    default:
      return prop.runtimeType === 'Date' ? toDate : keep;
  }
}

/** Whether a property is a column of the entity's own table that a row can carry. */
function isReadableColumn(prop: EntityProperty): boolean {
  if (prop.persist === false || prop.formula || !prop.fieldNames || prop.fieldNames.length !== 1) return false;
  if (prop.kind === ReferenceKind.SCALAR || prop.kind === ReferenceKind.MANY_TO_ONE) return true;
  return prop.kind === ReferenceKind.ONE_TO_ONE && prop.owner === true;
}

function shapeOf(meta: EntityMetadata, platform: Platform): RowShape {
  let shape = shapes.get(meta);
  if (shape) return shape;
  const prototype = Object.create(meta.class.prototype as object) as Record<string, unknown>;
  const columns = new Map<string, ReadableColumn>();
  for (const prop of meta.props) {
    // A plain writable slot in front of anything MikroORM defines on the entity prototype for this
    // property (accessors that propagate references): a row's assignment never reaches the ORM.
    Object.defineProperty(prototype, prop.name, { value: undefined, writable: true, enumerable: false, configurable: true });
    if (isReadableColumn(prop))
      columns.set(prop.name, { property: prop.name, column: prop.fieldNames[0]!, convert: converterFor(prop, platform) });
  }
  // A lazy column (a sync binding's state) is read only when a projection names it.
  const all = [...columns.values()].filter((column) => !meta.properties[column.property as never]?.lazy);
  rowPrototypes.add(prototype);
  shape = { prototype, columns, all, projected: new WeakMap() };
  shapes.set(meta, shape);
  return shape;
}

/** Which properties a read needs: a set of property names, or every column. */
export type Projection = ReadonlySet<string> | 'all';

/** Columns of `meta`'s table to select for `projection` (the key always included). */
function columnsFor(meta: EntityMetadata, platform: Platform, projection: Projection): readonly ReadableColumn[] {
  const shape = shapeOf(meta, platform);
  if (projection === 'all') return shape.all;
  let picked = shape.projected.get(projection);
  if (!picked) {
    picked = [...shape.columns.values()].filter((column) => column.property === 'id' || projection.has(column.property));
    shape.projected.set(projection, picked);
  }
  return picked;
}

/** The properties `projection` reads of `meta`'s table, in the order `selectProjection` selects them. */
export function projectedProperties(em: Em, meta: EntityMetadata, projection: Projection): string[] {
  return columnsFor(meta, em.getPlatform(), projection).map((column) => column.property);
}

/** Selects the projected columns of alias `t` (or `from`'s alias), each named by its property (after `from`'s prefix). */
export function selectProjection(em: Em, qb: Knex.QueryBuilder, meta: EntityMetadata, projection: Projection, from = OWN_TABLE): void {
  const knex = em.getKnex();
  const key = `${from.alias}.${from.prefix}`;
  // One raw fragment of identifiers only (no values): knex quoted each identifier of each column
  // on every read, about half of its time building a small list's statement.
  const columns = columnsFor(meta, em.getPlatform(), projection).map((column) => {
    column.selectSql ??= new Map();
    let sql = column.selectSql.get(key);
    if (sql === undefined) {
      sql = knex.raw('??.?? as ??', [from.alias, column.column, `${from.prefix}${column.property}`]).toQuery();
      column.selectSql.set(key, sql);
    }
    return sql;
  });
  qb.select(knex.raw(columns.join(', ')));
}

/** A SQL result row (keyed by property, as `selectProjection` names them, after `prefix`) as a plain record. */
export function rowFrom<T>(em: Em, meta: EntityMetadata, raw: Record<string, unknown>, prefix = ''): PlainRow<T> {
  const shape = shapeOf(meta, em.getPlatform());
  const row = Object.create(shape.prototype) as Record<string, unknown>;
  if (prefix === '') {
    for (const key in raw) {
      const column = shape.columns.get(key);
      if (column) row[key] = column.convert(raw[key]);
    }
  } else {
    for (const column of shape.columns.values()) {
      const key = `${prefix}${column.property}`;
      if (key in raw) row[column.property] = column.convert(raw[key]);
    }
  }
  return row as T;
}

/**
 * Turns objects PostgreSQL built as JSON (keyed by property, as `selectProjection` names them) into
 * plain records in place: the parsed object becomes the row (its prototype set, the projected
 * values converted), rather than being copied into a new one. Keys that are not columns
 * (`__rn`, nested pages) stay on it unread.
 */
export function adoptRows<T>(em: Em, meta: EntityMetadata, projection: Projection, raws: Record<string, unknown>[]): PlainRow<T>[] {
  const platform = em.getPlatform();
  const shape = shapeOf(meta, platform);
  const columns = columnsFor(meta, platform, projection);
  for (const raw of raws) {
    Object.setPrototypeOf(raw, shape.prototype);
    for (const column of columns) if (column.property in raw) raw[column.property] = column.convert(raw[column.property]);
  }
  return raws as T[];
}

/** Records matching `where` (over alias `t`), read as plain rows with every column. */
export async function readRows<T>(em: Em, entityName: string, where: (qb: Knex.QueryBuilder) => void): Promise<PlainRow<T>[]> {
  const meta = em.getMetadata().get(entityName);
  const qb = em.getKnex().from({ t: meta.tableName });
  where(qb);
  selectProjection(em, qb, meta, 'all');
  const raws = await em
    .getConnection()
    .execute<Record<string, unknown>[]>(qb, [], 'all', em.getTransactionContext(), em.getLoggerContext());
  return raws.map((raw) => rowFrom<T>(em, meta, raw));
}

/** Records by id, read as plain rows with every column (to-one links and `node`). */
export async function readRowsById<T>(em: Em, entityName: string, ids: readonly number[]): Promise<Map<number, PlainRow<T>>> {
  const rows = await readRows<T>(em, entityName, (qb) => qb.whereIn('t.id', ids as number[]));
  return new Map(rows.map((row) => [(row as { id: number }).id, row]));
}
