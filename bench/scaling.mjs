// nextDose and evaluateCeiling over histories of 10 to 10,000 logs: the cost should grow linearly.
import { measure } from 'mitata'
import { NO_RED_FLAGS, evaluateCeiling, nextDose } from '../dist/index.js'

const intake = { age: 38, redFlags: NO_RED_FLAGS }

const TODAY = '2026-11-21'
const dayBefore = (days) => new Date(Date.parse(`${TODAY}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10)

/** A history of `count` rehab sessions, three a day back from today, with a morning check each day. */
export const history = (count) => {
  const sessions = Array.from({ length: count }, (_, index) => ({
    date: dayBefore(1 + Math.floor(index / 3)),
    time: ['08:00', '13:00', '19:00'][index % 3],
    movement: 'hip-bridge',
    performed: { kind: 'reps', sets: 1, reps: 5 + (index % 6) },
    completed: true,
    painDuring: index % 9 === 0 ? 4 : 1,
  }))
  const mornings = Array.from({ length: Math.ceil(count / 3) + 1 }, (_, index) => ({ date: dayBefore(index), backPain: index % 13 === 0 ? 2 : 1 }))
  return { sessions, mornings }
}

export const runScalingBench = async () => {
  const rows = []
  for (const count of [10, 100, 1_000, 10_000]) {
    const { sessions, mornings } = history(count)
    const ceiling = await measure(() => evaluateCeiling({ sessions, mornings, baselinePain: 1, today: TODAY }))
    const dose = await measure(() => nextDose({ intake, movement: 'hip-bridge', sessions, mornings, baselinePain: 1, today: TODAY }))
    // Medians: a single garbage collection or a neighbour's burst on a shared machine moves the mean of a
    // 20 ms call far more than its median.
    rows.push({ count, ceiling: ceiling.p50, dose: dose.p50 })
  }
  const at = (count) => rows.find((row) => row.count === count)
  const growth = { ceiling: at(10_000).ceiling / at(1_000).ceiling, dose: at(10_000).dose / at(1_000).dose }
  return { rows, growth, met: growth.ceiling <= 12 && growth.dose <= 12 }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { rows, growth, met } = await runScalingBench()
  for (const row of rows) console.log(`${String(row.count).padStart(6)} logs  evaluateCeiling ${(row.ceiling / 1e6).toFixed(3).padStart(9)} ms  nextDose ${(row.dose / 1e6).toFixed(3).padStart(9)} ms`)
  console.log(`10,000 against 1,000 logs: evaluateCeiling x${growth.ceiling.toFixed(1)}, nextDose x${growth.dose.toFixed(1)} (at most 12: ${met ? 'met' : 'NOT MET'})`)
}
