import assert from 'node:assert/strict'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type * as z from 'zod'
import {
  AssessmentResultSchema,
  AssessmentSchema,
  DecideDayInputSchema,
  DoseSchema,
  EpisodeSnapshotSchema,
  EvaluateCeilingInputSchema,
  InputDateSchema,
  IntakeSchema,
  MorningCheckSchema,
  NO_RED_FLAGS,
  NextDoseInputSchema,
  SessionLogSchema,
  snapshotEpisode,
} from '../../src/index.js'
import { readEpisode, readSessionEvent } from '../../src/episode/readPlainEpisode.js'
import { EpisodeEventSchema } from '../../src/episode/episodeEvents.js'
import { parseSnapshot, readCreditChain, readMorningRow, readPrescribed } from '../../src/episode/snapshot/readPlainSnapshot.js'
import { readSnapshotSessions } from '../../src/episode/snapshot/readSnapshotSessions.js'
import { CreditChainSchema, MorningRowSchema, PrescribedSchema } from '../../src/episode/snapshot/snapshotRows.js'
import { POINTERS, SnapshotSessionsSchema } from '../../src/episode/snapshot/snapshotSessions.js'
import { episodeArbitrary, START } from '../arbitraries/episode.js'
import { inspectPlainData } from '../../src/_lib/inspectPlainData.js'
import { parseInput } from '../../src/_lib/parseInput.js'
import { DEFER, type Reader } from '../../src/_lib/plainReader.js'
import { parseWithReaders } from '../../src/_lib/parseWithReaders.js'
import { readInputDate } from '../../src/shared/isoDate.js'
import { readIntake } from '../../src/screening/readPlainIntake.js'
import { parseAssessmentInput, readResult } from '../../src/selection/readPlainAssessment.js'
import { readDose, readMorning, readMornings, readSession, readSessions } from '../../src/ceiling/readPlainLogs.js'
import { assessmentArbitrary } from '../arbitraries/assessment.js'
import { anyJson } from '../arbitraries/json.js'
import { ceilingInputArbitrary, shiftDate } from '../arbitraries/logs.js'
import { deepFreeze } from '../support/deepFreeze.js'

/*
 * Values on or just past a limit of the schemas, or of a type zod treats
 * specially, by the key they are put under. fast-check favours the first
 * entries of a list, so every list is short and starts with a likely escape.
 */
const ID_VALUES = ['x'.repeat(65), '', 'x'.repeat(64), 3, null]
const PAIN_VALUES = [11, -1, -0, 10, 2.5, Number.NaN, 2 ** 53, '3']
const DATE_VALUES = ['2026-02-29', '3000-01-01', '1899-12-31', '2028-02-29', '1900-01-01', '2999-12-31', '2026-1-02', new Date(0)]
const ODD_VALUES: Readonly<Record<string, readonly unknown[]>> = {
  pain: PAIN_VALUES,
  painDuring: PAIN_VALUES,
  painAfter: PAIN_VALUES,
  backPain: PAIN_VALUES,
  stiffness: PAIN_VALUES,
  baselinePain: PAIN_VALUES,
  movement: ID_VALUES,
  variant: ID_VALUES,
  date: DATE_VALUES,
  today: DATE_VALUES,
  time: ['24:00', '7:00', '23:59', '00:00', ' 08:00'],
  kind: ['load', 'hold', 'distance', 'reps', 'constructor', '__proto__'],
  sets: [0, 11, 10, 1.5],
  reps: [0, 501, 500],
  seconds: [0, 3601, 3600],
  meters: [0, 10_001, 10_000],
  loadKg: [0, Number.POSITIVE_INFINITY, 500.01, 500, 0.01, -1, Number.NaN],
  perSide: ['yes', true, false, 0],
  band: ['yes', true, false],
  completed: ['true', 1, true, false],
  results: [[], {}, null],
  sessions: [[], {}, null],
  mornings: [[], {}, null],
  extra: [1],
  type: ['session', 'morning', 'clearance', 'nap'],
  id: ['', 'x'.repeat(65), 7],
  clears: ['pause', 'referral', 'both'],
  by: ['', 'x'.repeat(201)],
  location: ['spine', 'knee'],
  hoursSinceExercise: [-1, 8761, 8760, Number.NaN],
  'saddle-numbness': ['no', true, null],
  events: [[], {}, null],
  __proto__: [{ polluted: true }, null],
  constructor: [{ prototype: { polluted: true } }],
}
const GENERIC_VALUES: readonly unknown[] = [undefined, null, {}, [], '', 0, true]
const KEYS = Object.keys(ODD_VALUES)

