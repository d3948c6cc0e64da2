import { Field, InputType } from 'type-graphql';
import { LocalDateResolver } from '../common/graphql/scalars';
import { IsOptional, MaxLength } from '../common/validation';
import { TrainingKind, TrainingLocation, TrainingMode } from '../common/code-lists';
import type { ListSpec } from '../common/db/list-query';
import { whereAnyOf, whereContains, whereSearchKey } from '../common/db/sql-filters';
import { listArgsType } from '../common/graphql/ordering';
import { Training } from './training.entity';
import { SyncedRecordFilter } from '../sheet-sync/flags.types';

@InputType()
export class TrainingFilter extends SyncedRecordFilter {
  @Field({ nullable: true, description: 'Name contains (diacritic-insensitive).' })
  @IsOptional()
  @MaxLength(200)
  name?: string;

  @Field(() => [TrainingKind], { nullable: true })
  kind?: TrainingKind[];

  @Field(() => [TrainingMode], { nullable: true })
  mode?: TrainingMode[];

  @Field(() => [TrainingLocation], { nullable: true })
  location?: TrainingLocation[];

  @Field({ nullable: true, description: 'Programme contains, e.g. "165".' })
  @IsOptional()
  @MaxLength(200)
  programme?: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Courses starting on or after.' })
  startFrom?: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Courses starting on or before.' })
  startTo?: string;
}

export enum TrainingOrderField {
  NAME = 'NAME',
  START_DATE = 'START_DATE',
}
export const TrainingListArgs = listArgsType('Training', TrainingFilter, TrainingOrderField, 'Default: newest first.');

export const trainingList: ListSpec<Training, TrainingFilter, TrainingOrderField> = {
  entity: Training,
  syncTable: 'training',
  orderFields: {
    [TrainingOrderField.NAME]: ['t.name_sort'],
    [TrainingOrderField.START_DATE]: ["coalesce(t.start_date, '0001-01-01')"],
  },
  defaultOrder: [{ field: TrainingOrderField.START_DATE, direction: 'DESC' }],
  applyFilter: (qb, filter) => {
    whereSearchKey(qb, 't.name_search', filter.name);
    whereAnyOf(qb, 't.kind', filter.kind);
    whereAnyOf(qb, 't.mode', filter.mode);
    whereAnyOf(qb, 't.location', filter.location);
    whereContains(qb, 't.programme', filter.programme);
    if (filter.startFrom) qb.where('t.start_date', '>=', filter.startFrom);
    if (filter.startTo) qb.where('t.start_date', '<=', filter.startTo);
  },
};
