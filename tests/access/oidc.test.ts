import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, exportSPKI, generateKeyPair, type JWK, type KeyLike, SignJWT } from 'jose';
import type { Authenticator } from '../../src/access/authenticator';
import { loadConfig } from '../../src/app/config';
import { Locality } from '../../src/localities/locality.entity';
import { describeWithDatabase, type TestDatabase } from '../support/database';
import { authenticatorFor, createAccessDatabase, refusedBecause, seedSmallDemo, signInFailures } from './access-support';

interface SigningKey {
  kid: string;
  alg: string;
  privateKey: KeyLike;
  publicKey: KeyLike;
  jwk: JWK;
}

async function signingKey(kid: string, alg = 'RS256'): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair(alg);
  return { kid, alg, privateKey, publicKey, jwk: { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' } };
}

/** A provider on loopback: the discovery document and a JWKS the test can rotate. */
class FakeProvider {
  published: SigningKey[] = [];
  jwksFetches = 0;
  private constructor(
    private readonly server: Server,
    readonly issuer: string,
  ) {}

  static async start(): Promise<FakeProvider> {
    const holder: { provider?: FakeProvider } = {};
    const server = createServer((req, res) => {
      const provider = holder.provider;
      const body =
        req.url === '/realms/hoso/.well-known/openid-configuration'
          ? { issuer: provider!.issuer, jwks_uri: `${provider!.issuer}/protocol/openid-connect/certs` }
          : req.url === '/realms/hoso/protocol/openid-connect/certs'
            ? (provider!.jwksFetches++, { keys: provider!.published.map((k) => k.jwk) })
            : undefined;
      res.writeHead(body ? 200 : 404, { 'content-type': 'application/json' }).end(JSON.stringify(body ?? {}));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    holder.provider = new FakeProvider(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}/realms/hoso`);
    return holder.provider;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

const AUDIENCE = 'hoso-api';

describeWithDatabase('OpenID Connect tokens', () => {
  let provider: FakeProvider;
  let db: TestDatabase;
  let auth: Authenticator;
  let first: SigningKey;
  let laoCaiId: number;

  const token = (
    key: SigningKey,
    claims: Record<string, unknown> = {},
    options: { issuer?: string; audience?: string; expires?: number } = {},
  ) =>
    new SignJWT({ preferred_username: 'nguyen.van.a', hoso_grants: ['editor:15:personal-data', 'viewer:root'], ...claims })
      .setProtectedHeader({ alg: key.alg, kid: key.kid })
      .setIssuer(options.issuer ?? provider.issuer)
      .setAudience(options.audience ?? AUDIENCE)
      .setSubject('7f1c')
      .setIssuedAt()
      .setExpirationTime(options.expires ?? Math.floor(Date.now() / 1000) + 300)
      .sign(key.privateKey);

  beforeAll(async () => {
    provider = await FakeProvider.start();
    first = await signingKey('key-1');
    provider.published = [first];
    db = await createAccessDatabase({ HOSO_OIDC_ISSUER: provider.issuer, HOSO_OIDC_AUDIENCE: AUDIENCE });
    await seedSmallDemo(db);
    laoCaiId = (await db.orm.em.fork().findOneOrFail(Locality, { code: '15', validTo: null, mergedInto: null })).id;
    auth = authenticatorFor(db, { oidc: { cooldownMs: 0 } });
  });

  afterAll(async () => {
    await db?.destroy();
    await provider?.close();
  });

  it('a valid token gives the person named by preferred_username, with the grants of the claim resolved to the province in force', async () => {
    expect(await auth.authenticate(`Bearer ${await token(first)}`)).toEqual({
      kind: 'oidc',
      name: 'nguyen.van.a',
      grants: [
        { role: 'editor', scope: { kind: 'locality', id: laoCaiId }, personalData: true, sync: false },
        { role: 'viewer', scope: { kind: 'root' }, personalData: false, sync: false },
      ],
    });
  });

  it('without a name claim the principal is oidc:<issuer host>:<sub>; an entry that does not resolve is skipped', async () => {
    const principal = await auth.authenticate(
      `Bearer ${await token(first, { preferred_username: undefined, hoso_grants: 'viewer:02905 admin:nowhere owner:15' })}`,
    );
    expect(principal.name).toBe(`oidc:${new URL(provider.issuer).host}:7f1c`);
    expect(principal.grants.map((g) => g.role)).toEqual(['viewer']);
  });

  it('follows a key rotation: a new kid refetches the JWKS, and the retired key stops working', async () => {
    const second = await signingKey('key-2', 'ES256');
    provider.published = [second];
    const fetches = provider.jwksFetches;
    expect((await auth.authenticate(`Bearer ${await token(second)}`)).name).toBe('nguyen.van.a');
    expect(provider.jwksFetches).toBe(fetches + 1);
    await refusedBecause(auth.authenticate(`Bearer ${await token(first)}`), 'forged');
    // A key known already needs no fetch.
    const settled = provider.jwksFetches;
    await auth.authenticate(`Bearer ${await token(second)}`);
    expect(provider.jwksFetches).toBe(settled);
    provider.published = [first, second];
  });

  it('refuses a wrong audience, a wrong issuer, an expired token', async () => {
    const wrongAudience = await refusedBecause(
      auth.authenticate(`Bearer ${await token(first, {}, { audience: 'other-app' })}`),
      'wrong-audience',
    );
    expect(wrongAudience.message).toMatch(/audience phải là "hoso-api"/);
    await refusedBecause(
      auth.authenticate(`Bearer ${await token(first, {}, { issuer: 'https://evil.example/realms/hoso' })}`),
      'unknown-issuer',
    );
    await refusedBecause(auth.authenticate(`Bearer ${await token(first, {}, { expires: Math.floor(Date.now() / 1000) - 60 })}`), 'expired');
  });

  it('refuses alg none, and an HS256 token "signed" with the provider\'s public key', async () => {
    const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const now = Math.floor(Date.now() / 1000);
    const claims = { iss: provider.issuer, aud: AUDIENCE, sub: 'x', iat: now, exp: now + 60, hoso_grants: ['admin:root'] };
    await refusedBecause(auth.authenticate(`Bearer ${b64({ alg: 'none' })}.${b64(claims)}.`, { client: '192.0.2.7' }), 'algorithm');
    const pem = await exportSPKI(first.publicKey);
    const confused = await new SignJWT(claims).setProtectedHeader({ alg: 'HS256', kid: first.kid }).sign(new TextEncoder().encode(pem));
    await refusedBecause(auth.authenticate(`Bearer ${confused}`), 'algorithm');
    const viaN = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256', kid: first.kid })
      .sign(Buffer.from(first.jwk.n!, 'base64url'));
    await refusedBecause(auth.authenticate(`Bearer ${viaN}`), 'algorithm');
    const rows = await signInFailures(db);
    expect(rows.find((r) => (r.changes as { client?: string }).client === '192.0.2.7')).toMatchObject({
      actor: 'x',
      changes: { reason: 'algorithm', method: 'oidc' },
    });
  });

  it("an OIDC provider that cannot be reached is a 503, not the client's fault", async () => {
    const down = authenticatorFor(
      {
        ...db,
        config: loadConfig({
          ...process.env,
          HOSO_TOKEN_SECRET: db.config.tokenSecret,
          HOSO_OIDC_ISSUER: 'http://127.0.0.1:9/x',
          HOSO_OIDC_AUDIENCE: AUDIENCE,
        }),
      },
      { oidc: { timeoutMs: 1000 } },
    );
    const forged = await new SignJWT({})
      .setProtectedHeader({ alg: 'RS256', kid: 'k' })
      .setIssuer('http://127.0.0.1:9/x')
      .sign(first.privateKey);
    await expect(down.authenticate(`Bearer ${forged}`)).rejects.toMatchObject({
      extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: 503 } },
    });
  });

  it('requires an audience with an issuer', () => {
    expect(() => loadConfig({ HOSO_OIDC_ISSUER: provider.issuer })).toThrow(/HOSO_OIDC_AUDIENCE must be set/);
  });
});
