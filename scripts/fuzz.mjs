// Fuzzes every public function of the built package with arbitrary JSON, hostile JSON (own `__proto__`,
// `constructor` and `prototype` keys, as JSON.parse makes them) and near-valid inputs (a real input with one
// field replaced or removed, or all its dates moved to the ends of the calendar). Every case must return
// without throwing, give a well-formed result that survives a JSON round trip, leave the prototypes alone
// and not write to its (deep-frozen) input.
//
//   node scripts/fuzz.mjs
//   FUZZ_SEED=7 FUZZ_RUNS=2000 FUZZ_ONLY=nextDose,buildProgram FUZZ_VERBOSE=1 node scripts/fuzz.mjs
//
// FUZZ_RUNS is the number of cases for a function of normal speed; the slow ones run a share of it (printed).
import { readFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import fc from 'fast-check'
import * as engine from '../dist/index.js'

// ---------------------------------------------------------------------------------------------------------
// Settings

const DEFAULT_SEED = 20261102
const DEFAULT_RUNS = 8_000 // with the slow functions' shares, 106,400 cases in all
const MIN_TOTAL = 100_000
const SLOW_CASE_MS = 1_000 // a single case slower than this is printed (not failed): a hint of unbounded work
const MAX_SHRINKS = 400 // shrinking re-runs heavy cases; a bounded search still gives a small counterexample
const SHRINK_BUDGET_MS = 10_000 // a failing case can be slow (seconds) too, and shrinking would repeat it hundreds of times

const intFromEnv = (name, fallback, min, max) => {
  const raw = process.env[name]
  if (raw === undefined || raw.trim() === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < min || value > max) {
    console.error(`${name} must be a whole number from ${min} to ${max}, not "${raw}"`)
    process.exit(2)
  }
  return value
}
// fast-check seeds are 32-bit integers.
const SEED = intFromEnv('FUZZ_SEED', DEFAULT_SEED, -(2 ** 31), 2 ** 31 - 1)
const RUNS = intFromEnv('FUZZ_RUNS', DEFAULT_RUNS, 1, 10_000_000)
const ONLY = (process.env.FUZZ_ONLY ?? '').split(',').map((name) => name.trim()).filter(Boolean)
const VERBOSE = process.env.FUZZ_VERBOSE === '1' // print long failing inputs in full rather than cut short

// ---------------------------------------------------------------------------------------------------------
// Plain-data helpers. Inputs may carry an own `__proto__` key: plain assignment would set the prototype
// instead, so keys are always defined, never assigned.

const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value)
const define = (target, key, value) =>
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true })

const copy = (value) => {
  if (Array.isArray(value)) return value.map((item) => copy(item))
  if (isObject(value)) {
    const out = {}
    for (const key of Object.keys(value)) define(out, key, copy(value[key]))
    return out
  }
  return value
}

const get = (value, path) => path.reduce((node, key) => node[key], value)

/** Every path inside a value, root first. */
const pathsOf = (value, path = [], out = []) => {
  out.push(path)
  if (Array.isArray(value)) value.forEach((item, index) => pathsOf(item, [...path, index], out))
  else if (isObject(value)) for (const key of Object.keys(value)) pathsOf(value[key], [...path, key], out)
  return out
}
const pathCache = new WeakMap()
const cachedPaths = (value) => {
  if (!pathCache.has(value)) pathCache.set(value, pathsOf(value))
  return pathCache.get(value)
}

/** A copy of `args` with `change(parent, key)` applied at `path` (path[0] is the argument's index). */
const changedAt = (args, path, change) => {
  const out = copy(args)
  change(path.slice(0, -1).reduce((node, key) => node[key], out), path.at(-1))
  return out
}
const replaceAt = (args, path, value) => changedAt(args, path, (parent, key) => define(parent, key, value))
const removeAt = (args, path) =>
  changedAt(args, path, (parent, key) => {
    if (path.length === 1) parent[key] = undefined // an argument is left out, not shifted
    else if (Array.isArray(parent)) parent.splice(key, 1)
    else delete parent[key]
  })

/** Freezes everything reachable, own `__proto__` keys included, so any write by the engine throws (strict mode). */
const deepFreeze = (value) => {
  if (typeof value === 'object' && value !== null) {
    Object.freeze(value)
    for (const key of Reflect.ownKeys(value)) deepFreeze(value[key])
  }
  return value
}

/** JSON text of a value with extra members written first into the object at `target`. */
const jsonText = (value, target, members, path = []) => {
  if (Array.isArray(value)) return `[${value.map((item, index) => jsonText(item, target, members, [...path, index])).join(',')}]`
  if (isObject(value)) {
    const here = path.length === target.length && path.every((key, index) => key === target[index])
    const entries = [
      ...(here ? members : []),
      ...Object.keys(value)
        .filter((key) => value[key] !== undefined)
        .map((key) => [key, jsonText(value[key], target, members, [...path, key])]),
    ]
    return `{${entries.map(([key, text]) => `${JSON.stringify(key)}:${text}`).join(',')}}`
  }
  return value === undefined ? 'null' : JSON.stringify(value)
}

const DAY_MS = 86_400_000
const DATE_PREFIX = /^(\d{4})-(\d{2})-(\d{2})/
const dayNumber = (text) => Date.parse(`${text.slice(0, 10)}T00:00:00Z`) / DAY_MS

/**
 * Every calendar date in a value (dates and the date part of date-times) moved by the same number of days,
 * so that the input stays consistent while its dates reach the ends of the calendar (0000 and 9999).
 */
const shiftDatesTo = (args, anchor) => {
  const days = []
  const collect = (value) => {
    if (typeof value === 'string' && DATE_PREFIX.test(value) && Number.isFinite(dayNumber(value))) days.push(dayNumber(value))
    else if (Array.isArray(value)) value.forEach(collect)
    else if (isObject(value)) Object.values(value).forEach(collect)
  }
  collect(args)
  if (days.length === 0) return args
  const offset = anchor.startsWith('9') ? dayNumber(anchor) - Math.max(...days) : dayNumber(anchor) - Math.min(...days)
  const move = (value) => {
    if (typeof value === 'string' && DATE_PREFIX.test(value) && Number.isFinite(dayNumber(value))) {
      const moved = new Date((dayNumber(value) + offset) * DAY_MS).toISOString().replace(/T.*$/, '')
      return `${moved}${value.slice(10)}`
    }
    if (Array.isArray(value)) return value.map(move)
    if (isObject(value)) {
      const out = {}
      for (const key of Object.keys(value)) define(out, key, move(value[key]))
      return out
    }
    return value
  }
  return move(args)
}

/** Readable exact input: JSON per argument (JSON.stringify keeps own `__proto__` keys). */
const showArgs = (name, args, limit = Infinity) => {
  const text = `${name}(${args.map((arg) => (arg === undefined ? 'undefined' : JSON.stringify(arg))).join(', ')})`
  return text.length > limit ? `${text.slice(0, limit)}... (${text.length} characters)` : text
}

