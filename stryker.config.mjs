// Mutation testing of the screening, selection and progression rules; see docs/mutation.md.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.stryker.config.ts' },
  mutate: ['src/assessment/**/*.ts', 'src/progression/**/*.ts'],
  coverageAnalysis: 'perTest',
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  // Two cores: one test runner each.
  concurrency: 2,
  // Generous: a mutant may slow a property test down, and the machine is shared.
  timeoutMS: 15_000,
  timeoutFactor: 2,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  cleanTempDir: 'always',
}
