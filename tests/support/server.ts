import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type GraphQLFormattedError } from 'graphql';
import { startServer, type RunningServer } from '../../src/app/server';
import type { SheetsGateway } from '../../sync/sheets/sheets-client';
import { createTestDatabase, type TestDatabase } from './database';

export interface GraphQLResponse<T> {
  data?: T | null;
  errors?: GraphQLFormattedError[];
  extensions?: { sql?: { count: number } };
}

/** A real HTTP server on a free loopback port, over a fresh database. */
export interface TestApi {
  db: TestDatabase;
  server: RunningServer;
  /** Sends a typed document over HTTP, as a client team would. */
  request<T, V>(document: TypedDocumentNode<T, V>, variables?: V): Promise<GraphQLResponse<T>>;
  /** Like `request`, but fails the test on any GraphQL error. */
  data<T, V>(document: TypedDocumentNode<T, V>, variables?: V): Promise<T>;
  close(): Promise<void>;
}

/** `options.sheets`: the Google client the sync mutations use (the emulator's, in tests). */
export async function startTestApi(env: NodeJS.ProcessEnv = {}, options: { sheets?: () => SheetsGateway } = {}): Promise<TestApi> {
  const db = await createTestDatabase({ HOSO_DEBUG_SQL: '1', ...env });
  const server = await startServer(db.orm, { ...db.config, host: '127.0.0.1' }, 0, options);
  const request = async <T, V>(document: TypedDocumentNode<T, V>, variables?: V): Promise<GraphQLResponse<T>> => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-hoso-actor': 'jest' },
      body: JSON.stringify({ query: print(document), variables }),
    });
    return (await response.json()) as GraphQLResponse<T>;
  };
  return {
    db,
    server,
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
