import { OptionalProps, Entity, Enum, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Locality } from '../localities/locality.entity';
import { Unit } from '../units/unit.entity';
import type { Role } from './access.types';
import { ApiKey } from './api-key.entity';
import { User } from './user.entity';

/**
 * A role over a scope, held by a user or an API key (exactly one of the two). The scope is the
 * root when both `locality` and `unit` are null, else the subtree of the one that is set.
 */
@Entity({ tableName: 'access_grant' })
export class AccessGrant {
  [OptionalProps]?: 'personalData' | 'sync' | 'user' | 'apiKey' | 'locality' | 'unit';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => User, { ref: true, nullable: true, index: true, deleteRule: 'cascade' })
  user?: Ref<User> | null;

  @ManyToOne(() => ApiKey, { ref: true, nullable: true, index: true, deleteRule: 'cascade' })
  apiKey?: Ref<ApiKey> | null;

  @Enum({ items: ['viewer', 'editor', 'admin'] })
  role!: Role;

  // A grant keeps its place in the tree from being deleted: remove the grant first.
  @ManyToOne(() => Locality, { ref: true, nullable: true, index: true, deleteRule: 'restrict' })
  locality?: Ref<Locality> | null;

  @ManyToOne(() => Unit, { ref: true, nullable: true, index: true, deleteRule: 'restrict' })
  unit?: Ref<Unit> | null;

  @Property({ type: 'boolean', default: false })
  personalData: boolean = false;

  @Property({ type: 'boolean', default: false })
  sync: boolean = false;
}
