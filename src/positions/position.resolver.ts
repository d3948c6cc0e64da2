import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, Info } from 'type-graphql';
import type { GraphQLContext } from '../app/context';
import { findByGlobalId } from '../common/db/crud';
import type { ListArgs } from '../common/db/list-query';
import { connectionType } from '../common/graphql/connection.types';
import { childConnection, rootConnection } from '../common/graphql/connections';
import {
  type AssignmentFilter,
  AssignmentListArgs,
  assignmentList,
  type AssignmentOrderField,
  assignmentsOfPosition,
} from './assignment.list';
import { AssignmentConnection } from './assignment.resolver';
import { Position } from './position.entity';
import { CreatePositionInput, UpdatePositionInput } from './position.inputs';
import { type PositionFilter, PositionListArgs, positionList, type PositionOrderField } from './position.list';
import { createPosition, deletePosition, updatePosition } from './position.service';

export const PositionConnection = connectionType(Position, 'Position');

@Resolver(() => Position)
export class PositionResolver {
  @Query(() => PositionConnection, { description: 'Chức vụ.' })
  positions(
    @Args(() => PositionListArgs) args: ListArgs<PositionFilter, PositionOrderField>,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return rootConnection(ctx, info, positionList, args);
  }

  @Query(() => Position)
  position(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<Position> {
    return findByGlobalId(ctx.em, Position, id);
  }

  @FieldResolver(() => AssignmentConnection, { description: 'Who holds or held this post.' })
  assignments(
    @Root() position: Position,
    @Args(() => AssignmentListArgs) args: ListArgs<AssignmentFilter, AssignmentOrderField>,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return childConnection(ctx, info, assignmentList, assignmentsOfPosition, position.id, args);
  }

  @Mutation(() => Position)
  createPosition(@Arg('input', () => CreatePositionInput) input: CreatePositionInput, @Ctx() ctx: GraphQLContext): Promise<Position> {
    return createPosition(ctx.em, input);
  }

  @Mutation(() => Position, { description: 'Changes only the fields given.' })
  updatePosition(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdatePositionInput) input: UpdatePositionInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Position> {
    return updatePosition(ctx.em, id, input);
  }

  @Mutation(() => Position, { description: 'Refused while assignments or planning entries refer to it.' })
  deletePosition(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<Position> {
    return deletePosition(ctx.em, id);
  }
}
