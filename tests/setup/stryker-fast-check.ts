import * as fc from 'fast-check'

/*
 * Used only by the mutation run (vitest.stryker.config.ts). Stryker reruns the
 * covering tests once per mutant, and the property tests ask for 1000 runs
 * each. An explicit numRuns in a test wins over the global one, so the global
 * numRuns only reaches properties that set none; the time limit is what keeps
 * every property short. An interrupted property passes on the runs it made.
 */
fc.configureGlobal({ numRuns: 50, interruptAfterTimeLimit: 100 })
