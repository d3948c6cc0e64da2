import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { type PubSub, buildSchema } from 'type-graphql';
import { registerCodeListEnums } from '../common/code-lists/graphql';
import { validateArguments } from '../common/graphql/validate-args';
import { useDefaultResolversForPlainFields } from '../common/graphql/simple-fields';
import { guardPersonalData } from '../access/personal-data';
import { answerPrimedNestedLists } from '../common/graphql/connections';
import { callFieldResolversDirectly } from '../common/graphql/direct-resolvers';
import { projectRoot } from './config';
import { resolvers } from './resolvers';

let built: Promise<GraphQLSchema> | undefined;

/**
 * TypeGraphQL wants a PubSub as soon as the schema has a subscription, even when each brings its
 * own `subscribe` (syncProgress does: src/sheet-sync/progress); no subscription uses topics.
 */
const NO_TOPICS: PubSub = {
  publish: () => {
    throw new Error('No subscription uses TypeGraphQL topics');
  },
  subscribe: () => {
    throw new Error('No subscription uses TypeGraphQL topics');
  },
};

/** The executable schema (built once per process). */
export function buildHosoSchema(): Promise<GraphQLSchema> {
  registerCodeListEnums();
  built ??= buildSchema({
    resolvers,
    validateFn: validateArguments,
    pubSub: NO_TOPICS,
  }).then((schema) => {
    // In this order: the personal-data guard wraps whichever resolver a field ends up with.
    useDefaultResolversForPlainFields(schema);
    callFieldResolversDirectly(schema);
    answerPrimedNestedLists(schema);
    guardPersonalData(schema);
    return schema;
  });
  return built;
}

export const SCHEMA_FILE = join(projectRoot(), 'schema', 'schema.graphql');

/** The SDL front ends read: sorted, so that its diff shows real changes only. */
export async function printHosoSchema(): Promise<string> {
  const schema = await buildHosoSchema();
  return `# Emitted from the code by \`npm run schema:emit\`; do not edit by hand.\n\n${printSchema(lexicographicSortSchema(schema))}\n`;
}

export async function emitSchemaFile(): Promise<void> {
  await writeFile(SCHEMA_FILE, await printHosoSchema(), 'utf8');
}
