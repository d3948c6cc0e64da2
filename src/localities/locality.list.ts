import { Field, ID, InputType } from 'type-graphql';
import { IsOptional, MaxLength } from '../common/validation';
import { LocalityKind, LocalityLevel } from '../common/code-lists';
import type { ListSpec, ParentLink } from '../common/db/list-query';
import { whereAnyOf, whereLocalityWithin } from '../common/db/sql-filters';
import { databaseIdOf } from '../common/graphql/ids';
import { listArgsType } from '../common/graphql/ordering';
import { escapeLike, searchKey } from '../common/vietnamese';
import { Locality } from './locality.entity';
import { SyncedRecordFilter } from '../sheet-sync/flags.types';

@InputType()
export class LocalityFilter extends SyncedRecordFilter {
  @Field({ nullable: true, description: 'Name contains (diacritic-insensitive) or code starts with.' })
  @IsOptional()
  @MaxLength(200)
  search?: string;

  @Field(() => [LocalityLevel], { nullable: true })
  level?: LocalityLevel[];

  @Field(() => [LocalityKind], { nullable: true })
  kind?: LocalityKind[];

  @Field({ nullable: true, description: 'true: only units in force (not ended, not merged); false: only former ones.' })
  current?: boolean;

  @Field(() => ID, { nullable: true, description: 'Direct children of this locality.' })
  parentId?: string;

  @Field(() => ID, { nullable: true, description: 'This locality and everything under it.' })
  withinId?: string;
}

export enum LocalityOrderField {
  NAME = 'NAME',
  CODE = 'CODE',
}
export const LocalityListArgs = listArgsType('Locality', LocalityFilter, LocalityOrderField, 'Default: by code.');

export const localityList: ListSpec<Locality, LocalityFilter, LocalityOrderField> = {
  entity: Locality,
  syncTable: 'locality',
  orderFields: { [LocalityOrderField.NAME]: ['t.name_sort'], [LocalityOrderField.CODE]: ['t.code'] },
  defaultOrder: [{ field: LocalityOrderField.CODE, direction: 'ASC' }],
  applyFilter: (qb, filter) => {
    if (filter.search) {
      const key = searchKey(filter.search);
      qb.where((w) => {
        w.whereRaw(`t.name_search like ? escape '\\'`, [`%${escapeLike(key)}%`]).orWhereRaw(`t.code like ? escape '\\'`, [
          `${escapeLike(key)}%`,
        ]);
      });
    }
    whereAnyOf(qb, 't.level', filter.level);
    whereAnyOf(qb, 't.kind', filter.kind);
    if (filter.current === true) qb.whereNull('t.valid_to').whereNull('t.merged_into_id');
    if (filter.current === false) qb.where((w) => void w.whereNotNull('t.valid_to').orWhereNotNull('t.merged_into_id'));
    if (filter.parentId) qb.where('t.parent_id', databaseIdOf(filter.parentId, 'Locality', 'filter.parentId'));
    if (filter.withinId) whereLocalityWithin(qb, 't.id', databaseIdOf(filter.withinId, 'Locality', 'filter.withinId'));
  },
};

// No `lies`: a child is matched by `parent_id`, the scope cut by `path`, and leaving the cut out
// would trust the two to agree (parentCutCovers); the subtree links below match by path.
export const childrenOfLocality: ParentLink = { name: 'parent', parentKey: 't.parent_id' };
