import {
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLResolveInfo,
  type SelectionSetNode,
  getNamedType,
  isObjectType,
} from 'graphql';
import { type EntityMetadata, ReferenceKind } from '@mikro-orm/core';
import { Extensions, getMetadataStorage } from 'type-graphql';
import type { Projection } from '../db/plain-rows';

/**
 * What a connection's selection set asks of the database: which properties of its nodes, and
 * whether cursors are read. Lists select only those columns and skip the sort keys when no cursor
 * is asked for (issue 9: "only what was asked"). Whenever a field's needs are not known, the answer
 * is every column: a wider read is slower, never wrong.
 */
export interface ConnectionSelection {
  projection: Projection;
  cursors: boolean;
  /** To-one links asked for (`unit`, `training`): read with the page, so that they resolve without waiting. */
  links: readonly string[];
  /** Distinguishes selections in loader keys (two selections must not share a batch's columns). */
  key: string;
}

export const READS_EXTENSION = 'reads';

/**
 * Declares the properties a computed field (a getter or a field resolver) reads from its record,
 * so that lists select them when the field is asked for; `@Reads()` reads none but the id. Without
 * it, asking for the field reads every column.
 */
export function Reads(...properties: string[]): PropertyDecorator & MethodDecorator {
  return Extensions({ [READS_EXTENSION]: properties }) as PropertyDecorator & MethodDecorator;
}

const ALL: ConnectionSelection = { projection: 'all', cursors: true, links: [], key: 'all' };

/** Selections are a function of the field node and its document, which Apollo caches: computed once. */
const cache = new WeakMap<FieldNode, WeakMap<EntityMetadata, ConnectionSelection>>();

/** Sub-fields of `nodes` by name, fragments (named and inline) merged; directives are ignored (a superset is safe). */
function collectFields(
  selectionSets: readonly (SelectionSetNode | undefined)[],
  fragments: Record<string, FragmentDefinitionNode>,
  into = new Map<string, FieldNode[]>(),
): Map<string, FieldNode[]> {
  for (const set of selectionSets) {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === 'Field') {
        const name = selection.name.value;
        into.set(name, [...(into.get(name) ?? []), selection]);
      } else if (selection.kind === 'InlineFragment') {
        collectFields([selection.selectionSet], fragments, into);
      } else {
        collectFields([fragments[selection.name.value]?.selectionSet], fragments, into);
      }
    }
  }
  return into;
}

let resolvedFields: WeakMap<object, Set<string>> | undefined;

/** Fields computed by a `@FieldResolver` of a resolver class, per object type class (read once the schema is built). */
function hasFieldResolver(entityClass: object, fieldName: string): boolean {
  if (!resolvedFields) {
    resolvedFields = new WeakMap();
    for (const resolver of getMetadataStorage().fieldResolvers) {
      const objectType = resolver.kind === 'external' ? resolver.resolverClassMetadata?.getObjectType() : undefined;
      if (!objectType) continue;
      let names = resolvedFields.get(objectType);
      if (!names) resolvedFields.set(objectType, (names = new Set()));
      names.add(resolver.schemaName);
    }
  }
  return resolvedFields.get(entityClass)?.has(fieldName) ?? false;
}

/** Whether a node field is a to-one link resolved by a field resolver (`cadre.unit`). */
function isLinkField(meta: EntityMetadata, fieldName: string): boolean {
  const property = meta.properties[fieldName as never] as { kind: ReferenceKind } | undefined;
  const toOne = property?.kind === ReferenceKind.MANY_TO_ONE || property?.kind === ReferenceKind.ONE_TO_ONE;
  return toOne && hasFieldResolver(meta.class, fieldName);
}

/** The properties a node field reads, or 'all' when they are not known. */
function propertiesOfField(nodeType: GraphQLObjectType, meta: EntityMetadata, fieldName: string): readonly string[] | 'all' {
  if (fieldName === '__typename') return [];
  const field = nodeType.getFields()[fieldName];
  if (!field) return 'all';
  const declared = field.extensions?.[READS_EXTENSION] as readonly string[] | undefined;
  if (declared) return declared;
  if (fieldName === 'id' || fieldName === 'databaseId') return ['id'];
  const property = meta.properties[fieldName as never] as { kind: ReferenceKind } | undefined;
  if (!hasFieldResolver(meta.class, fieldName)) return property ? [fieldName] : 'all';
  // Field resolvers: a to-one link reads its key, a nested list its parent's id; any other reads
  // what it declares with @Reads, or everything.
  if (property?.kind === ReferenceKind.MANY_TO_ONE || property?.kind === ReferenceKind.ONE_TO_ONE) return [fieldName];
  if (getNamedType(field.type).name.endsWith('Connection')) return [];
  return 'all';
}

