import type { Knex } from '@mikro-orm/knex';
import { escapeLike, searchKey } from '../vietnamese';

/** `expression` contains `text` literally: `%`, `_` and `\` in it are characters, not wildcards. */
function whereLikeContains(qb: Knex.QueryBuilder, expression: string, text: string): void {
  qb.whereRaw(`${expression} like ? escape '\\'`, [`%${escapeLike(text)}%`]);
}

/** Diacritic-insensitive "contains" on a stored search-key column. */
export function whereSearchKey(qb: Knex.QueryBuilder, column: string, text: string | null | undefined): void {
  if (text == null) return;
  const key = searchKey(text);
  if (key === '') return;
  whereLikeContains(qb, column, key);
}

/**
 * Case-insensitive "contains" on a plain text column that has no search key (SQLite's `lower`
 * folds ASCII letters only, so give a column a search key where diacritics matter).
 */
export function whereContains(qb: Knex.QueryBuilder, column: string, text: string | null | undefined): void {
  if (!text) return;
  whereLikeContains(qb, `lower(${column})`, text.toLowerCase());
}

/** `column in (...)` for a non-empty list; an empty list means "no constraint", not "nothing". */
export function whereAnyOf(qb: Knex.QueryBuilder, column: string, values: readonly (string | number)[] | null | undefined): void {
  if (values && values.length > 0) qb.whereIn(column, values as (string | number)[]);
}

const LOCALITY_SUBTREE = `select d.id from locality d where d.path like (select a.path from locality a where a.id = ?) || '%'`;

/** `column` is a locality in the subtree (self included) of locality `ancestorId`. */
export function whereLocalityWithin(qb: Knex.QueryBuilder, column: string, ancestorId: number): void {
  qb.whereRaw(`${column} in (${LOCALITY_SUBTREE})`, [ancestorId]);
}

/** `column` is a unit located in the subtree of locality `ancestorId`. */
export function whereUnitInLocality(qb: Knex.QueryBuilder, column: string, ancestorId: number): void {
  qb.whereRaw(`${column} in (select u.id from unit u where u.locality_id in (${LOCALITY_SUBTREE}))`, [ancestorId]);
}

/** `column` is a unit in the subtree (self included) of unit `ancestorId`. */
export function whereUnitWithin(qb: Knex.QueryBuilder, column: string, ancestorId: number): void {
  qb.whereRaw(`${column} in (select d.id from unit d where d.path like (select a.path from unit a where a.id = ?) || '%')`, [ancestorId]);
}
