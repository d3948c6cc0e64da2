import { type ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { Extensions, type MiddlewareFn, UseMiddleware } from 'type-graphql';
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

const guard: MiddlewareFn<GraphQLContext> = async ({ root, info, context }, next) => {
  const access = context.viewer.access;
  if (!access) return next();
  const grants = grantsFor(access, 'personal-data');
  const id = Number((root as { id?: unknown }).id);
  const allowed =
    grants.some((g) => g.scope.kind === 'root') ||
    (grants.length > 0 && Number.isInteger(id) && (await context.loaders.inScope(info.parentType.name, 'personal-data', id)));
  if (allowed) return next();
  const path: PathKey[] = [];
  for (let p: typeof info.path | undefined = info.path; p; p = p.prev) path.unshift(p.key);
  context.forbiddenFields.push(path);
  return null;
};

/** Marks a field as personal data: guarded at resolution, and listed for the authorisation tests. */
export function PersonalData(): PropertyDecorator & MethodDecorator {
  const middleware = UseMiddleware(guard);
  const extension = Extensions({ [PERSONAL_DATA_EXTENSION]: true });
  return (target: object, key: string | symbol, descriptor?: PropertyDescriptor) => {
    middleware(target, key, descriptor as never);
    extension(target, key, descriptor as never);
  };
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
