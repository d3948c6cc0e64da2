import type { ApolloServerPlugin } from '@apollo/server';

/** Every string a client sends is stored and compared in NFC (typing tools send NFD too). */
export function toNfc<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T;
  if (Array.isArray(value)) return value.map(toNfc) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, toNfc(inner)])) as T;
  }
  return value;
}

/**
 * Normalises the request before it is parsed: the query text (GraphQL syntax is ASCII, so only
 * string literals change) and the variables. Done once per request rather than per field.
 */
export function nfcInputPlugin<T extends object>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart({ request }) {
      if (request.query) request.query = request.query.normalize('NFC');
      if (request.variables) request.variables = toNfc(request.variables);
    },
  };
}
