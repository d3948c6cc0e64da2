import type { EntityClass, Ref } from '@mikro-orm/core';
import type { ValidationError } from 'class-validator';
import { ArgumentValidationError } from 'type-graphql';
import type { ColumnSpec, FieldValue, FieldValues } from '../../../sync/engine/types';
import type { Em } from '../../app/orm';
import { BadUserInputError, type FieldProblem } from '../../common/errors/errors';
import { validationProblems } from '../../common/errors/format-error';
import { toGlobalId } from '../../common/graphql/global-id';
import { validateArguments } from '../../common/graphql/validate-args';
import { referenceColumn } from '../codecs';
import type { ReferenceIndex, SyncLookups, SyncTableDefinition } from '../table-definition';
import { REFERENCE_TARGETS } from './reference-targets';

/**
 * What a table file says about its entity; `defineSyncTable` turns it into the contract. Sync
 * fields are named like the entity's properties; a reference field `unit` is the input's
 * `unitId` (a global id), every other field is the input field of the same name.
 */
export interface SyncTableSpec<E extends { id: number }, C extends object, U extends object> {
  readonly table: string;
  readonly sheetTitle: string;
  readonly entity: EntityClass<E>;
  readonly columns: (lookups: SyncLookups) => readonly ColumnSpec[];
  /** Reference fields and the entity each points at. */
  readonly references?: Readonly<Record<string, EntityClass<object>>>;
  /** Fields set when the record is created and never changed afterwards (the update input has none). */
  readonly fixed?: readonly string[];
  readonly toValues: (entity: E) => FieldValues;
  readonly createInput: new () => C;
  readonly updateInput: new () => U;
  readonly create: (em: Em, input: C, options: { id: number }) => Promise<E>;
  readonly update: (em: Em, globalId: string, input: U) => Promise<E>;
}

/** The id of a many-to-one as a sync value. */
export function refId(ref: Ref<{ id: number }> | null | undefined): string | null {
  return ref ? String(ref.id) : null;
}

/**
 * «Mã cán bộ» on the tabs that point at a cadre: the cadre's hoso id (the «Mã hoso» of the «Cán bộ»
 * tab); a CCCD or a full name nobody else has also reads. No dropdown: a list of ids helps nobody.
 */
export function cadreColumn(lookups: SyncLookups): ColumnSpec {
  return referenceColumn('cadre', 'Mã cán bộ', lookups.cadres, {
    target: REFERENCE_TARGETS.cadre,
    required: true,
    aliases: ['Mã hoso cán bộ', 'Cán bộ'],
    dropdown: false,
    hint: 'Mã hoso của cán bộ (trang «Cán bộ»); số CCCD hoặc họ tên không trùng với ai cũng được.',
  });
}

const NO_INDEX: ReferenceIndex = {
  resolve: () => ({ ok: false, message: '' }),
  display: (id) => id,
  choices: () => undefined,
  withNewRows: () => NO_INDEX,
};
const NO_LOOKUPS: SyncLookups = {
  localities: NO_INDEX,
  units: NO_INDEX,
  cadres: NO_INDEX,
  trainings: NO_INDEX,
  positions: NO_INDEX,
  planningTerms: NO_INDEX,
};

const REQUIRED = 'Trường bắt buộc, không thể để trống';

/**
 * The input object built from field values, checked by the input class's own class-validator
 * rules (lengths, patterns, ranges) as the GraphQL layer checks a mutation's arguments: the
 * services assume those checks were made.
 */
async function validatedInput<T extends object>(inputClass: new () => T, data: Record<string, unknown>): Promise<T> {
  const input = Object.assign(new inputClass(), data);
  try {
    await validateArguments(input);
  } catch (error) {
    if (error instanceof ArgumentValidationError) {
      throw new BadUserInputError(validationProblems(error.extensions.validationErrors as ValidationError[], 'input'));
    }
    throw error;
  }
  return input;
}

export function defineSyncTable<E extends { id: number }, C extends object, U extends object>(
  spec: SyncTableSpec<E, C, U>,
): SyncTableDefinition<E> {
  // Which fields exist and which are required does not depend on this run's lookups (only the
  // choices and how references read do), so the shape is learnt once.
  const shape = spec.columns(NO_LOOKUPS);
  const references = spec.references ?? {};
  const fixed = new Set(spec.fixed ?? []);
  const inputKey = (field: string): string => (field in references ? `${field}Id` : field);
  const fieldByInputKey = new Map(shape.map((c) => [inputKey(c.field), c.field]));
  const headerOf = new Map(shape.map((c) => [c.field, c.header]));

  const inputValue = (field: string, value: FieldValue): unknown => {
    const target = references[field];
    return target && value !== null ? toGlobalId(target.name, Number(value)) : value;
  };

  return {
    table: spec.table,
    sheetTitle: spec.sheetTitle,
    entity: spec.entity,
    columns: spec.columns,
    toValues: spec.toValues,

    async create(em, id, values) {
      const data: Record<string, unknown> = {};
      const problems: FieldProblem[] = [];
      for (const column of shape) {
        // The engine fills blank cells with the column's default, but not unreadable ones nor a
        // tab without the column: those get it here, as they would get an entity default (a
        // course's location has no database default to fall back on). Other blanks are "not
        // given", so the entity's and the service's defaults apply.
        const value = values[column.field] ?? column.defaultValue ?? null;
        if (value !== null) data[inputKey(column.field)] = inputValue(column.field, value);
        else if (column.required) problems.push({ field: `input.${inputKey(column.field)}`, message: REQUIRED });
      }
      if (problems.length > 0) throw new BadUserInputError(problems);
      return spec.create(em, await validatedInput(spec.createInput, data), { id });
    },

    async update(em, entity, values) {
      const data: Record<string, unknown> = {};
      const problems: FieldProblem[] = [];
      for (const [field, value] of Object.entries(values)) {
        if (fixed.has(field)) {
          problems.push({
            field: `input.${inputKey(field)}`,
            message: `Không đổi được «${headerOf.get(field) ?? field}» của bản ghi đã có: xoá dòng này và thêm một dòng mới`,
          });
        } else if (headerOf.has(field)) {
          data[inputKey(field)] = inputValue(field, value);
        }
      }
      if (problems.length > 0) throw new BadUserInputError(problems);
      return spec.update(em, toGlobalId(spec.entity.name, entity.id), await validatedInput(spec.updateInput, data));
    },

    fieldOfProblem(path) {
      const key = /^input\.([^.[\]]+)/.exec(path)?.[1];
      return key === undefined ? undefined : fieldByInputKey.get(key);
    },
  };
}
