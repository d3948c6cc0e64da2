import { type GraphQLSchema, isObjectType } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
type FieldMetadata = NonNullable<ReturnType<typeof getMetadataStorage>['objectTypes'][number]['fields']>[number];

/**
 * Field resolvers TypeGraphQL need not run. TypeGraphQL gives every plain field a resolver of its
 * own (an arguments object and a middleware pass for each value), which a nested page of thousands
 * of rows pays for every field of every row. A field that is a property (or getter) of the same
 * name, with no middleware and no resolver method, resolves the same with graphql-js's default
 * resolver, so its resolver is dropped here, once, after the schema is built.
 */
export function useDefaultResolversForPlainFields(schema: GraphQLSchema): number {
  const storage = getMetadataStorage();
  const resolved = new Map<object, Set<string>>();
  for (const resolver of storage.fieldResolvers) {
    for (const owner of [resolver.getObjectType?.(), resolver.target]) {
      if (!owner) continue;
      let names = resolved.get(owner);
      if (!names) resolved.set(owner, (names = new Set()));
      names.add(resolver.schemaName);
    }
  }
  const declaredBy = new Map<object, readonly FieldMetadata[]>();
  for (const declared of [...storage.objectTypes, ...storage.interfaceTypes]) declaredBy.set(declared.target, declared.fields ?? []);
  /** A type's own fields, then those it inherits from decorated base classes and interfaces. */
  const fieldsOf = (objectType: (typeof storage.objectTypes)[number]): FieldMetadata[] => {
    const owners: object[] = [];
    for (let cls: unknown = objectType.target; typeof cls === 'function' && cls !== Function.prototype; cls = Object.getPrototypeOf(cls)) {
      owners.push(cls as object);
    }
    owners.push(...(objectType.interfaceClasses ?? []));
    const seen = new Map<string, FieldMetadata>();
    for (const owner of owners)
      for (const field of declaredBy.get(owner) ?? []) if (!seen.has(field.schemaName)) seen.set(field.schemaName, field);
    return [...seen.values()];
  };
  let dropped = 0;
  for (const objectType of storage.objectTypes) {
    const type = schema.getType(objectType.name);
    if (!isObjectType(type)) continue;
    const fields = type.getFields();
    for (const field of fieldsOf(objectType)) {
      const plain =
        field.name === field.schemaName &&
        !field.params?.length &&
        (field.middlewares ?? []).length === 0 &&
        !field.roles &&
        !resolved.get(objectType.target)?.has(field.schemaName) &&
        !resolved.get(field.target)?.has(field.schemaName);
      const built = fields[field.schemaName];
      if (plain && built?.resolve) {
        built.resolve = undefined;
        dropped++;
      }
    }
  }
  return dropped;
}
