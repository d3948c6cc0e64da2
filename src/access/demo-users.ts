import type { AppConfig } from '../app/config';
import type { Em } from '../app/orm';
import { resolveGrantSpec, type GrantSpec } from './grants';
import { signOwnToken } from './own-tokens';
import { loadTokenKey } from './token-secret';
import { addUser } from './users.service';
import { User } from './user.entity';

export interface DemoUser {
  readonly login: string;
  readonly description: string;
  readonly token: string;
}

const DEMO_TOKEN_SECONDS = 8 * 3600;

/** The first demo user: its presence says the database holds the demo office. */
export const DEMO_ADMIN_LOGIN = 'tinh.admin';

/** The demo office's three people: the province in force (Tỉnh Lào Cai, 15) and one commune with cadres (Xã Bảo Thắng, 02905). */
const DEMO_USERS: readonly { login: string; description: string; grant: GrantSpec }[] = [
  {
    login: DEMO_ADMIN_LOGIN,
    description: 'quản trị Tỉnh Lào Cai (mã 15), có dữ liệu cá nhân và đồng bộ',
    grant: { role: 'admin', scopeCode: '15', personalData: true, sync: true },
  },
  {
    login: 'xa.editor',
    description: 'biên tập Xã Bảo Thắng (mã 02905), có dữ liệu cá nhân',
    grant: { role: 'editor', scopeCode: '02905', personalData: true, sync: false },
  },
  {
    login: 'xa.viewer',
    description: 'chỉ xem Xã Bảo Thắng (mã 02905), không có dữ liệu cá nhân',
    grant: { role: 'viewer', scopeCode: '02905', personalData: false, sync: false },
  },
];

/**
 * On the embedded default (SQLite) only — a PostgreSQL deployment gets no well-known logins —
 * creates the demo users if they are missing and returns an 8-hour token for each. Call it
 * after the demo data is loaded: the scopes are the demo's codes.
 */
export async function ensureDemoUsers(em: Em, config: AppConfig): Promise<DemoUser[]> {
  if (config.databaseKind !== 'sqlite' || config.authMode === 'off') return [];
  const key = loadTokenKey(config);
  const users: DemoUser[] = [];
  for (const demo of DEMO_USERS) {
    if (!(await em.count(User, { login: demo.login }))) await addUser(em, demo.login, [await resolveGrantSpec(em, demo.grant)]);
    const user = await em.findOneOrFail(User, { login: demo.login });
    const token = await signOwnToken(key, {
      login: demo.login,
      userId: user.id,
      lifetimeSeconds: DEMO_TOKEN_SECONDS,
      validAfter: user.tokensValidAfter,
    });
    users.push({ login: demo.login, description: demo.description, token });
  }
  return users;
}

/**
 * The tokens for a newcomer, on stdout and never through the logger (which must not carry a
 * token): each with a curl line that works as pasted.
 */
export function printDemoUsers(
  users: readonly DemoUser[],
  graphqlUrl: string,
  write: (text: string) => void = (t) => process.stdout.write(t),
): void {
  if (users.length === 0) return;
  const lines = ['', 'Người dùng mẫu (demo users), token 8 giờ — header "Authorization: Bearer <token>" (in the Sandbox: Headers):', ''];
  for (const user of users) {
    lines.push(`  ${user.login}: ${user.description}`);
    lines.push(
      `    curl -s ${graphqlUrl} -H 'content-type: application/json' -H 'authorization: Bearer ${user.token}' -d '{"query":"{ cadres { totalCount } }"}'`,
    );
  }
  lines.push('', 'Token mới: hoso token <login> --expires 8h', '');
  write(lines.join('\n'));
}