/** Every object and array inside a value, the value included. */
const containers = (value: unknown): object[] => {
  if (typeof value !== 'object' || value === null) return []
  return [value, ...Object.values(value).flatMap(containers)]
}

type Change = (root: unknown) => void

/** A change somewhere inside a valid input: a value swapped, a key removed, or an object's prototype changed. */
const changeArbitrary: fc.Arbitrary<Change> = fc.oneof(
  fc
    .tuple(fc.nat(), fc.constantFrom(...KEYS), fc.nat(), fc.boolean())
    .map(([at, key, pick, generic]): Change => (root) => {
      const all = containers(root)
      const target = all[at % all.length]!
      const values = generic ? GENERIC_VALUES : ODD_VALUES[key]!
      const name = Array.isArray(target) ? String(at % (target.length + 1)) : key
      // A copy, so that no two places (or two runs) share a container and no change can make a cycle.
      const value: unknown = structuredClone(values[pick % values.length])
      Object.defineProperty(target, name, { value, enumerable: true, configurable: true, writable: true })
    }),
  fc.tuple(fc.nat(), fc.nat()).map(([at, which]): Change => (root) => {
    const all = containers(root).filter((container) => !Array.isArray(container))
    const target = all[at % all.length] as Record<string, unknown> | undefined
    const keys = target === undefined ? [] : Object.keys(target)
    if (keys.length > 0) delete target![keys[which % keys.length]!]
  }),
  fc.tuple(fc.nat(), fc.constantFrom('null', 'class', 'inherited')).map(([at, kind]): Change => (root) => {
    const all = containers(root).filter((container) => !Array.isArray(container))
    const target = all[at % all.length]
    if (target === undefined) return
    if (kind === 'null') Object.setPrototypeOf(target, null)
    if (kind === 'class') Object.setPrototypeOf(target, class Log {}.prototype)
    if (kind === 'inherited') Object.setPrototypeOf(target, { pain: 1, painDuring: 1, backPain: 1, movement: 'hip-bridge' })
  }),
)

