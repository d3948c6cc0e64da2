import { Migration } from '@mikro-orm/migrations';

/**
 * Rewrites every locality's and unit's materialised path from its `parent_id` chain. Before
 * tree-path.ts read the parent's path inside the writing transaction, a concurrent move could
 * leave a child's path stale, and the scope cut, which reads paths, then put the child and
 * everything on it outside its parent's subtree. Rows in a parent cycle (which two crossing
 * moves could make) are reached from no root and keep their path. The SQLite migration of the
 * same name re-exports this one: the statements are the same on both databases.
 */
export class Migration20261207120000_repair_tree_paths extends Migration {
  override async up(): Promise<void> {
    for (const table of ['locality', 'unit']) {
      this.addSql(`with recursive "tree" ("id", "path") as (
  select "id", '/' || "id" || '/' from "${table}" where "parent_id" is null
  union all
  select "child"."id", "tree"."path" || "child"."id" || '/' from "${table}" as "child" join "tree" on "child"."parent_id" = "tree"."id"
)
update "${table}" set "path" = "tree"."path" from "tree" where "${table}"."id" = "tree"."id" and "${table}"."path" <> "tree"."path";`);
    }
  }

  override async down(): Promise<void> {
    // Nothing to undo: the paths it rewrote were wrong.
  }
}
