import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Property tests run thousands of cases; the default 5 s is too tight on a shared 2-core machine.
    testTimeout: 60_000,
  },
})
