import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generate, loadCodegenConfig } from '@graphql-codegen/cli';
import { printHosoSchema, SCHEMA_FILE } from '../../src/app/schema';

const root = join(__dirname, '..', '..');

describe('the committed GraphQL contract', () => {
  it('schema/schema.graphql is what the code emits (run `npm run schema:emit` when this fails)', async () => {
    expect(await readFile(SCHEMA_FILE, 'utf8')).toBe(await printHosoSchema());
  });

  it('tests/generated/graphql.ts is what codegen makes of schema/operations (run `npm run codegen`)', async () => {
    const { config } = await loadCodegenConfig({ configFilePath: join(root, 'codegen.yml') });
    const outputs: { filename: string; content: string }[] = await generate({ ...config, cwd: root }, false);
    const generated = outputs.find((o) => o.filename.endsWith('tests/generated/graphql.ts'));
    expect(generated).toBeDefined();
    expect(await readFile(join(root, 'tests', 'generated', 'graphql.ts'), 'utf8')).toBe(generated!.content);
  });
});
