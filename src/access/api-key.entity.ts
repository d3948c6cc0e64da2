import { OptionalProps, Collection, Entity, OneToMany, PrimaryKey, Property } from '@mikro-orm/core';
import { AccessGrant } from './access-grant.entity';

/**
 * A machine's credential: `hoso_<prefix>_<secret>`. Only the prefix (to find the row) and the
 * SHA-256 of the secret are stored. Not audited by the subscriber: the row holds the hash, and
 * `lastUsedAt` moves all day; creating and revoking are what matters, and the CLI says so.
 */
@Entity({ tableName: 'api_key' })
export class ApiKey {
  static readonly audited = false;

  [OptionalProps]?: 'createdAt' | 'lastUsedAt' | 'revokedAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'string', length: 100, unique: true })
  name!: string;

  /** Public, shown in lists and logs and used as the audit actor of a failed sign-in. */
  @Property({ type: 'string', length: 20, unique: true })
  prefix!: string;

  /** Hex SHA-256 of the secret part. */
  @Property({ type: 'string', length: 64 })
  secretHash!: string;

  @Property({ type: 'datetime', onCreate: () => new Date() })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  lastUsedAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date | null;

  @OneToMany(() => AccessGrant, (grant) => grant.apiKey, { orphanRemoval: true })
  grants = new Collection<AccessGrant>(this);
}
