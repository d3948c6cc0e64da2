import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../common/db/base.entity';
import { Node } from '../common/graphql/node.interface';
import { UnitBlock, UnitKind } from '../common/code-lists';
import { Locality } from '../localities/locality.entity';

/** An agency or office (cơ quan, đơn vị): a party committee, a people's committee, a department... */
@ObjectType({ implements: Node, description: 'Cơ quan, đơn vị.' })
// A locality's page of units in the default order (nested `localities → units`), read off the index.
@Index({ name: 'unit_locality_page_index', properties: ['locality', 'nameSort', 'id'] })
@Entity({ tableName: 'unit' })
export class Unit extends BaseEntity {
  @Field(() => String, { nullable: true, description: 'The office’s own code for the unit, unique when given.' })
  @Property({ type: 'string', length: 50, nullable: true, unique: true })
  code?: string | null;

  @Field()
  @Property({ type: 'string', length: 300 })
  name!: string;

  @Index()
  @Property({ type: 'string', length: 300 })
  nameSearch!: string;

  @Index()
  @Property({ type: 'string', length: 900 })
  nameSort!: string;

  @Field(() => UnitBlock)
  @Enum({ items: () => UnitBlock })
  block!: UnitBlock;

  @Field(() => UnitKind)
  @Enum({ items: () => UnitKind })
  kind!: UnitKind;

  @ManyToOne(() => Locality, { index: true, ref: true, deleteRule: 'restrict' })
  locality!: Ref<Locality>;

  @ManyToOne(() => Unit, { index: true, ref: true, nullable: true, deleteRule: 'restrict' })
  parent?: Ref<Unit> | null;

  /** Materialised ancestry "/3/12/" of unit ids, for subtree queries. */
  @Index()
  @Property({ type: 'string', length: 500 })
  path!: string;
}
