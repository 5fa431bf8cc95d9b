import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const RUNNER = fileURLToPath(new URL('./zoneRunner.ts', import.meta.url))

/** What a fresh process saw of its machine zone, and what the call answered there. */
export interface ZonedRun {
  readonly machine: { readonly zone: string; readonly dayAfter20111229: number }
  readonly result: unknown
}

/**
 * Calls `exportName` of `src/<modulePath>.ts` in a fresh Node process whose
 * machine zone is `zone`, as a server abroad would run it. A process of its
 * own is the only sure way: a test worker thread ignores a change of TZ.
 */
export const runInMachineZone = (zone: string, modulePath: string, exportName: string, ...args: unknown[]): ZonedRun =>
  JSON.parse(
    execFileSync(process.execPath, ['--import', 'tsx', RUNNER, modulePath, exportName, JSON.stringify(args)], {
      env: { ...process.env, TZ: zone },
      encoding: 'utf8',
      maxBuffer: 2 ** 26,
    }),
  ) as ZonedRun
