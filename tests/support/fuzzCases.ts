// Valid inputs for the public functions that tests/arbitraries has no whole input for. Each is built from
// the arbitraries and the engine's own limits, so a limit that moves moves these with it.
import fc from 'fast-check'
import { de, en } from '../../src/locales.js'
import {
  BUILT_IN_CATALOG,
  CEILING_DEFAULTS,
  INPUT_LIMITS,
  PAIN_CEILING,
  PROGRESSION_DEFAULTS,
  SorenessReportSchema,
  type Catalog,
  type Dose,
  type FindMovementInput,
  type NextDoseInput,
  type SimulateProgressionInput,
  type SorenessReport,
} from '../../src/index.js'
import { assessmentArbitrary, catalogArbitrary, isoDateArbitrary, painArbitrary, scorableEntries } from '../arbitraries/assessment.js'
import { CLEAR_INTAKE } from '../arbitraries/intake.js'
import { ceilingInputArbitrary, sessionArbitrary, shiftDate, TODAY } from '../arbitraries/logs.js'
import { sessionTimesArbitrary } from '../arbitraries/program.js'

const LIMIT = INPUT_LIMITS.dose
const count = (max: number) => fc.oneof(fc.integer({ min: 1, max: Math.min(max, 20) }), fc.integer({ min: 1, max }))

/** Any dose within the input limits, optional fields present or not. */
export const doseArbitrary: fc.Arbitrary<Dose> = fc.oneof(
  fc.record(
    {
      kind: fc.constant('reps' as const),
      sets: count(LIMIT.sets),
      reps: count(LIMIT.reps),
      perSide: fc.boolean(),
      band: fc.boolean(),
      loadKg: fc.double({ min: 0.5, max: LIMIT.loadKg, noNaN: true }),
    },
    { requiredKeys: ['kind', 'sets', 'reps'] },
  ),
  fc.record({ kind: fc.constant('hold' as const), sets: count(LIMIT.sets), seconds: count(LIMIT.seconds) }),
  fc.record({ kind: fc.constant('distance' as const), sets: count(LIMIT.sets), meters: count(LIMIT.meters) }),
)

/** A soreness report with every field any of the values its schema allows. */
export const sorenessReportArbitrary: fc.Arbitrary<SorenessReport> = fc.record({
  location: fc.constantFrom(...SorenessReportSchema.shape.location.options),
  character: fc.constantFrom(...SorenessReportSchema.shape.character.options),
  hoursSinceExercise: fc.oneof(fc.integer({ min: 0, max: 240 }), fc.double({ min: 0, max: 24 * 365, noNaN: true })),
  atRest: fc.boolean(),
  disturbsSleep: fc.boolean(),
  trend: fc.constantFrom(...SorenessReportSchema.shape.trend.options),
  numbnessOrTingling: fc.boolean(),
})

type MovementRef = { readonly movement: string; readonly variant?: string | undefined }

/** A movement of a catalog (and sometimes one of its variants) as a lookup names it; every one has a ladder. */
const movementRefOf = (catalog: Catalog): fc.Arbitrary<MovementRef> =>
  fc.oneof(
    fc.constantFrom(...catalog.map((movement) => ({ movement: movement.id }))),
    fc.constantFrom(...scorableEntries(catalog).map(({ movement, variant }) => (variant === undefined ? { movement } : { movement, variant }))),
  )

/** A look-up in the built-in catalog, or in a generated catalog passed as `options.catalog`. */
export const movementLookupArbitrary: fc.Arbitrary<FindMovementInput> = fc.oneof(
  fc.constantFrom(...BUILT_IN_CATALOG.map((movement) => ({ movement: movement.id }))),
  catalogArbitrary.chain((catalog) => fc.constantFrom(...catalog).map((movement) => ({ movement: movement.id, options: { catalog } }))),
)

/** A movement to name: one of the lookups, a variant of the walk now and then, in English, German or no locale. */
export const movementNameArbitrary = fc
  .tuple(
    fc.oneof(movementLookupArbitrary, fc.constantFrom(...['by-the-side', 'overhead'].map((variant) => ({ movement: 'kettlebell-walk', variant })))),
    fc.constantFrom(undefined, de, en),
  )
  .map(([lookup, locale]) => (locale === undefined ? lookup : { ...lookup, options: { ...('options' in lookup ? lookup.options : {}), locale } }))

/** A session's label to write: one the engine gives, or any text, planned or not, in English, German or no locale. */
export const sessionLabelArbitrary = fc
  .record({
    label: fc.oneof(fc.constantFrom('Morning rehab', 'Midday rehab', 'Evening rehab', 'Evening rehab and workout', 'Midday rehab and workout'), fc.string({ minLength: 1, maxLength: 100 })),
    planned: fc.boolean(),
    locale: fc.constantFrom(undefined, de, en),
  })
  .map(({ label, planned, locale }) => ({ label, planned, ...(locale === undefined ? {} : { options: { locale } }) }))

