import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { registerCodeListEnums } from '../common/code-lists/graphql';
import { validateArguments } from '../common/graphql/validate-args';
import { projectRoot } from './config';
import { resolvers } from './resolvers';

let built: Promise<GraphQLSchema> | undefined;

/** The executable schema (built once per process). */
export function buildHosoSchema(): Promise<GraphQLSchema> {
  registerCodeListEnums();
  built ??= buildSchema({
    resolvers,
    validateFn: validateArguments,
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
