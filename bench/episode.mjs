// The episode of care: decideDay on a one-year episode from its JSON text, against JSON.parse of the
// same text alone, and a one-year replay. The 1.0 target is a decision at most 3 times the parse.
import { measure } from 'mitata'
import { NO_RED_FLAGS, decideDay, replayEpisode, snapshotEpisode } from '../dist/index.js'

const START = '2025-12-01'
const day = (offset) => new Date(Date.parse(`${START}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10)
const REHAB = ['hip-mobility', 'cat-camel', 'hip-bridge', 'bird-dog', 'side-plank-clam-shell']

// The protocol movements on their default days (2025-12-01 is a Monday): each at one dose, once a day.
const WEEKDAY = (offset) => offset % 7 // 0 is Monday
const PROTOCOL = [
  { movement: 'back-mobility-warm-up', days: [0, 1, 2, 3, 4, 5, 6], performed: { kind: 'reps', sets: 1, reps: 12, perSide: true } },
  { movement: 'hamstring-mobility-warm-up', days: [0, 1, 2, 3, 4, 5, 6], performed: { kind: 'reps', sets: 1, reps: 20 } },
  { movement: 'hip-thrust', days: [0, 2, 4], performed: { kind: 'reps', sets: 2, reps: 15 } },
  { movement: 'deadbug', days: [0, 2, 4], performed: { kind: 'hold', sets: 2, seconds: 30 } },
  { movement: 'thoracic-press', days: [1, 4], performed: { kind: 'reps', sets: 2, reps: 9 } },
  { movement: 'progressive-bodyweight-squat', days: [0, 2, 4], performed: { kind: 'reps', sets: 1, reps: 14 } },
  { movement: 'raising-the-roof', days: [0, 2, 4], performed: { kind: 'reps', sets: 1, reps: 5 } },
]

/**
 * A year (or `days`) of five rehab movements three times a day, the protocol
 * movements on their days and a morning check each day: about 7,300 events
 * a year. Amber now and then; with `reds`, a red session every 30 days and a
 * flare-up morning every 45, so the ceiling has red days to judge again.
 */
export const oneYear = ({ reds = false, days = 365 } = {}) => {
  const events = [{ type: 'assessment', date: day(0), results: REHAB.map((movement) => ({ movement, pain: 1 })) }]
  for (let offset = 0; offset < days; offset++) {
    const flareUp = reds && offset % 45 === 44
    events.push({ type: 'morning', date: day(offset), backPain: flareUp ? 4 : offset % 13 === 0 ? 2 : 1 })
    for (const time of ['08:00', '13:00', '19:00']) {
      for (const movement of REHAB) {
        const reps = 5 + (offset % 6)
        const performed = movement === 'side-plank-clam-shell' ? { kind: 'reps', sets: 1, reps, perSide: true } : { kind: 'reps', sets: 1, reps }
        const red = reds && offset % 30 === 29 && movement === 'hip-bridge' && time === '19:00'
        events.push({ type: 'session', date: day(offset), time, movement, performed, completed: true, painDuring: red ? 6 : offset % 9 === 0 ? 4 : 1 })
      }
    }
    for (const { movement, days, performed } of PROTOCOL) {
      if (days.includes(WEEKDAY(offset))) events.push({ type: 'session', date: day(offset), time: '19:00', movement, performed, completed: true, painDuring: 1 })
    }
  }
  return { intake: { age: 38, redFlags: NO_RED_FLAGS }, baselinePain: 1, events }
}

/** The events of one day after the year: a morning check and each rehab movement three times. */
export const nextDay = (offset, painDuring = 1) => [
  { type: 'morning', date: day(offset), backPain: 1 },
  ...['08:00', '13:00', '19:00'].flatMap((time) =>
    REHAB.map((movement) => ({
      type: 'session',
      date: day(offset),
      time,
      movement,
      performed: movement === 'side-plank-clam-shell' ? { kind: 'reps', sets: 2, reps: 10, perSide: true } : { kind: 'reps', sets: 2, reps: 10 },
      completed: true,
      painDuring,
    })),
  ),
]

/** The next day's decision from the snapshot stored at the end of `days` days of episode, and the day's events, from their text. */
const dayFromSnapshot = (days) => {
  const episode = oneYear({ days })
  const snapshot = snapshotEpisode({ episode, through: day(days - 1) })
  if (snapshot._tag !== 'Right') throw new Error('the episode must give a snapshot')
  return { events: episode.events.length, snapshotKb: JSON.stringify(snapshot.right).length / 1024, text: JSON.stringify({ snapshot: snapshot.right, events: nextDay(days), today: day(days) }) }
}

/**
 * A day from a snapshot after a month, a quarter, a year and two years of
 * episode: what a service pays each day should not grow with the history.
 */
export const runHistoryLengthBench = async () => {
  const cases = [30, 91, 365, 730].map((days) => ({ days, ...dayFromSnapshot(days) }))
  // Each case warmed up before any is timed, so that the first is not the one that pays for the compiler.
  for (let round = 0; round < 200; round++) for (const { text } of cases) decideDay(JSON.parse(text))
  const rows = []
  for (const { days, events, text } of cases) {
    const decide = await measure(() => decideDay(JSON.parse(text)))
    rows.push({ days, events, ms: decide.p50 / 1e6 })
  }
  return { rows, growth: rows.at(-1).ms / rows[0].ms }
}

/** Mean milliseconds a call of `run` takes over a slice of about `ms` milliseconds. */
const slice = (run, ms) => {
  const start = performance.now()
  let calls = 0
  while (performance.now() - start < ms) {
    run()
    calls++
  }
  return (performance.now() - start) / calls
}

/**
 * How many times faster `fast` runs than `slow`, each timed over slices of
 * `ms` milliseconds that take turns, round after round: a busy spell on a
 * shared machine then slows both sides of a round, not one side of the whole
 * measure. A slice is long enough that the garbage one leaves, collected in
 * the next, is a small part of it. The median and the range of the rounds'
 * ratios.
 */
export const speedUpInTurns = (slow, fast, { rounds = 11, ms = 300 } = {}) => {
  const ratios = []
  for (let round = 0; round < rounds; round++) ratios.push(slice(slow, ms) / slice(fast, ms))
  ratios.sort((a, b) => a - b)
  return { median: ratios[Math.floor(rounds / 2)], low: ratios[0], high: ratios.at(-1) }
}

export const runEpisodeBench = async () => {
  const episode = oneYear()
  const today = day(365)
  const text = JSON.stringify({ episode, today })
  const parse = await measure(() => JSON.parse(text))
  const decide = await measure(() => decideDay(JSON.parse(text)))
  const replay = await measure(() => replayEpisode({ episode, through: day(364) }), { min_cpu_time: 2e9 })
  // A service's day: the snapshot stored at the end of yesterday and today's events, from their JSON text.
  const { snapshotKb, text: dayText } = dayFromSnapshot(365)
  const fromSnapshot = await measure(() => decideDay(JSON.parse(dayText)))
  const inTurns = speedUpInTurns(() => decideDay(JSON.parse(text)), () => decideDay(JSON.parse(dayText)))
  const redText = JSON.stringify({ episode: oneYear({ reds: true }), today })
  const redParse = await measure(() => JSON.parse(redText))
  const redDecide = await measure(() => decideDay(JSON.parse(redText)))
  return {
    events: episode.events.length,
    kb: text.length / 1024,
    parseMs: parse.p50 / 1e6,
    decideMs: decide.p50 / 1e6,
    ratio: decide.p50 / parse.p50,
    replayMs: replay.p50 / 1e6,
    redDecideMs: redDecide.p50 / 1e6,
    snapshotKb,
    fromSnapshotMs: fromSnapshot.p50 / 1e6,
    snapshotSpeedUp: decide.p50 / fromSnapshot.p50,
    snapshotSpeedUpInTurns: inTurns,
    redRatio: redDecide.p50 / redParse.p50,
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await runEpisodeBench()
  console.log(result)
}