/** Valid inputs with one to three changes, most of which make them invalid and some of which do not. */
const changed = (valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> =>
  fc.tuple(valid, fc.array(changeArbitrary, { minLength: 1, maxLength: 3 })).map(([value, changes]) => {
    const copy: unknown = structuredClone(value)
    for (const change of changes) change(copy)
    return copy
  })

const nextDoseInputArbitrary = ceilingInputArbitrary.map((input) => ({ intake: { age: 38, redFlags: { ...NO_RED_FLAGS } }, movement: 'hip-bridge', ...input }))

const sharp = { location: 'worked-muscle', character: 'sharp', hoursSinceExercise: 20.5, atRest: false, disturbsSleep: false, trend: 'same', numbnessOrTingling: false }
/** Episodes with every type of event: the generated logs, a re-screen, a soreness report and a clearance of the referral. */
/** Snapshots of random episodes, taken at the end of their last day. */
const snapshotArbitrary = episodeArbitrary(20).map(({ days, episode }) => {
  const snapshot = snapshotEpisode({ episode, through: shiftDate(START, days) })
  if (snapshot._tag === 'Left') throw new Error(`the snapshot was refused: ${JSON.stringify(snapshot.left)}`)
  return snapshot.right
})

const decideDayInputArbitrary = episodeArbitrary(6).map(({ days, episode }) => ({
  episode: {
    ...episode,
    events: [
      ...episode.events,
      { type: 'symptoms', id: 'rescreen-1', date: START, redFlags: NO_RED_FLAGS },
      { type: 'soreness', date: START, movement: 'hip-bridge', report: sharp },
      { type: 'clearance', date: START, time: '18:00', clears: 'referral', by: 'Dr Hale' },
    ],
  },
  today: shiftDate(START, days),
}))

/** Parsers made with readers, each beside the schema whose answers it must give. */
const PARSERS: readonly {
  readonly name: string
  readonly schema: z.ZodType
  readonly parse: (input: unknown, prefix: readonly PropertyKey[]) => unknown
  readonly valid: fc.Arbitrary<unknown>
}[] = [
  { name: 'an assessment', schema: AssessmentSchema, parse: parseAssessmentInput, valid: assessmentArbitrary() },
  {
    name: 'the input of evaluateCeiling',
    schema: EvaluateCeilingInputSchema,
    parse: parseWithReaders(EvaluateCeilingInputSchema, { sessions: readSessions, mornings: readMornings }),
    valid: ceilingInputArbitrary,
  },
  {
    name: 'the input of nextDose',
    schema: NextDoseInputSchema,
    parse: parseWithReaders(NextDoseInputSchema, { sessions: readSessions, mornings: readMornings }),
    valid: nextDoseInputArbitrary,
  },
  {
    name: 'a snapshot of an episode',
    schema: EpisodeSnapshotSchema,
    parse: parseSnapshot,
    valid: snapshotArbitrary,
  },
  {
    name: 'the input of decideDay, from an episode',
    schema: DecideDayInputSchema.options[0],
    parse: parseWithReaders(DecideDayInputSchema.options[0], { episode: readEpisode }),
    valid: decideDayInputArbitrary,
  },
]

/** What a public function answers without the readers: the inspection's issues, or zod's answer after it. */
const inspectThenParse = (schema: z.ZodType, input: unknown, prefix: readonly PropertyKey[]): unknown => {
  const unsafe = inspectPlainData(input)
  return unsafe.length > 0 ? { _tag: 'Left', left: unsafe.map((issue) => ({ ...issue, path: [...prefix, ...issue.path] })) } : parseInput(schema, input, prefix)
}

describe.each(PARSERS)('reading $name by hand', ({ schema, parse, valid }) => {
  it('gives exactly what the inspection and zod give, value or issues, for valid, changed and arbitrary inputs', () => {
    fc.assert(
      fc.property(fc.oneof(valid, changed(valid), anyJson), (input) => {
        const ours = parse(input, ['input'])
        const zods = inspectThenParse(schema, input, ['input'])
        // node's deepStrictEqual compares prototypes; toStrictEqual reads a value's `constructor`, and a reason's
        // params may hold an own key of that name (two equal arrays there made it fail on equal values).
        assert.deepStrictEqual(ours, zods)
        expect(JSON.stringify(ours)).toBe(JSON.stringify(zods))
      }),
      { numRuns: 500 },
    )
  })

  it('leaves the input unchanged and shares no object with it', () => {
    fc.assert(
      fc.property(valid, (input) => {
        const before = structuredClone(input)
        const parsed = parse(deepFreeze(input), []) as { _tag: string; right: unknown }
        expect(parsed._tag).toBe('Right')
        expect(input).toEqual(before)
        const inputs = new Set(containers(input))
        for (const container of containers(parsed.right)) expect(inputs.has(container)).toBe(false)
      }),
      { numRuns: 300 },
    )
  })
})

/** Whether `reader` vouched for a value. */
const vouches = (reader: Reader<unknown>, value: unknown) => reader(value) !== DEFER

/*
 * Whether the generators reach both answers often enough for the properties
 * to prove something: counted on a fixed sample, so the count does not depend
 * on how many runs a property gets to make.
 */
const SAMPLE = { numRuns: 2000, seed: 20261102 }

const countAnswers = (answers: readonly boolean[]) => ({
  vouched: answers.filter(Boolean).length,
  deferred: answers.filter((answer) => !answer).length,
})

const LIST_READERS = [
  [readSessions, EvaluateCeilingInputSchema.shape.sessions, 'sessions'],
  [readMornings, EvaluateCeilingInputSchema.shape.mornings, 'mornings'],
] as const

/** The list under `key` while the value is still an object; a change may have replaced either, and the readers take anything. */
const listOf = (value: unknown, key: string): unknown => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined)

const listInputs = fc.oneof(ceilingInputArbitrary, changed(ceilingInputArbitrary))

describe('the hand readers of lists', () => {
  it('vouch only for what zod accepts unchanged', () => {
    fc.assert(
      fc.property(listInputs, (value) => {
        for (const [reader, schema, key] of LIST_READERS) {
          const list = listOf(value, key)
          const read = reader(list)
          if (read !== DEFER) expect(read).toStrictEqual(schema.parse(list))
        }
      }),
      { numRuns: 500 },
    )
  })

  it('both vouch and defer often on the generated inputs', () => {
    const answers = fc.sample(listInputs, SAMPLE).flatMap((value) => LIST_READERS.map(([reader, , key]) => vouches(reader, listOf(value, key))))
    const { vouched, deferred } = countAnswers(answers)
    expect(vouched).toBeGreaterThan(400)
    expect(deferred).toBeGreaterThan(400)
  })

  it('vouch for every valid list the generators make', () => {
    fc.assert(
      fc.property(ceilingInputArbitrary, ({ sessions, mornings }) => {
        expect(vouches(readSessions, sessions)).toBe(true)
        expect(vouches(readMornings, mornings)).toBe(true)
      }),
    )
  })
})

