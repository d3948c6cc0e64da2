import type { Principal } from '../../src/access/access.types';
import { Authenticator, type AuthenticatorOptions } from '../../src/access/authenticator';
import { UnauthenticatedError, type UnauthenticatedReason } from '../../src/access/unauthenticated.error';
import { AuditEntry } from '../../src/audit/audit-entry.entity';
import { forkFor, type Em } from '../../src/app/orm';
import { seedDemoData } from '../../src/seed/seed.service';
import { createTestDatabase, type TestDatabase } from '../support/database';

/** A fixed key, so that no test writes ./data/token-secret (the PostgreSQL suites have no SQLite folder of their own). */
export const TEST_TOKEN_SECRET = 'test-secret-of-at-least-thirty-two-bytes!';

export function createAccessDatabase(env: NodeJS.ProcessEnv = {}): Promise<TestDatabase> {
  return createTestDatabase({ HOSO_TOKEN_SECRET: TEST_TOKEN_SECRET, ...env });
}

/** The demo geography (new Tỉnh Lào Cai 15, former Tỉnh Yên Bái 15, Xã Bảo Thắng 02905...) with few cadres, for speed. */
export async function seedSmallDemo(db: TestDatabase): Promise<void> {
  await seedDemoData(forkFor(db.orm, { actor: 'test', source: 'test' }), { cadres: 40 });
}

export function testEm(db: TestDatabase): Em {
  return forkFor(db.orm, { actor: 'test', source: 'test' });
}

export function authenticatorFor(db: TestDatabase, options?: AuthenticatorOptions): Authenticator {
  return new Authenticator(db.orm, db.config, options);
}

/** The refusal a header gets: fails the test when it is let in, or refused otherwise than with UNAUTHENTICATED. */
export async function refusal(attempt: Promise<Principal>): Promise<UnauthenticatedError> {
  let principal: Principal;
  try {
    principal = await attempt;
  } catch (error) {
    expect(error).toBeInstanceOf(UnauthenticatedError);
    const refused = error as UnauthenticatedError;
    expect(refused.extensions).toMatchObject({ code: 'UNAUTHENTICATED', http: { status: 401 } });
    return refused;
  }
  throw new Error(`expected UNAUTHENTICATED, got the principal ${principal.name}`);
}

export async function refusedBecause(attempt: Promise<Principal>, reason: UnauthenticatedReason): Promise<UnauthenticatedError> {
  const error = await refusal(attempt);
  expect(error.reason).toBe(reason);
  return error;
}

export async function signInFailures(db: TestDatabase): Promise<AuditEntry[]> {
  return db.orm.em.fork().find(AuditEntry, { action: 'sign-in-failed' }, { orderBy: { id: 'asc' } });
}
