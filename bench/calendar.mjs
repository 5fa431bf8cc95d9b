// programToIcs against the size of the program, in one run: 4, 13 and 52 weeks, each against a baseline of
// the same size measured in the same run (ProgramSchema.safeParse of the program, the check every export
// runs first, which walks and copies every session and movement once), and once more with every movement
// named in 40 emoji of seven octets each, so that every description line folds many times. Linear work
// keeps the ratio to the baseline flat as the program grows; a quadratic step would make it climb.
import { measure } from 'mitata'
import { BUILT_IN_CATALOG, NO_RED_FLAGS, ProgramSchema, buildProgram, parseCatalog, planRehab } from '../dist/index.js'
import { programToIcs } from '../dist/ics.js'

const plan = planRehab({
  intake: { age: 38, redFlags: NO_RED_FLAGS },
  assessment: { date: '2026-11-02', results: ['hip-mobility', 'cat-camel', 'hip-bridge', 'bird-dog', 'side-plank-clam-shell'].map((movement) => ({ movement, pain: 1 })) },
})
const programOf = (weeks) => buildProgram({ start: '2026-11-02', plan: plan.right, options: { weeks, timeZone: 'Europe/Berlin' } }).right
const emoji = parseCatalog(BUILT_IN_CATALOG.map((movement) => ({ ...movement, name: '🏋️'.repeat(40) }))).right

export const runCalendarBench = async () => {
  const rows = []
  for (const weeks of [4, 13, 52]) {
    const program = programOf(weeks)
    const baseline = await measure(() => ProgramSchema.safeParse(program))
    const plain = await measure(() => programToIcs({ program, options: { idPrefix: 'client-42' } }))
    const folded = await measure(() => programToIcs({ program, options: { idPrefix: 'client-42', catalog: emoji } }))
    rows.push({ weeks, events: program.sessions.length + program.checkIns.length, baseline: baseline.p50, plain: plain.p50, folded: folded.p50 })
  }
  const first = rows[0]
  const last = rows.at(-1)
  // How much faster than the program the cost grew from 4 to 52 weeks, against the baseline's own growth.
  const growth = { plain: last.plain / first.plain / (last.baseline / first.baseline), folded: last.folded / first.folded / (last.baseline / first.baseline) }
  return { rows, growth, met: growth.plain <= 1.5 && growth.folded <= 1.5 }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { rows, growth, met } = await runCalendarBench()
  for (const row of rows) {
    console.log(`${String(row.weeks).padStart(2)} weeks, ${String(row.events).padStart(4)} events: programToIcs ${(row.plain / 1e6).toFixed(2)} ms (x${(row.plain / row.baseline).toFixed(1)} the baseline), emoji names ${(row.folded / 1e6).toFixed(2)} ms (x${(row.folded / row.baseline).toFixed(1)})`)
  }
  console.log(`From 4 to 52 weeks, against the baseline's growth: x${growth.plain.toFixed(2)}, emoji names x${growth.folded.toFixed(2)} (at most 1.5: ${met ? 'met' : 'NOT MET'})`)
}
