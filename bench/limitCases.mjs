// The inputs at every documented maximum (INPUT_LIMITS), and the hostile inputs the edge must refuse.
// Each case builds its input, then calls one public function once. bench/limits.mjs runs each case in a
// fresh process, twice: once to build the input only, once to build and call, so the difference in peak
// memory is what the call itself took.
import * as calendar from '../dist/ics.js'
import * as main from '../dist/index.js'

// Both public entries: rehab-engine and rehab-engine/ics.
const engine = { ...main, ...calendar }

/** Every input that leads to a dose carries an intake, screened first: every red-flag question answered "no". */
const INTAKE = { age: 38, redFlags: engine.NO_RED_FLAGS }

const { INPUT_LIMITS, BUILT_IN_CATALOG } = engine
const day = (offset) => new Date(Date.UTC(2000, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10)

/** The longest log history: INPUT_LIMITS.logs sessions, three a day, and as many morning checks, one a day. */
const longHistory = () => {
  const count = INPUT_LIMITS.logs
  const sessions = Array.from({ length: count }, (_, index) => ({
    date: day(Math.floor(index / 3)),
    time: ['08:00', '13:00', '19:00'][index % 3],
    movement: 'hip-bridge',
    performed: { kind: 'reps', sets: 1, reps: 5 + (index % 6) },
    completed: true,
    painDuring: index % 9 === 0 ? 4 : 1,
  }))
  const mornings = Array.from({ length: count }, (_, index) => ({ date: day(index), backPain: index % 13 === 0 ? 3 : 1 }))
  return { sessions, mornings, baselinePain: 1, today: day(count - 1) }
}

const tags = Array.from({ length: INPUT_LIMITS.catalogFocusAreas }, (_, index) => `tag-${index}`)

/** A catalog of the most movements, each with the most variants, focus tags and ladder rungs. */
const largestCatalog = () =>
  Array.from({ length: INPUT_LIMITS.catalogMovements }, (_, index) => ({
    id: `movement-${index}`,
    name: `Movement ${index}`,
    description: 'A movement of the largest catalog the engine takes.',
    roles: ['assessment'],
    focus: Array.from({ length: INPUT_LIMITS.focusPerMovement }, (_, tag) => tags[(index + tag * 3) % tags.length]),
    dose: { kinds: ['reps'], perSide: false },
    variants: Array.from({ length: INPUT_LIMITS.variantsPerMovement }, (_, variant) => ({ id: `variant-${variant}`, name: `Variant ${variant}` })),
    ladder: {
      rungs: Array.from({ length: INPUT_LIMITS.ladderRungs }, (_, rung) => ({ kind: 'reps', sets: 1 + Math.floor(rung / 30), reps: 1 + (rung % 30) })),
      afterTop: { kind: 'stay' },
      frequency: { perDay: 10, minDaysApart: 1 },
      source: 'the largest catalog',
    },
    source: 'the largest catalog',
  }))

/** An assessment of the most results, one tag each, so the search for the best five has no shortcut. */
const widestSelection = () => {
  const catalog = engine.parseCatalog(
    Array.from({ length: INPUT_LIMITS.assessmentResults }, (_, index) => ({
      id: `movement-${index}`,
      name: `Movement ${index}`,
      description: 'One focus tag each.',
      roles: ['assessment'],
      focus: [tags[index % tags.length]],
      dose: { kinds: ['reps'], perSide: false },
      variants: [],
      source: 'the widest assessment',
    })),
  )
  if (catalog._tag !== 'Right') throw new Error('the widest catalog does not parse')
  const results = Array.from({ length: INPUT_LIMITS.assessmentResults }, (_, index) => ({ movement: `movement-${index}`, pain: index % 4 }))
  return { intake: INTAKE, assessment: { date: '2026-11-02', results }, options: { catalog: catalog.right } }
}

const longestProgram = () => {
  const plan = engine.planRehab({
    intake: INTAKE,
    assessment: { date: '2026-11-02', results: ['hip-mobility', 'cat-camel', 'hip-bridge', 'bird-dog', 'side-plank-clam-shell'].map((movement) => ({ movement, pain: 1 })) },
  })
  const program = engine.buildProgram({ start: '2026-11-02', plan: plan.right, options: { weeks: INPUT_LIMITS.weeks, timeZone: 'Europe/Berlin' } })
  return { plan: plan.right, program: program.right }
}

const busiestSimulation = () => {
  const catalog = engine.parseCatalog([...BUILT_IN_CATALOG, { ...largestCatalog()[0], id: 'busy', roles: ['protocol'], variants: [] }])
  if (catalog._tag !== 'Right') throw new Error('the busy catalog does not parse')
  const sessionTimes = Array.from({ length: 10 }, (_, index) => `${String(5 + index).padStart(2, '0')}:00`)
  return { intake: INTAKE, movement: 'busy', start: '2026-01-05', weeks: INPUT_LIMITS.weeks, baselinePain: 1, response: { painDuring: 1 }, options: { catalog: catalog.right, sessionTimes } }
}

const REHAB = ['hip-mobility', 'cat-camel', 'hip-bridge', 'bird-dog', 'side-plank-clam-shell']

/** The longest episode: INPUT_LIMITS.episodeEvents events, five movements three times a day and a morning check each day. */
const longestEpisode = () => {
  const events = [{ type: 'assessment', date: day(0), results: REHAB.map((movement) => ({ movement, pain: 1 })) }]
  for (let offset = 0; events.length < INPUT_LIMITS.episodeEvents; offset++) {
    events.push({ type: 'morning', date: day(offset), backPain: offset % 13 === 0 ? 2 : 1 })
    for (const time of ['08:00', '13:00', '19:00']) {
      for (const movement of REHAB) {
        if (events.length === INPUT_LIMITS.episodeEvents) break
        const performed = movement === 'side-plank-clam-shell' ? { kind: 'reps', sets: 1, reps: 5, perSide: true } : { kind: 'reps', sets: 1, reps: 5 + (offset % 6) }
        events.push({ type: 'session', date: day(offset), time, movement, performed, completed: true, painDuring: offset % 9 === 0 ? 4 : 1 })
      }
    }
  }
  return { episode: { intake: INTAKE, baselinePain: 1, events }, last: events.at(-1).date }
}

/** Each case: what it is, how its input is built, and the call measured. */
export const CASES = {
  'evaluateCeiling, 100,000 sessions and 100,000 mornings': { build: longHistory, call: (input) => engine.evaluateCeiling(input) },
  'nextDose, 100,000 sessions and 100,000 mornings': { build: () => ({ intake: INTAKE, movement: 'hip-bridge', ...longHistory() }), call: (input) => engine.nextDose(input) },
  'nextDose, 100,000 sessions all invalid': {
    build: () => {
      const history = longHistory()
      return { intake: INTAKE, movement: 'hip-bridge', ...history, sessions: history.sessions.map((session) => ({ ...session, painDuring: 11 })) }
    },
    call: (input) => engine.nextDose(input),
  },
  'parseCatalog, 200 movements of 20 variants and 60 rungs': { build: largestCatalog, call: (input) => engine.parseCatalog(input) },
  'selectRehabMovements, 64 results with no shortcut': { build: widestSelection, call: (input) => engine.selectRehabMovements(input) },
  'buildProgram, 52 weeks in Berlin': { build: () => ({ start: '2026-11-02', plan: longestProgram().plan, options: { weeks: INPUT_LIMITS.weeks, timeZone: 'Europe/Berlin' } }), call: (input) => engine.buildProgram(input) },
  'programToIcs, 52 weeks': { build: () => ({ program: longestProgram().program, options: { idPrefix: 'client-42' } }), call: (input) => engine.programToIcs(input) },
  'programToMarkdown, 52 weeks': { build: () => ({ program: longestProgram().program }), call: (input) => engine.programToMarkdown(input) },
  'simulateProgression, 52 weeks of 10 sessions a day': { build: busiestSimulation, call: (input) => engine.simulateProgression(input) },
  'decideDay, 20,000 events': {
    build: () => {
      const { episode, last } = longestEpisode()
      return { episode, today: last }
    },
    call: (input) => engine.decideDay(input),
  },
  'replayEpisode, 20,000 events, 366 days': {
    build: () => {
      const { episode } = longestEpisode()
      return { episode, through: day(INPUT_LIMITS.replayDays - 1) }
    },
    call: (input) => engine.replayEpisode(input),
  },
  'refused: a sparse list of 2^32-1 holes as sessions': {
    build: () => {
      const sessions = []
      sessions.length = 2 ** 32 - 1
      return { sessions, mornings: [], baselinePain: 1, today: '2026-11-02' }
    },
    call: (input) => engine.evaluateCeiling(input),
  },
  'refused: 100,000 objects of 49 keys (about 5 million values)': {
    build: () => ({ sessions: Array.from({ length: 100_000 }, () => Object.fromEntries(Array.from({ length: 49 }, (_, key) => [`key${key}`, key]))), mornings: [], baselinePain: 1, today: '2026-11-02' }),
    call: (input) => engine.evaluateCeiling(input),
  },
  'refused: 100,000 references to one 100,000-item list': {
    build: () => {
      const shared = Array.from({ length: 100_000 }, (_, index) => index)
      return { sessions: Array.from({ length: 100_000 }, () => shared), mornings: [], baselinePain: 1, today: '2026-11-02' }
    },
    call: (input) => engine.evaluateCeiling(input),
  },
}

// One case in this process: `node bench/limitCases.mjs <case> build|call` prints its time and peak memory as JSON.
if (import.meta.url === `file://${process.argv[1]}`) {
  const [name, mode] = process.argv.slice(2)
  const entry = CASES[name]
  if (entry === undefined) throw new Error(`no case named ${name}`)
  const input = entry.build()
  let milliseconds = 0
  let tag = 'built'
  if (mode === 'call') {
    const started = performance.now()
    const result = entry.call(input)
    milliseconds = performance.now() - started
    tag = `${result._tag}${result._tag === 'Left' ? ` ${result.left._tag}` : ''}`
  }
  console.log(JSON.stringify({ milliseconds, peakRssMb: process.resourceUsage().maxRSS / 1024, tag }))
}
