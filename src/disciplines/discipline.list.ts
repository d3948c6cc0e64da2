import { Field, ID, InputType } from 'type-graphql';
import { LocalDateResolver } from '../common/graphql/scalars';
import { DisciplineForm } from '../common/code-lists';
import type { ListSpec, ParentLink } from '../common/db/list-query';
import { whereAnyOf } from '../common/db/sql-filters';
import { databaseIdOf } from '../common/graphql/ids';
import { listArgsType } from '../common/graphql/ordering';
import { Discipline } from './discipline.entity';

@InputType()
export class DisciplineFilter {
  @Field(() => ID, { nullable: true })
  cadreId?: string;

  @Field(() => [DisciplineForm], { nullable: true })
  form?: DisciplineForm[];

  @Field(() => LocalDateResolver, { nullable: true, description: 'Decided on or after.' })
  decidedFrom?: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Decided on or before.' })
  decidedTo?: string;
}

export enum DisciplineOrderField {
  DECIDED_AT = 'DECIDED_AT',
  CREATED_AT = 'CREATED_AT',
}
export const DisciplineListArgs = listArgsType('Discipline', DisciplineFilter, DisciplineOrderField, 'Default: latest decision first.');

export const disciplineList: ListSpec<Discipline, DisciplineFilter, DisciplineOrderField> = {
  entity: Discipline,
  orderFields: {
    [DisciplineOrderField.DECIDED_AT]: ['t.decided_at'],
    [DisciplineOrderField.CREATED_AT]: ['t.created_at'],
  },
  defaultOrder: [{ field: DisciplineOrderField.DECIDED_AT, direction: 'DESC' }],
  applyFilter: (qb, filter) => {
    if (filter.cadreId) qb.where('t.cadre_id', databaseIdOf(filter.cadreId, 'Cadre', 'filter.cadreId'));
    whereAnyOf(qb, 't.form', filter.form);
    if (filter.decidedFrom) qb.where('t.decided_at', '>=', filter.decidedFrom);
    if (filter.decidedTo) qb.where('t.decided_at', '<=', filter.decidedTo);
  },
};

export const disciplinesOfCadre: ParentLink = { name: 'cadre', parentKey: 't.cadre_id' };