type Spec = Readonly<Record<string, readonly [valid: fc.Arbitrary<unknown>, odd: readonly unknown[]]>>

/**
 * An object near a schema's shape: each field valid, odd, undefined or left
 * out, sometimes an unknown key, sometimes another prototype. Each field goes
 * wrong on its own here, which a change deep inside a whole input rarely does.
 */
const nearRecord = (spec: Spec): fc.Arbitrary<unknown> =>
  fc
    .tuple(
      fc.tuple(
        ...Object.entries(spec).map(([key, [valid, odd]]) =>
          fc
            .oneof(
              { weight: 12, arbitrary: valid.map((value) => ({ value })) },
              { weight: 2, arbitrary: fc.constantFrom(...odd).map((value) => ({ value })) },
              { weight: 1, arbitrary: fc.constant({ value: undefined }) },
              { weight: 1, arbitrary: fc.constant(undefined) },
            )
            .map((entry) => [key, entry] as const),
        ),
      ),
      fc.constantFrom('plain', 'plain', 'plain', 'plain', 'plain', 'null', 'class', 'extra'),
    )
    .map(([entries, kind]) => {
      const record: Record<string, unknown> = kind === 'null' ? Object.create(null) : kind === 'class' ? new (class Log {})() : {}
      for (const [key, entry] of entries) if (entry !== undefined) record[key] = structuredClone(entry.value)
      if (kind === 'extra') record['note'] = 'extra'
      return record
    })

/**
 * A list near a tuple's shape: each element valid, odd or undefined, the
 * list sometimes cut short or one element longer, sometimes a list of
 * another class or an object that only looks like a list.
 */
const nearTuple = (spec: readonly (readonly [valid: fc.Arbitrary<unknown>, odd: readonly unknown[]])[]): fc.Arbitrary<unknown> =>
  fc
    .tuple(
      fc.tuple(
        ...spec.map(([valid, odd]) =>
          fc.oneof({ weight: 12, arbitrary: valid }, { weight: 2, arbitrary: fc.constantFrom(...odd) }, { weight: 1, arbitrary: fc.constant(undefined) }),
        ),
      ),
      fc.constantFrom('plain', 'plain', 'plain', 'plain', 'plain', 'short', 'long', 'class', 'object'),
    )
    .map(([elements, kind]) => {
      const list = elements.map((element) => structuredClone(element))
      if (kind === 'short') list.pop()
      if (kind === 'long') list.push('extra')
      if (kind === 'class') return Object.setPrototypeOf(list, class Row extends Array {}.prototype)
      return kind === 'object' ? { ...list, length: list.length } : list
    })

/** An object of a schema's shape with every field valid, or one near it: the fields of a wide object rarely all come out valid in nearRecord. */
const nearOrValid = (spec: Spec): fc.Arbitrary<unknown> =>
  fc.oneof(nearRecord(spec), fc.record(Object.fromEntries(Object.entries(spec).map(([key, [valid]]) => [key, valid]))))

/** A column of `count` entries, each valid or now and then odd; odd as a whole, or one entry too long. */
const nearColumn = (count: number, [valid, odd]: readonly [fc.Arbitrary<unknown>, readonly unknown[]]) =>
  [
    fc.array(fc.oneof({ weight: 20, arbitrary: valid }, { weight: 1, arbitrary: fc.constantFrom(...odd) }), { minLength: count, maxLength: count }),
    [null, {}, Array.from({ length: count + 1 }, () => 0)],
  ] as const

