import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type GraphQLFormattedError } from 'graphql';
import { startServer, type RunningServer } from '../../src/app/server';
import type { SheetsGateway } from '../../sync/sheets/sheets-client';
import { createTestDatabase, type TestDatabase } from './database';
import type { Grant } from '../../src/access/access.types';
import { loadTokenKey } from '../../src/access/token-secret';
import { addUser, issueUserToken } from '../../src/access/users.service';
import { forkFor } from '../../src/app/orm';

export interface GraphQLResponse<T> {
  data?: T | null;
  errors?: GraphQLFormattedError[];
  extensions?: { sql?: { count: number; statements?: string[] } };
}

/** The key the test servers sign and check tokens with (real tokens, a known key). */
export const TEST_TOKEN_SECRET = 'hoso-tests-sign-their-tokens-with-this-key';

/** Everything, everywhere: what the suites written before access control act as. */
export const ROOT_ADMIN: Grant = { role: 'admin', scope: { kind: 'root' }, personalData: true, sync: true };

/** A real HTTP server on a free loopback port, over a fresh database. */
export interface TestApi {
  db: TestDatabase;
  server: RunningServer;
  /** The headers of the root admin's requests (`authorization: Bearer ...`), for hand-made requests. */
  headers: Record<string, string>;
  /** Creates (or extends) a user with these grants and returns a signed token for it. */
  tokenFor(login: string, grants: readonly Grant[]): Promise<string>;
  /** Sends a typed document with another token (or none). */
  requestAs<T, V>(token: string | null, document: TypedDocumentNode<T, V>, variables?: V): Promise<GraphQLResponse<T>>;
  /** Sends a typed document over HTTP, as a client team would. */
  request<T, V>(document: TypedDocumentNode<T, V>, variables?: V): Promise<GraphQLResponse<T>>;
  /** Like `request`, but fails the test on any GraphQL error. */
  data<T, V>(document: TypedDocumentNode<T, V>, variables?: V): Promise<T>;
  close(): Promise<void>;
}

/** `options.sheets`: the Google client the sync mutations use (the emulator's, in tests). */
export async function startTestApi(env: NodeJS.ProcessEnv = {}, options: { sheets?: () => SheetsGateway } = {}): Promise<TestApi> {
  // Suites send bursts of requests as one identity; the rate limit has its own tests (tests/http/limits).
  const db = await createTestDatabase({
    HOSO_DEBUG_SQL: '1',
    HOSO_TOKEN_SECRET: TEST_TOKEN_SECRET,
    HOSO_RATE_LIMIT_PER_MINUTE: '0',
    ...env,
  });
  const server = await startServer(db.orm, { ...db.config, host: '127.0.0.1' }, 0, options);
  const tokenFor = async (login: string, grants: readonly Grant[]) => {
    const em = forkFor(db.orm, { actor: 'jest', source: 'test' });
    await addUser(em, login, grants);
    return issueUserToken(em, loadTokenKey(db.config), login, 3600);
  };
  const headers = { authorization: `Bearer ${await tokenFor('jest', [ROOT_ADMIN])}` };
  const requestAs = async <T, V>(token: string | null, document: TypedDocumentNode<T, V>, variables?: V): Promise<GraphQLResponse<T>> => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: print(document), variables }),
    });
    return (await response.json()) as GraphQLResponse<T>;
  };
  const request = <T, V>(document: TypedDocumentNode<T, V>, variables?: V): Promise<GraphQLResponse<T>> =>
    requestAs(headers.authorization.slice('Bearer '.length), document, variables);
  return {
    db,
    server,
    headers,
    tokenFor,
    requestAs,
    request,
    data: async (document, variables) => {
      const response = await request(document, variables);
      if (response.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(response.errors, null, 2)}`);
      return response.data!;
    },
    close: async () => {
      await server.stop();
      await db.destroy();
    },
  };
}
