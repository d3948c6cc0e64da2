process.env.HOSO_TEST_DB = 'sqlite';
// Keep test output readable: only warnings and errors from the app's logger.
process.env.LOG_LEVEL = process.env.LOG_LEVEL || 'warn';
// Servers the suites start as child processes compile queries at first sight too (see support/database.ts).
process.env.HOSO_COMPILE_QUERIES_AFTER = process.env.HOSO_COMPILE_QUERIES_AFTER || '0';
