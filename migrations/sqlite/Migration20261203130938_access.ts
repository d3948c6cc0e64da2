import { Migration } from '@mikro-orm/migrations';

export class Migration20261203130938_access extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`api_key\` (\`id\` integer not null primary key autoincrement, \`name\` text not null, \`prefix\` text not null, \`secret_hash\` text not null, \`created_at\` datetime not null, \`last_used_at\` datetime null, \`revoked_at\` datetime null);`);
    this.addSql(`create unique index \`api_key_name_unique\` on \`api_key\` (\`name\`);`);
    this.addSql(`create unique index \`api_key_prefix_unique\` on \`api_key\` (\`prefix\`);`);

    this.addSql(`create table \`app_user\` (\`id\` integer not null primary key autoincrement, \`login\` text not null, \`display_name\` text null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`tokens_valid_after\` datetime not null);`);
    this.addSql(`create unique index \`app_user_login_unique\` on \`app_user\` (\`login\`);`);

    this.addSql(`create table \`access_grant\` (\`id\` integer not null primary key autoincrement, \`user_id\` integer null, \`api_key_id\` integer null, \`role\` text check (\`role\` in ('viewer', 'editor', 'admin')) not null, \`locality_id\` integer null, \`unit_id\` integer null, \`personal_data\` integer not null default false, \`sync\` integer not null default false, constraint \`access_grant_user_id_foreign\` foreign key(\`user_id\`) references \`app_user\`(\`id\`) on delete cascade on update cascade, constraint \`access_grant_api_key_id_foreign\` foreign key(\`api_key_id\`) references \`api_key\`(\`id\`) on delete cascade on update cascade, constraint \`access_grant_locality_id_foreign\` foreign key(\`locality_id\`) references \`locality\`(\`id\`) on delete restrict on update cascade, constraint \`access_grant_unit_id_foreign\` foreign key(\`unit_id\`) references \`unit\`(\`id\`) on delete restrict on update cascade);`);
    this.addSql(`create index \`access_grant_user_id_index\` on \`access_grant\` (\`user_id\`);`);
    this.addSql(`create index \`access_grant_api_key_id_index\` on \`access_grant\` (\`api_key_id\`);`);
    this.addSql(`create index \`access_grant_locality_id_index\` on \`access_grant\` (\`locality_id\`);`);
    this.addSql(`create index \`access_grant_unit_id_index\` on \`access_grant\` (\`unit_id\`);`);
  }

}
