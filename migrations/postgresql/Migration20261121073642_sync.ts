import { Migration } from '@mikro-orm/migrations';

export class Migration20261121073642_sync extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "sync_binding" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "spreadsheet_id" varchar(200) not null, "title" varchar(300) null, "tabs" jsonb not null, "conflict_policy" varchar(20) not null default 'manual', "sheet_row_deleted" varchar(20) not null default 'flag', "record_deleted" varchar(20) not null default 'mark', "state" jsonb null, "last_run_at" timestamptz null);`);
    this.addSql(`alter table "sync_binding" add constraint "sync_binding_spreadsheet_id_unique" unique ("spreadsheet_id");`);

    this.addSql(`create table "sync_flag" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "binding_id" int not null, "table_name" varchar(50) not null, "record_id" int not null);`);
    this.addSql(`alter table "sync_flag" add constraint "sync_flag_binding_id_table_name_record_id_unique" unique ("binding_id", "table_name", "record_id");`);

    this.addSql(`create table "sync_lease" ("binding_id" int not null, "holder" varchar(200) not null, "expires_at" double precision not null, constraint "sync_lease_pkey" primary key ("binding_id"));`);

    this.addSql(`create table "sync_run" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "binding_id" int not null, "started_at" timestamptz not null, "finished_at" timestamptz not null, "dry_run" boolean not null, "actor" varchar(200) not null, "outcome" varchar(20) not null, "conflicts" int not null, "cell_errors" int not null, "issues" int not null, "api_calls" int not null, "error" text null, "summary" jsonb null);`);
    this.addSql(`create index "sync_run_binding_id_started_at_index" on "sync_run" ("binding_id", "started_at");`);

    this.addSql(`alter table "sync_flag" add constraint "sync_flag_binding_id_foreign" foreign key ("binding_id") references "sync_binding" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "sync_run" add constraint "sync_run_binding_id_foreign" foreign key ("binding_id") references "sync_binding" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "sync_flag" drop constraint "sync_flag_binding_id_foreign";`);

    this.addSql(`alter table "sync_run" drop constraint "sync_run_binding_id_foreign";`);

    this.addSql(`drop table if exists "sync_binding" cascade;`);

    this.addSql(`drop table if exists "sync_flag" cascade;`);

    this.addSql(`drop table if exists "sync_lease" cascade;`);

    this.addSql(`drop table if exists "sync_run" cascade;`);
  }

}
