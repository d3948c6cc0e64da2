import { Field, ID, InputType } from 'type-graphql';
import { IsOptional, MaxLength } from '../common/validation';
import { UnitBlock, UnitKind } from '../common/code-lists';
import type { ListSpec, ParentLink } from '../common/db/list-query';
import { whereAnyOf, whereLocalityWithin, whereSearchKey, whereUnitWithin } from '../common/db/sql-filters';
import { databaseIdOf } from '../common/graphql/ids';
import { listArgsType } from '../common/graphql/ordering';
import { Unit } from './unit.entity';
import { SyncedRecordFilter } from '../sheet-sync/flags.types';

@InputType()
export class UnitFilter extends SyncedRecordFilter {
  @Field({ nullable: true, description: 'Name contains (diacritic-insensitive).' })
  @IsOptional()
  @MaxLength(200)
  name?: string;

  @Field(() => [UnitBlock], { nullable: true })
  block?: UnitBlock[];

  @Field(() => [UnitKind], { nullable: true })
  kind?: UnitKind[];

  @Field(() => ID, { nullable: true, description: 'Units of this locality or any locality under it.' })
  localityId?: string;

  @Field(() => ID, { nullable: true, description: 'Direct sub-units of this unit.' })
  parentId?: string;

  @Field(() => ID, { nullable: true, description: 'This unit and every unit under it.' })
  withinId?: string;
}

export enum UnitOrderField {
  NAME = 'NAME',
  CODE = 'CODE',
}
export const UnitListArgs = listArgsType('Unit', UnitFilter, UnitOrderField, 'Default: by name (Vietnamese order).');

export const unitList: ListSpec<Unit, UnitFilter, UnitOrderField> = {
  entity: Unit,
  syncTable: 'unit',
  orderFields: { [UnitOrderField.NAME]: ['t.name_sort'], [UnitOrderField.CODE]: ["coalesce(t.code, '')"] },
  defaultOrder: [{ field: UnitOrderField.NAME, direction: 'ASC' }],
  applyFilter: (qb, filter) => {
    whereSearchKey(qb, 't.name_search', filter.name);
    whereAnyOf(qb, 't.block', filter.block);
    whereAnyOf(qb, 't.kind', filter.kind);
    if (filter.localityId) whereLocalityWithin(qb, 't.locality_id', databaseIdOf(filter.localityId, 'Locality', 'filter.localityId'));
    if (filter.parentId) qb.where('t.parent_id', databaseIdOf(filter.parentId, 'Unit', 'filter.parentId'));
    if (filter.withinId) whereUnitWithin(qb, 't.id', databaseIdOf(filter.withinId, 'Unit', 'filter.withinId'));
  },
};

// No `lies`, as for a locality's children (locality.list.ts): matched by `parent_id`, cut by `path`.
export const childrenOfUnit: ParentLink = { name: 'parent', parentKey: 't.parent_id' };
export const unitsOfLocality: ParentLink = { name: 'locality', parentKey: 't.locality_id', lies: 'locality-subtree' };
export const unitsOfLocalitySubtree: ParentLink = {
  name: 'localitySubtree',
  parentKey: 'anc.id',
  lies: 'locality-subtree',
  join: (qb) => {
    qb.join('locality as ul', 'ul.id', 't.locality_id').joinRaw("join locality anc on ul.path like anc.path || '%'");
  },
};
