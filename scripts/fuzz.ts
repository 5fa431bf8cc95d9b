// Fuzzes every public function of the built package (dist/), which is what ships, with the types of src/.
// Each function gets valid inputs from tests/arbitraries, the same with one to three changes deep inside,
// arbitrary JSON, and hostile JavaScript values (tests/support/hostile.ts) put at the root, as a field,
// inside a list, as `options` or as `options.catalog`. Every case must return a well-formed Either without
// throwing, leave its input as it was (unchanged, not frozen) and Object.prototype clean, and a Right must
// come through a JSON round trip as it was. A hostile value must give InvalidInput at the place it was put
// (one that reads as plain data, such as a Proxy with only a `get` trap, may be refused by the field that
// holds it instead); an odd value that is plain data (tests/support/hostile.ts) must be read as its JSON twin.
//
//   npm run build && npm run fuzz
//   FUZZ_SEED=7 FUZZ_RUNS=2000 FUZZ_ONLY=nextDose,buildProgram FUZZ_JOBS=1 npm run fuzz
//   FUZZ_SEED=7 FUZZ_ONLY=nextDose FUZZ_CASE=1234 npm run fuzz      (replays one case and prints it in full)
//
// FUZZ_RUNS is the number of cases of a function of ordinary speed; slow functions run a share of it.
// Each function runs in a worker thread, so that a case that never returns is stopped and reported.
import { availableParallelism } from 'node:os'
import { performance } from 'node:perf_hooks'
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads'
import fc from 'fast-check'
import type * as Calendar from '../src/ics.js'
import type * as Main from '../src/index.js'
import { assessmentArbitrary, catalogArbitrary } from '../tests/arbitraries/assessment.js'
import { clearedIntakeArbitrary, intakeArbitrary } from '../tests/arbitraries/intake.js'
import { episodeArbitrary, START } from '../tests/arbitraries/episode.js'
import { anyJson } from '../tests/arbitraries/json.js'
import { de, en } from '../src/locales.js'
import { ceilingInputArbitrary, sessionArbitrary, shiftDate } from '../tests/arbitraries/logs.js'
import { programInputArbitrary, TIME_ZONES } from '../tests/arbitraries/program.js'
import { jsonRoundTrip } from '../tests/support/deepFreeze.js'
import {
  doseArbitrary,
  movementLookupArbitrary,
  movementNameArbitrary,
  nextDoseInputArbitrary,
  sessionLabelArbitrary,
  simulationArbitrary,
  sorenessReportArbitrary,
  ceilingOptionsArbitrary,
} from '../tests/support/fuzzCases.js'
import { hostileValues, oddButPlainValues, prototypeIsClean } from '../tests/support/hostile.js'

// Both public entries, rehab-engine and rehab-engine/ics, as one.
type Engine = typeof Main & typeof Calendar
// The paths are built at run time so that the type checker takes the types from src/ and never needs a build.
const load = (file: string): Promise<unknown> => {
  const url = new URL(`../dist/${file}`, import.meta.url)
  return import(url.href).catch((error: unknown) => {
    console.error(`cannot load ${url.pathname}: run \`npm run build\` first (${error instanceof Error ? error.message : String(error)})`)
    process.exit(2)
  })
}
const engine = { ...((await load('index.js')) as typeof Main), ...((await load('ics.js')) as typeof Calendar) } as Engine

// ---------------------------------------------------------------------------------------------------------
// Settings

const DEFAULT_SEED = 20261102
const DEFAULT_RUNS = 8_300 // with the slow functions' shares, about 100,000 cases in all
const SLOW_CASE_MS = 1_000 // printed, not failed: the machine may be busy with other work
const HANG_MS = 10_000 // a case this slow is stopped and counted as a failure
const SHOWN_CHARACTERS = 3_000

const intFromEnv = (name: string, fallback: number, min: number, max: number): number => {
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
const JOBS = intFromEnv('FUZZ_JOBS', Math.min(2, availableParallelism()), 1, 64)
const CASE = process.env['FUZZ_CASE'] === undefined ? undefined : intFromEnv('FUZZ_CASE', 0, 0, 10_000_000)
const ONLY = (process.env['FUZZ_ONLY'] ?? '').split(',').map((name) => name.trim()).filter(Boolean)
const VERBOSE = process.env['FUZZ_VERBOSE'] === '1'

// ---------------------------------------------------------------------------------------------------------
// Plain-data helpers. Inputs may hold an own `__proto__` key (JSON.parse makes them): assigning it would
// set the prototype instead, so keys are always defined, never assigned.

type Key = string | number
type Path = readonly Key[]
type Bag = Record<string, unknown>

const isObject = (value: unknown): value is Bag => typeof value === 'object' && value !== null && !Array.isArray(value)
const define = (target: object, key: PropertyKey, value: unknown) =>
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true })

/**
 * A deep copy of lists and objects, keeping prototypes (null included) and symbol keys, which
 * structuredClone would lose. `opaque` values are kept as they are: a hostile value cannot be copied,
 * and reading it could throw.
 */
const copy = (value: unknown, opaque?: unknown): unknown => {
  if (value === opaque || typeof value !== 'object' || value === null) return value
  if (Array.isArray(value)) return value.map((item) => copy(item, opaque))
  const out = Object.create(Object.getPrototypeOf(value) as object | null) as object
  for (const key of Reflect.ownKeys(value)) {
    const descriptor = Object.getOwnPropertyDescriptor(value, key)
    if (descriptor?.enumerable === true) define(out, key, copy(descriptor.value, opaque))
  }
  return out
}

const get = (value: unknown, path: Path): unknown =>
  path.reduce<unknown>((node, key) => (Array.isArray(node) || isObject(node) ? (node as Bag)[key] : undefined), value)

/** Every path inside a plain value, the root first. */
const pathsOf = (value: unknown, path: Path = [], out: Path[] = []): Path[] => {
  out.push(path)
  if (Array.isArray(value)) value.forEach((item, index) => pathsOf(item, [...path, index], out))
  else if (isObject(value)) for (const key of Object.keys(value)) pathsOf(value[key], [...path, key], out)
  return out
}

/** Every object and list of a value, with its path, leaving out `opaque`. */
const containersOf = (value: unknown, opaque: unknown, path: Path = [], out: [Path, object][] = []): [Path, object][] => {
  if (value === opaque || typeof value !== 'object' || value === null) return out
  out.push([path, value])
  for (const key of Object.keys(value)) containersOf((value as Bag)[key], opaque, [...path, Array.isArray(value) ? Number(key) : key], out)
  return out
}

