import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, Info } from 'type-graphql';
import type { GraphQLContext } from '../app/context';
import { findByGlobalId } from '../common/db/crud';
import type { ListArgs } from '../common/db/list-query';
import { connectionType } from '../common/graphql/connection.types';
import { childConnection, rootConnection } from '../common/graphql/connections';
import { EnrollmentConnection } from './enrollment.resolver';
import {
  type EnrollmentFilter,
  EnrollmentListArgs,
  enrollmentList,
  type EnrollmentOrderField,
  enrollmentsOfTraining,
} from './enrollment.list';
import { Training } from './training.entity';
import { CreateTrainingInput, UpdateTrainingInput } from './training.inputs';
import { type TrainingFilter, TrainingListArgs, trainingList, type TrainingOrderField } from './training.list';
import { createTraining, deleteTraining, updateTraining } from './training.service';

export const TrainingConnection = connectionType(Training, 'Training');

@Resolver(() => Training)
export class TrainingResolver {
  @Query(() => TrainingConnection, { description: 'Khóa đào tạo, bồi dưỡng.' })
  trainings(
    @Args(() => TrainingListArgs) args: ListArgs<TrainingFilter, TrainingOrderField>,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return rootConnection(ctx, info, trainingList, args);
  }

  @Query(() => Training)
  training(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<Training> {
    return findByGlobalId(ctx.em, Training, id);
  }

  @FieldResolver(() => EnrollmentConnection)
  enrollments(
    @Root() training: Training,
    @Args(() => EnrollmentListArgs) args: ListArgs<EnrollmentFilter, EnrollmentOrderField>,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return childConnection(ctx, info, enrollmentList, enrollmentsOfTraining, training.id, args);
  }

  @Mutation(() => Training)
  createTraining(@Arg('input', () => CreateTrainingInput) input: CreateTrainingInput, @Ctx() ctx: GraphQLContext): Promise<Training> {
    return createTraining(ctx.em, input);
  }

  @Mutation(() => Training)
  updateTraining(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateTrainingInput) input: UpdateTrainingInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Training> {
    return updateTraining(ctx.em, id, input);
  }

  @Mutation(() => Training, { description: 'Refused while enrollments refer to it.' })
  deleteTraining(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<Training> {
    return deleteTraining(ctx.em, id);
  }
}
