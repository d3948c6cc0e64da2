import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, Info } from 'type-graphql';
import type { GraphQLContext } from '../app/context';
import { childConnection, type Linked, linked, rootConnection } from '../common/graphql/connections';
import type { ListArgs } from '../common/db/list-query';
import { nestedList } from '../common/graphql/nested-lists';
import { findByGlobalId } from '../common/db/crud';
import { EnrollmentConnection } from '../trainings/enrollment.resolver';
import { CadreConnection } from '../units/unit.resolver';
import {
  type EnrollmentFilter,
  EnrollmentListArgs,
  enrollmentList,
  type EnrollmentOrderField,
  enrollmentsOfCadre,
} from '../trainings/enrollment.list';
import { Unit } from '../units/unit.entity';
import { Cadre } from './cadre.entity';
import { CadreListArgs, type CadreFilter, type CadreOrderField, CreateCadreInput, UpdateCadreInput } from './cadre.inputs';
import { cadreList } from './cadre.list';
import { createCadre, deleteCadre, updateCadre } from './cadre.service';

const enrollmentsOf = nestedList(Cadre, 'enrollments', enrollmentList, () => enrollmentsOfCadre);

@Resolver(() => Cadre)
export class CadreResolver {
  @Query(() => CadreConnection, { description: 'Cán bộ: filter, order, page.' })
  cadres(
    @Args(() => CadreListArgs) args: ListArgs<CadreFilter, CadreOrderField>,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return rootConnection(ctx, info, cadreList, args);
  }

  @Query(() => Cadre)
  cadre(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<Cadre> {
    return findByGlobalId(ctx.em, Cadre, id);
  }

  @FieldResolver(() => Unit, { nullable: true, description: 'Current unit.' })
  unit(@Root() cadre: Cadre, @Ctx() ctx: GraphQLContext): Linked<Unit> {
    return linked(ctx, Unit, cadre.unit);
  }

  @FieldResolver(() => EnrollmentConnection, { description: 'Courses attended (đào tạo, bồi dưỡng).' })
  enrollments(
    @Root() cadre: Cadre,
    @Args(() => EnrollmentListArgs) args: ListArgs<EnrollmentFilter, EnrollmentOrderField>,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return childConnection(ctx, info, enrollmentsOf.spec, enrollmentsOf.linkFor({}), cadre.id, args);
  }

  @Mutation(() => Cadre)
  createCadre(@Arg('input', () => CreateCadreInput) input: CreateCadreInput, @Ctx() ctx: GraphQLContext): Promise<Cadre> {
    return createCadre(ctx.em, input);
  }

  @Mutation(() => Cadre, { description: 'Changes only the fields given; null clears an optional field.' })
  updateCadre(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateCadreInput) input: UpdateCadreInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Cadre> {
    return updateCadre(ctx.em, id, input);
  }

  @Mutation(() => Cadre, { description: 'Refused while anything (assignments, enrollments...) still refers to the cadre.' })
  deleteCadre(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<Cadre> {
    return deleteCadre(ctx.em, id);
  }
}