/**
 * The first place where two plain values differ, or undefined. With `asJson`, two values JSON writes
 * alike are alike: a field that holds undefined counts as absent, and -0 is 0 (JSON has one zero).
 */
const difference = (a: unknown, b: unknown, asJson = false, path: Path = []): Path | undefined => {
  if (Object.is(a, b) || (asJson && a === b)) return undefined
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return path
    for (let index = 0; index < a.length; index++) {
      const found = difference(a[index], b[index], asJson, [...path, index])
      if (found !== undefined) return found
    }
    return undefined
  }
  if (isObject(a) && isObject(b)) {
    const keysOf = (value: Bag) => Object.keys(value).filter((key) => !asJson || value[key] !== undefined)
    const [keys, others] = [keysOf(a), keysOf(b)]
    const extra = others.find((key) => !keys.includes(key))
    if (extra !== undefined) return [...path, extra]
    for (const key of keys) {
      if (!Object.hasOwn(b, key)) return [...path, key]
      const found = difference(a[key], b[key], asJson, [...path, key])
      if (found !== undefined) return found
    }
    return Object.getPrototypeOf(a) === Object.getPrototypeOf(b) ? undefined : path
  }
  return path
}

const showPath = (path: Path) => `[${path.map((key) => JSON.stringify(key)).join(', ')}]`
const shorten = (text: string, limit = SHOWN_CHARACTERS) => (VERBOSE || text.length <= limit ? text : `${text.slice(0, limit)}... (${text.length} characters)`)

// ---------------------------------------------------------------------------------------------------------
// Cases. A case is plain data (a valid input and what to do to it), so that it can be printed and
// replayed; the input itself, hostile values included, is made fresh from it for every call.

type Placement = 'root' | 'field' | 'list' | 'options' | 'options.catalog'
type Edit =
  | { readonly op: 'set'; readonly at: Path; readonly value: unknown }
  | { readonly op: 'insert'; readonly at: Path; readonly value: unknown }
  | { readonly op: 'delete'; readonly at: Path }
type Case =
  | { readonly kind: 'valid'; readonly input: unknown; readonly engineMade: boolean }
  | { readonly kind: 'changed'; readonly input: unknown; readonly edits: readonly Edit[]; readonly engineMade: boolean }
  | { readonly kind: 'json'; readonly input: unknown }
  | { readonly kind: 'hostile' | 'odd'; readonly input: unknown; readonly value: string; readonly placed: Placement; readonly edit: Edit; readonly engineMade: boolean }

/**
 * Applies an edit to a value in place; the root is replaced by returning the new value. The edit's value
 * goes in as a copy, so that a later edit inside it cannot change the case, which is made again and again.
 */
const applyEdit = (root: unknown, edit: Edit, opaque?: unknown): unknown => {
  const value = edit.op === 'delete' ? undefined : copy(edit.value, opaque)
  if (edit.at.length === 0) return value
  const parent = get(root, edit.at.slice(0, -1))
  const key = edit.at.at(-1)!
  if (Array.isArray(parent) && typeof key === 'number') {
    if (edit.op === 'insert') parent.splice(key, 0, value)
    else if (edit.op === 'delete') parent.splice(key, 1)
    else parent[key] = value
  } else if (typeof parent === 'object' && parent !== null) {
    if (edit.op === 'delete') delete (parent as Bag)[key]
    else define(parent, key, value)
  }
  return root
}

