import type { Em } from '../app/orm';
import { BadUserInputError, NotFoundError } from '../common/errors/errors';
import type { Grant } from './access.types';
import { AccessGrant } from './access-grant.entity';
import { grantOf, grantRowData, newGrants } from './grants';
import { signOwnToken } from './own-tokens';
import { User } from './user.entity';

/** Logins are typed in commands and read in audit rows: letters, digits and `. _ @ -`. */
const LOGIN = /^[A-Za-z0-9][A-Za-z0-9._@-]{0,99}$/;

/**
 * The next whole second, strictly after now: `iat` has whole seconds, so every token issued
 * before has a smaller `iat`, and one issued after gets this one (signOwnToken).
 */
export function nextWholeSecond(now: Date = new Date()): Date {
  return new Date(Math.floor(now.getTime() / 1000) * 1000 + 1000);
}

async function findUser(em: Em, login: string): Promise<User> {
  const user = await em.findOne(User, { login }, { populate: ['grants'] });
  if (!user) throw new NotFoundError('Người dùng', login);
  return user;
}

/** Creates the user, or adds to an existing user's grants; returns how many grants were new. */
export async function addUser(
  em: Em,
  login: string,
  grants: readonly Grant[],
  displayName?: string,
): Promise<{ created: boolean; added: number }> {
  if (!LOGIN.test(login)) {
    throw new BadUserInputError([
      { field: 'login', message: `Tên đăng nhập "${login}" chỉ gồm chữ không dấu, số và . _ @ - (tối đa 100 ký tự)` },
    ]);
  }
  const existing: User | null = await em.findOne(User, { login }, { populate: ['grants'] });
  const user = existing ?? em.create(User, { login, displayName: displayName ?? null, tokensValidAfter: nextWholeSecond() });
  const created = !existing;
  if (existing && displayName !== undefined) user.displayName = displayName;
  const added = newGrants(user.grants.getItems().map(grantOf), grants);
  for (const grant of added) user.grants.add(em.create(AccessGrant, { ...grantRowData(em, grant), user }));
  await em.flush();
  return { created, added: added.length };
}

export async function removeUser(em: Em, login: string): Promise<void> {
  em.remove(await findUser(em, login));
  await em.flush();
}

/** Every token issued so far stops working; tokens issued from now on work. */
export async function revokeUserTokens(em: Em, login: string): Promise<void> {
  const user = await findUser(em, login);
  // Past every `iat` issued so far, which may itself be this second's successor (signOwnToken).
  const afterLast = new Date(user.tokensValidAfter.getTime() + 1000);
  const next = nextWholeSecond();
  user.tokensValidAfter = next > afterLast ? next : afterLast;
  await em.flush();
}

export interface UserListing {
  readonly login: string;
  readonly displayName: string | null;
  readonly grants: readonly Grant[];
}

export async function listUsers(em: Em): Promise<UserListing[]> {
  const users = await em.find(User, {}, { populate: ['grants'], orderBy: { login: 'asc' } });
  return users.map((u) => ({ login: u.login, displayName: u.displayName ?? null, grants: u.grants.getItems().map(grantOf) }));
}

/** A signed token for an existing user. */
export async function issueUserToken(em: Em, key: Uint8Array, login: string, lifetimeSeconds: number): Promise<string> {
  const user = await em.findOne(User, { login });
  if (!user) throw new NotFoundError('Người dùng', login);
  return signOwnToken(key, { login: user.login, userId: user.id, lifetimeSeconds, validAfter: user.tokensValidAfter });
}
