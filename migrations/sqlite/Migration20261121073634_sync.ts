import { Migration } from '@mikro-orm/migrations';

export class Migration20261121073634_sync extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`sync_binding\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`spreadsheet_id\` text not null, \`title\` text null, \`tabs\` json not null, \`conflict_policy\` text not null default 'manual', \`sheet_row_deleted\` text not null default 'flag', \`record_deleted\` text not null default 'mark', \`state\` json null, \`last_run_at\` datetime null);`);
    this.addSql(`create unique index \`sync_binding_spreadsheet_id_unique\` on \`sync_binding\` (\`spreadsheet_id\`);`);

    this.addSql(`create table \`sync_flag\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`binding_id\` integer not null, \`table_name\` text not null, \`record_id\` integer not null, constraint \`sync_flag_binding_id_foreign\` foreign key(\`binding_id\`) references \`sync_binding\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`sync_flag_binding_id_index\` on \`sync_flag\` (\`binding_id\`);`);
    this.addSql(`create unique index \`sync_flag_binding_id_table_name_record_id_unique\` on \`sync_flag\` (\`binding_id\`, \`table_name\`, \`record_id\`);`);

    this.addSql(`create table \`sync_lease\` (\`binding_id\` integer not null, \`holder\` text not null, \`expires_at\` double not null, primary key (\`binding_id\`));`);

    this.addSql(`create table \`sync_run\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`binding_id\` integer not null, \`started_at\` datetime not null, \`finished_at\` datetime not null, \`dry_run\` integer not null, \`actor\` text not null, \`outcome\` text not null, \`conflicts\` integer not null, \`cell_errors\` integer not null, \`issues\` integer not null, \`api_calls\` integer not null, \`error\` text null, \`summary\` json null, constraint \`sync_run_binding_id_foreign\` foreign key(\`binding_id\`) references \`sync_binding\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`sync_run_binding_id_index\` on \`sync_run\` (\`binding_id\`);`);
    this.addSql(`create index \`sync_run_binding_id_started_at_index\` on \`sync_run\` (\`binding_id\`, \`started_at\`);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`sync_run\`;`);
    this.addSql(`drop table if exists \`sync_lease\`;`);
    this.addSql(`drop table if exists \`sync_flag\`;`);
    this.addSql(`drop table if exists \`sync_binding\`;`);
  }
}
