import fc from 'fast-check'
import { NO_RED_FLAGS, RED_FLAGS, screenIntake, type Intake, type RedFlagId, type Referral } from '../../src/index.js'

/** Every red flag answered "no", as a fresh object a test may change. */
export const noRedFlags = (): Record<RedFlagId, boolean> => ({ ...NO_RED_FLAGS })

/** Red-flag answers with each flag `true` at the given rate. */
export const redFlagsArbitrary = (rate: number) =>
  fc
    .array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: RED_FLAGS.length, maxLength: RED_FLAGS.length })
    .map((draws) => Object.fromEntries(RED_FLAGS.map((flag, index) => [flag.id, draws[index]! < rate])) as Record<RedFlagId, boolean>)

export const startBackArbitrary = fc.record({
  items: fc.tuple(fc.boolean(), fc.boolean(), fc.boolean(), fc.boolean(), fc.boolean(), fc.boolean(), fc.boolean(), fc.boolean()),
  bothersomeness: fc.constantFrom('not-at-all', 'slightly', 'moderately', 'very-much', 'extremely' as const),
})

/** The inflammatory back pain screen, each answer given or left out. */
const inflammatoryArbitrary = fc.record(
  {
    onsetAge: fc.constantFrom('under-35', '35-to-44', '45-or-over' as const),
    lastedOver3Months: fc.boolean(),
    wakesInSecondHalfOfNight: fc.boolean(),
    buttockPain: fc.boolean(),
    betterWithMovement: fc.boolean(),
    betterWithAntiInflammatories: fc.boolean(),
    relativeWithSpondyloarthritis: fc.boolean(),
    arthritisEnthesitisOrPsoriasis: fc.boolean(),
  },
  { requiredKeys: [] },
)

/** The onset questions and the inflammatory screen, each answered or left out: none of them stops exercise. */
const onsetArbitrary = fc.record(
  {
    painStarted: fc.constantFrom('2026-10-20', '1990-01-01', '2026-11-30'),
    firstEpisode: fc.boolean(),
    backPain: fc.integer({ min: 0, max: 10 }),
    inflammatory: inflammatoryArbitrary,
  },
  { requiredKeys: [] },
)

/** A valid intake: any age, some flags, STarT Back answered or not, the onset questions answered or not. */
export const intakeArbitrary: fc.Arbitrary<Intake> = fc
  .record({
    age: fc.integer({ min: 0, max: 120 }),
    redFlags: fc.oneof(fc.constant(noRedFlags()), redFlagsArbitrary(0.1)),
    startBack: fc.option(startBackArbitrary, { nil: undefined }),
    onset: onsetArbitrary,
  })
  .map(({ startBack, onset, ...rest }) => ({ ...rest, ...onset, ...(startBack === undefined ? {} : { startBack }) }))

/** An intake that the screening clears: no flags, and an age of 20-50 or back pain of a kind had before. */
export const clearedIntakeArbitrary: fc.Arbitrary<Intake> = fc
  .record({
    age: fc.oneof(fc.integer({ min: 20, max: 50 }), fc.integer({ min: 0, max: 120 })),
    startBack: fc.option(startBackArbitrary, { nil: undefined }),
    onset: onsetArbitrary,
  })
  .map(({ age, startBack, onset }) => ({
    age,
    redFlags: noRedFlags(),
    ...onset,
    ...(age < 20 || age > 50 ? { firstEpisode: false } : {}),
    ...(startBack === undefined ? {} : { startBack }),
  }))

/**
 * Whether an intake carries a sign, written out apart from the engine: a
 * question answered "yes", or an age under 20 or over 50 unless the back pain
 * is a kind had before (domain.md section 3).
 */
export const hasRedFlag = (intake: Intake): boolean =>
  Object.values(intake.redFlags).some(Boolean) || ((intake.age < 20 || intake.age > 50) && intake.firstEpisode !== false)

/** An intake with no red flag, for the inputs that must carry one to be screened: every question answered "no", age 38. */
export const CLEAR_INTAKE: Intake = Object.freeze({ age: 38, redFlags: Object.freeze(noRedFlags()) })

/** CLEAR_INTAKE with one red flag answered "yes": `saddle-numbness` is an emergency. */
export const flaggedIntake = (flag: RedFlagId = 'saddle-numbness'): Intake => ({ ...CLEAR_INTAKE, redFlags: { ...noRedFlags(), [flag]: true } })

/** The referral screenIntake gives for an intake with a red flag: what every function that screens must return unchanged. */
export const referralOf = (intake: Intake): Referral => {
  const screening = screenIntake(intake)
  if (screening._tag !== 'Right' || screening.right._tag !== 'Referral') throw new Error('expected a referral')
  return screening.right
}
