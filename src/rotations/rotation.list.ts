import { Field, ID, InputType } from 'type-graphql';
import { LocalDateResolver } from '../common/graphql/scalars';
import { RotationDirection, RotationKind } from '../common/code-lists';
import type { ListSpec, ParentLink } from '../common/db/list-query';
import { whereAnyOf } from '../common/db/sql-filters';
import { databaseIdOf } from '../common/graphql/ids';
import { listArgsType } from '../common/graphql/ordering';
import { Rotation } from './rotation.entity';

@InputType()
export class RotationFilter {
  @Field(() => ID, { nullable: true })
  cadreId?: string;

  @Field(() => [RotationKind], { nullable: true })
  kind?: RotationKind[];

  @Field(() => [RotationDirection], { nullable: true })
  direction?: RotationDirection[];

  @Field(() => ID, { nullable: true, description: 'Rotated out of this unit.' })
  fromUnitId?: string;

  @Field(() => ID, { nullable: true, description: 'Rotated into this unit.' })
  toUnitId?: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Starting on or after.' })
  startFrom?: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Starting on or before.' })
  startTo?: string;
}

export enum RotationOrderField {
  START_DATE = 'START_DATE',
  END_DATE = 'END_DATE',
  CREATED_AT = 'CREATED_AT',
}
export const RotationListArgs = listArgsType('Rotation', RotationFilter, RotationOrderField, 'Default: latest start first.');

export const rotationList: ListSpec<Rotation, RotationFilter, RotationOrderField> = {
  entity: Rotation,
  orderFields: {
    [RotationOrderField.START_DATE]: ['t.start_date'],
    // A rotation still running ends after every finished one.
    [RotationOrderField.END_DATE]: ["coalesce(t.end_date, '9999-12-31')"],
    [RotationOrderField.CREATED_AT]: ['t.created_at'],
  },
  defaultOrder: [{ field: RotationOrderField.START_DATE, direction: 'DESC' }],
  applyFilter: (qb, filter) => {
    if (filter.cadreId) qb.where('t.cadre_id', databaseIdOf(filter.cadreId, 'Cadre', 'filter.cadreId'));
    whereAnyOf(qb, 't.kind', filter.kind);
    whereAnyOf(qb, 't.direction', filter.direction);
    if (filter.fromUnitId) qb.where('t.from_unit_id', databaseIdOf(filter.fromUnitId, 'Unit', 'filter.fromUnitId'));
    if (filter.toUnitId) qb.where('t.to_unit_id', databaseIdOf(filter.toUnitId, 'Unit', 'filter.toUnitId'));
    if (filter.startFrom) qb.where('t.start_date', '>=', filter.startFrom);
    if (filter.startTo) qb.where('t.start_date', '<=', filter.startTo);
  },
};

export const rotationsOfCadre: ParentLink = { name: 'cadre', parentKey: 't.cadre_id' };
