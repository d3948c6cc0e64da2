import type { FieldValue } from '../../../sync/engine/types';
import type { ReferenceTarget } from '../codecs';

const text = (value: FieldValue | undefined): string | null => (value == null || value === '' ? null : String(value));

/**
 * How a reference cell names a row typed in the same run on the tab of each referenced table,
 * by the fields of that row (as `buildLookups` names its records by their columns): a code and
 * a name, a cadre's full name and CCCD. A row that carries an id reserved by a crashed run is
 * also named by that id.
 */
export const REFERENCE_TARGETS = {
  locality: { table: 'locality', names: (v) => ({ code: text(v.code), name: text(v.name), retired: v.mergedInto != null }) },
  unit: { table: 'unit', names: (v) => ({ code: text(v.code), name: text(v.name) }) },
  cadre: {
    table: 'cadre',
    names: (v) => ({ name: text(v.fullName), otherNames: text(v.idNumber) === null ? [] : [text(v.idNumber)!] }),
  },
  training: { table: 'training', names: (v) => ({ code: text(v.code), name: text(v.name) }) },
} as const satisfies Record<string, ReferenceTarget>;
