import { Migration } from '@mikro-orm/migrations';

export class Migration20261203182928_sync_scope_schedule extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "sync_binding" add column "locality_id" int null, add column "unit_id" int null, add column "schedule" varchar(100) null, add column "scheduled_by" varchar(200) null;`);
    this.addSql(`alter table "sync_binding" add constraint "sync_binding_locality_id_foreign" foreign key ("locality_id") references "locality" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "sync_binding" add constraint "sync_binding_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete restrict;`);
    this.addSql(`create index "sync_binding_locality_id_index" on "sync_binding" ("locality_id");`);
    this.addSql(`create index "sync_binding_unit_id_index" on "sync_binding" ("unit_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "sync_binding" drop constraint "sync_binding_locality_id_foreign";`);
    this.addSql(`alter table "sync_binding" drop constraint "sync_binding_unit_id_foreign";`);

    this.addSql(`drop index "sync_binding_locality_id_index";`);
    this.addSql(`drop index "sync_binding_unit_id_index";`);
    this.addSql(`alter table "sync_binding" drop column "locality_id", drop column "unit_id", drop column "schedule", drop column "scheduled_by";`);
  }

}
