import { OptionalProps, Collection, Entity, OneToMany, PrimaryKey, Property } from '@mikro-orm/core';
import { AccessGrant } from './access-grant.entity';

/** One of hoso's own users (offices without an OpenID Connect provider): a login, and grants. */
@Entity({ tableName: 'app_user' })
export class User {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'displayName';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'string', length: 100, unique: true })
  login!: string;

  @Property({ type: 'string', length: 200, nullable: true })
  displayName?: string | null;

  @Property({ type: 'datetime', onCreate: () => new Date() })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', onCreate: () => new Date(), onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  /**
   * Tokens issued (`iat`) before this instant are refused: `hoso token --revoke-all` moves it to
   * now. Whole seconds, because `iat` is; a re-created login starts here too, so a removed
   * user's old tokens never come back to life.
   */
  @Property({ type: 'datetime' })
  tokensValidAfter!: Date;

  @OneToMany(() => AccessGrant, (grant) => grant.user, { orphanRemoval: true })
  grants = new Collection<AccessGrant>(this);
}
