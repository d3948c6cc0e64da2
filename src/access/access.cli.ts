import { userInfo } from 'node:os';
import { type Command, InvalidArgumentError, Option } from 'commander';
import type { AppConfig } from '../app/config';
import { forkFor, migrate, type Em, type Orm } from '../app/orm';
import { ROLES } from './access.types';
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

/** Migrates (the tables may be new), resolves the grants, then acts. */
async function withGrants<T>(
  withOrm: WithOrm,
  options: GrantOptions,
  action: (em: Em, grants: Awaited<ReturnType<typeof resolveGrantSpec>>[]) => Promise<T>,
): Promise<T> {
  const specs = grantSpecsFromOptions(options);
  return withOrm(async (orm) => {
    await migrate(orm);
    const em = cliEm(orm);
    const grants = [];
    for (const spec of specs) grants.push(await resolveGrantSpec(em, spec));
    return action(em, grants);
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
      withOrm(async (orm) => {
        await migrate(orm);
        const em = cliEm(orm);
        const listed = await listUsers(em);
        const name = await describeScopes(
          em,
          listed.flatMap((u) => u.grants.map((g) => g.scope)),
        );
        const rows = listed.flatMap((u) =>
          (u.grants.length ? u.grants : [undefined]).map((g, i) => [i === 0 ? u.login : '', g ? formatGrant(g, name) : '(không có quyền)']),
        );
        console.log(listed.length ? table([['login', 'grants'], ...rows]) : 'Chưa có người dùng nào (hoso users add <login> ...).');
      }),
    );

  users
    .command('remove <login>')
    .description('remove a user; their tokens stop working at once')
    .action((login: string) =>
      withOrm(async (orm) => {
        await migrate(orm);
        await removeUser(cliEm(orm), login);
        console.error(`Đã xóa người dùng ${login}.`);
      }),
    );

  program
    .command('token <login>')
    .description('print a signed token for a user (TOKEN=$(hoso token <login>))')
    .option('--expires <duration>', 'lifetime, e.g. 30m, 8h, 7d', duration, 8 * 3600)
    .option('--revoke-all', 'revoke every token issued to the user so far (prints no token)')
    .action((login: string, options: { expires: number; revokeAll?: boolean }) =>
      withOrm(async (orm, config) => {
        await migrate(orm);
        const em = cliEm(orm);
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
      withOrm(async (orm) => {
        await migrate(orm);
        const em = cliEm(orm);
        const keys = await listApiKeys(em);
        const name = await describeScopes(
          em,
          keys.flatMap((k) => k.grants.map((g) => g.scope)),
        );
        const rows = keys.map((k) => [
          k.name,
          `hoso_${k.prefix}_…`,
          k.revokedAt ? `thu hồi ${k.revokedAt.toISOString()}` : 'hiệu lực',
          k.lastUsedAt?.toISOString() ?? '-',
          k.grants.map((g) => formatGrant(g, name)).join('; '),
        ]);
        console.log(keys.length ? table([['name', 'key', 'status', 'last used', 'grants'], ...rows]) : 'Chưa có khóa API nào.');
      }),
    );

  apikey
    .command('revoke <name>')
    .description('revoke a key; it stops working at once')
    .action((name: string) =>
      withOrm(async (orm) => {
        await migrate(orm);
        await revokeApiKey(cliEm(orm), name);
        console.error(`Đã thu hồi khóa API ${name}.`);
      }),
    );
}
