import { Migration } from '@mikro-orm/migrations';

/**
 * Every committed change of what sign-in reads notifies `hoso_sign_in`, so that the servers'
 * sign-in caches (src/access/sign-in-cache.ts) forget what they kept. Statement-level: a flush
 * that writes a hundred grants sends one notification (PostgreSQL folds equal ones of a transaction).
 * An API key's `last_used_at`, written by sign-in itself about once a minute, does not notify.
 */
export class Migration20261206200000_sign_in_notify extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create function "hoso_sign_in_changed"() returns trigger language plpgsql as $$
begin
  perform pg_notify('hoso_sign_in', tg_table_name);
  return null;
end
$$;`);
    const trigger = (name: string, events: string, table: string) =>
      this.addSql(`create trigger "${name}" after ${events} on "${table}" for each statement execute function "hoso_sign_in_changed"();`);
    trigger('hoso_sign_in_changed', 'insert or update or delete or truncate', 'app_user');
    trigger('hoso_sign_in_changed', 'insert or update or delete or truncate', 'access_grant');
    trigger('hoso_sign_in_changed', 'insert or delete or truncate', 'api_key');
    trigger('hoso_sign_in_changed_update', 'update of "id", "name", "prefix", "secret_hash", "revoked_at"', 'api_key');
    trigger('hoso_sign_in_changed', 'update of "path" or delete or truncate', 'locality');
    trigger('hoso_sign_in_changed', 'update of "path" or delete or truncate', 'unit');
  }

  override async down(): Promise<void> {
    this.addSql(`drop function "hoso_sign_in_changed"() cascade;`);
  }
}
