import type { Grant } from '../../src/access/access.types';
import { anchorOf } from '../../src/access/anchors';
import { parentCutCovers, type RequestAccess, type ResolvedGrant, type ScopeReach } from '../../src/access/scope-cut';
import { cadresOfLocality, cadresOfLocalitySubtree, cadresOfUnit, cadresOfUnitSubtree } from '../../src/cadres/cadre.list';
import { childrenOfLocality } from '../../src/localities/locality.list';
import { entriesOfTerm, planningEntriesOfCadre } from '../../src/planning/planning-entry.list';
import { enrollmentsOfCadre } from '../../src/trainings/enrollment.list';
import { childrenOfUnit, unitsOfLocality, unitsOfLocalitySubtree } from '../../src/units/unit.list';

const viewer = (scope: Grant['scope'], path: string | null): ResolvedGrant => ({
  role: 'viewer',
  scope,
  path,
  personalData: false,
  sync: false,
});
const root = viewer({ kind: 'root' }, null);
const province = viewer({ kind: 'locality', id: 1 }, '/1/');
const commune = viewer({ kind: 'locality', id: 7 }, '/1/7/');
const unit = viewer({ kind: 'unit', id: 3 }, '/3/');
const subunit = viewer({ kind: 'unit', id: 9 }, '/3/9/');

const access = (grants: ResolvedGrant[], within?: ScopeReach): RequestAccess => ({
  principal: { kind: 'user', name: 'someone', grants },
  grants,
  within,
});

/** The nested lists below a locality, and below a unit, as their fields read them. */
const belowLocality = { childrenOfLocality, unitsOfLocality, unitsOfLocalitySubtree, cadresOfLocality, cadresOfLocalitySubtree };
const belowUnit = { childrenOfUnit, cadresOfUnitSubtree };
const entityOf: Record<string, string> = {
  childrenOfLocality: 'Locality',
  unitsOfLocality: 'Unit',
  unitsOfLocalitySubtree: 'Unit',
  cadresOfLocality: 'Cadre',
  cadresOfLocalitySubtree: 'Cadre',
  childrenOfUnit: 'Unit',
  cadresOfUnitSubtree: 'Cadre',
};

describe('parentCutCovers: when rows reached from an in-scope parent need no cut of their own', () => {
  it('is never claimed for the system, which has no cut, nor for a viewer without grants', () => {
    expect(parentCutCovers(anchorOf('Enrollment'), enrollmentsOfCadre, undefined)).toBe(false);
    expect(parentCutCovers(anchorOf('Unit'), unitsOfLocality, access([]))).toBe(false);
  });

  it('holds for rows that hang on the parent as their anchor says, whatever the grants', () => {
    for (const grants of [[unit], [commune], [commune, subunit], [root]]) {
      expect(parentCutCovers(anchorOf('Enrollment'), enrollmentsOfCadre, access(grants))).toBe(true);
      expect(parentCutCovers(anchorOf('PlanningEntry'), planningEntriesOfCadre, access(grants))).toBe(true);
      expect(parentCutCovers(anchorOf('Cadre'), cadresOfUnit, access(grants))).toBe(true);
    }
  });

  it('does not hold for rows that hang on something else than their anchor (a term is a catalog)', () => {
    expect(parentCutCovers(anchorOf('PlanningEntry'), entriesOfTerm, access([commune]))).toBe(false);
  });

  it.each(Object.entries(belowLocality))('below a locality (%s): only when every grant is a locality one', (name, link) => {
    const anchor = anchorOf(entityOf[name]!);
    expect(parentCutCovers(anchor, link, access([province]))).toBe(true);
    expect(parentCutCovers(anchor, link, access([province, commune]))).toBe(true);
    // A unit grant puts its unit's locality in reach, not that locality's other units, cadres or children.
    expect(parentCutCovers(anchor, link, access([unit]))).toBe(false);
    expect(parentCutCovers(anchor, link, access([commune, unit]))).toBe(false);
    // A sync binding's subtree cuts too: a unit one breaks the locality grant's cover.
    expect(parentCutCovers(anchor, link, access([province], { scope: unit.scope, path: unit.path }))).toBe(false);
    expect(parentCutCovers(anchor, link, access([province], { scope: commune.scope, path: commune.path }))).toBe(true);
    expect(parentCutCovers(anchor, link, access([province], { scope: { kind: 'root' }, path: null }))).toBe(true);
  });

  it.each(Object.entries(belowUnit))('below a unit (%s): only when every grant is a unit one', (name, link) => {
    const anchor = anchorOf(entityOf[name]!);
    expect(parentCutCovers(anchor, link, access([unit]))).toBe(true);
    expect(parentCutCovers(anchor, link, access([unit, subunit]))).toBe(true);
    // A sub-unit may sit in another locality than its parent: a locality grant does not reach it.
    expect(parentCutCovers(anchor, link, access([commune]))).toBe(false);
    expect(parentCutCovers(anchor, link, access([unit, commune]))).toBe(false);
    expect(parentCutCovers(anchor, link, access([unit], { scope: commune.scope, path: commune.path }))).toBe(false);
  });
});
