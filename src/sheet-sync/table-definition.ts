import type { EntityClass } from '@mikro-orm/core';
import type { ColumnSpec, FieldValues } from '../../sync/engine/types';
import type { Em } from '../app/orm';
import type { NewReferenceRow } from './codecs';

/**
 * What staff may type in a reference cell ("Đơn vị" of a cadre, "Mã cán bộ" of an enrollment)
 * resolved to the referenced record's hoso id, built from the database once per run (see
 * `buildReferenceIndex`). Rows created in the same run join it through `withNewRows`.
 */
export interface ReferenceIndex {
  /** The referenced record's id as a string, or a Vietnamese message naming what went wrong. */
  resolve(text: string): { readonly ok: true; readonly id: string } | { readonly ok: false; readonly message: string };
  /** What hoso writes for an id (its code when it has a unique one, else a unique name, else the id). */
  display(id: string): string;
  /** The labels for a dropdown, when the list is short enough to be one (else undefined). */
  choices(): readonly string[] | undefined;
  /** This index also naming rows typed in this run that are not records yet (resolved to their `NewReferenceRow.id`). */
  withNewRows(rows: readonly NewReferenceRow[]): ReferenceIndex;
}

/** One reference index per referenced entity type, for this run. */
export interface SyncLookups {
  readonly localities: ReferenceIndex;
  readonly units: ReferenceIndex;
  readonly cadres: ReferenceIndex;
  readonly trainings: ReferenceIndex;
  readonly positions: ReferenceIndex;
  readonly planningTerms: ReferenceIndex;
}

/**
 * How one entity type is synced: its tab and columns, how a record reads as field values, and
 * how field values go back through the feature's own service (so a sheet edit passes the same
 * checks as a GraphQL mutation). Field names are the sync's, values are canonical (codes, ISO
 * dates, ids as strings) as the codecs produce them.
 */
export interface SyncTableDefinition<E extends object = object> {
  /** The sync's name for the type ('cadre'). */
  readonly table: string;
  /** The default tab title ('Cán bộ'). */
  readonly sheetTitle: string;
  readonly entity: EntityClass<E>;
  /** Relations to populate when loading records for `toValues`. */
  readonly populate?: readonly string[];
  columns(lookups: SyncLookups): readonly ColumnSpec[];
  /** The record as field values, every column's field present (null when empty). */
  toValues(entity: E): FieldValues;
  /** Creates the record under `id` (reserved earlier) through the feature's service. */
  create(em: Em, id: number, values: FieldValues): Promise<unknown>;
  /** Applies the given fields (only the changed ones) through the feature's service. */
  update(em: Em, entity: E, values: FieldValues): Promise<unknown>;
  /**
   * The sync field a service's field problem is about ('input.unitId' → 'unit'), or undefined
   * when it concerns the record as a whole.
   */
  fieldOfProblem(path: string): string | undefined;
}
