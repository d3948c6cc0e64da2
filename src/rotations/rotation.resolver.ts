import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, Info } from 'type-graphql';
import type { GraphQLContext } from '../app/context';
import { Cadre } from '../cadres/cadre.entity';
import type { ListArgs } from '../common/db/list-query';
import { connectionType } from '../common/graphql/connection.types';
import { childConnection, type Linked, linked, rootConnection } from '../common/graphql/connections';
import { Unit } from '../units/unit.entity';
import { Rotation } from './rotation.entity';
import { CreateRotationInput, UpdateRotationInput } from './rotation.inputs';
import { type RotationFilter, RotationListArgs, rotationList, type RotationOrderField, rotationsOfCadre } from './rotation.list';
import { createRotation, deleteRotation, updateRotation } from './rotation.service';

export const RotationConnection = connectionType(Rotation, 'Rotation');

@Resolver(() => Rotation)
export class RotationResolver {
  @Query(() => RotationConnection, { description: 'Luân chuyển, điều động, biệt phái.' })
  rotations(
    @Args(() => RotationListArgs) args: ListArgs<RotationFilter, RotationOrderField>,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return rootConnection(ctx, info, rotationList, args);
  }

  @FieldResolver(() => Cadre)
  cadre(@Root() rotation: Rotation, @Ctx() ctx: GraphQLContext): Linked<Cadre> {
    return linked(ctx, Cadre, rotation.cadre);
  }

  @FieldResolver(() => Unit, { nullable: true, description: 'Null when the unit lies outside the scopes you may read.' })
  fromUnit(@Root() rotation: Rotation, @Ctx() ctx: GraphQLContext): Linked<Unit> {
    return linked(ctx, Unit, rotation.fromUnit);
  }

  @FieldResolver(() => Unit, { nullable: true, description: 'Null when the unit lies outside the scopes you may read.' })
  toUnit(@Root() rotation: Rotation, @Ctx() ctx: GraphQLContext): Linked<Unit> {
    return linked(ctx, Unit, rotation.toUnit);
  }

  @Mutation(() => Rotation)
  createRotation(@Arg('input', () => CreateRotationInput) input: CreateRotationInput, @Ctx() ctx: GraphQLContext): Promise<Rotation> {
    return createRotation(ctx.em, input);
  }

  @Mutation(() => Rotation, { description: 'Changes only the fields given; null clears an optional field.' })
  updateRotation(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateRotationInput) input: UpdateRotationInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Rotation> {
    return updateRotation(ctx.em, id, input);
  }

  @Mutation(() => Rotation)
  deleteRotation(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<Rotation> {
    return deleteRotation(ctx.em, id);
  }
}

/** `Cadre.rotations`, kept with the rotations it lists. */
@Resolver(() => Cadre)
export class CadreRotationsResolver {
  @FieldResolver(() => RotationConnection, { description: 'Rotations, transfers and secondments (luân chuyển, điều động).' })
  rotations(
    @Root() cadre: Cadre,
    @Args(() => RotationListArgs) args: ListArgs<RotationFilter, RotationOrderField>,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return childConnection(ctx, info, rotationList, rotationsOfCadre, cadre.id, args);
  }
}
