import type { Em } from '../app/orm';
import { BadUserInputError } from '../common/errors/errors';
import { Locality } from '../localities/locality.entity';
import { Unit } from '../units/unit.entity';
import { type Grant, type GrantScope, type Role, ROLES } from './access.types';
import { AccessGrant } from './access-grant.entity';
import { resolveScopeCode } from './scope-resolution';

/** A grant as people write it, before its scope code is resolved. */
export interface GrantSpec {
  readonly role: Role;
  readonly scopeCode: string;
  readonly personalData: boolean;
  readonly sync: boolean;
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

const FLAGS = { 'personal-data': 'personalData', sync: 'sync' } as const;

/**
 * One entry of an OIDC grants claim: `role:scope[:personal-data][:sync]`, e.g. `editor:02905`,
 * `viewer:15:personal-data`, `admin:root:sync:personal-data`. The scope is everything between
 * the role and the trailing flags, so a unit code holding a colon still works.
 */
export function parseGrantEntry(entry: string): GrantSpec | string {
  const parts = entry.trim().split(':');
  const role = parts.shift() ?? '';
  if (!isRole(role)) return `"${entry}": vai trò phải là ${ROLES.join(', ')} (unknown role)`;
  const flags = { personalData: false, sync: false };
  while (parts.length > 1 && parts[parts.length - 1]! in FLAGS) flags[FLAGS[parts.pop() as keyof typeof FLAGS]] = true;
  const scopeCode = parts.join(':');
  if (scopeCode === '') return `"${entry}": thiếu phạm vi (expected role:scope[:personal-data][:sync])`;
  return { role, scopeCode, ...flags };
}

export async function resolveGrantSpec(em: Em, spec: GrantSpec): Promise<Grant> {
  return { role: spec.role, scope: await resolveScopeCode(em, spec.scopeCode), personalData: spec.personalData, sync: spec.sync };
}

/** `--role editor --scope 02905,02908 --personal-data` → one spec per scope; refuses a bad role or an empty list. */
export function grantSpecsFromOptions(options: { role: string; scope: string; personalData?: boolean; sync?: boolean }): GrantSpec[] {
  if (!isRole(options.role)) throw new BadUserInputError([{ field: 'role', message: `Vai trò phải là ${ROLES.join(', ')}` }]);
  const codes = options.scope
    .split(',')
    .map((code) => code.trim())
    .filter((code) => code !== '');
  if (codes.length === 0)
    throw new BadUserInputError([{ field: 'scope', message: 'Cần ít nhất một phạm vi (mã địa phương, đơn vị, id, hoặc root)' }]);
  return codes.map((scopeCode) => ({ role: options.role as Role, scopeCode, personalData: !!options.personalData, sync: !!options.sync }));
}

/** The stored row as the contract's Grant: reading the references' ids loads nothing. */
export function grantOf(row: AccessGrant): Grant {
  const scope: GrantScope = row.unit
    ? { kind: 'unit', id: row.unit.id }
    : row.locality
      ? { kind: 'locality', id: row.locality.id }
      : { kind: 'root' };
  return { role: row.role, scope, personalData: row.personalData, sync: row.sync };
}

/** The columns of a new grant row for `grant` (owner set by the caller). */
export function grantRowData(em: Em, grant: Grant): Pick<AccessGrant, 'role' | 'personalData' | 'sync' | 'locality' | 'unit'> {
  return {
    role: grant.role,
    personalData: grant.personalData,
    sync: grant.sync,
    locality: grant.scope.kind === 'locality' ? em.getReference(Locality, grant.scope.id, { wrapped: true }) : null,
    unit: grant.scope.kind === 'unit' ? em.getReference(Unit, grant.scope.id, { wrapped: true }) : null,
  };
}

function sameGrant(a: Grant, b: Grant): boolean {
  const sameScope = a.scope.kind === b.scope.kind && (a.scope.kind === 'root' || (b.scope.kind !== 'root' && a.scope.id === b.scope.id));
  return sameScope && a.role === b.role && a.personalData === b.personalData && a.sync === b.sync;
}

/** Grants in `added` that `held` does not already have: adding a grant twice changes nothing. */
export function newGrants(held: readonly Grant[], added: readonly Grant[]): Grant[] {
  return added.filter((grant, index) => !held.some((h) => sameGrant(h, grant)) && added.findIndex((g) => sameGrant(g, grant)) === index);
}

/** `editor Xã Bảo Thắng (mã 02905, id …) +dữ liệu cá nhân +sync` */
export function formatGrant(grant: Grant, scopeName: (scope: GrantScope) => string): string {
  return [grant.role, scopeName(grant.scope), grant.personalData ? '+dữ liệu cá nhân' : '', grant.sync ? '+sync' : '']
    .filter(Boolean)
    .join(' ');
}
