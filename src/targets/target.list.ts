import { Field, ID, InputType } from 'type-graphql';
import type { ListSpec } from '../common/db/list-query';
import { whereAnyOf } from '../common/db/sql-filters';
import { BadUserInputError } from '../common/errors/errors';
import { fromGlobalId } from '../common/graphql/global-id';
import { databaseIdOf } from '../common/graphql/ids';
import { listArgsType } from '../common/graphql/ordering';
import { Target } from './target.entity';
import { TargetMetric, TargetPopulation } from './target.enums';

@InputType()
export class TargetFilter {
  @Field(() => ID, { nullable: true, description: 'Targets set by this Locality or Unit (exactly; not its subtree).' })
  scopeId?: string;

  @Field(() => ID, { nullable: true })
  termId?: string;

  @Field(() => [TargetMetric], { nullable: true })
  metric?: TargetMetric[];

  @Field(() => [TargetPopulation], { nullable: true })
  population?: TargetPopulation[];
}

export enum TargetOrderField {
  METRIC = 'METRIC',
  CREATED_AT = 'CREATED_AT',
}
export const TargetListArgs = listArgsType('Target', TargetFilter, TargetOrderField, 'Default: by metric, in the order of TargetMetric.');

export interface TargetScope {
  kind: 'Locality' | 'Unit';
  id: number;
}

/** A scope id (a Locality's or a Unit's global id), or a BAD_USER_INPUT naming the field. */
export function targetScopeOf(globalId: string, field: string): TargetScope {
  const decoded = fromGlobalId(globalId);
  if (!decoded || (decoded.typeName !== 'Locality' && decoded.typeName !== 'Unit')) {
    throw new BadUserInputError([{ field, message: `Phạm vi phải là mã một địa phương (Locality) hoặc đơn vị (Unit): "${globalId}"` }]);
  }
  return { kind: decoded.typeName, id: decoded.databaseId };
}

// Metrics rank in the order the enum declares them.
const METRIC_RANK = `case t.metric ${Object.values(TargetMetric)
  .map((metric, i) => `when '${metric}' then ${i}`)
  .join(' ')} else ${Object.values(TargetMetric).length} end`;

export const targetList: ListSpec<Target, TargetFilter, TargetOrderField> = {
  entity: Target,
  orderFields: {
    [TargetOrderField.METRIC]: [METRIC_RANK, 'coalesce(t.age_threshold, 0)', 't.population', 't.comparator'],
    [TargetOrderField.CREATED_AT]: ['t.created_at'],
  },
  defaultOrder: [{ field: TargetOrderField.METRIC, direction: 'ASC' }],
  applyFilter: (qb, filter) => {
    if (filter.scopeId) {
      const scope = targetScopeOf(filter.scopeId, 'filter.scopeId');
      qb.where(scope.kind === 'Locality' ? 't.locality_id' : 't.unit_id', scope.id);
    }
    if (filter.termId) qb.where('t.term_id', databaseIdOf(filter.termId, 'PlanningTerm', 'filter.termId'));
    whereAnyOf(qb, 't.metric', filter.metric);
    whereAnyOf(qb, 't.population', filter.population);
  },
};
