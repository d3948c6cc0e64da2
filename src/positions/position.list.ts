import { Field, InputType } from 'type-graphql';
import { IsOptional, MaxLength } from '../common/validation';
import { PositionLevel } from '../common/code-lists';
import type { ListSpec } from '../common/db/list-query';
import { whereAnyOf, whereSearchKey } from '../common/db/sql-filters';
import { listArgsType } from '../common/graphql/ordering';
import { Position } from './position.entity';

@InputType()
export class PositionFilter {
  @Field({ nullable: true, description: 'Name contains (diacritic-insensitive).' })
  @IsOptional()
  @MaxLength(200, { message: 'Tối đa $constraint1 ký tự' })
  name?: string;

  @Field(() => [PositionLevel], { nullable: true })
  level?: PositionLevel[];

  @Field({ nullable: true, description: 'Leadership and management posts only (true) or the others (false).' })
  isLeadership?: boolean;
}

export enum PositionOrderField {
  LEVEL = 'LEVEL',
  SENIORITY = 'SENIORITY',
  NAME = 'NAME',
}
export const PositionListArgs = listArgsType(
  'Position',
  PositionFilter,
  PositionOrderField,
  'Default: by level (province first), then seniority.',
);

// Levels rank in the order the code list declares them, highest first.
const LEVEL_RANK = `case t.level ${Object.values(PositionLevel)
  .map((level, i) => `when '${level}' then ${i}`)
  .join(' ')} else ${Object.values(PositionLevel).length} end`;

export const positionList: ListSpec<Position, PositionFilter, PositionOrderField> = {
  entity: Position,
  orderFields: {
    [PositionOrderField.LEVEL]: [LEVEL_RANK, 't.seniority'],
    [PositionOrderField.SENIORITY]: ['t.seniority'],
    // No Vietnamese sort key is stored for posts; the diacritic-free key is the closest order.
    [PositionOrderField.NAME]: ['t.name_sort'],
  },
  defaultOrder: [{ field: PositionOrderField.LEVEL, direction: 'ASC' }],
  applyFilter: (qb, filter) => {
    whereSearchKey(qb, 't.name_search', filter.name);
    whereAnyOf(qb, 't.level', filter.level);
    if (filter.isLeadership != null) qb.where('t.is_leadership', filter.isLeadership);
  },
};
