import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  getNamedType,
  isCompositeType,
  isObjectType,
  isInterfaceType,
  Kind,
} from 'graphql';
import { NodeMemo } from '../common/node-memo';

/**
 * A Relay connection (`pageInfo` + `edges`/`nodes`) or edge (`node` + `cursor`) only wraps the
 * rows: `cadres { nodes { … } }` and `cadres { edges { node { … } } }` are one level, as a reader
 * counts them, so that both spellings of a query have the same depth.
 */
function isWrapper(type: GraphQLCompositeType): boolean {
  if (!isObjectType(type) && !isInterfaceType(type)) return false;
  const fields = type.getFields();
  const connection = 'pageInfo' in fields && ('edges' in fields || 'nodes' in fields);
  const edge = 'node' in fields && 'cursor' in fields;
  return connection || edge;
}

/**
 * The depth of the operation that will run: nested fields, the leaf included, not counting
 * connection and edge wrappers nor introspection (`__schema`… is bounded by graphql-js's own
 * MaxIntrospectionDepthRule and by HOSO_INTROSPECTION). Fragments are followed; a cycle among them
 * (refused by validation before this runs) is not followed.
 */
export function operationDepth(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const root = schema.getRootType(operation.operation);
  if (!root) return 0;
  // A fragment spread a thousand times over is measured once (no exponential walk).
  const fragmentDepths = new Map<string, number>();

  const depthOf = (selectionSet: SelectionSetNode, parent: GraphQLCompositeType, visiting: ReadonlySet<string>): number => {
    const counts = isWrapper(parent) ? 0 : 1;
    let deepest = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith('__')) continue;
        const field = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[selection.name.value] : undefined;
        const type = field ? getNamedType(field.type) : undefined;
        const below = selection.selectionSet && type && isCompositeType(type) ? depthOf(selection.selectionSet, type, visiting) : 0;
        deepest = Math.max(deepest, counts + below);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const typed = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        const type = typed && isCompositeType(typed) ? typed : parent;
        deepest = Math.max(deepest, depthOf(selection.selectionSet, type, visiting));
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment || visiting.has(name)) continue;
        let depth = fragmentDepths.get(name);
        if (depth === undefined) {
          const typed = schema.getType(fragment.typeCondition.name.value);
          const type = typed && isCompositeType(typed) ? typed : parent;
          depth = depthOf(fragment.selectionSet, type, new Set([...visiting, name]));
          fragmentDepths.set(name, depth);
        }
        deepest = Math.max(deepest, depth);
      }
    }
    return deepest;
  };
  return depthOf(operation.selectionSet, root, new Set());
}

/**
 * Refuses too deep an operation before it runs (HTTP 400, QUERY_TOO_DEEP). A plugin rather than a
 * validation rule: Apollo rewrites every validation error's code to GRAPHQL_VALIDATION_FAILED.
 */
export function depthLimitPlugin<TContext extends object>(maxDepth: number): ApolloServerPlugin<TContext> {
  // An operation's depth is its document's: worked out once (node-memo.ts).
  const depths = new NodeMemo<number>(1);
  return {
    async requestDidStart({ schema }) {
      return {
        async didResolveOperation({ document, operation }) {
          if (!operation) return;
          const depth = depths.get(operation, '', () => operationDepth(schema, document, operation));
          if (depth <= maxDepth) return;
          throw new GraphQLError(
            `Truy vấn lồng quá sâu: ${depth} cấp, tối đa ${maxDepth} (không tính nodes/edges/node); hãy tách thành nhiều truy vấn (query too deep)`,
            { extensions: { code: 'QUERY_TOO_DEEP', depth, maxDepth, http: { status: 400 } } },
          );
        },
      };
    },
  };
}