// ---------------------------------------------------------------------------------------------------------
// Checks

class Finding extends Error {}
const must = (condition, message) => {
  if (!condition) throw new Finding(message)
}

/**
 * The first path where a value and its JSON round trip differ, or undefined. Numbers compare with ===,
 * so -0 equals 0: JSON has one zero and `JSON.stringify(-0)` is "0".
 */
const jsonDifference = (value, parsed, path = 'result') => {
  if (value === parsed) return undefined
  if (Array.isArray(value)) {
    if (!Array.isArray(parsed) || parsed.length !== value.length) return path
    for (let index = 0; index < value.length; index++) {
      const found = jsonDifference(value[index], parsed[index], `${path}.${index}`)
      if (found !== undefined) return found
    }
    return undefined
  }
  if (isObject(value)) {
    const proto = Object.getPrototypeOf(value)
    if (proto !== Object.prototype && proto !== null) return `${path} (a ${value.constructor?.name ?? 'non-plain'} object)`
    if (!isObject(parsed)) return path
    const keys = Object.keys(value)
    if (keys.length !== Object.keys(parsed).length) return `${path} (keys ${JSON.stringify(keys)})`
    for (const key of keys) {
      if (!Object.hasOwn(parsed, key)) return `${path}.${key}`
      const found = jsonDifference(value[key], parsed[key], `${path}.${key}`)
      if (found !== undefined) return found
    }
    return undefined
  }
  return path // NaN, Infinity, undefined, functions, bigints...
}

const checkJsonRoundTrip = (result) => {
  let parsed
  try {
    parsed = JSON.parse(JSON.stringify(result))
  } catch (error) {
    throw new Finding(`result cannot be written as JSON: ${error.message}`)
  }
  const difference = jsonDifference(result, parsed)
  must(difference === undefined, `result changes in a JSON round trip at ${difference}`)
}

const checkIssues = (issues) => {
  must(Array.isArray(issues) && issues.length > 0, 'InvalidInput without a non-empty issues array')
  issues.forEach((issue, index) => {
    must(isObject(issue), `issues.${index} is not an object`)
    must(typeof issue.path === 'string', `issues.${index}.path is not a string`)
    must(typeof issue.message === 'string' && issue.message.length > 0, `issues.${index}.message is not a non-empty string`)
  })
}

/** A result checker for an Either, given the Left tags the function documents. */
const either = (leftTags, checkRight = () => {}) => (result) => {
  must(isObject(result), 'result is not an object')
  if (result._tag === 'Left') {
    must(Object.hasOwn(result, 'left') && isObject(result.left), 'Left without an object `left`')
    must(leftTags.includes(result.left._tag), `Left with _tag ${JSON.stringify(result.left._tag)}, not one of ${leftTags.join(', ')}`)
    if (result.left._tag === 'InvalidInput') checkIssues(result.left.issues)
    return result.left._tag
  }
  must(result._tag === 'Right', `result _tag is ${JSON.stringify(result._tag)}, not Left or Right`)
  must(Object.hasOwn(result, 'right'), 'Right without `right`')
  checkRight(result.right)
  return 'Right'
}
const isLadder = (value) => isObject(value) && Array.isArray(value.rungs) && value.rungs.length > 0 && isObject(value.afterTop) && isObject(value.frequency)

// Prototype pollution: the own names of the built-in prototypes, and a probe key, before and after each case.
const PROTOTYPES = { Object: Object.prototype, Array: Array.prototype, Function: Function.prototype, String: String.prototype, Number: Number.prototype }
const protoBaseline = Object.fromEntries(Object.entries(PROTOTYPES).map(([name, proto]) => [name, new Set(Object.getOwnPropertyNames(proto))]))
const checkPrototypes = () => {
  const gained = []
  for (const [name, proto] of Object.entries(PROTOTYPES)) {
    for (const key of Object.getOwnPropertyNames(proto)) {
      if (!protoBaseline[name].has(key)) {
        gained.push(`${name}.prototype.${key}`)
        try {
          delete proto[key] // restore, so later cases and functions are judged on their own
        } catch {}
      }
    }
  }
  const probe = {}.polluted
  must(gained.length === 0, `a prototype gained a key: ${gained.join(', ')}`)
  must(probe === undefined, '({}).polluted is defined')
}

// ---------------------------------------------------------------------------------------------------------
// Realistic inputs, from examples/assessment.json and the docs' examples.

const example = JSON.parse(readFileSync(new URL('../examples/assessment.json', import.meta.url), 'utf8'))
const plain = (value) => JSON.parse(JSON.stringify(value)) // an engine value as a caller would send it: unfrozen, untrusted
const rightOf = (result, what) => {
  if (result._tag !== 'Right') throw new Error(`setup: ${what} gave ${JSON.stringify(result).slice(0, 300)}`)
  return plain(result.right)
}

const noFlags = Object.fromEntries(engine.RED_FLAGS.map((flag) => [flag.id, false]))
const builtInCatalog = plain(engine.movements)
const wallSit = {
  id: 'wall-sit',
  name: 'Wall sit',
  description: 'Back against a wall, knees bent, held still.',
  roles: ['assessment'],
  focus: ['quads'],
  dose: { kinds: ['reps'], perSide: false },
  variants: [],
  source: 'our clinic',
}
const withWallSit = [...builtInCatalog, wallSit]
const FOCUS = ['a', 'b', 'c', 'd', 'e', 'f', 'g']
const smallCatalog = [
  ...FOCUS.slice(0, 6).map((tag, index) => ({
    id: `movement-${index}`,
    name: `Movement ${index}`,
    description: 'A generated movement.',
    roles: ['assessment'],
    focus: [tag, FOCUS[(index + 2) % FOCUS.length]],
    dose: { kinds: ['reps'], perSide: index % 2 === 0 },
    variants: index === 1 ? [{ id: 'variant-0', name: 'Variant 0' }, { id: 'variant-1', name: 'Variant 1' }] : [],
    source: 'generated',
  })),
  {
    id: 'band-row',
    name: 'Band row',
    description: 'A row against a band.',
    roles: ['protocol'],
    focus: ['upper-back'],
    dose: { kinds: ['reps'], perSide: false },
    variants: [],
    ladder: {
      rungs: [{ kind: 'reps', sets: 1, reps: 8 }, { kind: 'reps', sets: 2, reps: 8 }, { kind: 'reps', sets: 2, reps: 12 }],
      afterTop: { kind: 'load-step', backTo: 1 },
      frequency: { perDay: 1, perWeek: { min: 2, max: 3 }, minDaysApart: 2 },
      source: 'our clinic',
    },
    source: 'our clinic',
  },
  {
    id: 'plank',
    name: 'Plank',
    description: 'A front plank.',
    roles: ['protocol'],
    focus: ['core'],
    dose: { kinds: ['hold'], perSide: false },
    variants: [],
    harderForm: 'band-row',
    ladder: {
      rungs: [{ kind: 'hold', sets: 1, seconds: 20 }, { kind: 'hold', sets: 1, seconds: 30 }],
      afterTop: { kind: 'advance', to: 'band-row' },
      frequency: { perDay: 2, minDaysApart: 1 },
      source: 'our clinic',
    },
    source: 'our clinic',
  },
]
rightOf(engine.parseCatalog(smallCatalog), 'parseCatalog(smallCatalog)')
rightOf(engine.parseCatalog(withWallSit), 'parseCatalog(withWallSit)')