const optionalInt = (min: number, max: number) => fc.integer({ min, max })
const doseArbitrary = fc.oneof(
  nearRecord({
    kind: [fc.constant('reps'), ODD_VALUES['kind']!],
    sets: [optionalInt(1, 10), ODD_VALUES['sets']!],
    reps: [optionalInt(1, 500), ODD_VALUES['reps']!],
    perSide: [fc.boolean(), ODD_VALUES['perSide']!],
    band: [fc.boolean(), ODD_VALUES['band']!],
    loadKg: [fc.double({ min: 0.01, max: 500, noNaN: true }), ODD_VALUES['loadKg']!],
  }),
  nearRecord({ kind: [fc.constant('hold'), ODD_VALUES['kind']!], sets: [optionalInt(1, 10), ODD_VALUES['sets']!], seconds: [optionalInt(1, 3600), ODD_VALUES['seconds']!] }),
  nearRecord({ kind: [fc.constant('distance'), ODD_VALUES['kind']!], sets: [optionalInt(1, 10), ODD_VALUES['sets']!], meters: [optionalInt(1, 10_000), ODD_VALUES['meters']!] }),
)
const painField = [fc.integer({ min: 0, max: 10 }), PAIN_VALUES] as const
const idField = [fc.constantFrom('hip-bridge', 'deadbug', 'x'.repeat(64)), ID_VALUES] as const
const dateField = [fc.constantFrom('2026-11-20', '2024-02-29', '1900-01-01', '2999-12-31'), DATE_VALUES] as const

/** A session's fields, near valid: the log and the event share them. */
const SESSION_FIELDS = {
  date: dateField,
  time: [fc.constantFrom('08:00', '23:59', '00:00'), ODD_VALUES['time']!],
  movement: idField,
  variant: idField,
  performed: [doseArbitrary, [null, {}, []]],
  completed: [fc.boolean(), ODD_VALUES['completed']!],
  painDuring: painField,
  painAfter: painField,
} as const

