import { userInfo } from 'node:os';
import { type Command, InvalidArgumentError, Option } from 'commander';
import type { AppConfig } from '../app/config';
import { forkFor, migrate, type Em, type Orm } from '../app/orm';
import { type Grant, ROLES } from './access.types';
import { addApiKey, listApiKeys, revokeApiKey } from './api-keys.service';
import { formatGrant, grantSpecsFromOptions, resolveGrantSpec } from './grants';
import { parseDuration } from './own-tokens';
import { describeScopes } from './scope-resolution';
import { loadTokenKey } from './token-secret';
import { addUser, issueUserToken, listUsers, removeUser, revokeUserTokens } from './users.service';

type WithOrm = <T>(action: (orm: Orm, config: AppConfig) => Promise<T>) => Promise<T>;

interface GrantOptions {
  role: string;
  scope: string;
  personalData?: boolean;
  sync?: boolean;
}

function duration(value: string): number {
  const seconds = parseDuration(value);
  if (seconds === undefined) throw new InvalidArgumentError('expected e.g. 30m, 8h, 7d (at most 366d)');
  return seconds;
}

/** The audit log names who ran the command. */
function cliEm(orm: Orm): Em {
  let user = 'cli';
  try {
    user = userInfo().username;
  } catch {
    // No user database entry (some containers).
  }
  return forkFor(orm, { actor: `cli:${user}`, source: 'cli' });
}

function withGrantOptions(command: Command): Command {
  return command
    .addOption(new Option('--role <role>', 'role').choices(ROLES).makeOptionMandatory())
    .requiredOption('--scope <codes>', 'comma-separated: locality code (in force), unit code, global id, or root')
    .option('--personal-data', 'may read CCCD, religion, ethnicity... inside the scope')
    .option('--sync', 'may run and resolve syncs of bindings inside the scope');
}

/** Every command migrates first (the access tables may be new) and acts as the person at the terminal. */
function withCliEm<T>(withOrm: WithOrm, action: (em: Em, config: AppConfig) => Promise<T>): Promise<T> {
  return withOrm(async (orm, config) => {
    await migrate(orm);
    return action(cliEm(orm), config);
  });
}

/** Resolves the grants (refusing a bad role or scope before anything is written), then acts. */
function withGrants<T>(withOrm: WithOrm, options: GrantOptions, action: (em: Em, grants: Grant[]) => Promise<T>): Promise<T> {
  const specs = grantSpecsFromOptions(options);
  return withCliEm(withOrm, async (em) => {
    const grants: Grant[] = [];
    for (const spec of specs) grants.push(await resolveGrantSpec(em, spec));
    return action(em, grants);
  });
}

/** Prints holders and their grants as a table, with the scopes' names, or `empty` when there are none. */
function printListing<T extends { grants: readonly Grant[] }>(
  withOrm: WithOrm,
  load: (em: Em) => Promise<T[]>,
  header: string[],
  rows: (item: T, grant: (g: Grant) => string) => string[][],
  empty: string,
): Promise<void> {
  return withCliEm(withOrm, async (em) => {
    const items = await load(em);
    const name = await describeScopes(
      em,
      items.flatMap((item) => item.grants.map((g) => g.scope)),
    );
    console.log(items.length ? table([header, ...items.flatMap((item) => rows(item, (g) => formatGrant(g, name)))]) : empty);
  });
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows
    .map((row) =>
      row
        .map((cell, column) => cell.padEnd(widths[column]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** `hoso users …`, `hoso token …`, `hoso apikey …`: hoso's own users and machine keys. */
export function registerAccessCommands(program: Command, withOrm: WithOrm): void {
  const users = program.command('users').description("hoso's own users (offices without an OpenID Connect provider)");

  withGrantOptions(users.command('add <login>').description('create a user, or add grants to an existing one'))
    .option('--name <displayName>', 'display name')
    .action((login: string, options: GrantOptions & { name?: string }) =>
      withGrants(withOrm, options, async (em, grants) => {
        const { created, added } = await addUser(em, login, grants, options.name);
        console.error(created ? `Đã tạo người dùng ${login} với ${added} quyền.` : `Đã thêm ${added} quyền cho ${login}.`);
      }),
    );

  users
    .command('list')
    .description('users and their grants')
    .action(() =>
      printListing(
        withOrm,
        listUsers,
        ['login', 'grants'],
        (u, grant) => (u.grants.length ? u.grants.map(grant) : ['(không có quyền)']).map((g, i) => [i === 0 ? u.login : '', g]),
        'Chưa có người dùng nào (hoso users add <login> ...).',
      ),
    );

  users
    .command('remove <login>')
    .description('remove a user; their tokens stop working at once')
    .action((login: string) =>
      withCliEm(withOrm, async (em) => {
        await removeUser(em, login);
        console.error(`Đã xóa người dùng ${login}.`);
      }),
    );

  program
    .command('token <login>')
    .description('print a signed token for a user (TOKEN=$(hoso token <login>))')
    .option('--expires <duration>', 'lifetime, e.g. 30m, 8h, 7d', duration, 8 * 3600)
    .option('--revoke-all', 'revoke every token issued to the user so far (prints no token)')
    .action((login: string, options: { expires: number; revokeAll?: boolean }) =>
      withCliEm(withOrm, async (em, config) => {
        if (options.revokeAll) {
          await revokeUserTokens(em, login);
          console.error(`Đã thu hồi mọi token của ${login}.`);
          return;
        }
        process.stdout.write(`${await issueUserToken(em, loadTokenKey(config), login, options.expires)}\n`);
      }),
    );

  const apikey = program.command('apikey').description('API keys for machines');

  withGrantOptions(apikey.command('add <name>').description('create a key (printed once: store it now)')).action(
    (name: string, options: GrantOptions) =>
      withGrants(withOrm, options, async (em, grants) => {
        process.stdout.write(`${await addApiKey(em, name, grants)}\n`);
        console.error('Khóa chỉ hiện một lần: hãy lưu lại ngay (hoso stores only its hash).');
      }),
  );

  apikey
    .command('list')
    .description('keys, their grants, last use')
    .action(() =>
      printListing(
        withOrm,
        listApiKeys,
        ['name', 'key', 'status', 'last used', 'grants'],
        (k, grant) => [
          [
            k.name,
            `hoso_${k.prefix}_…`,
            k.revokedAt ? `thu hồi ${k.revokedAt.toISOString()}` : 'hiệu lực',
            k.lastUsedAt?.toISOString() ?? '-',
            k.grants.map(grant).join('; '),
          ],
        ],
        'Chưa có khóa API nào.',
      ),
    );

  apikey
    .command('revoke <name>')
    .description('revoke a key; it stops working at once')
    .action((name: string) =>
      withCliEm(withOrm, async (em) => {
        await revokeApiKey(em, name);
        console.error(`Đã thu hồi khóa API ${name}.`);
      }),
    );
}
