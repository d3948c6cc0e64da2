/**
 * Every database-touching suite runs twice: once on SQLite, once on PostgreSQL (the
 * `HOSO_TEST_DB` each project sets). Tests that touch no database (tests/common, tests/contract, tests/sync) run once.
 * Jest runs TypeScript through ts-jest in transpile-only mode (tests/tsconfig.json), which keeps the
 * decorator metadata TypeGraphQL and MikroORM need; `npm run typecheck` does the type checking.
 */
const shared = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tests/tsconfig.json' }] },
  setupFiles: ['reflect-metadata'],
};

const pureTests = ['<rootDir>/tests/common/', '<rootDir>/tests/contract/', '<rootDir>/tests/sync/'];
// Pure files inside folders whose other suites need a database.
const pureFiles = [
  '<rootDir>/tests/sheet-sync/codecs.test.ts',
  '<rootDir>/tests/app/cli-errors.test.ts',
  '<rootDir>/tests/app/start-up-modules.test.ts',
];

/** @type {import('jest').Config} */
module.exports = {
  testTimeout: 120000,
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: [...pureTests.map((dir) => `${dir}**/*.test.ts`), ...pureFiles],
    },
    {
      ...shared,
      displayName: 'sqlite',
      testMatch: ['<rootDir>/tests/**/*.test.ts'],
      testPathIgnorePatterns: [...pureTests, ...pureFiles],
      setupFiles: [...shared.setupFiles, '<rootDir>/tests/support/use-sqlite.js'],
    },
    {
      ...shared,
      displayName: 'postgresql',
      testMatch: ['<rootDir>/tests/**/*.test.ts'],
      testPathIgnorePatterns: [...pureTests, ...pureFiles],
      setupFiles: [...shared.setupFiles, '<rootDir>/tests/support/use-postgresql.js'],
    },
  ],
};
