// The same statements run on both databases (a recursive CTE and UPDATE ... FROM, SQLite 3.33+).
export { Migration20261207120000_repair_tree_paths } from '../postgresql/Migration20261207120000_repair_tree_paths';