const results = (movements, pain) => movements.map((movement) => ({ movement, pain }))
const fourAssessment = { date: '2026-03-23', results: results(['hip-mobility', 'cat-camel', 'hip-bridge', 'bird-dog'], 1) }
const docsAssessment = {
  date: '2026-11-02',
  results: [
    { movement: 'hip-mobility', pain: 2 },
    { movement: 'cat-camel', pain: 1 },
    { movement: 'hip-bridge', pain: 0 },
    { movement: 'bird-dog', pain: 2 },
    { movement: 'kettlebell-walk', variant: 'overhead', pain: 6 },
    { movement: 'side-plank-clam-shell', pain: 3 },
  ],
}
const soreAssessment = { ...docsAssessment, results: docsAssessment.results.map((result) => ({ ...result, pain: result.pain + 2 })) }
const fiveAssessment = {
  date: '2026-01-05',
  results: [...results(['hip-mobility', 'in-line-lunge-halo', 'hip-bridge', 'bird-dog'], 2), { movement: 'kettlebell-walk', variant: 'overhead', pain: 0 }],
}
const wallSitAssessment = { date: '2026-11-02', results: results(['wall-sit', 'hip-bridge', 'bird-dog', 'cat-camel'], 1) }
const smallAssessment = {
  date: '2027-01-10',
  results: [
    ...['movement-0', 'movement-2', 'movement-3', 'movement-4', 'movement-5'].map((movement, index) => ({ movement, pain: index })),
    { movement: 'movement-1', variant: 'variant-1', pain: 1 },
  ],
}

const selection4 = rightOf(engine.selectRehabMovements(fourAssessment), 'selection4')
const selection5 = rightOf(engine.selectRehabMovements(fiveAssessment), 'selection5')
const docsSelection = rightOf(engine.planRehab({ intake: { age: 38, redFlags: noFlags }, assessment: docsAssessment }), 'docs plan').selection
const wallSitSelection = rightOf(engine.selectRehabMovements(wallSitAssessment, { catalog: withWallSit }), 'wall-sit selection')

const programBerlin = rightOf(engine.buildProgram({ start: '2026-03-23', weeks: 1, timeZone: 'Europe/Berlin', selection: selection4 }), 'Berlin program')
const programNewYork = rightOf(engine.buildProgram({ start: '2026-11-02', weeks: 1, timeZone: 'America/New_York', selection: selection5 }), 'New York program')
const programWallSit = rightOf(
  engine.buildProgram({ start: '2026-10-01', weeks: 1, timeZone: 'Australia/Lord_Howe', selection: wallSitSelection, options: { catalog: withWallSit } }),
  'wall-sit program',
)
// A program's first two days: the same shapes, fewer events for the slow iCalendar writer.
const twoDays = (program) => ({ ...program, sessions: program.sessions.slice(0, 6) })

// The getting-started history: every item of the first day, logged at pain 1.
const gettingStarted = rightOf(engine.buildProgram({ start: '2026-11-02', weeks: 1, timeZone: 'Europe/Berlin', selection: docsSelection }), 'docs program')
const firstDayHistory = gettingStarted.sessions
  .filter((session) => session.date === '2026-11-02')
  .flatMap((session) =>
    session.items.map(({ dose, ...movement }) => ({ date: session.date, time: session.time, ...movement, performed: dose, completed: true, painDuring: 1 })),
  )
const gettingStartedMornings = [{ date: '2026-11-02', backPain: 2 }, { date: '2026-11-03', backPain: 2 }]
const log = (date, movement, performed, painDuring, extra = {}) => ({ date, movement, performed, completed: true, painDuring, ...extra })
const hold = (seconds) => ({ kind: 'hold', sets: 2, seconds })
const reps = (sets, count, extra = {}) => ({ kind: 'reps', sets, reps: count, ...extra })

const report = {
  location: 'worked-muscle',
  character: 'dull-ache',
  hoursSinceExercise: 30,
  atRest: false,
  disturbsSleep: false,
  trend: 'same',
  numbnessOrTingling: false,
}

// ---------------------------------------------------------------------------------------------------------
// Valid-input generators, in the style of tests/arbitraries, for more variety than the fixed examples.

const TODAY = '2026-11-21'
const shiftDate = (date, days) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)
const isoDate = fc.integer({ min: 0, max: 365 * 15 }).map((days) => shiftDate('2020-01-01', days))
const lowPain = fc.oneof({ weight: 3, arbitrary: fc.integer({ min: 0, max: 3 }) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 10 }) })

const scorable = engine.movements.flatMap((movement) =>
  movement.roles.includes('assessment')
    ? [{ movement: movement.id }, ...movement.variants.map((variant) => ({ movement: movement.id, variant: variant.id }))]
    : [],
)
const assessmentGen = fc.record({
  date: isoDate,
  results: fc
    .shuffledSubarray(scorable, { minLength: 1 })
    .chain((entries) => fc.tuple(...entries.map((entry) => lowPain.map((pain) => ({ ...entry, pain }))))),
})
const intakeGen = fc.record({
  age: fc.integer({ min: 0, max: 120 }),
  redFlags: fc.oneof(
    { weight: 4, arbitrary: fc.constant(noFlags) },
    { weight: 1, arbitrary: fc.constantFrom(...Object.keys(noFlags)).map((flag) => ({ ...noFlags, [flag]: true })) },
  ),
  startBack: fc.option(
    fc.record({
      items: fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
      bothersomeness: fc.constantFrom('not-at-all', 'slightly', 'moderately', 'very-much', 'extremely'),
    }),
    { nil: undefined },
  ),
}).map(({ startBack, ...rest }) => (startBack === undefined ? rest : { ...rest, startBack }))

