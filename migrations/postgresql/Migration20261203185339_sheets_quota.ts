import { Migration } from '@mikro-orm/migrations';

export class Migration20261203185339_sheets_quota extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "sheets_quota_call" ("id" serial primary key, "kind" varchar(5) not null, "at" double precision not null);`);
    this.addSql(`create index "sheets_quota_call_kind_at_index" on "sheets_quota_call" ("kind", "at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "sheets_quota_call" cascade;`);
  }

}
