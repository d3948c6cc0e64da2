import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';

/**
 * The authorisation matrix's view of the schema: which root fields, nested connections, to-one
 * links and personal-data fields exist, and a minimal valid operation for each. Everything here is
 * read from the built schema, so a field added later is in the matrix without anyone listing it.
 */

export type AnyField = GraphQLField<unknown, unknown>;

export const fieldsOf = (type: GraphQLObjectType): AnyField[] => Object.values(type.getFields()) as AnyField[];

/** The types behind the `Node` interface: every record with a global id. */
export function nodeTypes(schema: GraphQLSchema): GraphQLObjectType[] {
  const node = schema.getType('Node');
  if (!isInterfaceType(node)) throw new Error('the schema has no Node interface');
  return [...schema.getPossibleTypes(node)];
}

/** `XConnection` → the node type X (read from its `nodes` field), or null for any other type. */
export function connectionNodeType(type: GraphQLNamedType): GraphQLObjectType | null {
  if (!isObjectType(type) || !type.name.endsWith('Connection')) return null;
  const nodes = type.getFields().nodes;
  const named = nodes && getNamedType(nodes.type);
  return named && isObjectType(named) ? named : null;
}

export const isRequired = (arg: GraphQLArgument | { type: GraphQLInputType; defaultValue?: unknown }) =>
  isNonNullType(arg.type) && arg.defaultValue === undefined;

/** Root query fields by what the matrix does with them. */
export interface QueryClasses {
  /** Root lists: `cadres`, `units`... with the entity they list. */
  connections: { field: AnyField; entity: string }[];
  /** By-id roots: `cadre(id:)`... with the type they return. */
  byId: { field: AnyField; entity: string }[];
  node: AnyField | null;
  /** Fields that are none of those: each must be a documented exception of the matrix. */
  others: AnyField[];
}

export function classifyQueries(schema: GraphQLSchema): QueryClasses {
  const nodes = new Set(nodeTypes(schema).map((t) => t.name));
  const classes: QueryClasses = { connections: [], byId: [], node: null, others: [] };
  for (const field of fieldsOf(schema.getQueryType()!)) {
    const named = getNamedType(field.type);
    const listed = connectionNodeType(named);
    const required = field.args.filter(isRequired);
    if (listed) classes.connections.push({ field, entity: listed.name });
    else if (field.name === 'node' && isInterfaceType(named)) classes.node = field;
    else if (nodes.has(named.name) && required.length === 1 && required[0]!.name === 'id' && !isListType(field.type))
      classes.byId.push({ field, entity: named.name });
    else classes.others.push(field);
  }
  return classes;
}

export type WriteKind = 'create' | 'update' | 'delete';

/** Mutation fields named createX, updateX or deleteX returning a record, and the rest. */
export function classifyMutations(schema: GraphQLSchema): {
  writes: { field: AnyField; kind: WriteKind; entity: string }[];
  others: AnyField[];
} {
  const nodes = new Set(nodeTypes(schema).map((t) => t.name));
  const writes: { field: AnyField; kind: WriteKind; entity: string }[] = [];
  const others: AnyField[] = [];
  for (const field of fieldsOf(schema.getMutationType()!)) {
    const match = /^(create|update|delete)[A-Z]/.exec(field.name);
    const entity = getNamedType(field.type).name;
    if (match && nodes.has(entity)) writes.push({ field, kind: match[1] as WriteKind, entity });
    else others.push(field);
  }
  return { writes, others };
}

/** Connection fields of an object type (`Cadre.enrollments`...), with the entity each lists. */
export function nestedConnections(type: GraphQLObjectType): { field: AnyField; entity: string }[] {
  return fieldsOf(type).flatMap((field) => {
    const listed = connectionNodeType(getNamedType(field.type));
    return listed ? [{ field, entity: listed.name }] : [];
  });
}

/** To-one fields whose type is a Node type (`Enrollment.cadre`, `Unit.parent`...). */
export function toOneLinks(schema: GraphQLSchema, type: GraphQLObjectType): { field: AnyField; entity: string; nonNull: boolean }[] {
  const nodes = new Set(nodeTypes(schema).map((t) => t.name));
  return fieldsOf(type).flatMap((field) => {
    const inner = isNonNullType(field.type) ? field.type.ofType : field.type;
    const named = getNamedType(field.type);
    return !isListType(inner) && nodes.has(named.name) ? [{ field, entity: named.name, nonNull: isNonNullType(field.type) }] : [];
  });
}

/** Fields marked with the `personalData` extension, by type. */
export function personalDataFields(schema: GraphQLSchema): Map<GraphQLObjectType, AnyField[]> {
  const found = new Map<GraphQLObjectType, AnyField[]>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const marked = fieldsOf(type).filter((field) => field.extensions.personalData === true);
    if (marked.length > 0) found.set(type, marked);
  }
  return found;
}

/** Inputs whose `id` may name records of several types (`SyncedRecordInput`: any synced record): a cadre stands in. */
const OWN_TYPE_STANDS_IN: Record<string, string> = { SyncedRecord: 'Cadre' };

/**
 * Where an `...Id` argument or input field points: `cadreId` → Cadre, `fromUnitId` → Unit,
 * `termId` → PlanningTerm, `scopeId` → Locality, `parentId`/`id` → the record's own type.
 */