/** Readers of one object, each with near-valid objects and the schema it must agree with. */
const RECORD_READERS = [
  { name: 'a dose', read: readDose, schema: DoseSchema, near: doseArbitrary },
  {
    name: 'a session',
    read: readSession,
    schema: SessionLogSchema,
    near: nearRecord(SESSION_FIELDS),
  },
  {
    name: 'a session event',
    read: readSessionEvent,
    schema: EpisodeEventSchema,
    near: nearRecord({ type: [fc.constant('session'), ['morning', 'Session', null]], id: idField, ...SESSION_FIELDS }),
  },
  { name: 'a morning check', read: readMorning, schema: MorningCheckSchema, near: nearRecord({ date: dateField, backPain: painField, stiffness: painField }) },
  {
    name: "a snapshot's morning",
    read: readMorningRow,
    schema: MorningRowSchema,
    near: nearTuple([[fc.integer({ min: 0, max: 20 }), [-1, 1.5, '3', null]], dateField, painField, [fc.oneof(fc.integer({ min: 0, max: 10 }), fc.constant(null)), PAIN_VALUES], idField]),
  },
  {
    name: "a snapshot's prescribed days",
    read: readPrescribed,
    schema: PrescribedSchema,
    near: nearRecord({
      plans: [fc.array(fc.array(nearTuple([idField, [fc.integer({ min: 1, max: 3 }), ODD_VALUES['sets']!], idField]), { maxLength: 3 }), { maxLength: 2 }), [null, {}, [{}]]],
      days: [fc.array(nearTuple([dateField, [fc.integer({ min: 0, max: 2 }), [-1, 0.5, null]]]), { maxLength: 2 }), [null, {}, 'days']],
    }),
  },
  {
    name: "a snapshot's sessions",
    read: readSnapshotSessions,
    schema: SnapshotSessionsSchema,
    near: fc.integer({ min: 0, max: 3 }).chain((count) =>
      nearOrValid({
        // Lists that are often valid and hold two entries, so that most pointers land inside them and the columns decide.
        movements: [fc.oneof(fc.array(nearRecord({ movement: idField, variant: idField }), { maxLength: 2 }), fc.constant([{ movement: 'hip-bridge' }, { movement: 'deadbug', variant: 'x' }])), [null, {}]],
        doses: [fc.oneof(fc.array(doseArbitrary, { maxLength: 2 }), fc.constant([{ kind: 'reps', sets: 1, reps: 8 }, { kind: 'hold', sets: 2, seconds: 30 }])), [null, {}]],
        dates: [fc.constant(['2026-11-20', '2024-02-29']), [null, {}, [], ['2026-02-30', '2026-11-20'], ['2026-11-20', 20261120]]],
        times: [fc.constant(['08:00', '19:00']), [null, {}, [], ['25:00', '08:00'], ['08:00', 800]]],
        columns: [
          nearOrValid({
            ordinal: nearColumn(count, [fc.integer({ min: 0, max: 20 }), [-1, 1.5, '3', null]]),
            date: nearColumn(count, [fc.integer({ min: 0, max: 1 }), [-1, 0.5, 2, null, '2026-11-20']]),
            time: nearColumn(count, [fc.constantFrom(0, 1, null), [-1, 0.5, 2, '08:00']]),
            movement: nearColumn(count, [fc.integer({ min: 0, max: 2 }), [-1, 0.5, null]]),
            dose: nearColumn(count, [fc.integer({ min: 0, max: 2 }), [-1, 0.5, null]]),
            completed: nearColumn(count, [fc.boolean(), ODD_VALUES['completed']!]),
            painDuring: nearColumn(count, painField),
            painAfter: nearColumn(count, [fc.oneof(fc.integer({ min: 0, max: 10 }), fc.constant(null)), PAIN_VALUES]),
          }),
          [null, [], 'columns'],
        ],
        extras: [
          fc.oneof(
            fc.constant([]),
            fc.array(nearTuple([[fc.integer({ min: 0, max: 3 }), [-1, 0.5, null]], [nearRecord({ id: idField, own: [fc.constant(false), [true, 0, null]] }), [null, [], 'extras']]]), { maxLength: 2 }),
          ),
          [null, {}],
        ],
      }),
    ),
  },
  {
    name: "a snapshot's credit chain",
    read: readCreditChain,
    schema: CreditChainSchema,
    near: nearRecord({
      doses: [fc.array(doseArbitrary, { maxLength: 2 }), [null, {}, [null]]],
      links: [fc.array(nearTuple([idField, dateField, [fc.integer({ min: 0, max: 2 }), [-1, 0.5, null]], [fc.integer({ min: 0, max: 2 }), [-1, 0.5, null]]]), { maxLength: 2 }), [null, {}]],
    }),
  },
  { name: 'an assessment result', read: readResult, schema: AssessmentResultSchema, near: nearRecord({ movement: idField, variant: idField, pain: painField }) },
  {
    name: 'an intake',
    read: readIntake,
    schema: IntakeSchema,
    near: nearRecord({
      age: [fc.integer({ min: 0, max: 120 }), [121, -1, 38.5, '38']],
      // Every answer valid mostly: twenty near-valid answers are hardly ever all valid at once.
      redFlags: [
        fc.oneof(
          { weight: 4, arbitrary: fc.record(Object.fromEntries(Object.keys(NO_RED_FLAGS).map((flag) => [flag, fc.boolean()]))) },
          { weight: 1, arbitrary: nearRecord(Object.fromEntries(Object.keys(NO_RED_FLAGS).map((flag) => [flag, [fc.boolean(), [null, 'no', 0]]]))) },
        ),
        [null, {}, []],
      ],
      painStarted: dateField,
      firstEpisode: [fc.boolean(), [null, 'yes']],
      backPain: painField,
      // The STarT Back answers and the inflammatory screen are left to zod whenever they are there, so they are not asked of the reader.
    }),
  },
] as const

describe.each(RECORD_READERS)('the hand reader of $name', ({ read, schema, near }) => {
  it("vouches only for what zod accepts, with zod's very output", () => {
    fc.assert(
      fc.property(near, (value) => {
        const ours = read(value)
        if (ours === DEFER) return
        const zods = schema.safeParse(value)
        expect(zods.success).toBe(true)
        expect(ours).toStrictEqual(zods.data)
        expect(Object.keys(ours as object)).toStrictEqual(Object.keys(zods.data as object))
      }),
      { numRuns: 1000 },
    )
  })

  it('both vouches and defers often on near-valid objects', () => {
    const { vouched, deferred } = countAnswers(fc.sample(near, SAMPLE).map((value) => vouches(read, value)))
    expect(vouched).toBeGreaterThan(40)
    expect(deferred).toBeGreaterThan(40)
  })

  it('vouches for every object zod accepts whose objects and lists have plain prototypes and whose present fields are defined', () => {
    const PLAIN = [Object.prototype, Array.prototype, null]
    fc.assert(
      fc.property(near, (value) => {
        const plain = containers(value).every((container) => PLAIN.includes(Object.getPrototypeOf(container)))
        const defined = containers(value).every((container) => Object.values(container).every((field) => field !== undefined))
        if (plain && defined && schema.safeParse(value).success) expect(read(value)).not.toBe(DEFER)
      }),
      { numRuns: 1000 },
    )
  })
})

