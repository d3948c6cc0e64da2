import type { ApolloServerPlugin } from '@apollo/server';
import {
  type DirectiveNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  GraphQLError,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  getVariableValues,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  Kind,
} from 'graphql';
import { keyJson, NodeMemo } from '../common/node-memo';
import { DEFAULT_PAGE_SIZE } from '../common/pagination/page-size';

/**
 * The cost model, in rows: one unit is one row the database reads, or one field of one row the
 * server resolves and sends; on SQLite on a 2-core machine either is a few microseconds
 * (`npm run bench:stall` measures). What a request costs is what it makes the database and the
 * server do, and every alias is work of its own:
 *
 * - every root field that reads the database is a statement (`STATEMENT`);
 * - a page returns its page size of rows, and each row costs what it asks for;
 * - a root list that filters, or orders otherwise than by default, may read every row of its
 *   table (a name search is a LIKE over all of them): `TABLE_SCAN`; unfiltered, a page is a walk
 *   of an index. A root `totalCount` is a scan too;
 * - a nested list returns its page size of rows for every parent row above it (the product of the
 *   page sizes: the worst case, whatever the data holds). It is one statement per level for all
 *   the parents, which reads all their children (the page is cut from a window over them):
 *   `CHILDREN_PER_PARENT` rows a parent, at most `TABLE_SCAN`; its `totalCount` as much again.
 *   Over a whole subtree (`includeSubtree`, `includeSubunits`) every parent may read the table;
 * - a report, statistics or review field reads the cadres of its scope: `TABLE_SCAN`.
 *
 * Measured on 100,000 cadres (SQLite): a name search ~0.3 s (estimate 100,270), the README's
 * nested overview ~0.8 s (595,970), 444 aliased pages of 500 rows ~2.2 s (999,000).
 */
export const TABLE_SCAN = 100_000;
/** What a nested list reads per parent (a unit of the demo office has ~200 cadres, a cadre a few enrollments). */
export const CHILDREN_PER_PARENT = 200;
/** Resolving one root field as a statement of its own, whatever it reads: ~1 ms (a one-row page, aliased, measured 1.3 ms). */
export const STATEMENT = 250;
/** Most fields one query may hold (aliases and every spread of a fragment included); beyond it nothing is estimated. */
export const MAX_QUERY_NODES = 10_000;

/** Root fields that read the cadres of a scope (aggregates, report forms, their files, reviews), whatever their selection. */
export const SCOPE_READS: ReadonlySet<string> = new Set([
  'cadreStatistics',
  'report',
  'exportReport',
  'planningReview',
  'targetCompliance',
]);

/** Thrown when an operation holds more than MAX_QUERY_NODES fields. */
export class TooManyFieldsError extends Error {
  constructor() {
    super(`more than ${MAX_QUERY_NODES} fields`);
  }
}

/** A Relay connection type: rows under `nodes` or `edges`, and the per-list `pageInfo` and `totalCount`. */
function isConnection(type: GraphQLNamedType): type is GraphQLObjectType {
  if (!isObjectType(type)) return false;
  const fields = type.getFields();
  return 'pageInfo' in fields && ('nodes' in fields || 'edges' in fields);
}

/** Whether any filter or order is given: SQL over the rows, so the rows that fail it are read too. */
function given(value: unknown): boolean {
  if (value === null || value === undefined || value === false) return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.values(value).some(given);
  return true;
}

/** Rows a page asks for: `first` or `last`, the default page size when neither (or 0) is given. */
function pageSize(args: Record<string, unknown>): number {
  return Math.abs(Number(args.first ?? args.last ?? DEFAULT_PAGE_SIZE)) || DEFAULT_PAGE_SIZE;
}

/** One field as it will run: its definition, the node (for its arguments and selection) and the type it returns. */
interface Occurrence {
  node: FieldNode;
  field: GraphQLField<unknown, unknown> | undefined;
  type: GraphQLNamedType | undefined;
}

/**
 * The estimated cost of an operation (see TABLE_SCAN for the model). Fragments are expanded
 * where they are spread, @include and @skip followed; throws TooManyFieldsError past
 * MAX_QUERY_NODES fields.
 */
