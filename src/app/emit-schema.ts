import { emitSchemaFile, SCHEMA_FILE } from './schema';

emitSchemaFile()
  .then(() => console.log(`wrote ${SCHEMA_FILE}`))
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
