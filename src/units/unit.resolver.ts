import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, Info } from 'type-graphql';
import type { GraphQLContext } from '../app/context';
import { CadreListArgs, type CadreFilter, type CadreOrderField } from '../cadres/cadre.inputs';
import { cadreList, cadresOfUnit, cadresOfUnitSubtree } from '../cadres/cadre.list';
import { Cadre } from '../cadres/cadre.entity';
import { findByGlobalId } from '../common/db/crud';
import type { ListArgs } from '../common/db/list-query';
import { connectionType } from '../common/graphql/connection.types';
import { childConnection, type Linked, linked, rootConnection } from '../common/graphql/connections';
import { nestedList } from '../common/graphql/nested-lists';
import { Locality } from '../localities/locality.entity';
import { Unit } from './unit.entity';
import { CreateUnitInput, UpdateUnitInput } from './unit.inputs';
import { childrenOfUnit, UnitListArgs, type UnitFilter, unitList, type UnitOrderField } from './unit.list';
import { createUnit, deleteUnit, updateUnit } from './unit.service';

export const UnitConnection = connectionType(Unit, 'Unit');
// Declared here rather than in the cadre resolver so that unit ↔ cadre imports stay acyclic.
export const CadreConnection = connectionType(Cadre, 'Cadre');

const subunits = nestedList(Unit, 'children', unitList, () => childrenOfUnit);
const cadresOf = nestedList(Unit, 'cadres', cadreList, (args: { includeSubunits?: boolean }) =>
  args.includeSubunits ? cadresOfUnitSubtree : cadresOfUnit,
);

@Resolver(() => Unit)
export class UnitResolver {
  @Query(() => UnitConnection, { description: 'Cơ quan, đơn vị.' })
  units(
    @Args(() => UnitListArgs) args: ListArgs<UnitFilter, UnitOrderField>,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return rootConnection(ctx, info, unitList, args);
  }

  @Query(() => Unit)
  unit(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<Unit> {
    return findByGlobalId(ctx.em, Unit, id);
  }

  @FieldResolver(() => Locality)
  locality(@Root() unit: Unit, @Ctx() ctx: GraphQLContext): Linked<Locality> {
    return linked(ctx, Locality, unit.locality);
  }

  @FieldResolver(() => Unit, { nullable: true })
  parent(@Root() unit: Unit, @Ctx() ctx: GraphQLContext): Linked<Unit> {
    return linked(ctx, Unit, unit.parent);
  }

  @FieldResolver(() => UnitConnection, { description: 'Sub-units (e.g. the departments of a people’s committee).' })
  children(
    @Root() unit: Unit,
    @Args(() => UnitListArgs) args: ListArgs<UnitFilter, UnitOrderField>,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return childConnection(ctx, info, subunits.spec, subunits.linkFor({}), unit.id, args);
  }

  @FieldResolver(() => CadreConnection, { description: 'Cadres whose current unit is this one.' })
  cadres(
    @Root() unit: Unit,
    @Args(() => CadreListArgs) args: ListArgs<CadreFilter, CadreOrderField>,
    @Arg('includeSubunits', { defaultValue: false, description: 'Also the cadres of every unit under this one.' }) includeSubunits: boolean,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return childConnection(ctx, info, cadresOf.spec, cadresOf.linkFor({ includeSubunits }), unit.id, args);
  }

  @Mutation(() => Unit)
  createUnit(@Arg('input', () => CreateUnitInput) input: CreateUnitInput, @Ctx() ctx: GraphQLContext): Promise<Unit> {
    return createUnit(ctx.em, input);
  }

  @Mutation(() => Unit)
  updateUnit(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateUnitInput) input: UpdateUnitInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Unit> {
    return updateUnit(ctx.em, id, input);
  }

  @Mutation(() => Unit, { description: 'Refused while cadres, sub-units or histories refer to it.' })
  deleteUnit(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<Unit> {
    return deleteUnit(ctx.em, id);
  }
}