export function estimateCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> = {},
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  let fields = 0;

  const included = (node: { readonly directives?: readonly DirectiveNode[] }): boolean => {
    if (getDirectiveValues(GraphQLSkipDirective, node, variables)?.if === true) return false;
    return getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if !== false;
  };

  /** The fields a selection set runs on `parent`, fragments expanded; on an abstract type, those of every member (a superset). */
  const occurrences = (
    selectionSet: SelectionSetNode,
    parent: GraphQLCompositeType,
    visiting: ReadonlySet<string> = new Set(),
  ): Occurrence[] => {
    const found: Occurrence[] = [];
    for (const selection of selectionSet.selections) {
      if (++fields >= MAX_QUERY_NODES) throw new TooManyFieldsError();
      if (!included(selection)) continue;
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        const field = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
        found.push({ node: selection, field, type: field ? getNamedType(field.type) : undefined });
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const typed = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        found.push(...occurrences(selection.selectionSet, typed && isCompositeType(typed) ? typed : parent, visiting));
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        // A cycle among fragments is refused by validation before this runs; it is not followed.
        if (!fragment || visiting.has(name)) continue;
        const typed = schema.getType(fragment.typeCondition.name.value);
        found.push(...occurrences(fragment.selectionSet, typed && isCompositeType(typed) ? typed : parent, new Set([...visiting, name])));
      }
    }
    return found;
  };

  const argumentsOf = (occurrence: Occurrence): Record<string, unknown> => {
    if (!occurrence.field) return {};
    try {
      return getArgumentValues(occurrence.field, occurrence.node, variables);
    } catch {
      // Execution reports a wrong argument; the estimate goes on as if it were not given.
      return {};
    }
  };

  /** `count` objects of `parent`, each resolving `selectionSet`. */
  const objects = (
    selectionSet: SelectionSetNode | undefined,
    parent: GraphQLNamedType | undefined,
    count: number,
    root = false,
  ): number => {
    if (!selectionSet || !parent || !isCompositeType(parent)) return 0;
    let cost = 0;
    for (const occurrence of occurrences(selectionSet, parent)) {
      const { node, field, type } = occurrence;
      if (!field || !type || !isCompositeType(type)) {
        // A scalar, an enum or __typename: one value per object.
        cost += count;
        continue;
      }
      const args = argumentsOf(occurrence);
      if (isConnection(type) && field.args.some((arg) => arg.name === 'first')) {
        cost += root ? rootList(node, type, args) : nestedList(node, type, args, count);
      } else if (root && SCOPE_READS.has(field.name)) {
        cost += STATEMENT + TABLE_SCAN + objects(node.selectionSet, type, 1);
      } else if (field.args.some((arg) => arg.name === 'first')) {
        // A plain list with a page size (sync runs): its rows, each what it asks for.
        const rows = count * pageSize(args);
        cost += (root ? STATEMENT : 0) + rows + objects(node.selectionSet, type, rows);
      } else {
        // A record by id, a to-one link (batched per level), or a value object: one lookup each.
        cost += (root ? STATEMENT : 0) + count + objects(node.selectionSet, type, count);
      }
    }
    return cost;
  };

  /** What is selected of a connection: `totalCount`, and the cost of `rows` rows of nodes and edges. */
  const connection = (selectionSet: SelectionSetNode | undefined, type: GraphQLObjectType, rows: number) => {
    let counted = false;
    let cost = 0;
    for (const occurrence of selectionSet ? occurrences(selectionSet, type) : []) {
      const name = occurrence.node.name.value;
      if (name === 'totalCount') counted = true;
      else if (name === 'nodes') cost += objects(occurrence.node.selectionSet, occurrence.type, rows);
      else if (name === 'edges') cost += edges(occurrence.node.selectionSet, occurrence.type, rows);
      // pageInfo and __typename come with the page.
    }
    return { counted, cost };
  };

  const edges = (selectionSet: SelectionSetNode | undefined, type: GraphQLNamedType | undefined, rows: number): number => {
    if (!selectionSet || !type || !isCompositeType(type)) return 0;
    let cost = 0;
    for (const occurrence of occurrences(selectionSet, type)) {
      if (occurrence.node.name.value === 'node') cost += objects(occurrence.node.selectionSet, occurrence.type, rows);
      else cost += rows;
    }
    return cost;
  };

  const rootList = (node: FieldNode, type: GraphQLObjectType, args: Record<string, unknown>): number => {
    const rows = pageSize(args);
    const scans = given(args.filter) || given(args.orderBy);
    const { counted, cost } = connection(node.selectionSet, type, rows);
    return STATEMENT + (scans ? TABLE_SCAN : rows) + (counted ? STATEMENT + TABLE_SCAN : 0) + cost;
  };

  const nestedList = (node: FieldNode, type: GraphQLObjectType, args: Record<string, unknown>, parents: number): number => {
    const subtree = args.includeSubtree === true || args.includeSubunits === true;
    const read = subtree ? parents * TABLE_SCAN : Math.min(parents * CHILDREN_PER_PARENT, TABLE_SCAN);
    const rows = parents * pageSize(args);
    const { counted, cost } = connection(node.selectionSet, type, rows);
    return STATEMENT + read + (counted ? STATEMENT + read : 0) + cost;
  };

  const root = schema.getRootType(operation.operation);
  return objects(operation.selectionSet, root ?? undefined, 1, true);
}