const LOGGED = [
  { movement: 'hip-bridge', performed: reps(1, 5) },
  { movement: 'bird-dog', performed: reps(2, 8, { perSide: true }) },
  { movement: 'deadbug', performed: hold(20) },
  { movement: 'kettlebell-walk', variant: 'overhead', performed: { kind: 'distance', sets: 2, meters: 20 } },
  { movement: 'thoracic-press', performed: reps(2, 10, { loadKg: 4 }) },
]
const sessionGen = fc
  .record({
    offset: fc.integer({ min: -20, max: 0 }),
    which: fc.integer({ min: 0, max: LOGGED.length - 1 }),
    hour: fc.integer({ min: 6, max: 21 }),
    completed: fc.boolean(),
    painDuring: lowPain,
    painAfter: fc.option(lowPain, { nil: undefined }),
  })
  .map(({ offset, which, hour, completed, painDuring, painAfter }) => ({
    date: shiftDate(TODAY, offset),
    time: `${String(hour).padStart(2, '0')}:00`,
    ...LOGGED[which],
    completed,
    painDuring,
    ...(painAfter === undefined ? {} : { painAfter }),
  }))
const morningsGen = fc
  .uniqueArray(fc.integer({ min: -20, max: 0 }), { maxLength: 21 })
  .chain((offsets) =>
    fc.tuple(
      ...offsets.map((offset) =>
        fc.record({ backPain: lowPain, stiffness: fc.option(lowPain, { nil: undefined }) }).map(({ backPain, stiffness }) => ({
          date: shiftDate(TODAY, offset),
          backPain,
          ...(stiffness === undefined ? {} : { stiffness }),
        })),
      ),
    ),
  )
const ceilingGen = fc.record({
  sessions: fc.array(sessionGen, { maxLength: 30 }),
  mornings: morningsGen,
  baselinePain: fc.integer({ min: 0, max: 4 }),
  today: fc.constant(TODAY),
})
const nextDoseGen = fc
  .tuple(ceilingGen, fc.constantFrom(...LOGGED), fc.option(fc.constant(example.assessment), { nil: undefined }))
  .map(([{ sessions, ...rest }, pick, assessment]) => ({
    movement: pick.movement,
    ...(pick.variant === undefined ? {} : { variant: pick.variant }),
    history: sessions,
    ...rest,
    ...(assessment === undefined ? {} : { assessment }),
  }))