const ceilingOptions = {
  painCeiling: fc.integer({ min: PAIN_CEILING.min, max: PAIN_CEILING.max }),
  flareUpRise: fc.integer({ min: CEILING_DEFAULTS.flareUpRise.min, max: CEILING_DEFAULTS.flareUpRise.default }),
  weeklyRise: fc.integer({ min: CEILING_DEFAULTS.weeklyRise.min, max: CEILING_DEFAULTS.weeklyRise.default }),
  referPain: fc.integer({ min: CEILING_DEFAULTS.referPain.min, max: CEILING_DEFAULTS.referPain.default }),
}
/** Ceiling options, any subset of them. */
export const ceilingOptionsArbitrary = fc.record(ceilingOptions, { requiredKeys: [] })
/** Dose-decision options, any subset of them. */
export const nextDoseOptionsArbitrary = fc.record(
  { ...ceilingOptions, loadStepPercent: fc.integer({ min: PROGRESSION_DEFAULTS.loadStepPercent.min, max: PROGRESSION_DEFAULTS.loadStepPercent.max }) },
  { requiredKeys: [] },
)

/** An assessment taken on or before the day the logs are judged. */
const pastAssessmentArbitrary = fc
  .tuple(assessmentArbitrary(), fc.integer({ min: 0, max: 60 }))
  .map(([assessment, daysAgo]) => ({ ...assessment, date: shiftDate(TODAY, -daysAgo) }))

type CeilingInput = typeof ceilingInputArbitrary extends fc.Arbitrary<infer Input> ? Input : never

const optional = <Value>(arbitrary: fc.Arbitrary<Value>) => fc.option(arbitrary, { nil: undefined })
const defined = <Value extends object>(value: Value): Value =>
  Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as Value

const logsAndRest = (logs: fc.Arbitrary<CeilingInput>, ref: (logs: CeilingInput) => fc.Arbitrary<MovementRef>) =>
  logs.chain((input) =>
    fc
      .record({ ref: ref(input), assessment: optional(pastAssessmentArbitrary), options: optional(nextDoseOptionsArbitrary) })
      .map(({ ref: { movement, variant }, assessment, options }) => defined({ intake: CLEAR_INTAKE, movement, variant, ...input, assessment, options })),
  )

// Two sessions of one movement red by their own pain (over amber, under the referral pain) on two days of the last week.
const redTwiceArbitrary = fc
  .record({
    logs: ceilingInputArbitrary,
    session: sessionArbitrary,
    days: fc.uniqueArray(fc.integer({ min: 1 - CEILING_DEFAULTS.windowDays, max: 0 }), { minLength: 2, maxLength: 2 }),
    painDuring: fc.integer({ min: CEILING_DEFAULTS.amberMaxPain + 1, max: CEILING_DEFAULTS.referPain.default - 1 }),
  })
  .map(({ logs, session, days, painDuring }) => {
    const { painAfter: _, ...red } = { ...session, completed: true, painDuring }
    return { ...logs, sessions: [...logs.sessions, ...days.map((day) => ({ ...red, date: shiftDate(TODAY, day) }))] }
  })

/**
 * A dose decision's input: the generated logs, for a movement they log or any movement with a ladder;
 * sometimes with a movement gone red twice, which pauses it.
 */
export const nextDoseInputArbitrary: fc.Arbitrary<NextDoseInput> = fc.oneof(
  {
    weight: 3,
    arbitrary: logsAndRest(ceilingInputArbitrary, ({ sessions }) =>
      sessions.length === 0 ? movementRefOf(BUILT_IN_CATALOG) : fc.oneof(movementRefOf(BUILT_IN_CATALOG), fc.constantFrom(...sessions)),
    ),
  },
  { weight: 1, arbitrary: logsAndRest(redTwiceArbitrary, ({ sessions }) => fc.constant(sessions.at(-1)!)) },
)

/** A short dry run of any movement with a ladder. */
export const simulationArbitrary: fc.Arbitrary<SimulateProgressionInput> = fc
  .record({
    ref: movementRefOf(BUILT_IN_CATALOG),
    start: isoDateArbitrary,
    weeks: fc.integer({ min: 1, max: 6 }),
    baselinePain: fc.integer({ min: 0, max: 4 }),
    response: fc.record(
      {
        painDuring: painArbitrary,
        painAfter: painArbitrary,
        loadKg: fc.double({ min: 0.5, max: 60, noNaN: true }),
        flareUps: fc.array(fc.record({ week: fc.integer({ min: 1, max: 6 }), day: fc.integer({ min: 1, max: 7 }) }, { requiredKeys: ['week'] }), {
          maxLength: 4,
        }),
      },
      { requiredKeys: ['painDuring'] },
    ),
    assessment: optional(assessmentArbitrary()),
    options: optional(fc.record({ ...ceilingOptions, sessionTimes: sessionTimesArbitrary }, { requiredKeys: [] })),
  })
  .map(({ ref, ...rest }) => defined({ intake: CLEAR_INTAKE, ...ref, ...rest }))