// Values that arbitrary JSON rarely or never holds: the ends of ranges, -0 and NaN, odd dates, times, zones and ids.
const BOUNDARY: readonly unknown[] = [
  -1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 20, 52, 53, 64, 65, 100, 120, 121, 200, 201, 500, 501, 3600, 3601, 10_000, 10_001, 100_000, 100_001,
  -0, 0.5, 2.5, -0.5, 1e-9, 1e21, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, 2 ** 31, 2 ** 32, Number.MAX_SAFE_INTEGER, 2 ** 53,
  '', ' ', 'a', 'x'.repeat(64), 'x'.repeat(65), 'x'.repeat(1_001), 'hip-bridge', 'deadbug', 'kettlebell-walk', 'overhead', 'thoracic-press',
  'hip-thrust', 'movement-1', 'variant-1', 'Hip-Bridge', 'hip--bridge', '-hip',
  '2026-11-02', '2026-11-21', '2026-11-22', '2026-03-29', '2026-10-25', '2024-02-29', '2026-02-29', '2026-13-01', '2026-1-1', '1899-12-31',
  '1900-01-01', '0000-01-01', '2999-12-31', '3000-01-01', '9999-12-31', '2026-11-02T00:00:00Z', '2026-03-29T02:30:00+01:00',
  '2026-11-02T08:00:00.123456789+05:45', '+275760-09-13T00:00:00Z', '00:00', '02:30', '23:59', '24:00', '8:00', '08:60',
  ...TIME_ZONES, 'utc', 'Pacific/Apia', 'Pacific/Kwajalein', 'Etc/GMT+12', 'Mars/Olympus', 'monday', 'sunday', 'Monday',
  'reps', 'hold', 'distance', 'assessment', 'protocol', 'between-sets', 'advance', 'load-step', 'harder-form', 'worse', 'radiating',
  'extremely', 'Left', 'Right', 'InvalidInput', true, false, null, [], {}, [0], ['monday', 'tuesday'], ['08:00', '12:00', '16:00'],
]
const NEW_KEYS = ['extra', 'options', 'catalog', '__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'toJSON', 'then', 'length', '_tag'] as const

/** One change somewhere inside a value: a field or item replaced, removed or added. */
const editOf = (value: unknown): fc.Arbitrary<Edit> => {
  const paths = pathsOf(value)
  const inner = paths.filter((path) => path.length > 0)
  const objects = paths.filter((path) => isObject(get(value, path)))
  const lists = paths.filter((path) => Array.isArray(get(value, path)))
  const keys = [...new Set(inner.map((path) => path.at(-1)).filter((key): key is string => typeof key === 'string'))]
  const replacement = fc.oneof(
    { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<unknown> },
    { weight: 2, arbitrary: anyJson },
    { weight: 3, arbitrary: fc.constantFrom(...BOUNDARY) },
    // A value from elsewhere in the same input: the right shape in the wrong place.
    { weight: 2, arbitrary: fc.constantFrom(...paths).map((path) => copy(get(value, path))) },
  )
  // Only a value with nothing inside is changed as a whole.
  const edits: fc.WeightedArbitrary<Edit>[] = inner.length > 0 ? [] : [{ weight: 1, arbitrary: replacement.map((next) => ({ op: 'set', at: [], value: next })) }]
  if (inner.length > 0) {
    const at = fc.constantFrom(...inner)
    edits.push({ weight: 12, arbitrary: fc.tuple(at, replacement).map(([path, next]) => ({ op: 'set', at: path, value: next })) })
    edits.push({ weight: 4, arbitrary: at.map((path) => ({ op: 'delete', at: path })) })
  }
  if (objects.length > 0) {
    const key = fc.constantFrom(...NEW_KEYS, ...keys)
    edits.push({ weight: 2, arbitrary: fc.tuple(fc.constantFrom(...objects), key, replacement).map(([path, name, next]) => ({ op: 'set', at: [...path, name], value: next })) })
  }
  if (lists.length > 0) {
    edits.push({
      weight: 2,
      arbitrary: fc.tuple(fc.constantFrom(...lists), fc.nat(), replacement).map(([path, index, next]) => ({
        op: 'insert',
        at: [...path, index % ((get(value, path) as unknown[]).length + 1)],
        value: next,
      })),
    })
  }
  return fc.oneof(...edits)
}

/** One to three changes, each chosen in the value the ones before it left. */
const editsOf = (value: unknown, count: number): fc.Arbitrary<Edit[]> =>
  count === 0
    ? fc.constant([])
    : editOf(value).chain((edit) => editsOf(applyEdit(copy(value), edit), count - 1).map((rest) => [edit, ...rest]))

const HOSTILE_NAMES = hostileValues().map(([name]) => name)
const ODD_NAMES = oddButPlainValues().map(([name]) => name)

/** Where a hostile value can go in a valid input: the five placements, each where the input allows it. */
const placementOf = (value: unknown): fc.Arbitrary<{ placed: Placement; edit: Edit }> => {
  const paths = pathsOf(value)
  const fields = paths.filter((path) => path.length > 0 && typeof path.at(-1) === 'string')
  const lists = paths.filter((path) => Array.isArray(get(value, path)))
  const spots: fc.Arbitrary<{ placed: Placement; edit: Edit }>[] = [fc.constant({ placed: 'root', edit: { op: 'set', at: [], value: undefined } })]
  if (fields.length > 0) spots.push(fc.constantFrom(...fields).map((at) => ({ placed: 'field', edit: { op: 'set', at, value: undefined } })))
  if (lists.length > 0) {
    spots.push(
      fc.tuple(fc.constantFrom(...lists), fc.nat(), fc.boolean()).map(([path, index, insert]) => {
        const length = (get(value, path) as unknown[]).length
        return insert || length === 0
          ? { placed: 'list', edit: { op: 'insert', at: [...path, index % (length + 1)], value: undefined } }
          : { placed: 'list', edit: { op: 'set', at: [...path, index % length], value: undefined } }
      }),
    )
  }
  if (isObject(value)) {
    spots.push(fc.constant({ placed: 'options', edit: { op: 'set', at: ['options'], value: undefined } }))
    spots.push(fc.constant({ placed: 'options.catalog', edit: { op: 'set', at: ['options', 'catalog'], value: undefined } }))
  }
  return fc.oneof(...spots)
}

const casesOf = (valid: fc.Arbitrary<unknown>): fc.Arbitrary<Case> =>
  fc.oneof(
    { weight: 2, arbitrary: fc.tuple(valid, fc.boolean()).map(([input, engineMade]): Case => ({ kind: 'valid', input, engineMade })) },
    {
      weight: 9,
      arbitrary: fc
        .tuple(valid, fc.integer({ min: 1, max: 3 }), fc.boolean())
        .chain(([input, count, engineMade]) => editsOf(input, count).map((edits): Case => ({ kind: 'changed', input, edits, engineMade }))),
    },
    { weight: 2, arbitrary: anyJson.map((input): Case => ({ kind: 'json', input })) },
    {
      weight: 6,
      arbitrary: fc
        .tuple(valid, fc.constantFrom(...HOSTILE_NAMES), fc.boolean())
        .chain(([input, value, engineMade]) => placementOf(input).map(({ placed, edit }): Case => ({ kind: 'hostile', input, value, placed, edit, engineMade }))),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(valid, fc.constantFrom(...ODD_NAMES), fc.boolean())
        .chain(([input, value, engineMade]) => placementOf(input).map(({ placed, edit }): Case => ({ kind: 'odd', input, value, placed, edit, engineMade }))),
    },
  )

// ---------------------------------------------------------------------------------------------------------
// The functions. Every public function must be here: the record's type lists them all.

type PublicFunction = { [Name in keyof Engine]: Engine[Name] extends (input: never) => unknown ? Name : never }[keyof Engine]
type LeftTag = 'InvalidInput' | 'Referral' | 'Paused'
interface Schema {
  safeParse(value: unknown): { success: boolean; error?: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } }
}
interface Target {
  readonly valid: fc.Arbitrary<unknown>
  /** The Left tags the function documents. */
  readonly lefts: readonly LeftTag[]
  /** What a Right holds: a value of this schema, or text. */
  readonly right: Schema | 'text'
  /** The share of FUZZ_RUNS this function gets: a slow one gets fewer cases. */
  readonly share: number
}

const withOptions = <Input extends object>(input: fc.Arbitrary<Input>, options: fc.Arbitrary<object>) =>
  fc.tuple(input, fc.option(options, { nil: undefined })).map(([value, extra]) => (extra === undefined ? value : { ...value, options: extra }))

// Low pain on every result as well, so that enough assessments have four movements within the ceiling.
const assessmentInput = fc.oneof(
  withOptions(
    fc.oneof(assessmentArbitrary(), assessmentArbitrary(undefined, fc.integer({ min: 0, max: 3 }))).map((assessment) => ({ assessment })),
    fc.record({ painCeiling: fc.integer({ min: engine.PAIN_CEILING.min, max: engine.PAIN_CEILING.max }) }),
  ),
  catalogArbitrary.chain((catalog) => assessmentArbitrary(catalog).map((assessment) => ({ assessment, options: { catalog } }))),
)

const rightOf = <Value>(result: { readonly _tag: 'Left' } | { readonly _tag: 'Right'; readonly right: Value }, what: string) => {
  if (result._tag !== 'Right') throw new Error(`could not build ${what}: ${JSON.stringify(result)}`)
  return jsonRoundTrip(result.right)
}
// Programs of every arbitrary shape, built once: an export's cost is in the export, not in the program.
const PROGRAMS = fc
  .sample(programInputArbitrary, { seed: SEED, numRuns: 40 })
  .map((input) => rightOf(engine.buildProgram(input), 'a program'))
