import { describe, expect, it } from 'vitest'
import { CeilingVerdictSchema, INPUT_LIMITS, type SessionLog } from '../../src/index.js'
import { appMovement } from '../support/catalogMovements.js'
import { day, morning, verdictOf } from '../support/ceilingLogs.js'

describe('CeilingVerdictSchema', () => {
  it('takes back a verdict with one entry for every movement and variant of the largest catalog', () => {
    // A caller may check a stored verdict with the schema before passing it on, so no verdict the engine
    // gives may be refused: the catalog at its limits, every movement and each of its variants logged.
    const variantIds = Array.from({ length: INPUT_LIMITS.variantsPerMovement }, (_, index) => `form-${index}`)
    const catalog = Array.from({ length: INPUT_LIMITS.catalogMovements }, (_, index) =>
      appMovement(`move-${index}`, { variants: variantIds.map((id) => ({ id, name: id })) }),
    )
    const sessions: SessionLog[] = catalog.flatMap((movement) =>
      [undefined, ...variantIds].map((variant) => ({
        date: day(-1),
        movement: movement.id,
        ...(variant === undefined ? {} : { variant }),
        performed: { kind: 'reps', sets: 1, reps: 5 },
        completed: true,
        painDuring: 1,
      })),
    )
    const verdict = verdictOf({ sessions, mornings: [morning(0, 2)], options: { catalog } })
    expect(verdict.movements).toHaveLength(sessions.length)
    expect(CeilingVerdictSchema.safeParse(verdict).success).toBe(true)
  })
})