export function idTarget(schema: GraphQLSchema, name: string, ownType: string): string {
  const nodes = new Set(nodeTypes(schema).map((t) => t.name));
  if (name === 'id' || name === 'parentId' || name === 'mergedIntoId') return OWN_TYPE_STANDS_IN[ownType] ?? ownType;
  const stem = name.replace(/Id$/, '').replace(/^(from|to)(?=[A-Z])/, '');
  const capitalised = stem.charAt(0).toUpperCase() + stem.slice(1);
  if (nodes.has(capitalised)) return capitalised;
  const aliases: Record<string, string> = { term: 'PlanningTerm', scope: 'Locality' };
  const alias = aliases[stem];
  if (alias) return alias;
  throw new Error(`matrix: no idea which record "${name}" of ${ownType} names; teach idTarget`);
}

/** Global ids to put where a record is named, by the type the argument or field points at (and its name: `toUnitId` wants another unit than `fromUnitId`). */
export type IdSource = (entity: string, name: string) => string;

function scalarPlaceholder(type: string, name: string, ownType: string, schema: GraphQLSchema, ids: IdSource): unknown {
  switch (type) {
    case 'ID':
      return ids(idTarget(schema, name, ownType), name);
    case 'Int':
      if (/year/i.test(name)) return 2024;
      if (/^(first|last)$/.test(name)) return 5;
      return 1;
    case 'Float':
      return 1;
    case 'Boolean':
      return false;
    case 'LocalDate':
      return '2024-01-15';
    case 'DateTimeISO':
      return '2024-01-15T00:00:00.000Z';
    case 'JSONObject':
      return {};
    default:
      if (/birthDate/.test(name)) return '1985-03-12';
      if (/fullName/.test(name)) return 'Lê Văn Ma Trận';
      if (/code/i.test(name)) return '99';
      return 'ma trận (matrix)';
  }
}

/** A value of an input type with only what is required, from simple placeholders (JSON, for variables). */
export function placeholderValue(
  schema: GraphQLSchema,
  type: GraphQLInputType,
  name: string,
  ownType: string,
  ids: IdSource,
  depth = 0,
): unknown {
  if (depth > 6) throw new Error(`matrix: input ${String(type)} nests too deep for placeholders`);
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return [placeholderValue(schema, inner.ofType, name, ownType, ids, depth + 1)];
  if (isEnumType(inner)) return inner.getValues()[0]!.name;
  if (isInputObjectType(inner)) {
    const own = inner.name.replace(/^(Create|Update)/, '').replace(/Input$/, '');
    const value: Record<string, unknown> = {};
    for (const field of Object.values(inner.getFields())) {
      if (isRequired(field)) value[field.name] = placeholderValue(schema, field.type, field.name, own, ids, depth + 1);
    }
    return value;
  }
  return scalarPlaceholder(inner.name, name, ownType, schema, ids);
}

/** `__typename` for a composite result, nothing for a leaf. */
export const minimalSelection = (field: AnyField) => (isLeafType(getNamedType(field.type)) ? '' : ' { __typename }');

export interface Operation {
  query: string;
  variables: Record<string, unknown>;
}

/**
 * One root field with its required arguments (as variables, typed as the schema says) and a
 * minimal selection; `extra` gives arguments of the caller's choosing (whole values, in place of the placeholders).
 */
export function operationFor(
  schema: GraphQLSchema,
  kind: 'query' | 'mutation',
  field: AnyField,
  ownType: string,
  ids: IdSource,
  options: { selection?: string; extra?: Record<string, unknown> } = {},
): Operation {
  const declarations: string[] = [];
  const uses: string[] = [];
  const variables: Record<string, unknown> = {};
  for (const arg of field.args) {
    const given = options.extra?.[arg.name];
    if (!isRequired(arg) && given === undefined) continue;
    const name = `v_${arg.name}`;
    declarations.push(`$${name}: ${String(arg.type)}`);
    uses.push(`${arg.name}: $${name}`);
    variables[name] = given !== undefined ? given : placeholderValue(schema, arg.type, arg.name, ownType, ids);
  }
  const header = declarations.length > 0 ? `(${declarations.join(', ')})` : '';
  const args = uses.length > 0 ? `(${uses.join(', ')})` : '';
  const selection = options.selection ?? minimalSelection(field);
  return { query: `${kind} Matrix${header} { ${field.name}${args}${selection} }`, variables };
}

/** For an update: one harmless text field of the input to change, so that the write is a real change. */
export function harmlessUpdate(field: AnyField): Record<string, unknown> {
  const input = field.args.find((arg) => arg.name === 'input');
  const type = input && getNamedType(input.type);
  if (!type || !isInputObjectType(type)) throw new Error(`matrix: ${field.name} has no input object`);
  const fields = Object.values(type.getFields());
  const texts = fields.filter((f) => getNamedType(f.type).name === 'String');
  const preferred = ['name', 'fullName', 'decisionNumber', 'reason', 'certificate', 'note'];
  const chosen = preferred.map((name) => texts.find((f) => f.name === name)).find(Boolean) ?? texts[0];
  if (!chosen) throw new Error(`matrix: ${type.name} has no text field to change; teach harmlessUpdate`);
  return { [chosen.name]: 'ma trận (matrix)' };
}