/** "4.52e+40" is no figure for a person: big estimates are said as a power of ten. */
function formatCost(cost: number): string {
  if (!Number.isFinite(cost)) return 'vô hạn';
  if (cost < 1e15) return Math.round(cost).toLocaleString('vi-VN');
  const exponent = Math.floor(Math.log10(cost));
  return `≈ ${(cost / 10 ** exponent).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} × 10^${exponent}`;
}

/** A refusal of the whole request before it runs: the client's fault, so HTTP 400, never 500. */
function tooComplex(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX', ...extensions, http: { status: 400 } } });
}

/**
 * Refuses an operation whose estimated cost is over `maxComplexity` before it runs (HTTP 400,
 * QUERY_TOO_COMPLEX, naming the estimate and the limit). On SQLite every statement runs on the
 * one event loop and a request's statements queue ahead of everyone else's, so this estimate is
 * what keeps one request from holding all the others.
 */
export function complexityPlugin<TContext extends object>(maxComplexity: number): ApolloServerPlugin<TContext> {
  // The estimate of an operation with the same variables is the same: worked out once (node-memo.ts).
  const estimates = new NodeMemo<Estimate>(16);
  return {
    async requestDidStart({ schema }) {
      return {
        async didResolveOperation({ request, document, operation }) {
          if (!operation) return;
          const estimate = estimates.get(operation, keyJson(request.variables ?? {}), () =>
            estimateOperation(schema, document, operation, request.variables ?? {}),
          );
          if (estimate === 'variables-do-not-fit') return;
          if (estimate === 'too-many-fields') {
            throw tooComplex(
              `Truy vấn có quá nhiều trường (tối đa ${MAX_QUERY_NODES.toLocaleString('vi-VN')}, kể cả bí danh): hãy tách thành nhiều truy vấn (too many fields)`,
              { maxQueryNodes: MAX_QUERY_NODES },
            );
          }
          if (estimate > maxComplexity) {
            throw tooComplex(
              `Truy vấn quá phức tạp: ước tính ${formatCost(estimate)}, tối đa ${formatCost(maxComplexity)}; hãy dùng ít bí danh hơn, trang nhỏ hơn, ít cấp lồng nhau hơn, hoặc bỏ totalCount và bộ lọc không cần (query too complex)`,
              { complexity: Number.isFinite(estimate) ? Math.min(estimate, Number.MAX_SAFE_INTEGER) : null, maxComplexity },
            );
          }
        },
      };
    },
  };
}

type Estimate = number | 'variables-do-not-fit' | 'too-many-fields';

function estimateOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): Estimate {
  // Variables that do not fit their types are reported by execution, per variable, as
  // BAD_USER_INPUT; estimating with them would throw a bare error first (a 500).
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  if (coerced.errors) return 'variables-do-not-fit';
  try {
    return estimateCost(schema, document, operation, coerced.coerced);
  } catch (error) {
    if (error instanceof TooManyFieldsError) return 'too-many-fields';
    throw error;
  }
}
