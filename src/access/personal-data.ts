import { type ApolloServerPlugin } from '@apollo/server';
import {
  type GraphQLField,
  type GraphQLFieldResolver,
  GraphQLError,
  type GraphQLSchema,
  defaultFieldResolver,
  isObjectType,
} from 'graphql';
import { Extensions } from 'type-graphql';
import type { GraphQLContext } from '../app/context';
import { wasCutToReadScopesOf } from './read-in-scope';
import { type RequestAccess, grantsFor } from './scope-cut';

/**
 * Sensitive personal data (Nghị định 13/2023/NĐ-CP; Luật Bảo vệ dữ liệu cá nhân 2025): CCCD and
 * social-insurance numbers, religion, ethnicity, the full birth date, place of birth, home town,
 * and free-text notes. Readers without the personal-data right over the record get null for
 * these fields and one FORBIDDEN_FIELD error naming the paths; aggregates stay available.
 */
export const PERSONAL_DATA_EXTENSION = 'personalData';

/** Paths listed in the FORBIDDEN_FIELD error; the count says how many there were in all. */
const LISTED_PATHS = 50;

type PathKey = string | number;

type Resolver = GraphQLFieldResolver<unknown, GraphQLContext>;

/** Whether the viewer may read the personal data of every record (no access checks: a trusted caller), so nothing is checked row by row. */
export function readsAllPersonalData(access: RequestAccess | undefined): boolean {
  return !access || grantsFor(access, 'personal-data').some((g) => g.scope.kind === 'root');
}

/** The value, or null with its path recorded when the viewer may not read this record's personal data. */
function guarded(resolve: Resolver): Resolver {
  return (root, args, context, info) => {
    const access = context.viewer.access;
    if (!access || readsAllPersonalData(access)) return resolve(root, args, context, info);
    // A row of a list cut to read scopes that are also the viewer's personal-data scopes: marked
    // only when they are (read-in-scope.ts).
    if (wasCutToReadScopesOf(root, info.parentType.name, access)) return resolve(root, args, context, info);
    const grants = grantsFor(access, 'personal-data');
    const hide = () => {
      const path: PathKey[] = [];
      for (let p: typeof info.path | undefined = info.path; p; p = p.prev) path.unshift(p.key);
      context.forbiddenFields.push(path);
      return null;
    };
    const id = Number((root as { id?: unknown }).id);
    if (grants.length === 0 || !Number.isInteger(id)) return hide();
    return context.loaders
      .inScope(info.parentType.name, 'personal-data', id)
      .then((allowed) => (allowed ? resolve(root, args, context, info) : hide()));
  };
}

/** Marks a field as personal data: guarded at resolution (see `guardPersonalData`), and listed for the authorisation tests. */
export function PersonalData(): PropertyDecorator & MethodDecorator {
  return Extensions({ [PERSONAL_DATA_EXTENSION]: true }) as PropertyDecorator & MethodDecorator;
}

/**
 * Wraps the resolver of every field marked `@PersonalData()`, once, after the schema is built: a
 * plain wrapper rather than a TypeGraphQL middleware, which would cost every row of a large page
 * a middleware pass even for a viewer with the right over the root.
 */
export function guardPersonalData(schema: GraphQLSchema): number {
  const fields: GuardedField[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.extensions?.[PERSONAL_DATA_EXTENSION] !== true) continue;
      const own = field.resolve as Resolver | undefined;
      const guard = guarded(own ?? (defaultFieldResolver as Resolver));
      field.resolve = guard;
      fields.push({ field, own, guard });
    }
  }
  guardedBySchema.set(schema, fields);
  return fields.length;
}

interface GuardedField {
  field: GraphQLField<unknown, GraphQLContext>;
  /** The field's resolver before the guard: none for a plain property, which graphql-jit compiles to a read. */
  own: Resolver | undefined;
  guard: Resolver;
}

const guardedBySchema = new WeakMap<GraphQLSchema, readonly GuardedField[]>();

/**
 * Runs `compile` (synchronous: nothing else runs meanwhile) with the personal-data fields'
 * own resolvers in place of their guards, then puts the guards back. For the compilation that
 * serves only viewers who read all personal data (`readsAllPersonalData`): graphql-jit reads a
 * plain field of every row directly, where a guarded one cost a resolver call with its resolve
 * info and path on every row (compiled-execution.ts).
 */
export function withoutPersonalDataGuards<T>(schema: GraphQLSchema, compile: () => T): T {
  const fields = guardedBySchema.get(schema) ?? [];
  for (const { field, own } of fields) field.resolve = own;
  try {
    return compile();
  } finally {
    for (const { field, guard } of fields) field.resolve = guard;
  }
}

/** Adds the one FORBIDDEN_FIELD error for the fields hidden in this response. */
export function forbiddenFieldsPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          const hidden = contextValue.forbiddenFields;
          if (hidden.length === 0 || response.body.kind !== 'single') return;
          const error = new GraphQLError(
            `Không có quyền xem dữ liệu cá nhân (${hidden.length} trường bị ẩn): cần quyền dữ liệu cá nhân trong phạm vi này (personal data hidden)`,
            { extensions: { code: 'FORBIDDEN_FIELD', count: hidden.length, paths: hidden.slice(0, LISTED_PATHS) } },
          ).toJSON();
          const result = response.body.singleResult;
          result.errors = [...(result.errors ?? []), error];
        },
      };
    },
  };
}
