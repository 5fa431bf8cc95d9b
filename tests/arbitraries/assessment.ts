import fc from 'fast-check'
import { BUILT_IN_CATALOG, type Assessment, type AssessmentResult, type Catalog } from '../../src/index.js'

/** One scorable (movement, variant) pair of a catalog, with its position in catalog order. */
export interface ScorableEntry {
  readonly movement: string
  readonly variant?: string
  readonly focus: readonly string[]
  readonly order: readonly [number, number]
}

/** Every (movement, variant) pair of a catalog that an assessment may score, in catalog order. */
export const scorableEntries = (catalog: Catalog): ScorableEntry[] =>
  catalog.flatMap((movement, position) =>
    movement.roles.includes('assessment')
      ? [
          { movement: movement.id, focus: movement.focus, order: [position, 0] as const },
          ...movement.variants.map((variant, index) => ({
            movement: movement.id,
            variant: variant.id,
            focus: movement.focus,
            order: [position, index + 1] as const,
          })),
        ]
      : [],
  )

/** Pain scores leaning low, so that most samples have enough eligible movements to choose among. */
export const painArbitrary = fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 10 }))

/** A calendar day between 2020 and 2035 as YYYY-MM-DD, built in UTC so the machine's zone cannot shift it. */
export const isoDateArbitrary = fc
  .integer({ min: 0, max: 365 * 15 })
  .map((days) => new Date(Date.UTC(2020, 0, 1) + days * 86_400_000).toISOString().slice(0, 10))

const toResult = (entry: ScorableEntry, pain: number): AssessmentResult => ({
  movement: entry.movement,
  ...(entry.variant === undefined ? {} : { variant: entry.variant }),
  pain,
})

/** Results for a random subset of a catalog's scorable pairs, in random order. */
export const resultsArbitrary = (catalog: Catalog = BUILT_IN_CATALOG, pain = painArbitrary) =>
  fc
    .shuffledSubarray(scorableEntries(catalog), { minLength: 1 })
    .chain((entries) =>
      fc
        .array(pain, { minLength: entries.length, maxLength: entries.length })
        .map((pains) => entries.map((entry, index) => toResult(entry, pains[index]!))),
    )

/** A valid assessment of the given catalog. */
export const assessmentArbitrary = (catalog: Catalog = BUILT_IN_CATALOG, pain = painArbitrary): fc.Arbitrary<Assessment> =>
  fc.record({ date: isoDateArbitrary, results: resultsArbitrary(catalog, pain) })

const FOCUS_POOL = ['a', 'b', 'c', 'd', 'e', 'f', 'g'] as const

/**
 * A small app catalog of assessment movements with random focus tags and
 * variants, so coverage ties and overlaps show up far more often than in the
 * built-in catalog.
 */
export const catalogArbitrary = fc
  .array(
    fc.record({
      focus: fc.uniqueArray(fc.constantFrom(...FOCUS_POOL), { minLength: 1, maxLength: 4 }),
      variants: fc.integer({ min: 0, max: 2 }),
    }),
    { minLength: 1, maxLength: 11 },
  )
  .map((specs) =>
    specs.map((spec, index) => ({
      id: `movement-${index}`,
      name: `Movement ${index}`,
      description: 'A generated movement.',
      roles: ['assessment'] as const,
      focus: spec.focus,
      dose: { kinds: ['reps'] as const, perSide: index % 2 === 0 },
      variants: Array.from({ length: spec.variants }, (_, variant) => ({ id: `variant-${variant}`, name: `Variant ${variant}` })),
      source: 'generated',
    })),
  )
