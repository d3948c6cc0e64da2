import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, Info } from 'type-graphql';
import type { GraphQLContext } from '../app/context';
import { Cadre } from '../cadres/cadre.entity';
import type { ListArgs } from '../common/db/list-query';
import { connectionType } from '../common/graphql/connection.types';
import { childConnection, type Linked, linked, rootConnection } from '../common/graphql/connections';
import { Evaluation } from './evaluation.entity';
import { CreateEvaluationInput, UpdateEvaluationInput } from './evaluation.inputs';
import {
  type EvaluationFilter,
  EvaluationListArgs,
  evaluationList,
  type EvaluationOrderField,
  evaluationsOfCadre,
} from './evaluation.list';
import { createEvaluation, deleteEvaluation, updateEvaluation } from './evaluation.service';

export const EvaluationConnection = connectionType(Evaluation, 'Evaluation');

@Resolver(() => Evaluation)
export class EvaluationResolver {
  @Query(() => EvaluationConnection, { description: 'Đánh giá, xếp loại hằng năm.' })
  evaluations(
    @Args(() => EvaluationListArgs) args: ListArgs<EvaluationFilter, EvaluationOrderField>,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return rootConnection(ctx, info, evaluationList, args);
  }

  @FieldResolver(() => Cadre)
  cadre(@Root() evaluation: Evaluation, @Ctx() ctx: GraphQLContext): Linked<Cadre> {
    return linked(ctx, Cadre, evaluation.cadre);
  }

  @Mutation(() => Evaluation)
  createEvaluation(
    @Arg('input', () => CreateEvaluationInput) input: CreateEvaluationInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Evaluation> {
    return createEvaluation(ctx.em, input);
  }

  @Mutation(() => Evaluation, { description: 'Changes only the fields given; null clears the note.' })
  updateEvaluation(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateEvaluationInput) input: UpdateEvaluationInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Evaluation> {
    return updateEvaluation(ctx.em, id, input);
  }

  @Mutation(() => Evaluation)
  deleteEvaluation(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<Evaluation> {
    return deleteEvaluation(ctx.em, id);
  }
}

/** `Cadre.evaluations`, kept with the evaluations it lists. */
@Resolver(() => Cadre)
export class CadreEvaluationsResolver {
  @FieldResolver(() => EvaluationConnection, { description: 'Annual ratings (đánh giá, xếp loại).' })
  evaluations(
    @Root() cadre: Cadre,
    @Args(() => EvaluationListArgs) args: ListArgs<EvaluationFilter, EvaluationOrderField>,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return childConnection(ctx, info, evaluationList, evaluationsOfCadre, cadre.id, args);
  }
}