const exportInput = (options: fc.Arbitrary<object>) =>
  withOptions(fc.constantFrom(...PROGRAMS).map((program) => ({ program })), options)
const stamp = fc
  .tuple(fc.integer({ min: 0, max: 365 * 15 }), fc.constantFrom('Z', '+01:00', '-05:00', '+05:45'))
  .map(([days, offset]) => `${new Date(Date.UTC(2020, 0, 1) + days * 86_400_000).toISOString().slice(0, 10)}T09:30:00${offset}`)
const builtInCatalog = jsonRoundTrip(engine.BUILT_IN_CATALOG)

const TARGETS: { readonly [Name in PublicFunction]: Target } = {
  describeDose: {
    valid: fc.oneof(doseArbitrary, sessionArbitrary.map((session) => session.performed), fc.tuple(doseArbitrary, fc.constantFrom(de, en)).map(([dose, locale]) => ({ dose, options: { locale } }))),
    lefts: ['InvalidInput'],
    right: 'text',
    share: 1,
  },
  parseCatalog: { valid: fc.oneof(catalogArbitrary, fc.constant(builtInCatalog)), lefts: ['InvalidInput'], right: engine.CatalogSchema, share: 0.6 },
  findMovement: { valid: movementLookupArbitrary, lefts: ['InvalidInput'], right: engine.MovementSchema, share: 1 },
  ladderOf: { valid: movementLookupArbitrary, lefts: ['InvalidInput'], right: engine.LadderSchema, share: 1 },
  movementName: { valid: movementNameArbitrary, lefts: ['InvalidInput'], right: 'text', share: 0.6 },
  sessionLabel: { valid: sessionLabelArbitrary, lefts: ['InvalidInput'], right: 'text', share: 1 },
  screenIntake: { valid: intakeArbitrary, lefts: ['InvalidInput'], right: engine.ScreeningSchema, share: 1 },
  selectRehabMovements: {
    valid: fc.tuple(fc.oneof(intakeArbitrary, clearedIntakeArbitrary), assessmentInput).map(([intake, input]) => ({ intake, ...input })),
    lefts: ['InvalidInput', 'Referral'],
    right: engine.RehabSelectionSchema,
    share: 1,
  },
  parseAssessment: { valid: assessmentInput, lefts: ['InvalidInput'], right: engine.AssessmentSchema, share: 1 },
  planRehab: {
    valid: fc.tuple(fc.oneof(intakeArbitrary, clearedIntakeArbitrary), assessmentInput).map(([intake, input]) => ({ intake, ...input })),
    lefts: ['InvalidInput', 'Referral'],
    right: engine.RehabPlanSchema,
    share: 1,
  },
  evaluateCeiling: { valid: withOptions(ceilingInputArbitrary, ceilingOptionsArbitrary), lefts: ['InvalidInput'], right: engine.CeilingVerdictSchema, share: 1 },
  classifySoreness: { valid: sorenessReportArbitrary, lefts: ['InvalidInput'], right: engine.SorenessVerdictSchema, share: 1 },
  nextDose: { valid: nextDoseInputArbitrary, lefts: ['InvalidInput', 'Referral', 'Paused'], right: engine.DoseDecisionSchema, share: 1 },
  simulateProgression: { valid: simulationArbitrary, lefts: ['InvalidInput', 'Referral'], right: engine.SimulationSchema, share: 0.4 },
  buildProgram: { valid: programInputArbitrary, lefts: ['InvalidInput'], right: engine.ProgramSchema, share: 0.4 },
  outcomeReport: {
    valid: episodeArbitrary(20).map(({ days, episode }) => ({ episode, today: shiftDate(START, days) })),
    lefts: ['InvalidInput'],
    right: engine.OutcomeReportSchema,
    share: 0.4,
  },
  episodeProgram: { valid: episodeArbitrary(20).map(({ days, episode }) => ({ episode, today: shiftDate(START, days), weeks: 2 })), lefts: ['InvalidInput', 'Referral'], right: engine.ProgramSchema, share: 0.3 },
  validateEpisode: { valid: episodeArbitrary(20).map(({ episode }) => ({ episode })), lefts: ['InvalidInput'], right: engine.EpisodeSchema, share: 0.4 },
  decideDay: { valid: episodeArbitrary(20).map(({ days, episode }) => ({ episode, today: shiftDate(START, days) })), lefts: ['InvalidInput', 'Referral'], right: engine.DayPlanSchema, share: 0.4 },
  replayEpisode: {
    valid: episodeArbitrary(10).map(({ days, episode }) => ({ episode, through: shiftDate(START, days) })),
    lefts: ['InvalidInput'],
    right: engine.ReplayedDaySchema.array(),
    share: 0.2,
  },
  snapshotEpisode: {
    valid: episodeArbitrary(20).map(({ days, episode }) => ({ episode, through: shiftDate(START, days) })),
    lefts: ['InvalidInput'],
    right: engine.EpisodeSnapshotSchema,
    share: 0.3,
  },
  programToMarkdown: { valid: exportInput(fc.constant({ catalog: builtInCatalog })), lefts: ['InvalidInput'], right: 'text', share: 0.4 },
  programToIcs: {
    // The options are required: every calendar names whose events it holds.
    valid: fc
      .tuple(
        fc.constantFrom(...PROGRAMS),
        fc.record(
          {
            idPrefix: fc.stringMatching(/^[A-Za-z0-9._-]{1,64}$/),
            stamp,
            sequence: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
            previous: fc.constantFrom(...PROGRAMS),
            catalog: fc.constant(builtInCatalog),
          },
          { requiredKeys: ['idPrefix'] },
        ),
      )
      .map(([program, options]) => ({ program, options })),
    lefts: ['InvalidInput'],
    right: 'text',
    share: 0.25,
  },
}
const NAMES = Object.keys(TARGETS) as PublicFunction[]
const call = (name: PublicFunction, input: unknown): unknown => (engine[name] as (input: unknown) => unknown)(input)

// ---------------------------------------------------------------------------------------------------------
// Making an input from a case.

interface Made {
  readonly input: unknown
  /** Whether a catalog or an assessment was swapped for the engine's parsed copy. */
  readonly engineMade?: boolean
  /** The hostile or odd value, where the case put one, and where. */
  readonly planted?: { readonly value: unknown; readonly at: Path }
  /** For an odd value: the same input with the value's plain twin, as JSON would carry it, in its place. */
  readonly twin?: unknown
}

