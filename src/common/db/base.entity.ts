import { OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { toGlobalId } from '../graphql/global-id';
import type { Node } from '../graphql/node.interface';

/**
 * Columns every record has. The GraphQL `id` is the global id; the integer key stays
 * available as `databaseId` because offices quote it in sheets and letters.
 */

// Decorated so that its fields are inherited; never returned itself, so it is not in the schema.
/** Properties that `em.create` / `insertMany` need not be given; subclasses extend the union. */
export type BaseOptionalProps = 'createdAt' | 'updatedAt' | 'databaseId' | 'globalId';

@ObjectType('BaseEntity')
export abstract class BaseEntity<Optional extends string = never> implements Node {
  [OptionalProps]?: BaseOptionalProps | Optional;

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => DateTimeISOResolver)
  @Property({ type: 'datetime', onCreate: () => new Date() })
  createdAt: Date = new Date();

  @Field(() => DateTimeISOResolver)
  @Property({ type: 'datetime', onCreate: () => new Date(), onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  get databaseId(): number {
    return this.id;
  }

  get globalId(): string {
    return toGlobalId(this.constructor.name, this.id);
  }
}
