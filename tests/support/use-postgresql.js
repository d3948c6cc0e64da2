process.env.HOSO_TEST_DB = 'postgresql';
// Keep test output readable: only warnings and errors from the app's logger.
process.env.LOG_LEVEL = process.env.LOG_LEVEL || 'warn';
// Queries compiled at first sight, in this process's servers (support/database.ts) and in the CLI children it starts.
process.env.HOSO_COMPILE_QUERIES_AFTER = process.env.HOSO_COMPILE_QUERIES_AFTER || '0';