/**
 * A fresh hostile value: some hold state (a Proxy that counts its reads) or may be changed by the call,
 * so no case reuses one. Making the whole list costs more than most calls, so each making is shared out:
 * every value it makes waits in its name's pool until a case asks for that name.
 */
const pools = new Map<string, unknown[]>()
const freshHostile = (name: string): unknown => {
  if ((pools.get(name) ?? []).length === 0) {
    for (const [made, value] of hostileValues()) {
      const pool = pools.get(made) ?? []
      if (pool.length < 4) pool.push(value)
      pools.set(made, pool)
    }
  }
  const value = pools.get(name)?.pop()
  if (value === undefined && !pools.has(name)) throw new Error(`no hostile value is named "${name}"`)
  return value
}
const freshOdd = (name: string): unknown => oddButPlainValues().find(([candidate]) => candidate === name)?.[1]

/** Where a placement edit really puts the value, `options` made an object first when it is not one. */
const plant = (input: unknown, edit: Edit, value: unknown): unknown => {
  if (edit.at[0] === 'options' && edit.at.length === 2 && isObject(input) && !isObject(input['options'])) define(input, 'options', {})
  return applyEdit(input, { ...edit, value } as Edit, value)
}

/**
 * Swaps a catalog, and an assessment, for the engine's own parsed copies, the path a service takes.
 * Says whether it swapped anything.
 */
const swapForEngineMade = (name: PublicFunction, input: unknown): boolean => {
  if (!isObject(input)) return false
  let swapped = false
  const options = input['options']
  if (isObject(options) && Array.isArray(options['catalog'])) {
    const parsed = engine.parseCatalog(options['catalog'] as Main.CatalogInput)
    if (parsed._tag === 'Right') {
      define(options, 'catalog', parsed.right)
      swapped = true
    }
  }
  if ((name === 'selectRehabMovements' || name === 'planRehab') && input['assessment'] !== undefined) {
    const catalog = isObject(options) ? options['catalog'] : undefined
    const parsed = engine.parseAssessment({ assessment: input['assessment'], ...(catalog === undefined ? {} : { options: { catalog } }) } as Parameters<typeof engine.parseAssessment>[0])
    if (parsed._tag === 'Right') {
      define(input, 'assessment', parsed.right)
      swapped = true
    }
  }
  return swapped
}

/**
 * The case's input before any hostile value goes in: its changes made, and its catalog and assessment
 * swapped for parsed copies when the case asks and the hostile value does not go inside those.
 */
const baseOf = (name: PublicFunction, testCase: Case): Made => {
  const input = (testCase.kind === 'changed' ? testCase.edits : []).reduce((value, edit) => applyEdit(value, edit), copy(testCase.input))
  if (testCase.kind === 'json') return { input }
  const inside = testCase.kind !== 'valid' && testCase.kind !== 'changed' && [['options', 'catalog'], ['assessment']].some((at) => startsWith(testCase.edit.at, at))
  return { input, engineMade: testCase.engineMade && !inside && swapForEngineMade(name, input) }
}

const make = (name: PublicFunction, testCase: Case): Made => {
  if (testCase.kind !== 'hostile' && testCase.kind !== 'odd') return baseOf(name, testCase)
  const value = testCase.kind === 'hostile' ? freshHostile(testCase.value) : freshOdd(testCase.value)
  const base = baseOf(name, testCase)
  const input = plant(base.input, testCase.edit, value)
  if (get(input, testCase.edit.at) !== value) throw new Error(`the value did not land at ${showPath(testCase.edit.at)}`)
  return {
    ...base,
    input,
    planted: { value, at: testCase.edit.at },
    ...(testCase.kind === 'odd' ? { twin: plant(baseOf(name, testCase).input, testCase.edit, JSON.parse(JSON.stringify(value))) } : {}),
  }
}

/** The case's input as text, a hostile value by its name. */
const describeCase = (name: PublicFunction, testCase: Case): string => {
  const made = baseOf(name, testCase)
  const shown = testCase.kind === 'hostile' || testCase.kind === 'odd' ? plant(made.input, testCase.edit, `<<${testCase.value}>>`) : made.input
  const lines = [`${name}(${fc.stringify(shown)})`]
  if (testCase.kind === 'changed') lines.push(`changes to the valid input: ${testCase.edits.map((edit) => `${edit.op} ${showPath(edit.at)}${'value' in edit ? ` = ${fc.stringify(edit.value)}` : ''}`).join('; ')}`)
  if (testCase.kind === 'hostile' || testCase.kind === 'odd') lines.push(`${testCase.kind} value "${testCase.value}" put as ${testCase.placed} at ${showPath(testCase.edit.at)}`)
  if (made.engineMade === true) lines.push('the catalog, or the assessment, passed as parseCatalog or parseAssessment made it')
  return lines.map((line) => shorten(line)).join('\n    ')
}

// ---------------------------------------------------------------------------------------------------------
// Checks

const ISSUE_CODES = new Set(engine.IssueCodeSchema.options)
const LEFT_SCHEMAS: { readonly [Tag in LeftTag]: Schema } = {
  InvalidInput: engine.InvalidInputSchema,
  // A referral an episode holds carries its date and event as well.
  Referral: engine.ReferralSchema.or(engine.EpisodeReferralSchema),
  Paused: engine.PausedSchema,
}
const PROTOTYPES = { Object: Object.prototype, Array: Array.prototype, Function: Function.prototype, String: String.prototype } as const
const BASELINE = Object.fromEntries(Object.entries(PROTOTYPES).map(([name, prototype]) => [name, new Set(Reflect.ownKeys(prototype))]))

/** Keys added to a built-in prototype, removed again so that later cases are judged on their own. */
const pollution = (): string[] => {
  const added: string[] = []
  for (const [name, prototype] of Object.entries(PROTOTYPES)) {
    for (const key of Reflect.ownKeys(prototype)) {
      if (BASELINE[name]!.has(key)) continue
      added.push(`${name}.prototype.${String(key)}`)
      delete (prototype as Record<PropertyKey, unknown>)[key]
    }
  }
  return added
}

const schemaProblem = (schema: Schema, value: unknown): string | undefined => {
  const parsed = schema.safeParse(value)
  if (parsed.success) return undefined
  const issue = parsed.error?.issues[0]
  return issue === undefined ? 'does not match its schema' : `does not match its schema at ${showPath(issue.path as Path)}: ${issue.message}`
}