describe('the hand readers under a polluted Object.prototype', () => {
  it('defer an unknown key even when an inherited value stands in for a missing field', () => {
    const result = { movement: 'hip-bridge', note: 'unknown' }
    Object.defineProperty(Object.prototype, 'pain', { value: 1, configurable: true, writable: true })
    try {
      expect(AssessmentResultSchema.safeParse(result).success).toBe(false)
      expect(readResult(result)).toBe(DEFER)
    } finally {
      delete (Object.prototype as Record<string, unknown>)['pain']
    }
  })
})

describe('the hand reader of input dates', () => {
  const digits = (length: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: length, maxLength: length })
  const dateLike = fc.tuple(digits(4), digits(2), digits(2)).map(([year, month, day]) => `${year}-${month}-${day}`)
  const nearDate = fc
    .tuple(fc.integer({ min: 1890, max: 3010 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
    .map(([year, month, day]) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`)

  it('agrees with InputDateSchema on every string shaped like a date, and on any string', () => {
    fc.assert(
      fc.property(fc.oneof(dateLike, nearDate, fc.string()), (text) => {
        expect(vouches(readInputDate, text)).toBe(InputDateSchema.safeParse(text).success)
      }),
      { numRuns: 1000 },
    )
  })

  it('agrees on the limits and on leap days', () => {
    const limits = ['1900-01-01', '1899-12-31', '2999-12-31', '3000-01-01', '2026-04-31', '2026-12-31', '2026-12-32', '2026-00-10', '2026-13-01']
    const leapDays = ['1900', '2000', '2024', '2026', '2100', '2200', '2300', '2400', '2800'].map((year) => `${year}-02-29`)
    for (const text of [...limits, ...leapDays]) {
      expect(vouches(readInputDate, text), text).toBe(InputDateSchema.safeParse(text).success)
    }
  })
})

describe('the hand reader of snapshots', () => {
  it('vouches for the snapshot of every episode that credits and marks nothing, so the fast path is the one taken', () => {
    fc.assert(
      fc.property(snapshotArbitrary, (snapshot) => {
        const plain = snapshot.sessions.extras.every(([, extras]) => extras.credited === undefined && extras.markedRed === undefined)
        expect(readSnapshotSessions(snapshot.sessions) !== DEFER).toBe(plain)
        expect(snapshot.mornings.map(readMorningRow)).not.toContain(DEFER)
        expect(readPrescribed(snapshot.prescribed)).not.toBe(DEFER)
        expect(readCreditChain(snapshot.creditChain)).not.toBe(DEFER)
        expect(readIntake(snapshot.intake) === DEFER).toBe(snapshot.intake.startBack !== undefined || snapshot.intake.inflammatory !== undefined)
      }),
      { numRuns: 200 },
    )
  })

  it('leaves to zod a session that points one past the end of its dates, times, movements or doses, so the issue is named at its entry', () => {
    const pointing = fc.tuple(snapshotArbitrary, fc.nat(), fc.constantFrom(...POINTERS), fc.constantFrom(0, 1)).filter(([snapshot]) => snapshot.sessions.columns.ordinal.length > 0)
    fc.assert(
      fc.property(pointing, ([snapshot, at, [column, list], beyond]) => {
        const { columns } = snapshot.sessions
        const index = at % columns.ordinal.length
        const changed = columns[column].map((pointer, which) => (which === index ? snapshot.sessions[list].length + beyond : pointer))
        const input = { ...snapshot, sessions: { ...snapshot.sessions, columns: { ...columns, [column]: changed } } }
        expect(readSnapshotSessions(input.sessions)).toBe(DEFER)
        const parsed = parseSnapshot(input, ['snapshot'])
        expect(parsed._tag === 'Left' && parsed.left.map(({ code, path }) => ({ code, path }))).toEqual([{ code: 'too_big', path: ['snapshot', 'sessions', 'columns', column, index] }])
      }),
      { numRuns: 100 },
    )
  })
})

describe('the hand reader of episodes', () => {
  it('vouches for every valid episode, with every type of event, so the fast path is the one taken', () => {
    fc.assert(
      fc.property(decideDayInputArbitrary, (input) => {
        expect(readEpisode(input.episode)).not.toBe(DEFER)
      }),
      { numRuns: 200 },
    )
  })
})
