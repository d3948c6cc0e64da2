import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Query, Resolver, Root, Info } from 'type-graphql';
import type { GraphQLContext } from '../app/context';
import { Cadre } from '../cadres/cadre.entity';
import type { ListArgs } from '../common/db/list-query';
import { connectionType } from '../common/graphql/connection.types';
import { childConnection, type Linked, linked, rootConnection } from '../common/graphql/connections';
import { Enrollment } from './enrollment.entity';
import { QualificationChange } from './qualification-change.entity';
import {
  type QualificationChangeFilter,
  QualificationChangeListArgs,
  qualificationChangeList,
  type QualificationChangeOrderField,
  qualificationChangesOfCadre,
} from './qualification-change.list';
import { qualificationSpec } from './training-effects';
import { Reads } from '../common/graphql/selection';

export const QualificationChangeConnection = connectionType(QualificationChange, 'QualificationChange');

/** The GraphQL enum value (the key, e.g. ADVANCED) of a stored code, as `codeLists` names it. */
function enumKeyOf(change: QualificationChange, code: string): string {
  const { list } = qualificationSpec(change.field);
  return Object.entries(list.enumObject).find(([, value]) => value === code)?.[0] ?? code;
}

@Resolver(() => QualificationChange)
export class QualificationChangeResolver {
  @Query(() => QualificationChangeConnection, { description: 'Thay đổi trình độ của cán bộ, với căn cứ.' })
  qualificationChanges(
    @Args(() => QualificationChangeListArgs) args: ListArgs<QualificationChangeFilter, QualificationChangeOrderField>,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return rootConnection(ctx, info, qualificationChangeList, args);
  }

  @FieldResolver(() => Cadre)
  cadre(@Root() change: QualificationChange, @Ctx() ctx: GraphQLContext): Linked<Cadre> {
    return linked(ctx, Cadre, change.cadre);
  }

  @FieldResolver(() => Enrollment, {
    nullable: true,
    description:
      'The completed course that caused the change. If its completion was undone since, the change stays: nothing is lowered silently.',
  })
  enrollment(@Root() change: QualificationChange, @Ctx() ctx: GraphQLContext): Linked<Enrollment> {
    return linked(ctx, Enrollment, change.enrollment);
  }

  @Reads('field', 'fromValue')
  @FieldResolver(() => String, {
    nullable: true,
    description: 'Level before, as the enum value of the field’s code list (null: none recorded).',
  })
  fromValue(@Root() change: QualificationChange): string | null {
    return change.fromValue == null ? null : enumKeyOf(change, change.fromValue);
  }

  @Reads('field', 'toValue')
  @FieldResolver(() => String, { description: 'Level after, as the enum value of the field’s code list (e.g. ADVANCED).' })
  toValue(@Root() change: QualificationChange): string {
    return enumKeyOf(change, change.toValue);
  }

  @Reads('field', 'fromValue')
  @FieldResolver(() => String, { nullable: true, description: 'Level before, in Vietnamese.' })
  fromLabel(@Root() change: QualificationChange): string | null {
    return change.fromValue == null ? null : qualificationSpec(change.field).list.label(change.fromValue);
  }

  @Reads('field', 'toValue')
  @FieldResolver(() => String, { description: 'Level after, in Vietnamese (e.g. "Cao cấp").' })
  toLabel(@Root() change: QualificationChange): string {
    return qualificationSpec(change.field).list.label(change.toValue);
  }
}

/** `Cadre.qualificationChanges`, batched per level like the other histories. */
@Resolver(() => Cadre)
export class CadreQualificationChangesResolver {
  @FieldResolver(() => QualificationChangeConnection, { description: 'Qualification changes (chuyên môn, LLCT, QLNN), with their cause.' })
  qualificationChanges(
    @Root() cadre: Cadre,
    @Args(() => QualificationChangeListArgs) args: ListArgs<QualificationChangeFilter, QualificationChangeOrderField>,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return childConnection(ctx, info, qualificationChangeList, qualificationChangesOfCadre, cadre.id, args);
  }
}
