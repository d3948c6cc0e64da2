import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, Info } from 'type-graphql';
import type { GraphQLContext } from '../app/context';
import { Cadre } from '../cadres/cadre.entity';
import type { ListArgs } from '../common/db/list-query';
import { connectionType } from '../common/graphql/connection.types';
import { childConnection, type Linked, linked, rootConnection } from '../common/graphql/connections';
import { Position } from '../positions/position.entity';
import { Unit } from '../units/unit.entity';
import { PlanningEntry } from './planning-entry.entity';
import { CreatePlanningEntryInput, UpdatePlanningEntryInput } from './planning-entry.inputs';
import {
  type PlanningEntryFilter,
  PlanningEntryListArgs,
  planningEntryList,
  type PlanningEntryOrderField,
  planningEntriesOfCadre,
} from './planning-entry.list';
import { createPlanningEntry, deletePlanningEntry, updatePlanningEntry } from './planning-entry.service';
import { PlanningTerm } from './planning-term.entity';

export const PlanningEntryConnection = connectionType(PlanningEntry, 'PlanningEntry');

@Resolver(() => PlanningEntry)
export class PlanningEntryResolver {
  @Query(() => PlanningEntryConnection, { description: 'Cán bộ trong quy hoạch.' })
  planningEntries(
    @Args(() => PlanningEntryListArgs) args: ListArgs<PlanningEntryFilter, PlanningEntryOrderField>,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return rootConnection(ctx, info, planningEntryList, args);
  }

  @FieldResolver(() => PlanningTerm)
  term(@Root() entry: PlanningEntry, @Ctx() ctx: GraphQLContext): Linked<PlanningTerm> {
    return linked(ctx, PlanningTerm, entry.term);
  }

  @FieldResolver(() => Cadre)
  cadre(@Root() entry: PlanningEntry, @Ctx() ctx: GraphQLContext): Linked<Cadre> {
    return linked(ctx, Cadre, entry.cadre);
  }

  @FieldResolver(() => Unit, { nullable: true, description: 'Null when the unit lies outside the scopes you may read.' })
  unit(@Root() entry: PlanningEntry, @Ctx() ctx: GraphQLContext): Linked<Unit> {
    return linked(ctx, Unit, entry.unit);
  }

  @FieldResolver(() => Position, { description: 'The post planned for.' })
  position(@Root() entry: PlanningEntry, @Ctx() ctx: GraphQLContext): Linked<Position> {
    return linked(ctx, Position, entry.position);
  }

  @Mutation(() => PlanningEntry)
  createPlanningEntry(
    @Arg('input', () => CreatePlanningEntryInput) input: CreatePlanningEntryInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<PlanningEntry> {
    return createPlanningEntry(ctx.em, input);
  }

  @Mutation(() => PlanningEntry, {
    description: 'Changes only the fields given; a removal is recorded by giving removedAt and removalReason.',
  })
  updatePlanningEntry(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdatePlanningEntryInput) input: UpdatePlanningEntryInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<PlanningEntry> {
    return updatePlanningEntry(ctx.em, id, input);
  }

  @Mutation(() => PlanningEntry, {
    description: 'Erases an entry made in error; a cadre leaving the planning is a removal (updatePlanningEntry).',
  })
  deletePlanningEntry(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<PlanningEntry> {
    return deletePlanningEntry(ctx.em, id);
  }
}

/** `Cadre.planningEntries`, kept with the entries it lists. */
@Resolver(() => Cadre)
export class CadrePlanningEntriesResolver {
  @FieldResolver(() => PlanningEntryConnection, { description: 'Posts the cadre is or was planned for (quy hoạch).' })
  planningEntries(
    @Root() cadre: Cadre,
    @Args(() => PlanningEntryListArgs) args: ListArgs<PlanningEntryFilter, PlanningEntryOrderField>,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return childConnection(ctx, info, planningEntryList, planningEntriesOfCadre, cadre.id, args);
  }
}
