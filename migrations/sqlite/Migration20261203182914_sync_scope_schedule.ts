import { Migration } from '@mikro-orm/migrations';

/**
 * A binding's scope (a locality or unit subtree, as a grant's) and its schedule. SQLite cannot add
 * a column with a foreign key in place, so the table is rebuilt as the entities describe it.
 */
export class Migration20261203182914_sync_scope_schedule extends Migration {

  override async up(): Promise<void> {
    this.addSql(`pragma foreign_keys = off;`);
    this.addSql(`create table \`sync_binding__temp_alter\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`spreadsheet_id\` text not null, \`title\` text null, \`tabs\` json not null, \`locality_id\` integer null, \`unit_id\` integer null, \`schedule\` text null, \`scheduled_by\` text null, \`conflict_policy\` text not null default 'manual', \`sheet_row_deleted\` text not null default 'flag', \`record_deleted\` text not null default 'mark', \`state\` json null, \`last_run_at\` datetime null, constraint \`sync_binding_locality_id_foreign\` foreign key(\`locality_id\`) references \`locality\`(\`id\`) on delete restrict on update cascade, constraint \`sync_binding_unit_id_foreign\` foreign key(\`unit_id\`) references \`unit\`(\`id\`) on delete restrict on update cascade);`);
    this.addSql(`insert into \`sync_binding__temp_alter\` (\`id\`, \`created_at\`, \`updated_at\`, \`spreadsheet_id\`, \`title\`, \`tabs\`, \`conflict_policy\`, \`sheet_row_deleted\`, \`record_deleted\`, \`state\`, \`last_run_at\`) select \`id\`, \`created_at\`, \`updated_at\`, \`spreadsheet_id\`, \`title\`, \`tabs\`, \`conflict_policy\`, \`sheet_row_deleted\`, \`record_deleted\`, \`state\`, \`last_run_at\` from \`sync_binding\`;`);
    this.addSql(`drop table \`sync_binding\`;`);
    this.addSql(`alter table \`sync_binding__temp_alter\` rename to \`sync_binding\`;`);
    this.addSql(`create unique index \`sync_binding_spreadsheet_id_unique\` on \`sync_binding\` (\`spreadsheet_id\`);`);
    this.addSql(`create index \`sync_binding_locality_id_index\` on \`sync_binding\` (\`locality_id\`);`);
    this.addSql(`create index \`sync_binding_unit_id_index\` on \`sync_binding\` (\`unit_id\`);`);
    this.addSql(`pragma foreign_keys = on;`);
  }

}