const holdsKey = (value: unknown, key: string): boolean =>
  Array.isArray(value) ? value.some((item) => holdsKey(item, key)) : isObject(value) && (Object.hasOwn(value, key) || Object.values(value).some((item) => holdsKey(item, key)))

/** What is wrong with a result as an Either of the target: the empty list when nothing is. */
const resultProblems = (target: Target, result: unknown): string[] => {
  if (!isObject(result)) return [`returned ${fc.stringify(result)}, not an Either`]
  const keys = Object.keys(result).sort().join(',')
  if (result['_tag'] === 'Right' && keys === '_tag,right') {
    const right = result['right']
    if (target.right === 'text') return typeof right === 'string' && right.length > 0 ? [] : ['Right holds no text']
    const changed = difference(right, jsonRoundTrip(right), true)
    if (changed !== undefined) return [`Right changes in a JSON round trip at ${showPath(changed)}`]
    const wrong = schemaProblem(target.right, right)
    return wrong === undefined ? [] : [`Right ${wrong}`]
  }
  if (result['_tag'] !== 'Left' || keys !== '_tag,left') return [`returned an object with keys ${keys}, not a tagged Either`]
  const left = result['left']
  const tag = isObject(left) ? left['_tag'] : undefined
  if (!target.lefts.includes(tag as LeftTag)) return [`Left is ${fc.stringify(tag)}, not one of ${target.lefts.join(', ')}`]
  const problems: string[] = []
  if (tag === 'InvalidInput') {
    const issues = (left as Bag)['issues']
    if (!Array.isArray(issues) || issues.length === 0) return ['InvalidInput has no issues']
    issues.forEach((issue: unknown, index) => {
      if (!isObject(issue)) return void problems.push(`issue ${index} is not an object`)
      if (!ISSUE_CODES.has(issue['code'] as Main.IssueCode)) problems.push(`issue ${index} has code ${fc.stringify(issue['code'])}, not one of IssueCodeSchema`)
      if (!Array.isArray(issue['path'])) problems.push(`issue ${index} has path ${fc.stringify(issue['path'])}, not a list`)
      if (typeof issue['message'] !== 'string' || issue['message'] === '') problems.push(`issue ${index} has no message`)
    })
  } else if (holdsKey(left, 'dose')) problems.push(`${String(tag)} carries a dose`)
  const wrong = schemaProblem(LEFT_SCHEMAS[tag as LeftTag], left)
  if (wrong !== undefined) problems.push(`${String(tag)} ${wrong}`)
  const changed = difference(result, jsonRoundTrip(result), true)
  if (changed !== undefined) problems.push(`Left changes in a JSON round trip at ${showPath(changed)}`)
  return problems
}

const outcomeOf = (result: unknown): string => {
  if (!isObject(result)) return 'not an Either'
  if (result['_tag'] === 'Right') return 'Right'
  const left = result['left']
  return isObject(left) && typeof left['_tag'] === 'string' ? left['_tag'] : 'Left'
}

const firstIssuePath = (result: unknown): Path | undefined => {
  const left = isObject(result) ? result['left'] : undefined
  const issues = isObject(left) ? left['issues'] : undefined
  const path = Array.isArray(issues) && isObject(issues[0]) ? issues[0]['path'] : undefined
  return Array.isArray(path) ? (path as Path) : undefined
}

/**
 * Whether a value reads as JSON data when looked at without calling anything on it: a Proxy with only
 * a `get` trap does, and so does an object JSON.parse made with a `__proto__` key. The engine cannot
 * tell these from real data, so it may judge them by their content; the rest it must refuse at the edge.
 */
const readsAsData = (value: unknown, seen: readonly object[] = []): boolean => {
  if (value === null || ['string', 'number', 'boolean', 'undefined'].includes(typeof value)) return true
  if (typeof value !== 'object' || seen.includes(value)) return false
  try {
    const prototype: unknown = Object.getPrototypeOf(value)
    if (Array.isArray(value) ? prototype !== Array.prototype : prototype !== Object.prototype && prototype !== null) return false
    const keys = Reflect.ownKeys(value).filter((key) => !(Array.isArray(value) && key === 'length'))
    if (Array.isArray(value) && keys.length !== value.length) return false // a list with holes
    return keys.every((key) => {
      const descriptor = Object.getOwnPropertyDescriptor(value, key)
      return typeof key === 'string' && descriptor !== undefined && 'value' in descriptor && readsAsData(descriptor.value, [...seen, value])
    })
  } catch {
    return false
  }
}

const startsWith = (path: Path, prefix: Path) => prefix.length <= path.length && prefix.every((key, index) => path[index] === key)

const isExtensible = (value: unknown): boolean | undefined => {
  try {
    return typeof value === 'object' && value !== null ? Object.isExtensible(value) : undefined
  } catch {
    return undefined // a revoked Proxy
  }
}

interface Outcome {
  readonly outcome: string
  readonly problems: readonly string[]
  readonly ms: number
  readonly result: unknown
}

