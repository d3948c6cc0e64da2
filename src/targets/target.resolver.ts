import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Field, FieldResolver, Float, ID, Int, Mutation, ObjectType, Query, Resolver, Root, Info } from 'type-graphql';
import { LocalDateResolver } from '../common/graphql/scalars';
import type { GraphQLContext } from '../app/context';
import type { ListArgs } from '../common/db/list-query';
import { todayIso } from '../common/dates';
import { connectionType } from '../common/graphql/connection.types';
import { type Linked, linked, rootConnection } from '../common/graphql/connections';
import { Locality } from '../localities/locality.entity';
import { PlanningTerm } from '../planning/planning-term.entity';
import { Unit } from '../units/unit.entity';
import { Target } from './target.entity';
import { CreateTargetInput, UpdateTargetInput } from './target.inputs';
import { type TargetFilter, TargetListArgs, targetList, type TargetOrderField } from './target.list';
import { complianceText } from './target.rules';
import { createTarget, deleteTarget, targetCompliance, updateTarget } from './target.service';

export const TargetConnection = connectionType(Target, 'Target');

@ObjectType({ description: 'Actual against target: "numerator/denominator = share%".' })
export class TargetCompliance {
  @Field(() => Target)
  target!: Target;

  @Field(() => Int, { description: 'Cadres of the population that have the property.' })
  numerator!: number;

  @Field(() => Int, { description: 'Cadres of the population.' })
  denominator!: number;

  @Field(() => Float, { nullable: true, description: 'numerator / denominator in percent, unrounded; null when the population is empty.' })
  share!: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the target is met; null when the population is empty.' })
  met!: boolean | null;

  @Field({ description: 'As reports write it: "16/172 = 9,3% (chỉ tiêu ≥ 15%): chưa đạt".' })
  text!: string;
}

@Resolver(() => Target)
export class TargetResolver {
  @Query(() => TargetConnection, { description: 'Chỉ tiêu cơ cấu cán bộ.' })
  targets(
    @Args(() => TargetListArgs) args: ListArgs<TargetFilter, TargetOrderField>,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return rootConnection(ctx, info, targetList, args);
  }

  @Query(() => [TargetCompliance], {
    description:
      'Actual against target for each target the scope (a Locality or a Unit, with everything under it) set for the term, ' +
      'counted on `asOf` (default today), in the database.',
  })
  async targetCompliance(
    @Arg('scopeId', () => ID) scopeId: string,
    @Arg('termId', () => ID) termId: string,
    @Arg('asOf', () => LocalDateResolver, { nullable: true }) asOf: string | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<TargetCompliance[]> {
    const rows = await targetCompliance(ctx.em, scopeId, termId, asOf ?? todayIso());
    return rows.map((row) => ({
      ...row,
      text: complianceText(row.numerator, row.denominator, row.target.comparator, row.target.value),
    }));
  }

  @FieldResolver(() => Locality, { nullable: true, description: 'The scope, when it is a locality (with its subtree).' })
  locality(@Root() target: Target, @Ctx() ctx: GraphQLContext): Linked<Locality> {
    return linked(ctx, Locality, target.locality);
  }

  @FieldResolver(() => Unit, { nullable: true, description: 'The scope, when it is a unit (with its subunits).' })
  unit(@Root() target: Target, @Ctx() ctx: GraphQLContext): Linked<Unit> {
    return linked(ctx, Unit, target.unit);
  }

  @FieldResolver(() => PlanningTerm)
  term(@Root() target: Target, @Ctx() ctx: GraphQLContext): Linked<PlanningTerm> {
    return linked(ctx, PlanningTerm, target.term);
  }

  @Mutation(() => Target)
  createTarget(@Arg('input', () => CreateTargetInput) input: CreateTargetInput, @Ctx() ctx: GraphQLContext): Promise<Target> {
    return createTarget(ctx.em, input);
  }

  @Mutation(() => Target, { description: 'Changes only the fields given.' })
  updateTarget(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateTargetInput) input: UpdateTargetInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Target> {
    return updateTarget(ctx.em, id, input);
  }

  @Mutation(() => Target)
  deleteTarget(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<Target> {
    return deleteTarget(ctx.em, id);
  }
}
