import { readFileSync } from 'node:fs';
import { googleAuth } from './google-sheets-api';

export const SPREADSHEETS_SCOPE = 'https://www.googleapis.com/auth/spreadsheets';

export type SheetsCredentials =
  /** A ready OAuth access token (GOOGLE_ACCESS_TOKEN): demos, the emulator, short scripts. */
  | { readonly kind: 'access-token'; readonly token: string }
  /** A service-account key file (GOOGLE_APPLICATION_CREDENTIALS): production. */
  | { readonly kind: 'service-account'; readonly keyFile: string };

interface ServiceAccountKey {
  readonly client_email?: unknown;
  readonly private_key?: unknown;
  readonly private_key_id?: unknown;
}

export type SheetsAuthClient = InstanceType<typeof googleAuth.OAuth2> | InstanceType<typeof googleAuth.JWT>;

/**
 * Builds the auth client googleapis signs requests with. A service account signs its own
 * short-lived JWT carrying the spreadsheets scope (Google's "self-signed JWT"), so no token
 * endpoint is called: it works the same against Google and against the loopback emulator.
 */
export function createAuthClient(credentials: SheetsCredentials): SheetsAuthClient {
  if (credentials.kind === 'access-token') {
    const client = new googleAuth.OAuth2();
    client.setCredentials({ access_token: credentials.token });
    return client;
  }
  let key: ServiceAccountKey;
  try {
    key = JSON.parse(readFileSync(credentials.keyFile, 'utf8')) as ServiceAccountKey;
  } catch (error) {
    throw new Error(`Cannot read the service-account key file ${credentials.keyFile}: ${(error as Error).message}`);
  }
  if (typeof key.client_email !== 'string' || typeof key.private_key !== 'string') {
    throw new Error(`${credentials.keyFile} is not a service-account key (client_email and private_key are required)`);
  }
  const jwt = new googleAuth.JWT({
    email: key.client_email,
    key: key.private_key,
    keyId: typeof key.private_key_id === 'string' ? key.private_key_id : undefined,
    scopes: [SPREADSHEETS_SCOPE],
  });
  jwt.useJWTAccessWithScope = true;
  return jwt;
}
