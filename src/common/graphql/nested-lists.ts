import type { ListSpec, ParentLink } from '../db/list-query';

/**
 * A nested connection field (`Unit.cadres`) as the read path can plan it ahead: the list it reads
 * and, from the field's arguments, how its rows hang on the parent. Its field resolver reads the
 * link from here too, so the resolver and PostgreSQL's one-statement nested read
 * (nested-page.ts) cannot pick different links for the same arguments.
 */
export interface NestedList<A = Record<string, unknown>> {
  spec: ListSpec<object, unknown, string>;
  linkFor(args: A): ParentLink;
}

const registry = new Map<string, NestedList<never>>();

/** Declares `parent.field` a nested list of `spec`, linked by `linkFor(the field's arguments)`. */
export function nestedList<T extends object, TFilter, F extends string, A = Record<string, unknown>>(
  parent: { name: string },
  field: string,
  spec: ListSpec<T, TFilter, F>,
  linkFor: (args: A) => ParentLink,
): { spec: ListSpec<T, TFilter, F>; linkFor: (args: A) => ParentLink } {
  const entry = { spec, linkFor };
  registry.set(`${parent.name}.${field}`, entry as unknown as NestedList<never>);
  return entry;
}

/** The nested list a field of a GraphQL object type is, if it was declared. */
export function nestedListOf(typeName: string, field: string): NestedList | undefined {
  return registry.get(`${typeName}.${field}`) as NestedList | undefined;
}
