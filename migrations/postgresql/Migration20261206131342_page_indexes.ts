import { Migration } from '@mikro-orm/migrations';

export class Migration20261206131342_page_indexes extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "unit_locality_page_index" on "unit" ("locality_id", "name_sort", "id");`);

    this.addSql(`create index "cadre_unit_page_index" on "cadre" ("unit_id", "name_sort", "id");`);

    this.addSql(`create index "enrollment_cadre_page_index" on "enrollment" ("cadre_id", "created_at", "id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "cadre_unit_page_index";`);

    this.addSql(`drop index "enrollment_cadre_page_index";`);

    this.addSql(`drop index "unit_locality_page_index";`);
  }

}
