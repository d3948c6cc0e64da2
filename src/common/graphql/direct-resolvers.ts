import { type GraphQLFieldResolver, type GraphQLSchema, isObjectType } from 'graphql';
import { getMetadataStorage } from 'type-graphql';

type FieldResolverMetadata = ReturnType<typeof getMetadataStorage>['fieldResolvers'][number];
type ParamMetadata = NonNullable<FieldResolverMetadata['params']>[number];
type ResolverInstance = Record<string, (...params: unknown[]) => unknown>;

/** A parameter the direct call can pass as TypeGraphQL would: the whole root, the whole context, or info. */
function passedAsIs(param: ParamMetadata): boolean {
  if (param.kind === 'info') return true;
  return (param.kind === 'root' || param.kind === 'context') && !('propertyName' in param && param.propertyName);
}

/**
 * Field resolver methods (`@FieldResolver() unit(@Root() cadre, @Ctx() ctx)`) called straight
 * from the schema. For every call TypeGraphQL builds a resolver-data object, fetches the resolver
 * instance from its container, walks the (empty) middleware chain and sorts and maps the method's
 * parameters: per row, that is most of the cost of a to-one link such as `enrollment.training`.
 *
 * Only methods taking the root, the context or info are called directly, and only with no
 * middleware, no `@Authorized` roles and a constructor without arguments (hoso's resolvers are
 * stateless and built by TypeGraphQL's default container, one instance per class, as here). A
 * root that is not an instance of the declared type (TypeGraphQL would copy it into one) goes
 * through TypeGraphQL's own resolver. The schema is built without global middlewares or an
 * auth checker (schema.ts); run this before the personal-data guard wraps the resolvers.
 */
export function callFieldResolversDirectly(schema: GraphQLSchema): number {
  const storage = getMetadataStorage();
  const typeNames = new Map<unknown, string>(storage.objectTypes.map((type) => [type.target, type.name]));
  const instances = new Map<unknown, ResolverInstance>();
  let direct = 0;
  for (const resolver of storage.fieldResolvers) {
    if (resolver.kind !== 'external' || (resolver.middlewares ?? []).length > 0 || resolver.roles) continue;
    const params = [...(resolver.params ?? [])].sort((a, b) => a.index - b.index);
    if (params.length > 3 || !params.every(passedAsIs)) continue;
    const typeName = typeNames.get(resolver.getObjectType?.());
    const type = typeName ? schema.getType(typeName) : undefined;
    const field = isObjectType(type) ? type.getFields()[resolver.schemaName] : undefined;
    const Resolver = resolver.target as new () => ResolverInstance;
    if (!field?.resolve || Resolver.length > 0) continue;
    let instance = instances.get(Resolver);
    if (!instance) instances.set(Resolver, (instance = new Resolver()));
    const method = instance[resolver.methodName];
    if (typeof method !== 'function') continue;
    const rootTypes = params.map((param) => (param.kind === 'root' && param.getType ? param.getType() : undefined));
    if (rootTypes.some((rootType) => rootType !== undefined && typeof rootType !== 'function')) continue;
    const rootType = rootTypes.find((each) => each !== undefined) as (abstract new () => unknown) | undefined;
    const viaTypeGraphQL = field.resolve;
    const target = instance;
    const [first, second, third] = params.map((param) => param.kind);
    const resolve: GraphQLFieldResolver<unknown, unknown> = (root, args, context, info) => {
      if (rootType && !(root instanceof rootType)) return viaTypeGraphQL(root, args, context, info);
      const pick = (kind: string | undefined) =>
        kind === 'root' ? root : kind === 'context' ? context : kind === 'info' ? info : undefined;
      return method.call(target, pick(first), pick(second), pick(third));
    };
    field.resolve = resolve;
    direct++;
  }
  return direct;
}
