process.env.HOSO_TEST_DB = 'postgresql';
// Keep test output readable: only warnings and errors from the app's logger.
process.env.LOG_LEVEL = process.env.LOG_LEVEL || 'warn';
