/**
 * Who is asking, and what they may do: the contract between sign-in (authentication: tokens,
 * users, API keys, OpenID Connect) and the scope cut applied to every read and write
 * (authorisation). A grant is a role over a scope; whole-system rights are a grant over the root.
 */
import type { ResolvedGrant } from './scope-cut';

export type Role = 'viewer' | 'editor' | 'admin';

export const ROLES: readonly Role[] = ['viewer', 'editor', 'admin'];

/** Where a grant applies: everything, a locality subtree, or a unit subtree (ids are database ids). */
export type GrantScope =
  { readonly kind: 'root' } | { readonly kind: 'locality'; readonly id: number } | { readonly kind: 'unit'; readonly id: number };

export interface Grant {
  readonly role: Role;
  readonly scope: GrantScope;
  /** May read the sensitive personal-data fields (CCCD, religion, ethnicity...) inside the scope. */
  readonly personalData: boolean;
  /** May run and resolve syncs of bindings inside the scope. */
  readonly sync: boolean;
}

/**
 * A verified identity. `name` is what the audit log records as the actor. `system` is hoso itself
 * acting with every right inside a limit (a CLI or scheduled run of a scoped sync binding).
 */
export interface Principal {
  readonly kind: 'user' | 'apikey' | 'oidc' | 'anonymous' | 'system';
  /** Login, API key name, or the OIDC subject's preferred name (`oidc:<issuer-host>:<sub>` when none). */
  readonly name: string;
  readonly grants: readonly Grant[];
  /**
   * The grants with their scopes' paths, when sign-in read them together (one statement per
   * request); otherwise the scope cut looks the paths up itself (src/access/request-access.ts).
   */
  readonly resolvedGrants?: readonly ResolvedGrant[];
}
