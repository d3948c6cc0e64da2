import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { LocalDateResolver } from '../common/graphql/scalars';
import { BaseEntity } from '../common/db/base.entity';
import { Node } from '../common/graphql/node.interface';
import { LocalityKind, LocalityLevel } from '../common/code-lists';

/**
 * An administrative unit (tỉnh, huyện, xã...). Both the pre-2025 three-level hierarchy and
 * the 2025 two-level one live in this table; `validFrom`/`validTo` and `mergedInto` say
 * which records are current. Codes are strings: leading zeros matter, and a new unit may
 * reuse the code of the one whose seat it took, so codes are unique only among current units.
 */
@ObjectType({ implements: Node, description: 'Đơn vị hành chính (tỉnh, huyện, xã...).' })
@Entity({ tableName: 'locality' })
export class Locality extends BaseEntity {
  @Field({ description: 'Official code (2 digits province, 3 district, 5 commune).' })
  @Index()
  @Property({ type: 'string', length: 10 })
  code!: string;

  @Field()
  @Property({ type: 'string', length: 200 })
  name!: string;

  /** Diacritic-free lower-case name, for search. */
  @Index()
  @Property({ type: 'string', length: 200 })
  nameSearch!: string;

  /** Vietnamese-order sort key ([0-9a-z] only, so both databases order it alike). */
  @Index()
  @Property({ type: 'string', length: 600 })
  nameSort!: string;

  @Field(() => LocalityLevel)
  @Enum({ items: () => LocalityLevel })
  level!: LocalityLevel;

  @Field(() => LocalityKind)
  @Enum({ items: () => LocalityKind })
  kind!: LocalityKind;

  @ManyToOne(() => Locality, { index: true, ref: true, nullable: true, deleteRule: 'restrict' })
  parent?: Ref<Locality> | null;

  /** Materialised ancestry "/1/7/42/" so subtree queries are one LIKE. Maintained by the service. */
  @Index()
  @Property({ type: 'string', length: 500 })
  path!: string;

  @ManyToOne(() => Locality, { index: true, ref: true, nullable: true, deleteRule: 'restrict' })
  mergedInto?: Ref<Locality> | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Date the unit came into being (e.g. 2025-07-01).' })
  @Property({ type: 'date', nullable: true })
  validFrom?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Date the unit ceased (merged, dissolved).' })
  @Property({ type: 'date', nullable: true })
  validTo?: string | null;
}
