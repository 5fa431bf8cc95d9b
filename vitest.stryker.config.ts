import { defineConfig } from 'vitest/config'
import base from './vitest.config.js'

// The mutation run: the main config, narrowed to the tests that run src in this process. The CLI, browser,
// service, example, schema and package tests run the build in dist/, which no mutant of src reaches.
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: [
      'tests/_lib/**/*.test.ts',
      'tests/shared/**/*.test.ts',
      'tests/catalog/**/*.test.ts',
      'tests/screening/**/*.test.ts',
      'tests/selection/**/*.test.ts',
      'tests/ceiling/**/*.test.ts',
      'tests/progression/**/*.test.ts',
      'tests/episode/**/*.test.ts',
      'tests/program/**/*.test.ts',
      'tests/api/hostile.test.ts',
      'tests/docs/**/*.test.ts',
    ],
    // Each of these starts fresh processes in other machine zones, where no mutant is active: they cannot
    // kill one, and would cost seconds for every mutant they cover.
    exclude: ['**/*.machineZone.test.ts'],
    setupFiles: ['tests/setup/stryker-fast-check.ts'],
    // Some tests set TZ to run in another machine zone; only a process of their own honours that.
    pool: 'forks',
  },
})
