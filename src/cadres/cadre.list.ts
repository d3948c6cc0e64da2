import type { Knex } from '@mikro-orm/knex';
import { Ethnicity } from '../common/code-lists';
import type { ListSpec, ParentLink } from '../common/db/list-query';
import { whereAnyOf, whereSearchKey, whereUnitInLocality, whereUnitWithin } from '../common/db/sql-filters';
import { todayIso, yearOf, yearsBefore } from '../common/dates';
import { databaseIdOf } from '../common/graphql/ids';
import { Cadre } from './cadre.entity';
import { type CadreFilter, CadreOrderField } from './cadre.inputs';

/**
 * Birth on or before `date`; rows that hold only a birth year compare by year
 * (so "born 1985" counts as aged 40 throughout 2025).
 */
function bornOnOrBefore(qb: Knex.QueryBuilder, date: string): void {
  qb.whereRaw('((t.birth_date is not null and t.birth_date <= ?) or (t.birth_date is null and t.birth_year <= ?))', [date, yearOf(date)]);
}

function bornAfter(qb: Knex.QueryBuilder, date: string, inclusive: boolean): void {
  const op = inclusive ? '>=' : '>';
  qb.whereRaw(`((t.birth_date is not null and t.birth_date ${op} ?) or (t.birth_date is null and t.birth_year ${op} ?))`, [
    date,
    yearOf(date),
  ]);
}

/** The cadre filter as SQL over alias `t`; reports reuse it for their scopes. */
export function applyCadreFilter(qb: Knex.QueryBuilder, filter: CadreFilter): void {
  whereSearchKey(qb, 't.name_search', filter.name);
  whereAnyOf(qb, 't.sex', filter.sex);
  whereAnyOf(qb, 't.ethnicity', filter.ethnicity);
  if (filter.minority === true) qb.whereNot('t.ethnicity', Ethnicity.KINH);
  if (filter.minority === false) qb.where('t.ethnicity', Ethnicity.KINH);
  const asOf = filter.asOf ?? todayIso();
  if (filter.ageMin != null) bornOnOrBefore(qb, yearsBefore(asOf, filter.ageMin));
  if (filter.ageMax != null) bornAfter(qb, yearsBefore(asOf, filter.ageMax + 1), false);
  if (filter.bornFrom) bornAfter(qb, filter.bornFrom, true);
  if (filter.bornTo) bornOnOrBefore(qb, filter.bornTo);
  whereAnyOf(qb, 't.professional_level', filter.professionalLevel);
  whereAnyOf(qb, 't.political_theory', filter.politicalTheory);
  whereAnyOf(qb, 't.state_management', filter.stateManagement);
  whereAnyOf(qb, 't.rank', filter.rank);
  whereAnyOf(qb, 't.category', filter.category);
  whereAnyOf(qb, 't.status', filter.status);
  if (filter.isPartyMember === true) qb.whereNotNull('t.party_joined_at');
  if (filter.isPartyMember === false) qb.whereNull('t.party_joined_at');
  if (filter.unitId) {
    const unitId = databaseIdOf(filter.unitId, 'Unit', 'filter.unitId');
    if (filter.includeSubunits) whereUnitWithin(qb, 't.unit_id', unitId);
    else qb.where('t.unit_id', unitId);
  }
  if (filter.localityId) {
    const localityId = databaseIdOf(filter.localityId, 'Locality', 'filter.localityId');
    whereUnitInLocality(qb, 't.unit_id', localityId);
  }
}

export const cadreList: ListSpec<Cadre, CadreFilter, CadreOrderField> = {
  entity: Cadre,
  syncTable: 'cadre',
  orderFields: {
    [CadreOrderField.NAME]: ['t.name_sort'],
    [CadreOrderField.BIRTH_DATE]: ['t.birth_year', "coalesce(t.birth_date, '0001-01-01')"],
    [CadreOrderField.CREATED_AT]: ['t.created_at'],
  },
  defaultOrder: [{ field: CadreOrderField.NAME, direction: 'ASC' }],
  applyFilter: (qb, filter) => applyCadreFilter(qb, filter),
  personalDataArguments: (filter, orderBy) => {
    const used: string[] = [];
    if (filter?.ethnicity?.length) used.push('filter.ethnicity');
    if (filter?.minority != null) used.push('filter.minority');
    if (filter?.bornFrom) used.push('filter.bornFrom');
    if (filter?.bornTo) used.push('filter.bornTo');
    // Ages on a chosen day, day after day, would give the birth date away.
    if (filter?.asOf && (filter.ageMin != null || filter.ageMax != null)) used.push('filter.asOf');
    if (orderBy?.some((term) => term.field === CadreOrderField.BIRTH_DATE)) used.push('orderBy.BIRTH_DATE');
    return used;
  },
};

/** Cadres of a unit (or of the unit's subtree). */
export const cadresOfUnit: ParentLink = { name: 'unit', parentKey: 't.unit_id' };
export const cadresOfUnitSubtree: ParentLink = {
  name: 'unitSubtree',
  parentKey: 'anc.id',
  lies: 'unit-subtree',
  join: (qb) => {
    qb.join('unit as cu', 'cu.id', 't.unit_id').joinRaw("join unit anc on cu.path like anc.path || '%'");
  },
};

/** Cadres working in units of a locality (or of the locality's subtree). */
export const cadresOfLocality: ParentLink = {
  name: 'locality',
  parentKey: 'cu.locality_id',
  lies: 'locality-subtree',
  join: (qb) => {
    qb.join('unit as cu', 'cu.id', 't.unit_id');
  },
};
export const cadresOfLocalitySubtree: ParentLink = {
  name: 'localitySubtree',
  parentKey: 'anc.id',
  lies: 'locality-subtree',
  join: (qb) => {
    qb.join('unit as cu', 'cu.id', 't.unit_id')
      .join('locality as cl', 'cl.id', 'cu.locality_id')
      .joinRaw("join locality anc on cl.path like anc.path || '%'");
  },
};
