import { createDefaultEsmPreset } from 'ts-jest'

/** @type {import('jest').Config} */
export default {
  ...createDefaultEsmPreset(),
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  moduleNameMapper: {
    // as tsconfig.json `paths`: @actions/core without its eager OIDC client (src/core/action/actions-core.ts)
    '^@actions/core$': '<rootDir>/src/core/action/actions-core.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1'
  },
  // Integration tests spawn bundles and servers; keep the 2-core machine from thrashing.
  maxWorkers: 2,
  setupFiles: ['<rootDir>/test/no-workflow-commands.js'],
  reporters: ['default', '<rootDir>/test/summary-reporter.js'],
  testTimeout: 60000
}
