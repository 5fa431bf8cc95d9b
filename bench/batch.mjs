// Next-day decisions for 100,000 clients on one core, streamed: each client's logs are made, decided on
// and dropped, so memory must stay flat however many clients go through. Run with --expose-gc.
import { NO_RED_FLAGS, nextDose } from '../dist/index.js'

const intake = { age: 38, redFlags: NO_RED_FLAGS }

const TODAY = '2026-11-21'
const dayBefore = (days) => new Date(Date.parse(`${TODAY}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10)

/** One client's last two weeks: a deadbug every other day and a morning check each day, varied by client. */
function* clients(count) {
  for (let client = 0; client < count; client++) {
    const sessions = Array.from({ length: 7 }, (_, index) => ({
      date: dayBefore(2 * index + 1),
      movement: 'deadbug',
      performed: { kind: 'hold', sets: 2, seconds: 20 + 5 * ((client + index) % 5) },
      completed: true,
      painDuring: (client * 7 + index) % 11 === 0 ? 5 : 1,
    }))
    const mornings = Array.from({ length: 14 }, (_, index) => ({ date: dayBefore(index), backPain: (client + index) % 17 === 0 ? 3 : 1 }))
    yield { intake, movement: 'deadbug', sessions, mornings, baselinePain: 1, today: TODAY }
  }
}

export const runBatch = (count = 100_000, checkpoints = [10_000, 50_000, 100_000]) => {
  const heapAt = []
  const actions = new Map()
  const started = performance.now()
  let done = 0
  for (const input of clients(count)) {
    const decision = nextDose(input)
    const action = decision._tag === 'Right' ? decision.right.action : decision.left._tag
    actions.set(action, (actions.get(action) ?? 0) + 1)
    done++
    if (checkpoints.includes(done)) {
      globalThis.gc?.()
      heapAt.push({ clients: done, heapMb: process.memoryUsage().heapUsed / 2 ** 20, rssMb: process.memoryUsage().rss / 2 ** 20 })
    }
  }
  const seconds = (performance.now() - started) / 1000
  return { count, seconds, perSecond: count / seconds, heapAt, actions: Object.fromEntries(actions), flat: heapAt.at(-1).heapMb <= heapAt[0].heapMb * 1.25 + 5 }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (globalThis.gc === undefined) console.warn('run with --expose-gc for exact heap figures')
  const result = runBatch()
  console.log(`${result.count.toLocaleString('en-US')} clients in ${result.seconds.toFixed(1)} s (${Math.round(result.perSecond).toLocaleString('en-US')} a second), actions ${JSON.stringify(result.actions)}`)
  for (const point of result.heapAt) console.log(`after ${point.clients.toLocaleString('en-US').padStart(7)} clients: heap ${point.heapMb.toFixed(1)} MB, rss ${point.rssMb.toFixed(1)} MB`)
  console.log(`memory flat: ${result.flat ? 'yes' : 'NO'}`)
}