/** A connection's selection: its top fields and its nodes' fields (from `nodes` and `edges.node`), fragments merged. */
export interface ConnectionFields {
  nodeType: GraphQLObjectType;
  top: Map<string, FieldNode[]>;
  edges: Map<string, FieldNode[]>;
  pageInfo: Map<string, FieldNode[]>;
  nodeFields: Map<string, FieldNode[]>;
}

export function connectionFields(
  returnType: GraphQLOutputType,
  fieldNodes: readonly FieldNode[],
  fragments: Record<string, FragmentDefinitionNode>,
): ConnectionFields | undefined {
  const connectionType = getNamedType(returnType);
  if (!isObjectType(connectionType)) return undefined;
  const nodesField = connectionType.getFields().nodes;
  const nodeType = nodesField && getNamedType(nodesField.type);
  if (!nodeType || !isObjectType(nodeType)) return undefined;
  const top = collectFields(
    fieldNodes.map((node) => node.selectionSet),
    fragments,
  );
  const edges = collectFields(
    (top.get('edges') ?? []).map((node) => node.selectionSet),
    fragments,
  );
  const pageInfo = collectFields(
    (top.get('pageInfo') ?? []).map((node) => node.selectionSet),
    fragments,
  );
  const nodeFields = collectFields(
    [...(top.get('nodes') ?? []), ...(edges.get('node') ?? [])].map((node) => node.selectionSet),
    fragments,
  );
  return { nodeType, top, edges, pageInfo, nodeFields };
}

/** What a connection's selection asks of `meta`'s table (see `connectionSelection`). */
export function selectionOf(fields: ConnectionFields | undefined, meta: EntityMetadata): ConnectionSelection {
  if (!fields) return ALL;
  const { nodeType, edges, pageInfo, nodeFields } = fields;
  const cursors = edges.has('cursor') || pageInfo.has('startCursor') || pageInfo.has('endCursor');
  const links = [...nodeFields.keys()].filter((fieldName) => isLinkField(meta, fieldName)).sort();
  const properties = new Set<string>(['id']);
  for (const fieldName of nodeFields.keys()) {
    const read = propertiesOfField(nodeType, meta, fieldName);
    if (read === 'all') return { projection: 'all', cursors, links, key: `all|${cursors}|${links.join(',')}` };
    for (const property of read) properties.add(property);
  }
  return { projection: properties, cursors, links, key: `${[...properties].sort().join(',')}|${cursors}|${links.join(',')}` };
}

/**
 * The properties of a to-one link's record (`training` of an enrollment) that its sub-selection
 * reads, aliases and fragments merged; 'all' when a sub-field's needs are not known.
 */
export function linkProjection(
  fields: ConnectionFields,
  link: string,
  targetMeta: EntityMetadata,
  fragments: Record<string, FragmentDefinitionNode>,
): Projection {
  const linkType = getNamedType(fields.nodeType.getFields()[link]?.type);
  if (!linkType || !isObjectType(linkType)) return 'all';
  const subFields = collectFields(
    (fields.nodeFields.get(link) ?? []).map((node) => node.selectionSet),
    fragments,
  );
  const properties = new Set<string>(['id']);
  for (const fieldName of subFields.keys()) {
    const read = propertiesOfField(linkType, targetMeta, fieldName);
    if (read === 'all') return 'all';
    for (const property of read) properties.add(property);
  }
  return properties;
}

function analyse(info: GraphQLResolveInfo, meta: EntityMetadata): ConnectionSelection {
  return selectionOf(connectionFields(info.returnType, info.fieldNodes, info.fragments), meta);
}

/** What the connection field being resolved asks of `meta`'s table. */
export function connectionSelection(info: GraphQLResolveInfo, meta: EntityMetadata): ConnectionSelection {
  const fieldNode = info.fieldNodes[0];
  if (!fieldNode) return ALL;
  // Several nodes for one response key: the same node may meet other companions elsewhere.
  if (info.fieldNodes.length > 1) return analyse(info, meta);
  let byEntity = cache.get(fieldNode);
  if (!byEntity) cache.set(fieldNode, (byEntity = new WeakMap()));
  let selection = byEntity.get(meta);
  if (!selection) byEntity.set(meta, (selection = analyse(info, meta)));
  return selection;
}
