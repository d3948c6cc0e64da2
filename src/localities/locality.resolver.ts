import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, Info } from 'type-graphql';
import type { GraphQLContext } from '../app/context';
import { CadreListArgs, type CadreFilter, type CadreOrderField } from '../cadres/cadre.inputs';
import { cadreList, cadresOfLocality, cadresOfLocalitySubtree } from '../cadres/cadre.list';
import { findByGlobalId } from '../common/db/crud';
import type { ListArgs } from '../common/db/list-query';
import { connectionType } from '../common/graphql/connection.types';
import { childConnection, type Linked, linked, rootConnection } from '../common/graphql/connections';
import { nestedList } from '../common/graphql/nested-lists';
import { UnitListArgs, type UnitFilter, type UnitOrderField, unitList, unitsOfLocality, unitsOfLocalitySubtree } from '../units/unit.list';
import { CadreConnection, UnitConnection } from '../units/unit.resolver';
import { Locality } from './locality.entity';
import { CreateLocalityInput, UpdateLocalityInput } from './locality.inputs';
import { childrenOfLocality, LocalityListArgs, type LocalityFilter, localityList, type LocalityOrderField } from './locality.list';
import { createLocality, deleteLocality, updateLocality } from './locality.service';

export const LocalityConnection = connectionType(Locality, 'Locality');

const SUBTREE = 'Include everything under this locality, not only its direct members.';

type Subtree = { includeSubtree?: boolean };
const childrenOf = nestedList(Locality, 'children', localityList, () => childrenOfLocality);
const unitsOf = nestedList(Locality, 'units', unitList, (args: Subtree) =>
  args.includeSubtree ? unitsOfLocalitySubtree : unitsOfLocality,
);
const cadresOf = nestedList(Locality, 'cadres', cadreList, (args: Subtree) =>
  args.includeSubtree ? cadresOfLocalitySubtree : cadresOfLocality,
);

@Resolver(() => Locality)
export class LocalityResolver {
  @Query(() => LocalityConnection, { description: 'Đơn vị hành chính.' })
  localities(
    @Args(() => LocalityListArgs) args: ListArgs<LocalityFilter, LocalityOrderField>,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return rootConnection(ctx, info, localityList, args);
  }

  @Query(() => Locality)
  locality(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<Locality> {
    return findByGlobalId(ctx.em, Locality, id);
  }

  @FieldResolver(() => Locality, { nullable: true })
  parent(@Root() locality: Locality, @Ctx() ctx: GraphQLContext): Linked<Locality> {
    return linked(ctx, Locality, locality.parent);
  }

  @FieldResolver(() => Locality, { nullable: true, description: 'The locality this one was merged into (2025 reform).' })
  mergedInto(@Root() locality: Locality, @Ctx() ctx: GraphQLContext): Linked<Locality> {
    return linked(ctx, Locality, locality.mergedInto);
  }

  @FieldResolver(() => LocalityConnection)
  children(
    @Root() locality: Locality,
    @Args(() => LocalityListArgs) args: ListArgs<LocalityFilter, LocalityOrderField>,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return childConnection(ctx, info, childrenOf.spec, childrenOf.linkFor({}), locality.id, args);
  }

  @FieldResolver(() => UnitConnection)
  units(
    @Root() locality: Locality,
    @Args(() => UnitListArgs) args: ListArgs<UnitFilter, UnitOrderField>,
    @Arg('includeSubtree', { defaultValue: false, description: SUBTREE }) includeSubtree: boolean,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return childConnection(ctx, info, unitsOf.spec, unitsOf.linkFor({ includeSubtree }), locality.id, args);
  }

  @FieldResolver(() => CadreConnection, { description: 'Cadres working in units of this locality.' })
  cadres(
    @Root() locality: Locality,
    @Args(() => CadreListArgs) args: ListArgs<CadreFilter, CadreOrderField>,
    @Arg('includeSubtree', { defaultValue: false, description: SUBTREE }) includeSubtree: boolean,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return childConnection(ctx, info, cadresOf.spec, cadresOf.linkFor({ includeSubtree }), locality.id, args);
  }

  @Mutation(() => Locality)
  createLocality(@Arg('input', () => CreateLocalityInput) input: CreateLocalityInput, @Ctx() ctx: GraphQLContext): Promise<Locality> {
    return createLocality(ctx.em, input);
  }

  @Mutation(() => Locality)
  updateLocality(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateLocalityInput) input: UpdateLocalityInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Locality> {
    return updateLocality(ctx.em, id, input);
  }

  @Mutation(() => Locality, { description: 'Refused while units or other localities refer to it.' })
  deleteLocality(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<Locality> {
    return deleteLocality(ctx.em, id);
  }
}
