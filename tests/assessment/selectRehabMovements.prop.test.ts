import { fc, test } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import {
  InvalidInputSchema,
  NotEnoughTolerableMovementsSchema,
  RehabSelectionSchema,
  movements,
  parseCatalog,
  selectRehabMovements,
  type Assessment,
  type AssessmentResult,
  type Catalog,
} from '../../src/index.js'
import { assessmentArbitrary, catalogArbitrary, scorableEntries } from '../arbitraries/assessment.js'
import { anyJson } from '../arbitraries/json.js'
import { deepFreeze, jsonRoundTrip } from '../support/deepFreeze.js'
import { expectPure } from '../support/expectPure.js'

const RUNS = { numRuns: 1000 }
const ceilingArbitrary = fc.integer({ min: 0, max: 5 })

const keyOf = (item: { movement: string; variant?: string | undefined }) => `${item.movement}/${item.variant ?? ''}`

/**
 * The rule written the slow and obvious way: every subset of the eligible
 * results of the right size, scored by coverage (distinct focus tags), then
 * total pain, then catalog order of its members. Shares no code with the engine.
 */
const bruteForce = (catalog: Catalog, results: readonly AssessmentResult[], ceiling: number): string[] | undefined => {
  const catalogEntries = new Map(scorableEntries(catalog).map((entry) => [keyOf(entry), entry]))
  const eligible = results
    .filter((result) => result.pain <= ceiling)
    .map((result) => ({ ...result, entry: catalogEntries.get(keyOf(result))! }))
  if (eligible.length < 4) return undefined
  const size = Math.min(5, eligible.length)

  type Candidate = { coverage: number; pain: number; order: string; members: typeof eligible }
  let best: Candidate | undefined
  const orderKey = (members: typeof eligible) =>
    members
      .map((member) => member.entry.order)
      .sort((a, b) => a[0] - b[0] || a[1] - b[1])
      .map(([movement, variant]) => `${String(movement).padStart(4, '0')}.${String(variant).padStart(4, '0')}`)
      .join(',')
  const better = (a: Candidate, b: Candidate) =>
    a.coverage !== b.coverage ? a.coverage > b.coverage : a.pain !== b.pain ? a.pain < b.pain : a.order < b.order

  const visit = (from: number, members: typeof eligible) => {
    if (members.length === size) {
      const candidate = {
        coverage: new Set(members.flatMap((member) => member.entry.focus)).size,
        pain: members.reduce((sum, member) => sum + member.pain, 0),
        order: orderKey(members),
        members,
      }
      if (best === undefined || better(candidate, best)) best = candidate
      return
    }
    for (let index = from; index < eligible.length; index++) visit(index + 1, [...members, eligible[index]!])
  }
  visit(0, [])
  return best?.members.map(keyOf).sort()
}

const selectedKeys = (result: ReturnType<typeof selectRehabMovements>) =>
  result._tag === 'Right' ? result.right.selected.map(keyOf).sort() : undefined

const catalogWithAssessment = catalogArbitrary.chain((catalog) =>
  fc.tuple(fc.constant(catalog), assessmentArbitrary(catalog), ceilingArbitrary),
)

describe('selectRehabMovements properties', () => {
  test.prop([assessmentArbitrary(), ceilingArbitrary], RUNS)(
    'matches a brute force over every subset of the built-in catalog',
    (assessment, painCeiling) => {
      expect(selectedKeys(selectRehabMovements(assessment, { painCeiling }))).toEqual(
        bruteForce(movements, assessment.results, painCeiling),
      )
    },
  )

  test.prop([catalogWithAssessment], RUNS)(
    'matches a brute force over every subset of generated catalogs with overlapping focus',
    ([catalog, assessment, painCeiling]) => {
      const parsed = parseCatalog(catalog)
      expect(parsed._tag).toBe('Right')
      if (parsed._tag !== 'Right') return
      expect(selectedKeys(selectRehabMovements(assessment, { painCeiling, catalog: parsed.right }))).toEqual(
        bruteForce(catalog, assessment.results, painCeiling),
      )
    },
  )

  test.prop([assessmentArbitrary(), ceilingArbitrary], RUNS)('selects nothing above the pain ceiling', (assessment, painCeiling) => {
    const result = selectRehabMovements(assessment, { painCeiling })
    for (const item of result._tag === 'Right' ? result.right.selected : []) expect(item.pain).toBeLessThanOrEqual(painCeiling)
  })

  test.prop([assessmentArbitrary(), ceilingArbitrary], RUNS)(
    'chooses 5, 4 or none by the number eligible',
    (assessment, painCeiling) => {
      const eligible = assessment.results.filter((result) => result.pain <= painCeiling)
      const result = selectRehabMovements(assessment, { painCeiling })
      if (eligible.length >= 5) expect(result._tag === 'Right' && result.right.selected.length).toBe(5)
      else if (eligible.length === 4) expect(result._tag === 'Right' && result.right.selected.length).toBe(4)
      else {
        expect(result._tag === 'Left' && result.left._tag).toBe('NotEnoughTolerableMovements')
        expect(result._tag === 'Left' && result.left._tag === 'NotEnoughTolerableMovements' && result.left.eligible.map(keyOf).sort()).toEqual(
          eligible.map(keyOf).sort(),
        )
      }
    },
  )

  test.prop([assessmentArbitrary(), ceilingArbitrary], RUNS)(
    'accounts for every result exactly once, chosen or excluded with a reason',
    (assessment, painCeiling) => {
      const result = selectRehabMovements(assessment, { painCeiling })
      if (result._tag !== 'Right') return
      const accounted = [...result.right.selected, ...result.right.excluded].map(keyOf).sort()
      expect(accounted).toEqual(assessment.results.map(keyOf).sort())
      for (const item of result.right.excluded) {
        expect(item.reason.rule).toBe(item.pain > painCeiling ? 'pain-ceiling' : 'selection-size')
      }
    },
  )

  test.prop(
    [
      assessmentArbitrary().chain((assessment) =>
        fc.tuple(
          fc.constant(assessment),
          fc.shuffledSubarray(assessment.results, { minLength: assessment.results.length }),
        ),
      ),
    ],
    RUNS,
  )('does not depend on the order of the results', ([assessment, reordered]) => {
    expect(selectRehabMovements({ ...assessment, results: reordered })).toEqual(selectRehabMovements(assessment))
  })

  test.prop([assessmentArbitrary(), ceilingArbitrary], RUNS)(
    'is deterministic, leaves its (frozen) input unchanged, and gives outputs that survive JSON and pass their own schema',
    (assessment, painCeiling) => {
      const options = deepFreeze({ painCeiling })
      const result = expectPure((input: Assessment) => selectRehabMovements(input, options), assessment, RehabSelectionSchema)
      if (result._tag === 'Left') expect(NotEnoughTolerableMovementsSchema.safeParse(result.left).success).toBe(true)
      expect(options).toEqual({ painCeiling })
    },
  )

  test.prop([anyJson, fc.oneof(fc.constant(undefined), anyJson)], RUNS)(
    'answers arbitrary JSON with a typed result, never a throw',
    (input, options) => {
      const result = selectRehabMovements(input as Assessment, options as never)
      if (result._tag === 'Left' && result.left._tag === 'InvalidInput') {
        expect(InvalidInputSchema.safeParse(result.left).success).toBe(true)
      } else {
        // Arbitrary JSON that happens to be a valid assessment is answered like any other.
        expect(['Right', 'Left']).toContain(result._tag)
        expect(jsonRoundTrip(result)).toEqual(result)
      }
      expect(Object.prototype).not.toHaveProperty('polluted')
    },
  )
})
