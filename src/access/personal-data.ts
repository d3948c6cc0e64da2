import { type ApolloServerPlugin } from '@apollo/server';
import { type GraphQLFieldResolver, GraphQLError, type GraphQLSchema, defaultFieldResolver, isObjectType } from 'graphql';
import { Extensions } from 'type-graphql';
import type { GraphQLContext } from '../app/context';
import { grantsFor } from './scope-cut';

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

/** The value, or null with its path recorded when the viewer may not read this record's personal data. */
function guarded(resolve: GraphQLFieldResolver<unknown, GraphQLContext>): GraphQLFieldResolver<unknown, GraphQLContext> {
  return (root, args, context, info) => {
    const access = context.viewer.access;
    if (!access) return resolve(root, args, context, info);
    const grants = grantsFor(access, 'personal-data');
    if (grants.some((g) => g.scope.kind === 'root')) return resolve(root, args, context, info);
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
  let guardedFields = 0;
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.extensions?.[PERSONAL_DATA_EXTENSION] !== true) continue;
      field.resolve = guarded((field.resolve ?? defaultFieldResolver) as GraphQLFieldResolver<unknown, GraphQLContext>);
      guardedFields++;
    }
  }
  return guardedFields;
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
