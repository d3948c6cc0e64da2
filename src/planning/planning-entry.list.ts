import { Field, ID, InputType } from 'type-graphql';
import { PlanningRemovalReason } from '../common/code-lists';
import type { ListSpec, ParentLink } from '../common/db/list-query';
import { whereAnyOf, whereUnitWithin } from '../common/db/sql-filters';
import { databaseIdOf } from '../common/graphql/ids';
import { listArgsType } from '../common/graphql/ordering';
import { PlanningEntry } from './planning-entry.entity';
import { SyncedRecordFilter } from '../sheet-sync/flags.types';

@InputType()
export class PlanningEntryFilter extends SyncedRecordFilter {
  @Field(() => ID, { nullable: true })
  termId?: string;

  @Field(() => ID, { nullable: true })
  cadreId?: string;

  @Field(() => ID, { nullable: true, description: 'Planned for a post in this unit (see includeSubunits).' })
  unitId?: string;

  @Field({ nullable: true, defaultValue: false, description: 'With unitId: also the units under it.' })
  includeSubunits?: boolean;

  @Field(() => ID, { nullable: true })
  positionId?: string;

  @Field({ nullable: true, description: 'Still in the planning (true) or removed from it (false).' })
  active?: boolean;

  @Field(() => [PlanningRemovalReason], { nullable: true, description: 'Removed for one of these reasons.' })
  removalReason?: PlanningRemovalReason[];
}

export enum PlanningEntryOrderField {
  POSITION = 'POSITION',
  CADRE_NAME = 'CADRE_NAME',
  ADDED_AT = 'ADDED_AT',
  REMOVED_AT = 'REMOVED_AT',
  CREATED_AT = 'CREATED_AT',
}
export const PlanningEntryListArgs = listArgsType(
  'PlanningEntry',
  PlanningEntryFilter,
  PlanningEntryOrderField,
  'Default: by post seniority, then cadre name (Vietnamese order).',
);

export const planningEntryList: ListSpec<PlanningEntry, PlanningEntryFilter, PlanningEntryOrderField> = {
  entity: PlanningEntry,
  syncTable: 'planning_entry',
  orderFields: {
    [PlanningEntryOrderField.POSITION]: ['(select p.seniority from position p where p.id = t.position_id)'],
    [PlanningEntryOrderField.CADRE_NAME]: ['(select c.name_sort from cadre c where c.id = t.cadre_id)'],
    [PlanningEntryOrderField.ADDED_AT]: ['t.added_at'],
    [PlanningEntryOrderField.REMOVED_AT]: ["coalesce(t.removed_at, '9999-12-31')"],
    [PlanningEntryOrderField.CREATED_AT]: ['t.created_at'],
  },
  defaultOrder: [
    { field: PlanningEntryOrderField.POSITION, direction: 'ASC' },
    { field: PlanningEntryOrderField.CADRE_NAME, direction: 'ASC' },
  ],
  applyFilter: (qb, filter) => {
    if (filter.termId) qb.where('t.term_id', databaseIdOf(filter.termId, 'PlanningTerm', 'filter.termId'));
    if (filter.cadreId) qb.where('t.cadre_id', databaseIdOf(filter.cadreId, 'Cadre', 'filter.cadreId'));
    if (filter.unitId) {
      const unitId = databaseIdOf(filter.unitId, 'Unit', 'filter.unitId');
      if (filter.includeSubunits) whereUnitWithin(qb, 't.unit_id', unitId);
      else qb.where('t.unit_id', unitId);
    }
    if (filter.positionId) qb.where('t.position_id', databaseIdOf(filter.positionId, 'Position', 'filter.positionId'));
    if (filter.active === true) qb.whereNull('t.removed_at');
    if (filter.active === false) qb.whereNotNull('t.removed_at');
    whereAnyOf(qb, 't.removal_reason', filter.removalReason);
  },
};

export const entriesOfTerm: ParentLink = { name: 'term', parentKey: 't.term_id' };
export const planningEntriesOfCadre: ParentLink = { name: 'cadre', parentKey: 't.cadre_id' };
