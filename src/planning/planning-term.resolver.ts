import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, Info } from 'type-graphql';
import type { GraphQLContext } from '../app/context';
import { findByGlobalId } from '../common/db/crud';
import type { ListArgs } from '../common/db/list-query';
import { connectionType } from '../common/graphql/connection.types';
import { childConnection, rootConnection } from '../common/graphql/connections';
import {
  entriesOfTerm,
  type PlanningEntryFilter,
  PlanningEntryListArgs,
  planningEntryList,
  type PlanningEntryOrderField,
} from './planning-entry.list';
import { PlanningEntryConnection } from './planning-entry.resolver';
import { PlanningTerm } from './planning-term.entity';
import { CreatePlanningTermInput, UpdatePlanningTermInput } from './planning-term.inputs';
import { type PlanningTermFilter, PlanningTermListArgs, planningTermList, type PlanningTermOrderField } from './planning-term.list';
import { createPlanningTerm, deletePlanningTerm, updatePlanningTerm } from './planning-term.service';

export const PlanningTermConnection = connectionType(PlanningTerm, 'PlanningTerm');

@Resolver(() => PlanningTerm)
export class PlanningTermResolver {
  @Query(() => PlanningTermConnection, { description: 'Nhiệm kỳ quy hoạch.' })
  planningTerms(
    @Args(() => PlanningTermListArgs) args: ListArgs<PlanningTermFilter, PlanningTermOrderField>,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return rootConnection(ctx, info, planningTermList, args);
  }

  @Query(() => PlanningTerm)
  planningTerm(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<PlanningTerm> {
    return findByGlobalId(ctx.em, PlanningTerm, id);
  }

  @FieldResolver(() => PlanningEntryConnection, { description: 'Cadres planned in this term.' })
  entries(
    @Root() term: PlanningTerm,
    @Args(() => PlanningEntryListArgs) args: ListArgs<PlanningEntryFilter, PlanningEntryOrderField>,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return childConnection(ctx, info, planningEntryList, entriesOfTerm, term.id, args);
  }

  @Mutation(() => PlanningTerm)
  createPlanningTerm(
    @Arg('input', () => CreatePlanningTermInput) input: CreatePlanningTermInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<PlanningTerm> {
    return createPlanningTerm(ctx.em, input);
  }

  @Mutation(() => PlanningTerm, { description: 'Changes only the fields given.' })
  updatePlanningTerm(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdatePlanningTermInput) input: UpdatePlanningTermInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<PlanningTerm> {
    return updatePlanningTerm(ctx.em, id, input);
  }

  @Mutation(() => PlanningTerm, { description: 'Refused while planning entries refer to it.' })
  deletePlanningTerm(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<PlanningTerm> {
    return deletePlanningTerm(ctx.em, id);
  }
}
