import { Field, ID, InputType } from 'type-graphql';
import type { ListSpec, ParentLink } from '../common/db/list-query';
import { whereAnyOf } from '../common/db/sql-filters';
import { databaseIdOf } from '../common/graphql/ids';
import { listArgsType } from '../common/graphql/ordering';
import { QualificationChange, QualificationField } from './qualification-change.entity';

@InputType()
export class QualificationChangeFilter {
  @Field(() => ID, { nullable: true })
  cadreId?: string;

  @Field(() => [QualificationField], { nullable: true })
  field?: QualificationField[];

  @Field(() => ID, { nullable: true, description: 'Caused by this enrollment.' })
  enrollmentId?: string;
}

export enum QualificationChangeOrderField {
  CHANGED_AT = 'CHANGED_AT',
  CREATED_AT = 'CREATED_AT',
}
export const QualificationChangeListArgs = listArgsType(
  'QualificationChange',
  QualificationChangeFilter,
  QualificationChangeOrderField,
  'Default: latest change first.',
);

export const qualificationChangeList: ListSpec<QualificationChange, QualificationChangeFilter, QualificationChangeOrderField> = {
  entity: QualificationChange,
  orderFields: {
    [QualificationChangeOrderField.CHANGED_AT]: ['t.changed_at'],
    [QualificationChangeOrderField.CREATED_AT]: ['t.created_at'],
  },
  defaultOrder: [{ field: QualificationChangeOrderField.CHANGED_AT, direction: 'DESC' }],
  applyFilter: (qb, filter) => {
    if (filter.cadreId) qb.where('t.cadre_id', databaseIdOf(filter.cadreId, 'Cadre', 'filter.cadreId'));
    whereAnyOf(qb, 't.field', filter.field);
    if (filter.enrollmentId) qb.where('t.enrollment_id', databaseIdOf(filter.enrollmentId, 'Enrollment', 'filter.enrollmentId'));
  },
};

export const qualificationChangesOfCadre: ParentLink = { name: 'cadre', parentKey: 't.cadre_id' };
