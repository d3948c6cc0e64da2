import { Field, ID, InputType } from 'type-graphql';
import { PositionLevel } from '../common/code-lists';
import type { ListSpec, ParentLink } from '../common/db/list-query';
import { whereUnitWithin } from '../common/db/sql-filters';
import { databaseIdOf } from '../common/graphql/ids';
import { listArgsType } from '../common/graphql/ordering';
import { Assignment } from './assignment.entity';

@InputType()
export class AssignmentFilter {
  @Field(() => ID, { nullable: true })
  cadreId?: string;

  @Field(() => ID, { nullable: true, description: 'Posts in this unit (see includeSubunits).' })
  unitId?: string;

  @Field({ nullable: true, defaultValue: false, description: 'With unitId: also the units under it.' })
  includeSubunits?: boolean;

  @Field(() => ID, { nullable: true })
  positionId?: string;

  @Field(() => [PositionLevel], { nullable: true, description: 'Posts of these levels.' })
  level?: PositionLevel[];

  @Field({ nullable: true, description: 'Held now (no end date: true) or ended (false).' })
  current?: boolean;

  @Field({ nullable: true, description: 'Leadership and management posts (true) or the others (false).' })
  leadership?: boolean;

  @Field({ nullable: true, description: 'Concurrent posts (kiêm nhiệm: true) or main posts (false).' })
  isConcurrent?: boolean;
}

export enum AssignmentOrderField {
  START_DATE = 'START_DATE',
  END_DATE = 'END_DATE',
  SENIORITY = 'SENIORITY',
  CREATED_AT = 'CREATED_AT',
}
export const AssignmentListArgs = listArgsType('Assignment', AssignmentFilter, AssignmentOrderField, 'Default: latest start first.');

export const assignmentList: ListSpec<Assignment, AssignmentFilter, AssignmentOrderField> = {
  entity: Assignment,
  orderFields: {
    [AssignmentOrderField.START_DATE]: ['t.start_date'],
    // A post still held ends after every post that has ended.
    [AssignmentOrderField.END_DATE]: ["coalesce(t.end_date, '9999-12-31')"],
    [AssignmentOrderField.SENIORITY]: ['(select p.seniority from position p where p.id = t.position_id)', 't.start_date'],
    [AssignmentOrderField.CREATED_AT]: ['t.created_at'],
  },
  defaultOrder: [{ field: AssignmentOrderField.START_DATE, direction: 'DESC' }],
  applyFilter: (qb, filter) => {
    if (filter.cadreId) qb.where('t.cadre_id', databaseIdOf(filter.cadreId, 'Cadre', 'filter.cadreId'));
    if (filter.unitId) {
      const unitId = databaseIdOf(filter.unitId, 'Unit', 'filter.unitId');
      if (filter.includeSubunits) whereUnitWithin(qb, 't.unit_id', unitId);
      else qb.where('t.unit_id', unitId);
    }
    if (filter.positionId) qb.where('t.position_id', databaseIdOf(filter.positionId, 'Position', 'filter.positionId'));
    if (filter.level && filter.level.length > 0) {
      qb.whereIn('t.position_id', (sub) => sub.select('p.id').from({ p: 'position' }).whereIn('p.level', filter.level!));
    }
    if (filter.current === true) qb.whereNull('t.end_date');
    if (filter.current === false) qb.whereNotNull('t.end_date');
    if (filter.leadership != null) {
      qb.whereIn('t.position_id', (sub) => sub.select('p.id').from({ p: 'position' }).where('p.is_leadership', filter.leadership!));
    }
    if (filter.isConcurrent != null) qb.where('t.is_concurrent', filter.isConcurrent);
  },
};

export const assignmentsOfCadre: ParentLink = { name: 'cadre', parentKey: 't.cadre_id' };
export const assignmentsOfPosition: ParentLink = { name: 'position', parentKey: 't.position_id' };