const WEEKDAYS = engine.WEEKDAYS
const TIME_ZONES = ['UTC', 'Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'Australia/Adelaide', 'Pacific/Chatham']
const clock = (minutes) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`
const programInputGen = fc.record({
  start: isoDate,
  weeks: fc.integer({ min: 1, max: 3 }),
  timeZone: fc.constantFrom(...TIME_ZONES),
  selection: fc.constantFrom(selection4, selection5, docsSelection),
  protocol: fc.record({
    deadbugDays: fc.constantFrom(['monday'], ['tuesday', 'thursday'], ['monday', 'wednesday', 'friday']),
    thoracicPressDays: fc.constantFrom(['tuesday', 'friday'], ['monday', 'thursday']),
  }),
  workoutDays: fc.uniqueArray(fc.constantFrom(...WEEKDAYS), { maxLength: 7 }),
  sessionTimes: fc
    .tuple(fc.integer({ min: 0, max: 10 * 60 }), fc.integer({ min: 180, max: 300 }), fc.integer({ min: 180, max: 300 }))
    .map(([first, gap1, gap2]) => [clock(first), clock(first + gap1), clock(first + gap1 + gap2)]),
})
const sorenessGen = fc.record({
  location: fc.constantFrom('worked-muscle', 'spine', 'joint', 'radiating'),
  character: fc.constantFrom('dull-ache', 'tight', 'sharp', 'stabbing', 'electric', 'burning'),
  hoursSinceExercise: fc.oneof(fc.integer({ min: 0, max: 240 }), fc.double({ min: 0, max: 24 * 365, noNaN: true })),
  atRest: fc.boolean(),
  disturbsSleep: fc.boolean(),
  trend: fc.constantFrom('improving', 'same', 'worse'),
  numbnessOrTingling: fc.boolean(),
})

// ---------------------------------------------------------------------------------------------------------
// Hostile and replacement values.

const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype']
const MORE_HOSTILE_KEYS = ['toString', 'valueOf', 'hasOwnProperty', 'toJSON', 'then', 'length', 'isPrototypeOf']
const hostileValueText = fc.oneof(
  fc.constantFrom(
    '{"polluted":true}',
    '{"prototype":{"polluted":true}}',
    '{"constructor":{"prototype":{"polluted":true}}}',
    '{"__proto__":{"polluted":true}}',
    '{"toString":[],"valueOf":null}', // an object no coercion can turn into a primitive
    '"polluted"',
    'true',
    'null',
    '[]',
    '{}',
    '1',
  ),
  fc.json({ maxDepth: 2 }),
)
/** Members to write into an object: always one of the prototype keys, sometimes more. */
const hostileMembers = fc
  .tuple(
    fc.tuple(fc.constantFrom(...HOSTILE_KEYS), hostileValueText),
    fc.array(fc.tuple(fc.constantFrom(...HOSTILE_KEYS, ...MORE_HOSTILE_KEYS), hostileValueText), { maxLength: 3 }),
  )
  .map(([first, rest]) => [first, ...rest])

// Boundary values that arbitrary JSON rarely hits: limits, odd dates and zones, ids of the catalog.
const PLAUSIBLE = [
  -1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 20, 52, 53, 60, 61, 100, 120, 121, 200, 201, 500, 501, 3600, 10000, 10001, 100000,
  0.5, 1.5, 2.5, -0.5, 1e-9, 1e21, 1.7976931348623157e308, -1.7976931348623157e308, 5e-324, 2 ** 31, 2 ** 32, Number.MAX_SAFE_INTEGER, 2 ** 53,
  '', ' ', 'a', 'x'.repeat(65), 'x'.repeat(301), 'hip-bridge', 'deadbug', 'advanced-iso-hold', 'kettlebell-walk', 'overhead', 'by-the-side',
  'hip-thrust', 'thoracic-press', 'wall-sit', 'cat-camel', 'Hip-Bridge', 'hip--bridge', '-hip', 'movement-1', 'variant-1', 'band-row', 'plank',
  '2026-11-02', '2026-11-21', '2026-11-22', '2026-03-29', '2026-10-04', '2024-02-29', '2026-02-29', '2026-02-30', '2026-13-01', '2026-1-1',
  '0000-01-01', '0001-01-01', '1970-01-01', '2099-12-31', '9999-12-31', '2026-11-02T00:00:00Z', '2026-11-02T08:00:00+01:00',
  '2026-03-29T02:30:00+01:00', '2026-11-02T08:00:00.123456789+05:45', '2026-11-02T08:00:00-12:00', '+275760-09-13T00:00:00Z',
  '00:00', '02:30', '08:00', '23:59', '24:00', '8:00', '08:60', 'UTC', 'utc', 'Europe/Berlin', 'europe/berlin', 'America/New_York',
  'Australia/Lord_Howe', 'Pacific/Chatham', 'Asia/Kathmandu', 'Etc/GMT+12', 'Etc/GMT-14', 'Mars/Olympus', 'monday', 'tuesday', 'friday',
  'sunday', 'Monday', 'reps', 'hold', 'distance', 'assessment', 'protocol', 'between-sets', 'stay', 'advance', 'load-step', 'harder-form',
  'worse', 'improving', 'radiating', 'sharp', 'very-much', 'extremely', 'client-42', 'Left', 'Right', 'InvalidInput',
  true, false, null, [], {}, [true], [0], ['monday'], ['monday', 'tuesday'], ['08:00', '12:00', '16:00'], ['assessment', 'assessment'],
  // Array-likes where a list or string is expected, as JSON.parse makes them.
  { length: 1, 0: 'hip-bridge' }, { length: -1 }, { length: 1e9 }, { length: { toString: [], valueOf: null } },
]

// ---------------------------------------------------------------------------------------------------------
// The functions and their inputs. Each input is an argument list; `bases` are valid argument lists.

const EVERY_LEFT = ['InvalidInput']
const stringRight = (value) => must(typeof value === 'string', 'Right is not a string')

const TARGETS = [
  {
    name: 'screenIntake',
    call: (intake) => engine.screenIntake(intake),
    arity: 1,
    check: either(EVERY_LEFT, (screening) => must(['Cleared', 'Referral'].includes(screening?._tag), 'Right is neither Cleared nor Referral')),
    bases: [
      [example.intake],
      [{ age: 38, redFlags: noFlags }],
      [{ age: 38, redFlags: { ...noFlags, 'saddle-numbness': true } }],
      [{ age: 67, redFlags: noFlags, startBack: { items: [true, true, true, true, true, true, true, true], bothersomeness: 'extremely' } }],
    ],
    valid: intakeGen.map((intake) => [intake]),
  },
  {
    name: 'selectRehabMovements',
    call: (assessment, options) => engine.selectRehabMovements(assessment, options),
    arity: 2,
    check: either(['InvalidInput', 'NotEnoughTolerableMovements']),
    bases: [
      [example.assessment, undefined],
      [docsAssessment, { painCeiling: 5 }],
      [soreAssessment, {}],
      [wallSitAssessment, { catalog: withWallSit }],
      [smallAssessment, { painCeiling: 4, catalog: smallCatalog }],
    ],
    valid: fc.tuple(assessmentGen, fc.constantFrom(undefined, {}, { painCeiling: 0 }, { painCeiling: 5 })),
  },
  {
    name: 'planRehab',
    call: (input, options) => engine.planRehab(input, options),
    arity: 2,
    check: either(['InvalidInput', 'Referral', 'NotEnoughTolerableMovements'], (plan) => must(isObject(plan?.selection), 'Right without a selection')),
    bases: [
      [example, undefined],
      [{ intake: { age: 38, redFlags: noFlags }, assessment: docsAssessment }, { painCeiling: 2 }],
      [{ intake: { age: 38, redFlags: { ...noFlags, 'night-pain': true } }, assessment: docsAssessment }, undefined],
      [{ intake: example.intake, assessment: smallAssessment }, { catalog: smallCatalog }],
    ],
    valid: fc.tuple(fc.record({ intake: intakeGen, assessment: assessmentGen }), fc.constantFrom(undefined, { painCeiling: 4 })),
  },
  {
    name: 'parseCatalog',
    call: (catalog) => engine.parseCatalog(catalog),
    arity: 1,
    check: either(EVERY_LEFT, (catalog) => must(Array.isArray(catalog), 'Right is not a list')),
    bases: [[builtInCatalog], [withWallSit], [smallCatalog]],
  },
  {
    // Typed helper: the id is compared with ===, and the built-in catalog is used (catalog omitted).
    name: 'findMovement',
    call: (id) => engine.findMovement(id),
    arity: 1,
    check: (result, [id]) => {
      must(isObject(result) && (result._tag === 'None' || result._tag === 'Some'), 'result is not an Option')
      if (result._tag === 'Some') must(result.value?.id === id, 'Some holds a movement with another id')
      return result._tag
    },
    bases: [['hip-bridge'], ['kettlebell-walk'], ['handstand'], ['']],
  },
  {
    name: 'evaluateCeiling',
    call: (input) => engine.evaluateCeiling(input),
    arity: 1,
    check: either(EVERY_LEFT),
    bases: [
      [
        {
          sessions: [log('2026-11-19', 'hip-bridge', reps(1, 5), 2), log('2026-11-20', 'hip-bridge', reps(1, 5), 2)],
          mornings: [{ date: '2026-11-20', backPain: 2 }, { date: '2026-11-21', backPain: 4 }],
          baselinePain: 2,
          today: '2026-11-21',
        },
      ],
      [{ sessions: firstDayHistory, mornings: gettingStartedMornings, baselinePain: 2, today: '2026-11-03' }],
      [
        {
          sessions: firstDayHistory,
          mornings: [...gettingStartedMornings, { date: '2026-10-30', backPain: 0, stiffness: 4 }],
          baselinePain: 1,
          today: '2026-11-04',
          options: { painCeiling: 2, flareUpRise: 1, weeklyRise: 1, referPain: 6 },
        },
      ],
      [
        {
          sessions: [log('2026-11-20', 'hip-bridge', reps(1, 6), 7, { time: '08:00' }), log('2026-11-20', 'deadbug', hold(20), 6, { painAfter: 8 })],
          mornings: [{ date: '2026-11-21', backPain: 5 }],
          baselinePain: 3,
          today: '2026-11-21',
        },
      ],
      [
        {
          sessions: [log('2026-11-01', 'wall-sit', reps(1, 5), 1), log('2026-11-01', 'kettlebell-walk', { kind: 'distance', sets: 2, meters: 20 }, 2, { variant: 'overhead' })],
          mornings: [{ date: '2026-11-02', backPain: 1 }],
          baselinePain: 1,
          today: '2026-11-02',
          options: { catalog: withWallSit },
        },
      ],
    ],
    valid: ceilingGen.map((input) => [input]),
  },
  {
    name: 'nextDose',
    call: (input) => engine.nextDose(input),
    arity: 1,
    check: either(EVERY_LEFT),
    bases: [
      [
        {
          movement: 'deadbug',
          history: [log('2026-11-17', 'deadbug', hold(20), 1), log('2026-11-19', 'deadbug', hold(25), 1)],
          mornings: [{ date: '2026-11-18', backPain: 1 }, { date: '2026-11-20', backPain: 1 }],
          baselinePain: 1,
          today: '2026-11-21',
        },
      ],
      [{ movement: 'hip-bridge', history: firstDayHistory, mornings: gettingStartedMornings, baselinePain: 2, today: '2026-11-03' }],
      [
        {
          movement: 'kettlebell-walk',
          variant: 'overhead',
          history: [
            log('2026-11-01', 'kettlebell-walk', reps(1, 5), 6, { variant: 'overhead' }),
            log('2026-11-02', 'kettlebell-walk', reps(1, 5), 7, { variant: 'overhead' }),
          ],
          mornings: [{ date: '2026-11-02', backPain: 2 }, { date: '2026-11-03', backPain: 2 }],
          baselinePain: 2,
          today: '2026-11-03',
          assessment: example.assessment,
        },
      ],
      [
        {
          movement: 'thoracic-press',
          history: [log('2026-11-10', 'thoracic-press', reps(2, 10, { loadKg: 5 }), 1)],
          mornings: [{ date: '2026-11-11', backPain: 1 }],
          baselinePain: 1,
          today: '2026-11-12',
          options: { loadStepPercent: 10, painCeiling: 2 },
        },
      ],
      [
        {
          movement: 'plank',
          history: [log('2026-11-10', 'plank', { kind: 'hold', sets: 1, seconds: 30 }, 0)],
          mornings: [{ date: '2026-11-11', backPain: 0 }],
          baselinePain: 0,
          today: '2026-11-11',
          assessment: smallAssessment,
          options: { catalog: smallCatalog },
        },
      ],
    ],
    valid: nextDoseGen.map((input) => [input]),
  },
  {
    name: 'simulateProgression',
    call: (input) => engine.simulateProgression(input),
    arity: 1,
    check: either(EVERY_LEFT),
    share: 0.3, // a case runs the engine for every session slot of up to 52 weeks
    bases: [
      [{ movement: 'hip-thrust', start: '2026-11-02', weeks: 2, baselinePain: 1, response: { painDuring: 1 } }],
      [{ movement: 'deadbug', start: '2026-03-23', weeks: 4, baselinePain: 2, response: { painDuring: 2, painAfter: 3, flareUps: [{ week: 1, day: 3 }, { week: 3 }] } }],
      [
        {
          movement: 'kettlebell-walk',
          variant: 'overhead',
          start: '2026-11-02',
          weeks: 1,
          baselinePain: 0,
          response: { painDuring: 6 },
          sessionTimes: ['07:00', '12:00'],
          assessment: example.assessment,
          options: { painCeiling: 2 },
        },
      ],
      [{ movement: 'thoracic-press', start: '2026-01-05', weeks: 3, baselinePain: 1, response: { painDuring: 1, loadKg: 8 }, options: { loadStepPercent: 5 } }],
      [{ movement: 'plank', start: '2026-10-01', weeks: 2, baselinePain: 0, response: { painDuring: 0, loadKg: 2.5 }, options: { catalog: smallCatalog } }],
    ],
  },
  {
    name: 'classifySoreness',
    call: (input) => engine.classifySoreness(input),
    arity: 1,
    check: either(EVERY_LEFT),
    bases: [
      [report],
      [{ ...report, location: 'radiating', numbnessOrTingling: true }],
      [{ ...report, character: 'sharp', hoursSinceExercise: 200, trend: 'worse', atRest: true }],
    ],
    valid: sorenessGen.map((input) => [input]),
  },
  {
    name: 'buildProgram',
    call: (input) => engine.buildProgram(input),
    arity: 1,
    check: either(EVERY_LEFT),
    share: 0.5, // up to 52 weeks of three sessions a day, each placed in a time zone
    bases: [
      [{ start: '2026-03-23', weeks: 2, timeZone: 'Europe/Berlin', selection: selection4 }],
      [
        {
          start: '2026-11-01',
          weeks: 1,
          timeZone: 'America/New_York',
          selection: selection5,
          protocol: { deadbugDays: ['tuesday'], thoracicPressDays: ['monday', 'thursday'] },
          workoutDays: ['saturday'],
          sessionTimes: ['02:30', '09:00', '20:00'],
        },
      ],
      [{ start: '2026-10-01', weeks: 1, timeZone: 'Australia/Lord_Howe', selection: wallSitSelection, options: { catalog: withWallSit } }],
      [{ start: '2026-09-27', weeks: 1, timeZone: 'Pacific/Chatham', selection: docsSelection, workoutDays: [] }],
    ],
    valid: programInputGen.map((input) => [input]),
  },
  {
    name: 'programToMarkdown',
    call: (program, options) => engine.programToMarkdown(program, options),
    arity: 2,
    check: either(EVERY_LEFT, stringRight),
    bases: [
      [programBerlin, undefined],
      [twoDays(programNewYork), {}],
      [programWallSit, { catalog: withWallSit }],
    ],
  },
  {
    name: 'programToIcs',
    call: (program, options) => engine.programToIcs(program, options),
    arity: 2,
    check: either(EVERY_LEFT, stringRight),
    share: 0.5, // the ics package takes about a millisecond per event
    bases: [
      [twoDays(programBerlin), undefined],
      [twoDays(programNewYork), { stamp: '2026-11-01T09:30:00+01:00', idPrefix: 'client-42' }],
      [twoDays(programWallSit), { idPrefix: 'c.1_x', catalog: withWallSit }],
      [programBerlin, { stamp: '2026-03-20T09:00:00Z' }],
    ],
  },
  {
    // Typed helper for a valid Dose: documented to answer directly, not with an Either, so it gets doses.
    name: 'describeDose',
    call: (dose) => engine.describeDose(dose),
    arity: 1,
    typedOnly: true,
    valid: fc
      .oneof(
        fc.record({ kind: fc.constant('reps'), sets: fc.integer({ min: 1, max: 10 }), reps: fc.integer({ min: 1, max: 500 }) }, { requiredKeys: ['kind', 'sets', 'reps'] }),
        fc.record({ kind: fc.constant('hold'), sets: fc.integer({ min: 1, max: 10 }), seconds: fc.integer({ min: 1, max: 3600 }) }),
        fc.record({ kind: fc.constant('distance'), sets: fc.integer({ min: 1, max: 10 }), meters: fc.integer({ min: 1, max: 10_000 }) }),
      )
      .map((dose) => [dose]),
    check: (result) => {
      must(typeof result === 'string', `result is a ${result === null ? 'null' : typeof result}, not a string`)
      return 'string'
    },
    bases: [[hold(20)], [reps(3, 15, { band: true })], [reps(1, 5, { perSide: true })], [reps(2, 8, { loadKg: 5.5 })], [{ kind: 'distance', sets: 2, meters: 20 }]],
  },
  {
    // Typed helper for a catalog Movement: returns its ladder, the rehab ladder, or undefined; it gets movements.
    name: 'ladderOf',
    call: (movement) => engine.ladderOf(movement),
    arity: 1,
    typedOnly: true,
    check: (result) => {
      must(result === undefined || isLadder(result), 'result is neither a ladder nor undefined')
      return result === undefined ? 'undefined' : 'ladder'
    },
    bases: [...builtInCatalog, wallSit, ...smallCatalog.slice(-3)].map((movement) => [movement]),
  },
  {
    // Typed helper for a boolean.
    name: 'rehabLadder',
    call: (perSide) => engine.rehabLadder(perSide),
    arity: 1,
    check: (result) => {
      must(isLadder(result), 'result is not a ladder')
      return 'ladder'
    },
    bases: [[true], [false]],
  },
]

// ---------------------------------------------------------------------------------------------------------
// Building each function's input mix.

const keysOf = (value, out = new Set()) => {
  if (Array.isArray(value)) value.forEach((item) => keysOf(item, out))
  else if (isObject(value)) {
    for (const key of Object.keys(value)) {
      out.add(key)
      keysOf(value[key], out)
    }
  }
  return out
}

/** Objects of JSON text with the prototype keys mixed among the function's own field names. */
const hostileNoise = (fieldNames) => {
  const key = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...fieldNames) },
    { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_KEYS, ...MORE_HOSTILE_KEYS) },
    { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
  )
  const { value } = fc.letrec((tie) => ({
    value: fc.oneof({ maxDepth: 3 }, tie('leaf'), tie('object'), tie('array')),
    leaf: fc.oneof(hostileValueText, fc.constantFrom(...PLAUSIBLE).map((item) => JSON.stringify(item))),
    object: fc.array(fc.tuple(key, tie('value')), { maxLength: 5 }).map((entries) => `{${entries.map(([name, text]) => `${JSON.stringify(name)}:${text}`).join(',')}}`),
    array: fc.array(tie('value'), { maxLength: 4 }).map((items) => `[${items.join(',')}]`),
  }))
  return fc
    .tuple(hostileMembers, fc.array(fc.tuple(key, value), { maxLength: 6 }))
    .map(([members, entries]) => JSON.parse(`{${[...members, ...entries].map(([name, text]) => `${JSON.stringify(name)}:${text}`).join(',')}}`))
}

const inputsFor = (target) => {
  const fixed = fc.constantFrom(...target.bases)
  const valid = target.valid === undefined ? fixed : fc.oneof(fixed, target.valid)
  // Display helpers take values the engine made (a Dose, a catalog Movement); they are fed such values only.
  if (target.typedOnly) return valid
  const fieldNames = [...keysOf(target.bases)]
  const noise = hostileNoise(fieldNames.length > 0 ? fieldNames : ['id'])
  // A value from elsewhere in a valid input: right shape, wrong place.
  const donor = fc.tuple(fixed, fc.nat()).map(([args, pick]) => {
    const paths = cachedPaths(args).filter((path) => path.length > 0)
    return copy(get(args, paths[pick % paths.length]))
  })
  const replacement = fc.oneof(
    { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
    { weight: 3, arbitrary: fc.constantFrom(...PLAUSIBLE) },
    { weight: 2, arbitrary: donor },
    { weight: 1, arbitrary: noise },
  )
  const nearValid = fc
    .tuple(valid, fc.nat(), fc.constantFrom('replace', 'replace', 'replace', 'remove'), replacement)
    .map(([args, pick, how, value]) => {
      const paths = cachedPaths(args).filter((path) => path.length > 0)
      const path = paths[pick % paths.length]
      return how === 'remove' ? removeAt(args, path) : replaceAt(args, path, value)
    })
  // Prototype keys written into one object of a valid input, through JSON.parse.
  const hostileNear = fc.tuple(valid, fc.nat(), hostileMembers, noise).map(([args, pick, members, fallback]) => {
    const objects = cachedPaths(args).filter((path) => path.length > 0 && isObject(get(args, path)))
    if (objects.length === 0) return args.map((arg, index) => (index === 0 ? fallback : arg))
    const [index, ...inner] = objects[pick % objects.length]
    return args.map((arg, at) => (at === index ? JSON.parse(jsonText(arg, inner, members)) : arg))
  })
  // Calendar edges: every date of a valid input moved together, to end at 9999-12-31 or start at 0000-01-01.
  const edgeDates = fc
    .tuple(valid, fc.constantFrom('9999-12-31', '9999-12-30', '9999-12-26', '9999-12-20', '0000-01-01', '0000-01-03', '1970-01-01'))
    .map(([args, anchor]) => shiftDatesTo(args, anchor))
  const optional = (arb) => fc.option(arb, { nil: undefined, freq: 3 })
  const anyArgs = target.arity === 1 ? fc.tuple(fc.jsonValue()) : fc.tuple(fc.jsonValue(), optional(fc.jsonValue()))
  const hostileArgs = target.arity === 1 ? fc.tuple(noise) : fc.tuple(noise, optional(fc.oneof(noise, fc.jsonValue())))
  return fc.limitShrink(
    fc.oneof(
      { weight: 1, arbitrary: valid },
      { weight: 5, arbitrary: nearValid },
      { weight: 2, arbitrary: anyArgs },
      { weight: 1, arbitrary: hostileArgs },
      { weight: 2, arbitrary: hostileNear },
      { weight: 1, arbitrary: edgeDates },
    ),
    MAX_SHRINKS,
  )
}

// ---------------------------------------------------------------------------------------------------------
// Running.

/** One case: freeze, call, then check the result, the input and the prototypes. Returns the outcome's label. */
const runCase = (target, args, stats) => {
  deepFreeze(args)
  const before = JSON.stringify(args)
  let result
  let thrown
  const started = performance.now()
  try {
    result = target.call(...args)
  } catch (error) {
    thrown = error
  }
  const elapsed = performance.now() - started
  if (elapsed > stats.slowest.ms) stats.slowest = { ms: elapsed, args }
  if (elapsed > SLOW_CASE_MS) stats.slowCases++
  checkPrototypes()
  if (thrown !== undefined) {
    const frames = String(thrown?.stack ?? '').split('\n').slice(1, 4).join('\n')
    throw new Finding(`threw ${thrown?.name ?? typeof thrown}: ${thrown?.message ?? String(thrown)}${frames ? `\n${frames}` : ''}`)
  }
  must(JSON.stringify(args) === before, 'the input changed')
  const outcome = target.check(result, args)
  if (result !== undefined) checkJsonRoundTrip(result)
  return outcome
}

const groupKey = (error) => (error instanceof Finding ? error.message : `checker error: ${error?.message}`).split('\n')[0].replace(/\d+/g, '#')
const percent = (count, total) => `${((100 * count) / total).toFixed(count * 100 < total ? 1 : 0)}%`

const runTarget = (target, seed, runs) => {
  const arb = inputsFor(target)
  const stats = { generated: 0, shrinks: 0, failures: 0, outcomes: new Map(), slowest: { ms: 0 }, slowCases: 0, groups: new Map() }
  let shrinking = false
  let shrinkDeadline = Infinity
  const started = performance.now()
  const details = fc.check(
    fc.property(arb, (args) => {
      // Out of shrinking time: candidates pass unrun, so fast-check keeps the smallest failure found so far.
      if (shrinking && performance.now() > shrinkDeadline) return
      if (!shrinking) stats.generated++
      try {
        const outcome = runCase(target, args, stats)
        if (!shrinking) stats.outcomes.set(outcome, (stats.outcomes.get(outcome) ?? 0) + 1)
      } catch (error) {
        if (!shrinking) shrinkDeadline = performance.now() + SHRINK_BUDGET_MS
        shrinking = true
        throw error
      }
    }),
    { seed, numRuns: runs },
  )
  stats.shrinks = details.numShrinks ?? 0
  if (details.failed) {
    stats.failures++
    stats.counterexample = details.counterexample
    stats.error = details.errorInstance
    stats.path = details.counterexamplePath
    // fast-check stops at the first failure; run the rest of the cases anyway and tally every kind of failure.
    const remaining = runs - stats.generated
    const rest = remaining > 0 ? fc.sample(arb, { seed: seed ^ 0x5bd1e995, numRuns: remaining }) : []
    for (const args of rest) {
      stats.generated++
      try {
        const outcome = runCase(target, args, stats)
        stats.outcomes.set(outcome, (stats.outcomes.get(outcome) ?? 0) + 1)
      } catch (error) {
        stats.failures++
        const key = groupKey(error)
        const group = stats.groups.get(key) ?? { count: 0, args, error }
        group.count++
        stats.groups.set(key, group)
      }
    }
    const firstKey = groupKey(stats.error)
    const group = stats.groups.get(firstKey) ?? { count: 0, args: details.counterexample[0], error: stats.error }
    group.count++
    stats.groups.set(firstKey, group)
  }
  stats.seconds = (performance.now() - started) / 1000
  return stats
}

const reportFailure = (target, seed, stats) => {
  const [args] = stats.counterexample
  console.log(`\nFAIL ${target.name}`)
  console.log(`  counterexample (fast-check, shrunk): ${fc.stringify(stats.counterexample)}`)
  console.log(`  as JSON: ${showArgs(target.name, args)}`)
  console.log(`  error: ${String(stats.error?.message ?? stats.error).replaceAll('\n', '\n    ')}`)
  console.log(`  replay: FUZZ_SEED=${SEED} FUZZ_ONLY=${target.name} (fast-check seed ${seed}, path "${stats.path}", ${stats.shrinks} shrinks)`)
  console.log(`  every kind of failure over the ${stats.generated} cases (first input of each, unshrunk):`)
  const groups = [...stats.groups.entries()].sort((a, b) => b[1].count - a[1].count)
  for (const [key, group] of groups.slice(0, 12)) {
    console.log(`    ${String(group.count).padStart(6)} x ${key}`)
    console.log(`             e.g. ${showArgs(target.name, group.args, VERBOSE ? Infinity : 600)}`)
  }
  if (groups.length > 12) console.log(`    ... and ${groups.length - 12} more kinds`)
}

// ---------------------------------------------------------------------------------------------------------

const selected = TARGETS.map((target, index) => ({ target, index })).filter(({ target }) => ONLY.length === 0 || ONLY.includes(target.name))
const unknown = ONLY.filter((name) => !TARGETS.some((target) => target.name === name))
if (unknown.length > 0) {
  console.error(`FUZZ_ONLY names no function: ${unknown.join(', ')}`)
  process.exit(2)
}

// The fixed inputs must really be valid, or the near-valid cases would be noise.
for (const { target } of selected) {
  for (const args of target.bases) {
    const result = target.call(...copy(args))
    if (result?._tag === 'Left' && result.left?._tag === 'InvalidInput') {
      console.error(`setup: a base input of ${target.name} is invalid: ${JSON.stringify(result.left.issues)}`)
      process.exit(2)
    }
  }
}

const runsOf = (target) => Math.max(1, Math.round(RUNS * (target.share ?? 1)))
const planned = selected.reduce((sum, { target }) => sum + runsOf(target), 0)
const catalogBefore = JSON.stringify(engine.movements)

console.log(`Fuzz seed ${SEED} (function i uses seed ${SEED} + i), FUZZ_RUNS ${RUNS}, ${planned} cases planned`)
for (const { target } of selected) {
  if (target.share !== undefined) console.log(`  ${target.name}: ${runsOf(target)} cases (${Math.round(target.share * 100)}% of FUZZ_RUNS, slow per case)`)
}
if (planned < MIN_TOTAL) console.log(`  note: under ${MIN_TOTAL} cases in all; raise FUZZ_RUNS (or leave FUZZ_ONLY unset) for a full run`)

const started = performance.now()
const rows = []
for (const { target, index } of selected) {
  const seed = (SEED + index) | 0
  const stats = runTarget(target, seed, runsOf(target))
  rows.push({ target, stats })
  const mix = [...stats.outcomes.entries()].sort((a, b) => b[1] - a[1]).map(([label, count]) => `${label} ${percent(count, stats.generated)}`).join(', ')
  console.log(
    `${stats.failures === 0 ? 'ok  ' : 'FAIL'} ${target.name.padEnd(21)} ${String(stats.generated).padStart(7)} cases ${String(stats.failures).padStart(6)} failures ${stats.seconds.toFixed(1).padStart(6)} s   ${mix}`,
  )
  if (stats.slowCases > 0) {
    console.log(`     ${stats.slowCases} case(s) over ${SLOW_CASE_MS} ms; slowest ${Math.round(stats.slowest.ms)} ms: ${showArgs(target.name, stats.slowest.args, 2000)}`)
  }
  if (stats.failures > 0) reportFailure(target, seed, stats)
}

// The shared built-in catalog must come through every call unchanged.
const catalogIntact = JSON.stringify(engine.movements) === catalogBefore && Object.isFrozen(engine.movements)
const seconds = (performance.now() - started) / 1000
const total = rows.reduce((sum, { stats }) => sum + stats.generated, 0)
const failures = rows.reduce((sum, { stats }) => sum + stats.failures, 0) + (catalogIntact ? 0 : 1)

console.log('\nPer function:')
for (const { target, stats } of rows) {
  const notes = [
    ...(target.share === undefined ? [] : ['fewer runs: slow']),
    ...(stats.slowCases === 0 ? [] : [`${stats.slowCases} case(s) over ${SLOW_CASE_MS} ms, slowest ${Math.round(stats.slowest.ms)} ms (printed above; not counted as failures)`]),
  ]
  console.log(`  ${target.name.padEnd(21)} ${String(stats.generated).padStart(7)} cases ${String(stats.failures).padStart(6)} failures${notes.length === 0 ? '' : `   (${notes.join('; ')})`}`)
}
if (!catalogIntact) console.log('FAIL the built-in catalog (engine.movements) changed during the run')
console.log(`Time: ${seconds.toFixed(1)} s`)
console.log(`Fuzz: ${total} cases, ${failures} failures`)
process.exit(failures === 0 ? 0 : 1)
