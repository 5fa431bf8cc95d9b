// Mutation testing of every layer of src but the CLI (its tests drive the built CLI as a child process,
// which a mutant of src does not reach); see docs/mutation.md.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.stryker.config.ts' },
  mutate: ['src/**/*.ts', '!src/cli/**', '!src/index.ts', '!src/ics.ts'],
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
