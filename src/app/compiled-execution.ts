import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import {
  type DocumentNode,
  type ExecutionResult,
  GraphQLError,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  astFromValue,
  execute,
  getOperationAST,
  getVariableValues,
  isInputObjectType,
  isListType,
  isNonNullType,
  typeFromAST,
  valueFromASTUntyped,
} from 'graphql';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';

/**
 * Execution by compiled queries (issue 9). graphql-js interprets every document anew on every
 * request: per field of every row it collects subfields, builds a resolve info and reads argument
 * values, which profiles of the list and nested reads put at a quarter to a third of hoso's time.
 * graphql-jit compiles a document once into a function that does only that document's work.
 *
 * What is compiled: queries, once seen `compileAfter` times (a front end's queries are few and
 * repeat; compiling costs milliseconds, which a one-off query or a client sending endless variants
 * should not pay on every request). Mutations and subscriptions, and any document graphql-jit
 * cannot compile, stay with graphql-js: writes are not the hot path, and graphql-js is the
 * reference. Variables are always coerced by graphql-js first, so a bad one is answered in
 * graphql-js's words whichever path runs. graphql-jit's own coercion refuses an omitted non-null
 * input field or variable that has a default (`direction: OrderDirection! = ASC` in every order
 * input): those defaults are written into the variables it is given (`withNonNullDefaults`), and
 * should it still refuse what graphql-js accepted, graphql-js executes the request.
 *
 * A viewer who reads all personal data gets a compilation of their own (`variant`), in which the
 * personal-data fields are plain reads instead of a guarded resolver call per row; every other
 * viewer's compilation keeps the guards. A document compiled both ways is kept twice.
 *
 * Apollo's document store hands the same parsed `DocumentNode` for the same query text, so
 * compilations are kept beside it in a WeakMap and go when Apollo evicts the document.
 * Apollo Server 5 takes a custom executor only through its gateway interface; everything before
 * execution (parsing, validation, the plugins' checks) stays Apollo's.
 */

type GatewayInterface = ApolloServerOptionsWithGateway<object>['gateway'];
type GatewayExecutor = NonNullable<Awaited<ReturnType<GatewayInterface['load']>>['executor']>;

export interface CompiledExecutionOptions {
  /** Executions by graphql-js before a query is compiled: 0 compiles at first sight, `null` never. */
  compileAfter: number | null;
  /** Told each compilation (the server logs it at debug level). */
  onCompile?: (operationName: string | null) => void;
  /** A second compilation of each query, for the requests it applies to. */
  variant?: CompiledVariant;
}

/**
 * A compilation kept apart for some requests: `compile` runs graphql-jit's (synchronous)
 * compilation and may set the schema's resolvers as those requests need for its duration (the
 * personal-data guards, left out for a viewer who reads all personal data: personal-data.ts).
 */
export interface CompiledVariant {
  appliesTo(context: unknown): boolean;
  compile<T>(compileQuery: () => T): T;
}

/** A compiled query and the operation it runs (its variable definitions, read on every request). */
interface Compiled {
  query: CompiledQuery;
  operation: OperationDefinitionNode;
}

interface Compilations {
  seen: number;
  /** Per operation name ('' for an unnamed one); null where it is not to be compiled. */
  compiled: Map<string, Compiled | null>;
  /** The same, compiled as the variant (`CompiledExecutionOptions.variant`). */
  compiledAsVariant: Map<string, Compiled | null>;
}

/**
 * graphql-jit's errors are look-alikes of graphql-js's with no `extensions` object when the
 * thrown error had none, which Apollo's error formatting dereferences (and then answers every
 * error as a bare "Internal server error"): they are remade as graphql-js errors, same message,
 * path, locations and original error.
 */
function asGraphqlJsErrors(result: ExecutionResult): ExecutionResult {
  if (!result.errors?.length) return result;
  const errors = result.errors.map((error) => {
    const remade = new GraphQLError(error.message, { path: error.path, originalError: error.originalError, extensions: error.extensions });
    // Locations come from the document's nodes in graphql-js; graphql-jit has already worked them out.
    if (error.locations) Object.assign(remade, { locations: error.locations });
    return remade;
  });
  return { ...result, errors };
}

