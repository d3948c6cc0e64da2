import type { Grant } from '../../src/access/access.types';
import { anchorOf } from '../../src/access/anchors';
import { parentCutCovers, type RequestAccess, type ResolvedGrant, type ScopeReach } from '../../src/access/scope-cut';
import { cadresOfLocality, cadresOfLocalitySubtree, cadresOfUnit, cadresOfUnitSubtree } from '../../src/cadres/cadre.list';
import type { ParentLink } from '../../src/common/db/list-query';
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
const reach = (grant: ResolvedGrant): ScopeReach => ({ scope: grant.scope, path: grant.path });

const access = (grants: ResolvedGrant[], within?: ScopeReach): RequestAccess => ({
  principal: { kind: 'user', name: 'someone', grants },
  grants,
  within,
});

/** A nested list as a field reads it: the rows' entity, how they hang on the parent, the parent's entity. */
interface Nested {
  entity: string;
  link: ParentLink;
  parent: string;
}
const covers = ({ entity, link, parent }: Nested, grants: ResolvedGrant[], within?: ScopeReach) =>
  parentCutCovers(anchorOf(entity), link, parent, access(grants, within));

const BELOW_LOCALITY: Record<string, Nested> = {
  'Locality.units': { entity: 'Unit', link: unitsOfLocality, parent: 'Locality' },
  'Locality.units(includeSubtree)': { entity: 'Unit', link: unitsOfLocalitySubtree, parent: 'Locality' },
  'Locality.cadres': { entity: 'Cadre', link: cadresOfLocality, parent: 'Locality' },
  'Locality.cadres(includeSubtree)': { entity: 'Cadre', link: cadresOfLocalitySubtree, parent: 'Locality' },
};
const BELOW_UNIT: Record<string, Nested> = {
  'Unit.cadres(includeSubunits)': { entity: 'Cadre', link: cadresOfUnitSubtree, parent: 'Unit' },
};
const HUNG_ON_PARENT: Record<string, Nested> = {
  'Cadre.enrollments': { entity: 'Enrollment', link: enrollmentsOfCadre, parent: 'Cadre' },
  'Cadre.planningEntries': { entity: 'PlanningEntry', link: planningEntriesOfCadre, parent: 'Cadre' },
  'Unit.cadres': { entity: 'Cadre', link: cadresOfUnit, parent: 'Unit' },
};
/** Matched by `parent_id` while the cut reads `path`: the cut stays, whatever the grants. */
const CHILDREN: Record<string, Nested> = {
  'Locality.children': { entity: 'Locality', link: childrenOfLocality, parent: 'Locality' },
  'Unit.children': { entity: 'Unit', link: childrenOfUnit, parent: 'Unit' },
};

const ALL_GRANT_SETS = [[root], [province], [commune, province], [unit], [unit, subunit], [commune, unit], [root, unit]];

describe('parentCutCovers: when rows reached from an in-scope parent need no cut of their own', () => {
  it('is never claimed for the system, which has no cut, nor for a viewer without grants', () => {
    expect(parentCutCovers(anchorOf('Enrollment'), enrollmentsOfCadre, 'Cadre', undefined)).toBe(false);
    expect(covers(BELOW_LOCALITY['Locality.units']!, [])).toBe(false);
  });

  it.each(Object.entries(HUNG_ON_PARENT))(
    'holds for %s, whose rows hang on the parent as their anchor says, whatever the grants',
    (_, nested) => {
      for (const grants of ALL_GRANT_SETS) expect(covers(nested, grants)).toBe(true);
      expect(covers(nested, [province], reach(unit))).toBe(true);
    },
  );

  it('does not hold for rows that hang on another record than their anchor does, or on another entity by the same column', () => {
    // A term is a catalog: its planning entries are cut by their cadres.
    expect(covers({ entity: 'PlanningEntry', link: entriesOfTerm, parent: 'PlanningTerm' }, [commune])).toBe(false);
    // The anchor's column under a parent of another entity (a training's enrollments, were they linked so).
    expect(covers({ entity: 'Enrollment', link: enrollmentsOfCadre, parent: 'Training' }, [commune])).toBe(false);
  });

  it.each(Object.entries(CHILDREN))('does not hold for %s, matched by parent_id while the cut reads the path', (_, nested) => {
    for (const grants of ALL_GRANT_SETS.filter((set) => !set.includes(root))) expect(covers(nested, grants)).toBe(false);
  });

  it.each(Object.entries(BELOW_LOCALITY))('holds for %s only when every grant is a locality one', (_, nested) => {
    expect(covers(nested, [province])).toBe(true);
    expect(covers(nested, [province, commune])).toBe(true);
    expect(covers(nested, [root, commune])).toBe(true);
    // A unit grant puts its unit's locality in reach, not that locality's other units or cadres.
    expect(covers(nested, [unit])).toBe(false);
    expect(covers(nested, [commune, unit])).toBe(false);
    expect(covers(nested, [root, unit])).toBe(false);
    // A sync binding's subtree cuts too: a unit one breaks the locality grants' cover.
    expect(covers(nested, [province], reach(unit))).toBe(false);
    expect(covers(nested, [province], reach(commune))).toBe(true);
    expect(covers(nested, [province], { scope: { kind: 'root' }, path: null })).toBe(true);
  });

  it.each(Object.entries(BELOW_UNIT))('holds for %s only when every grant is a unit one', (_, nested) => {
    expect(covers(nested, [unit])).toBe(true);
    expect(covers(nested, [unit, subunit])).toBe(true);
    expect(covers(nested, [root], reach(unit))).toBe(true);
    // A sub-unit may sit in another locality than its parent: a locality grant does not reach it.
    expect(covers(nested, [commune])).toBe(false);
    expect(covers(nested, [unit, commune])).toBe(false);
    expect(covers(nested, [unit], reach(commune))).toBe(false);
  });
});
