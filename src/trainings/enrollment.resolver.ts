import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, Info } from 'type-graphql';
import type { GraphQLContext } from '../app/context';
import { Cadre } from '../cadres/cadre.entity';
import type { ListArgs } from '../common/db/list-query';
import { connectionType } from '../common/graphql/connection.types';
import { type Linked, linked, rootConnection } from '../common/graphql/connections';
import { Enrollment } from './enrollment.entity';
import { CreateEnrollmentInput, UpdateEnrollmentInput } from './enrollment.inputs';
import { type EnrollmentFilter, EnrollmentListArgs, enrollmentList, type EnrollmentOrderField } from './enrollment.list';
import { createEnrollment, deleteEnrollment, updateEnrollment } from './enrollment.service';
import { Training } from './training.entity';

export const EnrollmentConnection = connectionType(Enrollment, 'Enrollment');

@Resolver(() => Enrollment)
export class EnrollmentResolver {
  @Query(() => EnrollmentConnection, { description: 'Học viên các khóa đào tạo, bồi dưỡng.' })
  enrollments(
    @Args(() => EnrollmentListArgs) args: ListArgs<EnrollmentFilter, EnrollmentOrderField>,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return rootConnection(ctx, info, enrollmentList, args);
  }

  @FieldResolver(() => Cadre)
  cadre(@Root() enrollment: Enrollment, @Ctx() ctx: GraphQLContext): Linked<Cadre> {
    return linked(ctx, Cadre, enrollment.cadre);
  }

  @FieldResolver(() => Training)
  training(@Root() enrollment: Enrollment, @Ctx() ctx: GraphQLContext): Linked<Training> {
    return linked(ctx, Training, enrollment.training);
  }

  @Mutation(() => Enrollment)
  createEnrollment(
    @Arg('input', () => CreateEnrollmentInput) input: CreateEnrollmentInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Enrollment> {
    return createEnrollment(ctx.em, input);
  }

  @Mutation(() => Enrollment)
  updateEnrollment(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateEnrollmentInput) input: UpdateEnrollmentInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Enrollment> {
    return updateEnrollment(ctx.em, id, input);
  }

  @Mutation(() => Enrollment)
  deleteEnrollment(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<Enrollment> {
    return deleteEnrollment(ctx.em, id);
  }
}
