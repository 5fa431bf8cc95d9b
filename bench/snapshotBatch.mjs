// Next-day decisions for 100,000 people from stored snapshots on one core, streamed: each person's
// snapshot is read from its stored JSON text with the day's events, decided on and dropped, so memory
// must stay flat however many go through. Run with --expose-gc.
import { decideDay, snapshotEpisode } from '../dist/index.js'
import { nextDay, oneYear } from './episode.mjs'

const day = (offset) => new Date(Date.parse('2025-12-01T00:00:00Z') + offset * 86_400_000).toISOString().slice(0, 10)

/** Stored snapshots of eight people: a year with or without red days, taken at the ends of different days. */
const storedSnapshots = () =>
  [false, true].flatMap((reds) => {
    const year = oneYear({ reds })
    return [300, 320, 340, 363].map((through) => {
      const episode = { ...year, events: year.events.filter((event) => event.date <= day(through)) }
      const snapshot = snapshotEpisode({ episode, through: day(through) })
      if (snapshot._tag !== 'Right') throw new Error('the year must give a snapshot')
      return { through, text: JSON.stringify(snapshot.right) }
    })
  })

export const runSnapshotBatch = (count = 100_000, checkpoints = [10_000, 50_000, 100_000]) => {
  const stored = storedSnapshots()
  const heapAt = []
  const outcomes = new Map()
  const started = performance.now()
  for (let person = 1; person <= count; person++) {
    const { through, text } = stored[person % stored.length]
    // Each person's day differs: now and then a session hurts more.
    const events = nextDay(through + 1, person % 13 === 0 ? 5 : 1)
    const decision = decideDay({ snapshot: JSON.parse(text), events, today: day(through + 1) })
    const outcome = decision._tag === 'Right' ? 'plan' : decision.left._tag
    outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1)
    if (checkpoints.includes(person)) {
      globalThis.gc?.()
      heapAt.push({ people: person, heapMb: process.memoryUsage().heapUsed / 2 ** 20 })
    }
  }
  const seconds = (performance.now() - started) / 1000
  const kb = stored.reduce((sum, { text }) => sum + text.length, 0) / stored.length / 1024
  return { count, seconds, perSecond: count / seconds, snapshotKb: kb, heapAt, outcomes: Object.fromEntries(outcomes), flat: heapAt.at(-1).heapMb <= heapAt[0].heapMb * 1.25 + 5 }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (globalThis.gc === undefined) console.warn('run with --expose-gc for exact heap figures')
  const result = runSnapshotBatch()
  console.log(result)
}
