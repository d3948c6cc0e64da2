import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, Info } from 'type-graphql';
import type { GraphQLContext } from '../app/context';
import { Cadre } from '../cadres/cadre.entity';
import type { ListArgs } from '../common/db/list-query';
import { connectionType } from '../common/graphql/connection.types';
import { childConnection, type Linked, linked, rootConnection } from '../common/graphql/connections';
import { Unit } from '../units/unit.entity';
import { Assignment } from './assignment.entity';
import { CreateAssignmentInput, UpdateAssignmentInput } from './assignment.inputs';
import {
  type AssignmentFilter,
  AssignmentListArgs,
  assignmentList,
  type AssignmentOrderField,
  assignmentsOfCadre,
} from './assignment.list';
import { createAssignment, deleteAssignment, updateAssignment } from './assignment.service';
import { Position } from './position.entity';

export const AssignmentConnection = connectionType(Assignment, 'Assignment');

@Resolver(() => Assignment)
export class AssignmentResolver {
  @Query(() => AssignmentConnection, { description: 'Chức vụ đảm nhiệm (bổ nhiệm, kiêm nhiệm).' })
  assignments(
    @Args(() => AssignmentListArgs) args: ListArgs<AssignmentFilter, AssignmentOrderField>,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return rootConnection(ctx, info, assignmentList, args);
  }

  @FieldResolver(() => Cadre)
  cadre(@Root() assignment: Assignment, @Ctx() ctx: GraphQLContext): Linked<Cadre> {
    return linked(ctx, Cadre, assignment.cadre);
  }

  @FieldResolver(() => Unit, { nullable: true, description: 'Null when the unit lies outside the scopes you may read.' })
  unit(@Root() assignment: Assignment, @Ctx() ctx: GraphQLContext): Linked<Unit> {
    return linked(ctx, Unit, assignment.unit);
  }

  @FieldResolver(() => Position)
  position(@Root() assignment: Assignment, @Ctx() ctx: GraphQLContext): Linked<Position> {
    return linked(ctx, Position, assignment.position);
  }

  @Mutation(() => Assignment)
  createAssignment(
    @Arg('input', () => CreateAssignmentInput) input: CreateAssignmentInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Assignment> {
    return createAssignment(ctx.em, input);
  }

  @Mutation(() => Assignment, { description: 'Changes only the fields given; null clears an optional field.' })
  updateAssignment(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateAssignmentInput) input: UpdateAssignmentInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Assignment> {
    return updateAssignment(ctx.em, id, input);
  }

  @Mutation(() => Assignment)
  deleteAssignment(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<Assignment> {
    return deleteAssignment(ctx.em, id);
  }
}

/** `Cadre.assignments`, kept with the assignments it lists. */
@Resolver(() => Cadre)
export class CadreAssignmentsResolver {
  @FieldResolver(() => AssignmentConnection, { description: 'Posts held, now and before (bổ nhiệm, kiêm nhiệm).' })
  assignments(
    @Root() cadre: Cadre,
    @Args(() => AssignmentListArgs) args: ListArgs<AssignmentFilter, AssignmentOrderField>,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return childConnection(ctx, info, assignmentList, assignmentsOfCadre, cadre.id, args);
  }
}
