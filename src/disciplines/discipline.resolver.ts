import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, Info } from 'type-graphql';
import type { GraphQLContext } from '../app/context';
import { Cadre } from '../cadres/cadre.entity';
import type { ListArgs } from '../common/db/list-query';
import { connectionType } from '../common/graphql/connection.types';
import { childConnection, type Linked, linked, rootConnection } from '../common/graphql/connections';
import { Discipline } from './discipline.entity';
import { CreateDisciplineInput, UpdateDisciplineInput } from './discipline.inputs';
import {
  type DisciplineFilter,
  DisciplineListArgs,
  disciplineList,
  type DisciplineOrderField,
  disciplinesOfCadre,
} from './discipline.list';
import { createDiscipline, deleteDiscipline, updateDiscipline } from './discipline.service';

export const DisciplineConnection = connectionType(Discipline, 'Discipline');

@Resolver(() => Discipline)
export class DisciplineResolver {
  @Query(() => DisciplineConnection, { description: 'Kỷ luật.' })
  disciplines(
    @Args(() => DisciplineListArgs) args: ListArgs<DisciplineFilter, DisciplineOrderField>,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return rootConnection(ctx, info, disciplineList, args);
  }

  @FieldResolver(() => Cadre)
  cadre(@Root() discipline: Discipline, @Ctx() ctx: GraphQLContext): Linked<Cadre> {
    return linked(ctx, Cadre, discipline.cadre);
  }

  @Mutation(() => Discipline)
  createDiscipline(
    @Arg('input', () => CreateDisciplineInput) input: CreateDisciplineInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Discipline> {
    return createDiscipline(ctx.em, input);
  }

  @Mutation(() => Discipline, { description: 'Changes only the fields given; null clears an optional field.' })
  updateDiscipline(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateDisciplineInput) input: UpdateDisciplineInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Discipline> {
    return updateDiscipline(ctx.em, id, input);
  }

  @Mutation(() => Discipline)
  deleteDiscipline(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<Discipline> {
    return deleteDiscipline(ctx.em, id);
  }
}

/** `Cadre.disciplines`, kept with the disciplines it lists. */
@Resolver(() => Cadre)
export class CadreDisciplinesResolver {
  @FieldResolver(() => DisciplineConnection, { description: 'Disciplinary decisions (kỷ luật).' })
  disciplines(
    @Root() cadre: Cadre,
    @Args(() => DisciplineListArgs) args: ListArgs<DisciplineFilter, DisciplineOrderField>,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return childConnection(ctx, info, disciplineList, disciplinesOfCadre, cadre.id, args);
  }
}
