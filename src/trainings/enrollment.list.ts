import { Field, ID, InputType } from 'type-graphql';
import { EnrollmentResult, EnrollmentStatus } from '../common/code-lists';
import type { ListSpec, ParentLink } from '../common/db/list-query';
import { whereAnyOf } from '../common/db/sql-filters';
import { databaseIdOf } from '../common/graphql/ids';
import { listArgsType } from '../common/graphql/ordering';
import { Enrollment } from './enrollment.entity';
import { SyncedRecordFilter } from '../sheet-sync/flags.types';

@InputType()
export class EnrollmentFilter extends SyncedRecordFilter {
  @Field(() => [EnrollmentStatus], { nullable: true })
  status?: EnrollmentStatus[];

  @Field(() => [EnrollmentResult], { nullable: true })
  result?: EnrollmentResult[];

  @Field(() => ID, { nullable: true })
  cadreId?: string;

  @Field(() => ID, { nullable: true })
  trainingId?: string;
}

export enum EnrollmentOrderField {
  TRAINING_START = 'TRAINING_START',
  COMPLETED_AT = 'COMPLETED_AT',
  CREATED_AT = 'CREATED_AT',
}
export const EnrollmentListArgs = listArgsType('Enrollment', EnrollmentFilter, EnrollmentOrderField, 'Default: newest first.');

export const enrollmentList: ListSpec<Enrollment, EnrollmentFilter, EnrollmentOrderField> = {
  entity: Enrollment,
  syncTable: 'enrollment',
  orderFields: {
    [EnrollmentOrderField.TRAINING_START]: ["coalesce((select tr.start_date from training tr where tr.id = t.training_id), '0001-01-01')"],
    [EnrollmentOrderField.COMPLETED_AT]: ["coalesce(t.completed_at, '0001-01-01')"],
    [EnrollmentOrderField.CREATED_AT]: ['t.created_at'],
  },
  defaultOrder: [{ field: EnrollmentOrderField.CREATED_AT, direction: 'DESC' }],
  applyFilter: (qb, filter) => {
    whereAnyOf(qb, 't.status', filter.status);
    whereAnyOf(qb, 't.result', filter.result);
    if (filter.cadreId) qb.where('t.cadre_id', databaseIdOf(filter.cadreId, 'Cadre', 'filter.cadreId'));
    if (filter.trainingId) qb.where('t.training_id', databaseIdOf(filter.trainingId, 'Training', 'filter.trainingId'));
  },
};

export const enrollmentsOfCadre: ParentLink = { name: 'cadre', parentKey: 't.cadre_id' };
export const enrollmentsOfTraining: ParentLink = { name: 'training', parentKey: 't.training_id' };
