// Worst-case time and memory at every documented maximum, each case in fresh processes: the peak memory
// of building the input alone is taken from the peak of building it and calling, so the figure is what
// the call took. Budgets (under 1 s and 200 MB each) are reported, never asserted: the machine is shared.
import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { CASES } from './limitCases.mjs'

const SCRIPT = fileURLToPath(new URL('./limitCases.mjs', import.meta.url))
const BUDGET = { milliseconds: 1_000, memoryMb: 200 }

const runOnce = (name, mode) => JSON.parse(execFileSync(process.execPath, [SCRIPT, name, mode], { encoding: 'utf8', maxBuffer: 2 ** 24 }))

/** The median of three runs of each mode. */
const median = (values) => [...values].sort((a, b) => a - b)[1]

export const runLimitsBench = () =>
  Object.keys(CASES).map((name) => {
    const built = [0, 1, 2].map(() => runOnce(name, 'build'))
    const called = [0, 1, 2].map(() => runOnce(name, 'call'))
    const milliseconds = median(called.map((run) => run.milliseconds))
    const memoryMb = Math.max(0, median(called.map((run) => run.peakRssMb)) - median(built.map((run) => run.peakRssMb)))
    return { name, tag: called[0].tag, milliseconds, memoryMb, within: milliseconds < BUDGET.milliseconds && memoryMb < BUDGET.memoryMb }
  })

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const row of runLimitsBench()) {
    console.log(`${row.name.padEnd(62)} ${row.tag.padEnd(18)} ${row.milliseconds.toFixed(0).padStart(6)} ms ${row.memoryMb.toFixed(0).padStart(5)} MB  ${row.within ? 'within budget' : 'OVER BUDGET'}`)
  }
}
