import { defineConfig } from 'vitest/config'
import base from './vitest.config.js'

// The mutation run: the main config, narrowed to the tests of src/assessment and src/progression.
// tests/program and tests/schemas also reach these folders, but through other code; they would double the run time.
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: [
      'tests/assessment/**/*.test.ts',
      'tests/progression/**/*.test.ts',
      'tests/mutation/**/*.test.ts',
    ],
    setupFiles: ['tests/setup/stryker-fast-check.ts'],
  },
})
