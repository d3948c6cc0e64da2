import { Field, ID, InputType, Int } from 'type-graphql';
import { IsInt, IsOptional, Max, Min } from '../common/validation';
import { AnnualRating } from '../common/code-lists';
import type { ListSpec, ParentLink } from '../common/db/list-query';
import { whereAnyOf } from '../common/db/sql-filters';
import { databaseIdOf } from '../common/graphql/ids';
import { listArgsType } from '../common/graphql/ordering';
import { Evaluation } from './evaluation.entity';

const YEAR_RANGE = 'Năm phải là số nguyên từ 1900 đến 2200';

@InputType()
export class EvaluationFilter {
  @Field(() => ID, { nullable: true })
  cadreId?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: YEAR_RANGE })
  @Min(1900, { message: YEAR_RANGE })
  @Max(2200, { message: YEAR_RANGE })
  year?: number;

  @Field(() => Int, { nullable: true, description: 'Years from this one on.' })
  @IsOptional()
  @IsInt({ message: YEAR_RANGE })
  @Min(1900, { message: YEAR_RANGE })
  @Max(2200, { message: YEAR_RANGE })
  yearFrom?: number;

  @Field(() => Int, { nullable: true, description: 'Years up to this one.' })
  @IsOptional()
  @IsInt({ message: YEAR_RANGE })
  @Min(1900, { message: YEAR_RANGE })
  @Max(2200, { message: YEAR_RANGE })
  yearTo?: number;

  @Field(() => [AnnualRating], { nullable: true })
  rating?: AnnualRating[];
}

export enum EvaluationOrderField {
  YEAR = 'YEAR',
  RATING = 'RATING',
  CREATED_AT = 'CREATED_AT',
}
export const EvaluationListArgs = listArgsType('Evaluation', EvaluationFilter, EvaluationOrderField, 'Default: latest year first.');

// Ratings rank in the order the code list declares them, best first.
const RATING_RANK = `case t.rating ${Object.values(AnnualRating)
  .map((rating, i) => `when '${rating}' then ${i}`)
  .join(' ')} else ${Object.values(AnnualRating).length} end`;

export const evaluationList: ListSpec<Evaluation, EvaluationFilter, EvaluationOrderField> = {
  entity: Evaluation,
  orderFields: {
    [EvaluationOrderField.YEAR]: ['t.year'],
    [EvaluationOrderField.RATING]: [RATING_RANK, 't.year'],
    [EvaluationOrderField.CREATED_AT]: ['t.created_at'],
  },
  defaultOrder: [{ field: EvaluationOrderField.YEAR, direction: 'DESC' }],
  applyFilter: (qb, filter) => {
    if (filter.cadreId) qb.where('t.cadre_id', databaseIdOf(filter.cadreId, 'Cadre', 'filter.cadreId'));
    if (filter.year != null) qb.where('t.year', filter.year);
    if (filter.yearFrom != null) qb.where('t.year', '>=', filter.yearFrom);
    if (filter.yearTo != null) qb.where('t.year', '<=', filter.yearTo);
    whereAnyOf(qb, 't.rating', filter.rating);
  },
};

export const evaluationsOfCadre: ParentLink = { name: 'cadre', parentKey: 't.cadre_id' };
