import { Migration } from '@mikro-orm/migrations';

export class Migration20261203131000_access extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "api_key" ("id" serial primary key, "name" varchar(100) not null, "prefix" varchar(20) not null, "secret_hash" varchar(64) not null, "created_at" timestamptz not null, "last_used_at" timestamptz null, "revoked_at" timestamptz null);`);
    this.addSql(`alter table "api_key" add constraint "api_key_name_unique" unique ("name");`);
    this.addSql(`alter table "api_key" add constraint "api_key_prefix_unique" unique ("prefix");`);

    this.addSql(`create table "app_user" ("id" serial primary key, "login" varchar(100) not null, "display_name" varchar(200) null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "tokens_valid_after" timestamptz not null);`);
    this.addSql(`alter table "app_user" add constraint "app_user_login_unique" unique ("login");`);

    this.addSql(`create table "access_grant" ("id" serial primary key, "user_id" int null, "api_key_id" int null, "role" text check ("role" in ('viewer', 'editor', 'admin')) not null, "locality_id" int null, "unit_id" int null, "personal_data" boolean not null default false, "sync" boolean not null default false);`);
    this.addSql(`create index "access_grant_user_id_index" on "access_grant" ("user_id");`);
    this.addSql(`create index "access_grant_api_key_id_index" on "access_grant" ("api_key_id");`);
    this.addSql(`create index "access_grant_locality_id_index" on "access_grant" ("locality_id");`);
    this.addSql(`create index "access_grant_unit_id_index" on "access_grant" ("unit_id");`);

    this.addSql(`alter table "access_grant" add constraint "access_grant_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "access_grant" add constraint "access_grant_api_key_id_foreign" foreign key ("api_key_id") references "api_key" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "access_grant" add constraint "access_grant_locality_id_foreign" foreign key ("locality_id") references "locality" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "access_grant" add constraint "access_grant_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "audit_entry" alter column "action" type varchar(20) using ("action"::varchar(20));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "access_grant" drop constraint "access_grant_api_key_id_foreign";`);

    this.addSql(`alter table "access_grant" drop constraint "access_grant_user_id_foreign";`);

    this.addSql(`drop table if exists "api_key" cascade;`);

    this.addSql(`drop table if exists "app_user" cascade;`);

    this.addSql(`drop table if exists "access_grant" cascade;`);

    this.addSql(`alter table "audit_entry" alter column "action" type varchar(10) using ("action"::varchar(10));`);
  }

}