/**
 * `value` (a variable as the client sent it, valid for `type`) with every omitted non-null input
 * field that has a default given that default, in the form a client would have written it.
 */
function withNonNullDefaults(type: GraphQLInputType, value: unknown): unknown {
  if (value === null || value === undefined) return value;
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) {
    // A single value stands for a list of one (input coercion); graphql-jit wraps it itself.
    return Array.isArray(value) ? value.map((item) => withNonNullDefaults(inner.ofType, item)) : withNonNullDefaults(inner.ofType, value);
  }
  if (!isInputObjectType(inner) || typeof value !== 'object') return value;
  const given = value as Record<string, unknown>;
  let filled: Record<string, unknown> | undefined;
  for (const field of Object.values(inner.getFields())) {
    const fieldValue = given[field.name];
    let next: unknown;
    if (fieldValue === undefined && field.defaultValue !== undefined && isNonNullType(field.type)) {
      const literal = astFromValue(field.defaultValue, field.type);
      next = literal ? valueFromASTUntyped(literal) : undefined;
    } else {
      next = withNonNullDefaults(field.type, fieldValue);
    }
    if (next !== fieldValue) (filled ??= { ...given })[field.name] = next;
  }
  return filled ?? value;
}

/** The request's variables with the defaults graphql-jit would not apply (see above) written in. */
function variablesForCompiled(schema: GraphQLSchema, operation: OperationDefinitionNode, variables: Record<string, unknown>) {
  let filled: Record<string, unknown> | undefined;
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
    if (!type) continue;
    const value = variables[name];
    const next =
      value === undefined && definition.defaultValue && isNonNullType(type)
        ? valueFromASTUntyped(definition.defaultValue)
        : withNonNullDefaults(type, value);
    if (next !== value) (filled ??= { ...variables })[name] = next;
  }
  return filled ?? variables;
}

export function compiledExecutor(schema: GraphQLSchema, options: CompiledExecutionOptions): GatewayExecutor {
  const { compileAfter, onCompile, variant } = options;
  const byDocument = new WeakMap<DocumentNode, Compilations>();

  const compiledFor = (document: DocumentNode, operationName: string | null, asVariant: boolean): Compiled | null => {
    if (compileAfter === null) return null;
    let entry = byDocument.get(document);
    if (!entry) byDocument.set(document, (entry = { seen: 0, compiled: new Map(), compiledAsVariant: new Map() }));
    if (entry.seen < compileAfter) {
      entry.seen++;
      return null;
    }
    const key = operationName ?? '';
    const kept = asVariant ? entry.compiledAsVariant : entry.compiled;
    let compiled = kept.get(key);
    if (compiled === undefined) {
      compiled = null;
      const operation = getOperationAST(document, operationName);
      if (operation?.operation === 'query') {
        const compile = () => compileQuery(schema, document, operationName ?? undefined);
        const result = asVariant && variant ? variant.compile(compile) : compile();
        // Not compilable (graphql-jit answers with errors instead): graphql-js runs it and reports them its way.
        if (isCompiledQuery(result)) {
          compiled = { query: result, operation };
          onCompile?.(operationName);
        }
      }
      kept.set(key, compiled);
    }
    return compiled;
  };

  return async ({ document, operationName, context, request }) => {
    const interpreted = () => execute({ schema, document, contextValue: context, variableValues: request.variables, operationName });
    const compiled = compiledFor(document, operationName, variant?.appliesTo(context) ?? false);
    if (!compiled) return interpreted();
    const { query, operation } = compiled;
    const variables = request.variables ?? {};
    const coercion = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
    if (coercion.errors) return interpreted();
    const result = await query.query(undefined, context, variablesForCompiled(schema, operation, variables));
    // No `data` at all: graphql-jit refused variables graphql-js accepted (see above).
    if (!('data' in result)) return interpreted();
    return asGraphqlJsErrors(result);
  };
}

/** The schema and executor as Apollo's `gateway` option wants them. */
export function compiledExecutionGateway(schema: GraphQLSchema, options: CompiledExecutionOptions): GatewayInterface {
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => undefined;
    },
    async load() {
      return { executor: compiledExecutor(schema, options) };
    },
    async stop() {},
  };
}