/** One call, checked: the result, the input after it, the prototypes, the time. */
const runCase = (name: PublicFunction, testCase: Case): Outcome => {
  const target = TARGETS[name]
  const made = make(name, testCase)
  const planted = made.planted?.value
  const before = copy(made.input, planted)
  const open = containersOf(made.input, planted).filter(([, value]) => Object.isExtensible(value))
  const plantedOpen = isExtensible(planted)
  const plantedReadsAsData = readsAsData(planted)

  let result: unknown
  let thrown: { error: unknown } | undefined
  const started = performance.now()
  try {
    result = call(name, made.input)
  } catch (error) {
    thrown = { error }
  }
  const ms = performance.now() - started

  const problems: string[] = []
  const polluted = pollution()
  if (polluted.length > 0 || !prototypeIsClean()) problems.push(`a prototype was polluted: ${polluted.join(', ') || '"polluted" in Object.prototype'}`)
  if (thrown !== undefined) {
    const { error } = thrown
    const text = error instanceof Error ? `${error.name}: ${error.message}\n      ${(error.stack ?? '').split('\n').slice(1, 4).join('\n      ')}` : fc.stringify(error)
    return { outcome: 'threw', problems: [`threw ${text}`, ...problems], ms, result: undefined }
  }
  if (ms > HANG_MS) problems.push(`took ${(ms / 1000).toFixed(1)} s, over the ${HANG_MS / 1000} s that marks a hang`)
  problems.push(...resultProblems(target, result))

  const changedAt = difference(before, made.input)
  if (changedAt !== undefined) problems.push(`the input changed at ${showPath(changedAt)}`)
  for (const [path, value] of open) {
    if (!Object.isExtensible(value)) problems.push(`the input's object at ${showPath(path)} was ${Object.isFrozen(value) ? 'frozen' : 'made non-extensible'}`)
  }
  if (plantedOpen === true && isExtensible(planted) === false) problems.push('the hostile value was frozen')

  const outcome = outcomeOf(result)
  if (testCase.kind === 'valid' && outcome === 'InvalidInput') problems.push('a valid input was refused')
  if (testCase.kind === 'hostile') {
    // Refused at the edge: the first issue is at the value or inside it. A value that reads as data may
    // instead be refused by the field that holds it (an unknown `options`, a list grown too long), or a
    // red flag may refer first, as it does for any malformed input.
    const at = made.planted!.at
    const path = firstIssuePath(result) ?? []
    const placed = plantedReadsAsData ? startsWith(path, at) || startsWith(at, path) : startsWith(path, at)
    if (outcome === 'Right' || (!plantedReadsAsData && outcome !== 'InvalidInput')) problems.push(`a hostile value gave ${outcome}, not InvalidInput`)
    else if (outcome === 'InvalidInput' && !placed) problems.push(`the first issue is at ${showPath(path)}, not at the hostile value's ${showPath(at)}`)
  }
  if (testCase.kind === 'odd') {
    let twin: unknown
    try {
      twin = call(name, made.twin)
    } catch (error) {
      twin = { threw: String(error) }
    }
    const unlike = difference(result, twin)
    if (unlike !== undefined) problems.push(`reads the value unlike its plain twin ${fc.stringify(JSON.parse(JSON.stringify(made.planted!.value)))}: results differ at ${showPath(unlike)}`)
  }
  return { outcome, problems, ms, result }
}

// ---------------------------------------------------------------------------------------------------------
// Running: one worker per function, each watched for a case that never returns.

interface Failure {
  readonly name: PublicFunction
  readonly index: number
  readonly kind: Case['kind']
  readonly problem: string
  readonly shown: string
  readonly result: string
}
interface Summary {
  readonly name: PublicFunction
  readonly cases: number
  readonly failures: number
  readonly seconds: number
  readonly outcomes: Record<string, number>
  readonly kinds: Record<string, number>
  readonly slowest: number
  readonly slowCases: number
  /** The case the watchdog stopped the worker at. */
  readonly stoppedAt?: number
}
type Message =
  | { readonly type: 'failure'; readonly failure?: Failure }
  | { readonly type: 'slow'; readonly name: PublicFunction; readonly index: number; readonly ms: number; readonly shown: string }
  | { readonly type: 'done'; readonly summary: Omit<Summary, 'failures'> }
interface Job {
  readonly name: PublicFunction
  readonly seed: number
  readonly runs: number
  /** [start of the running case, in ms after `epoch` plus one, or 0 when none runs; its index] */
  readonly clock: SharedArrayBuffer
  readonly epoch: number
}

const seedOf = (name: PublicFunction) => (SEED + NAMES.indexOf(name)) | 0
const runsOf = (name: PublicFunction) => Math.max(1, Math.round(RUNS * TARGETS[name].share))
const arbitraryOf = (name: PublicFunction) => casesOf(TARGETS[name].valid)
/** The case a run of `name` made at `index`, made again without running anything before it. */
const caseAt = (name: PublicFunction, index: number): Case => fc.sample(arbitraryOf(name), { seed: seedOf(name), path: String(index), numRuns: 1 })[0]!
const groupOf = (problem: string) => problem.split('\n')[0]!.replace(/\d+(\.\d+)?/g, '#').replace(/"[^"]*"/g, '"…"')

const failureOf = (name: PublicFunction, index: number, testCase: Case, problem: string, result: unknown): Failure => ({
  name,
  index,
  kind: testCase.kind,
  problem,
  shown: describeCase(name, testCase),
  result: shorten(fc.stringify(result), 1_500),
})

const work = ({ name, seed, runs, clock, epoch }: Job): void => {
  const watch = new Int32Array(clock)
  const post = (message: Message) => parentPort!.postMessage(message)
  const outcomes: Record<string, number> = {}
  const kinds: Record<string, number> = {}
  const groups = new Set<string>()
  const catalogBefore = JSON.stringify(engine.BUILT_IN_CATALOG)
  let index = -1
  let slowest = 0
  let slowCases = 0
  const started = performance.now()
  fc.check(
    fc.property(arbitraryOf(name), (testCase) => {
      index += 1
      Atomics.store(watch, 1, index)
      Atomics.store(watch, 0, Date.now() - epoch + 1)
      let outcome: Outcome
      try {
        outcome = runCase(name, testCase)
      } catch (error) {
        outcome = { outcome: 'harness error', problems: [`the fuzzer itself failed: ${error instanceof Error ? error.stack : String(error)}`], ms: 0, result: undefined }
      }
      Atomics.store(watch, 0, 0)
      outcomes[outcome.outcome] = (outcomes[outcome.outcome] ?? 0) + 1
      kinds[testCase.kind] = (kinds[testCase.kind] ?? 0) + 1
      slowest = Math.max(slowest, outcome.ms)
      if (outcome.ms > SLOW_CASE_MS) {
        slowCases += 1
        post({ type: 'slow', name, index, ms: outcome.ms, shown: describeCase(name, testCase) })
      }
      if (outcome.problems.length === 0) return
      // The first case of each kind of failure is printed; the rest are counted.
      const problem = outcome.problems.join('\n    ')
      const group = groupOf(outcome.problems[0]!)
      const first = !groups.has(group)
      groups.add(group)
      post({ type: 'failure', ...(first ? { failure: failureOf(name, index, testCase, problem, outcome.result) } : {}) })
    }),
    { seed, numRuns: runs },
  )
  if (JSON.stringify(engine.BUILT_IN_CATALOG) !== catalogBefore || !Object.isFrozen(engine.BUILT_IN_CATALOG)) {
    post({ type: 'failure', failure: { name, index, kind: 'valid', problem: 'the built-in catalog changed or was unfrozen during the run', shown: '', result: '' } })
  }
  const seconds = (performance.now() - started) / 1000
  post({ type: 'done', summary: { name, cases: index + 1, seconds, outcomes, kinds, slowest, slowCases } })
}

