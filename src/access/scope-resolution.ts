import type { Em } from '../app/orm';
import { BadUserInputError } from '../common/errors/errors';
import { fromGlobalId, toGlobalId } from '../common/graphql/global-id';
import { Locality } from '../localities/locality.entity';
import { Unit } from '../units/unit.entity';
import type { GrantScope } from './access.types';

/** A record a scope code may name, as a person needs to tell it apart from the others. */
export interface ScopeCandidate {
  readonly scope: GrantScope;
  readonly name: string;
  readonly code: string | null;
  readonly globalId: string;
  /** Localities: neither ended nor merged. Units are always in force. */
  readonly inForce: boolean;
}

const ROOT_CODES = new Set(['root', '*']);

/**
 * Granting names places anywhere in the tree (an admin gives a commune to a new user), and sign-in
 * resolves before any principal exists: these lookups are never cut to a viewer's scopes.
 */
const UNSCOPED = { filters: false } as const;

function isInForce(locality: Locality): boolean {
  return locality.validTo == null && locality.mergedInto == null;
}

function localityCandidate(locality: Locality): ScopeCandidate {
  return {
    scope: { kind: 'locality', id: locality.id },
    name: locality.name,
    code: locality.code,
    globalId: toGlobalId('Locality', locality.id),
    inForce: isInForce(locality),
  };
}

function unitCandidate(unit: Unit): ScopeCandidate {
  return {
    scope: { kind: 'unit', id: unit.id },
    name: unit.name,
    code: unit.code ?? null,
    globalId: toGlobalId('Unit', unit.id),
    inForce: true,
  };
}

/** `Tỉnh Lào Cai (mã 15, id TG9jYWxpdHk6MQ)`: enough to choose, and the id to choose with. */
export function describeCandidate(candidate: ScopeCandidate): string {
  const former = candidate.inForce ? '' : ', đã sáp nhập hoặc giải thể';
  return `${candidate.name} (${candidate.code ? `mã ${candidate.code}, ` : ''}id ${candidate.globalId}${former})`;
}

function refused(code: string, message: string): BadUserInputError {
  return new BadUserInputError([{ field: 'scope', message: `Phạm vi "${code}": ${message}` }]);
}

/** Every record `code` may name: a global id's record, the localities in force and the units with that code. */
async function candidatesFor(em: Em, code: string): Promise<{ matches: ScopeCandidate[]; former: ScopeCandidate[] }> {
  const matches: ScopeCandidate[] = [];
  const decoded = fromGlobalId(code);
  if (decoded?.typeName === 'Locality') {
    const locality = await em.findOne(Locality, { id: decoded.databaseId }, UNSCOPED);
    if (locality) matches.push(localityCandidate(locality));
  } else if (decoded?.typeName === 'Unit') {
    const unit = await em.findOne(Unit, { id: decoded.databaseId }, UNSCOPED);
    if (unit) matches.push(unitCandidate(unit));
  }
  const localities = (await em.find(Locality, { code }, { ...UNSCOPED, orderBy: { id: 'asc' } })).map(localityCandidate);
  matches.push(...localities.filter((c) => c.inForce));
  const unit = await em.findOne(Unit, { code }, UNSCOPED);
  if (unit) matches.push(unitCandidate(unit));
  // A global id and a code may name the same record: it is one candidate, not an ambiguity.
  const unique = [...new Map(matches.map((c): [string, ScopeCandidate] => [c.globalId, c])).values()];
  return { matches: unique, former: localities.filter((c) => !c.inForce) };
}

/**
 * A scope as people write it (CLI `--scope`, OIDC grant claims): `root` or `*` for everything;
 * a locality code for the locality IN FORCE with that code (codes are reused: the new Tỉnh Lào
 * Cai took the former Tỉnh Yên Bái's 15); a unit code; or the global id of a locality (a former
 * one too) or a unit. A code naming several records, or none, is refused with the candidates.
 */
export async function resolveScopeCode(em: Em, rawCode: string): Promise<GrantScope> {
  const code = rawCode.trim();
  if (code === '') throw refused(rawCode, 'trống (empty scope: give a locality or unit code, a global id, or "root")');
  if (ROOT_CODES.has(code.toLowerCase())) return { kind: 'root' };
  const { matches, former } = await candidatesFor(em, code);
  if (matches.length === 1) return matches[0]!.scope;
  if (matches.length > 1) {
    throw refused(
      code,
      `mã này chỉ nhiều nơi, hãy dùng id của nơi muốn chọn: ${matches.map(describeCandidate).join('; ')} (ambiguous scope code)`,
    );
  }
  const hint = former.length > 0 ? `; địa phương cũ mang mã này được chọn bằng id: ${former.map(describeCandidate).join('; ')}` : '';
  throw refused(code, `không có địa phương đang hiệu lực hay đơn vị nào mang mã hoặc id này${hint} (unknown scope)`);
}

/** Readable names for scopes (`hoso users list`), in one query per kind. */
export async function describeScopes(em: Em, scopes: readonly GrantScope[]): Promise<(scope: GrantScope) => string> {
  const localityIds = [...new Set(scopes.flatMap((s) => (s.kind === 'locality' ? [s.id] : [])))];
  const unitIds = [...new Set(scopes.flatMap((s) => (s.kind === 'unit' ? [s.id] : [])))];
  const localities = localityIds.length ? await em.find(Locality, { id: { $in: localityIds } }, UNSCOPED) : [];
  const units = unitIds.length ? await em.find(Unit, { id: { $in: unitIds } }, UNSCOPED) : [];
  const names = new Map<string, string>([
    ...localities.map((l): [string, string] => [`locality:${l.id}`, describeCandidate(localityCandidate(l))]),
    ...units.map((u): [string, string] => [`unit:${u.id}`, describeCandidate(unitCandidate(u))]),
  ]);
  return (scope) =>
    scope.kind === 'root' ? 'toàn hệ thống (root)' : (names.get(`${scope.kind}:${scope.id}`) ?? `${scope.kind} ${scope.id}`);
}
