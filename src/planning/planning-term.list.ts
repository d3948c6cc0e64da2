import { Field, InputType, Int } from 'type-graphql';
import { IsInt, IsOptional, Max, Min } from '../common/validation';
import type { ListSpec } from '../common/db/list-query';
import { listArgsType } from '../common/graphql/ordering';
import { PlanningTerm } from './planning-term.entity';

@InputType()
export class PlanningTermFilter {
  @Field(() => Int, { nullable: true, description: 'Terms that include this year (2025 matches 2020–2025 and 2025–2030).' })
  @IsOptional()
  @IsInt({ message: 'Năm phải là số nguyên' })
  @Min(1900, { message: 'Năm không hợp lý' })
  @Max(2200, { message: 'Năm không hợp lý' })
  year?: number;
}

export enum PlanningTermOrderField {
  START_YEAR = 'START_YEAR',
}
export const PlanningTermListArgs = listArgsType('PlanningTerm', PlanningTermFilter, PlanningTermOrderField, 'Default: latest term first.');

export const planningTermList: ListSpec<PlanningTerm, PlanningTermFilter, PlanningTermOrderField> = {
  entity: PlanningTerm,
  orderFields: { [PlanningTermOrderField.START_YEAR]: ['t.start_year'] },
  defaultOrder: [{ field: PlanningTermOrderField.START_YEAR, direction: 'DESC' }],
  applyFilter: (qb, filter) => {
    if (filter.year != null) qb.where('t.start_year', '<=', filter.year).where('t.end_year', '>=', filter.year);
  },
};