const printFailure = (failure: Failure) => {
  console.log(`\nFAIL ${failure.name}, case ${failure.index} (${failure.kind}): ${failure.problem}`)
  if (failure.shown !== '') console.log(`    input: ${failure.shown}`)
  if (failure.result !== '') console.log(`    result: ${failure.result}`)
  console.log(`    replay: FUZZ_SEED=${SEED} FUZZ_ONLY=${failure.name} FUZZ_CASE=${failure.index} npm run fuzz\n`)
}

const mix = (counts: Record<string, number>) =>
  Object.entries(counts)
    .sort((a, b) => b[1] - a[1])
    .map(([label, count]) => `${label} ${count}`)
    .join(', ')
const summaryLine = (summary: Summary) =>
  [
    `${summary.failures === 0 ? 'ok  ' : 'FAIL'} ${summary.name.padEnd(20)} ${String(summary.cases).padStart(6)} cases ${String(summary.failures).padStart(4)} failures`,
    `${summary.seconds.toFixed(1).padStart(5)} s, slowest ${String(Math.round(summary.slowest)).padStart(4)} ms${summary.slowCases > 0 ? ` (${summary.slowCases} over ${SLOW_CASE_MS} ms)` : ''}`,
    summary.stoppedAt === undefined ? `gave ${mix(summary.outcomes)}; from ${mix(summary.kinds)}` : `stopped at case ${summary.stoppedAt}: the rest did not run`,
  ].join(' | ')

// A worker does not inherit the TypeScript loader this file runs under: it registers tsx, then loads this file.
const WORKER_SOURCE = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then(({ register }) => { register(); return import(${JSON.stringify(import.meta.url)}) })`

/** Runs one function's cases in a worker, stopping it when a case runs past HANG_MS. */
const runWorker = (name: PublicFunction): Promise<Summary> =>
  new Promise((resolve) => {
    const clock = new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT)
    const watch = new Int32Array(clock)
    const job: Job = { name, seed: seedOf(name), runs: runsOf(name), clock, epoch: Date.now() }
    Atomics.store(watch, 1, -1)
    const worker = new Worker(WORKER_SOURCE, { eval: true, execArgv: [], workerData: job })
    const started = performance.now()
    let settled = false
    // Counted here as they come, so that a worker stopped part way still reports the failures before it.
    let failures = 0
    const stop = (problem: string, since = 0, index = Atomics.load(watch, 1)) => {
      if (settled) return
      settled = true
      clearInterval(timer)
      void worker.terminate()
      if (index < 0) printFailure({ name, index, kind: 'valid', problem: `before its first case: ${problem}`, shown: '', result: '' })
      else printFailure(failureOf(name, index, caseAt(name, index), problem, undefined))
      const seconds = (performance.now() - started) / 1000
      resolve({ name, cases: index + 1, failures: failures + 1, seconds, outcomes: {}, kinds: {}, slowest: since > 0 ? Date.now() - since : 0, slowCases: 0, stoppedAt: index })
    }
    const timer = setInterval(() => {
      // The worker writes as it goes: read each slot once, and only trust a start time whose case did not change meanwhile.
      const index = Atomics.load(watch, 1)
      const running = Atomics.load(watch, 0)
      const since = running === 0 ? 0 : job.epoch + running - 1
      if (since > 0 && Atomics.load(watch, 1) === index && Date.now() - since > HANG_MS) stop(`still running after ${HANG_MS / 1000} s: a hang (the worker was stopped)`, since, index)
    }, 250)
    worker.on('message', (message: Message) => {
      if (message.type === 'failure') {
        failures += 1
        if (message.failure !== undefined) printFailure(message.failure)
      } else if (message.type === 'slow') console.log(`slow: ${message.name}, case ${message.index}, ${Math.round(message.ms)} ms: ${message.shown}`)
      else if (!settled) {
        settled = true
        clearInterval(timer)
        resolve({ ...message.summary, failures })
      }
    })
    worker.on('error', (error) => stop(`the worker crashed: ${error.stack ?? String(error)}`))
    worker.on('exit', (code) => stop(`the worker exited with code ${code} before it finished`))
  })

const main = async () => {
  const unknown = ONLY.filter((name) => !NAMES.includes(name as PublicFunction))
  if (unknown.length > 0) {
    console.error(`FUZZ_ONLY names no public function: ${unknown.join(', ')}`)
    process.exit(2)
  }
  // A public function added to the package but not here would go unfuzzed.
  const missed = Object.entries(engine).filter(([name, value]) => typeof value === 'function' && !NAMES.includes(name as PublicFunction))
  if (missed.length > 0) {
    console.error(`public functions with no fuzz target: ${missed.map(([name]) => name).join(', ')}`)
    process.exit(2)
  }
  const selected = NAMES.filter((name) => ONLY.length === 0 || ONLY.includes(name))

  if (CASE !== undefined) {
    if (selected.length !== 1) {
      console.error('FUZZ_CASE replays one case: name its function in FUZZ_ONLY')
      process.exit(2)
    }
    const name = selected[0]!
    const testCase = caseAt(name, CASE)
    const outcome = runCase(name, testCase)
    console.log(`${name}, case ${CASE} (${testCase.kind}), ${outcome.ms.toFixed(1)} ms\n    input: ${describeCase(name, testCase)}\n    result: ${fc.stringify(outcome.result)}`)
    for (const problem of outcome.problems) console.log(`FAIL ${problem}`)
    process.exit(outcome.problems.length === 0 ? 0 : 1)
  }

  const planned = selected.reduce((sum, name) => sum + runsOf(name), 0)
  console.log(`Fuzz seed ${SEED}, FUZZ_RUNS ${RUNS}: ${planned} cases over ${selected.length} functions, ${JOBS} at a time`)
  const started = performance.now()
  const queue = [...selected]
  const summaries: Summary[] = []
  const lane = async () => {
    for (let name = queue.shift(); name !== undefined; name = queue.shift()) summaries.push(await runWorker(name))
  }
  await Promise.all(Array.from({ length: Math.min(JOBS, selected.length) }, lane))

  summaries.sort((a, b) => NAMES.indexOf(a.name) - NAMES.indexOf(b.name))
  for (const summary of summaries) console.log(summaryLine(summary))
  const cases = summaries.reduce((sum, summary) => sum + summary.cases, 0)
  const failures = summaries.reduce((sum, summary) => sum + summary.failures, 0)
  console.log(`Fuzz: ${cases} cases, ${failures} failures, ${((performance.now() - started) / 1000).toFixed(1)} s`)
  process.exit(failures === 0 ? 0 : 1)
}

if (isMainThread) await main()
else work(workerData as Job)
