import { describe, expect, it } from 'vitest'
import { BUILT_IN_CATALOG, NO_RED_FLAGS, RehabPlanSchema, decideDay, planRehab, snapshotEpisode, type DosedItem, type Posture } from '../../../src/index.js'
import { resolveCatalog } from '../../../src/catalog/resolveCatalog.js'
import { postureCorrectives } from '../../../src/selection/rules/postureCorrectives.js'
import { ASSESSED, episodeOf } from '../../episode/episodeFixtures.js'

// Seed 003 and domain.md 8: a forward-tipped pelvis gets a hip flexor stretch and posterior pelvic tilts; a high hip gets
// side-lying hip abduction and a side-bend stretch of the high side. Offered as the trainer's approach, within the pain
// ceiling; the evidence finds little link between static posture and back pain (Christensen and Hartvigsen 2008).
const results = ASSESSED.map((movement) => ({ movement, pain: 1 }))
const builtIn = (() => {
  const resolved = resolveCatalog(undefined, [])
  if (resolved._tag === 'Left') throw new Error('expected the built-in catalog')
  return resolved.right
})()

describe('postureCorrectives', () => {
  it('adds nothing without a finding, or for none', () => {
    expect(postureCorrectives(undefined, builtIn)).toEqual({ correctives: [], reasons: [] })
    expect(postureCorrectives({ lateralPelvicTilt: 'none', anteriorPelvicTilt: 'none' }, builtIn)).toEqual({ correctives: [], reasons: [] })
  })

  it('adds the correctives of each finding from the first rung of their own ladders, once a day', () => {
    const { correctives } = postureCorrectives({ anteriorPelvicTilt: 'marked', lateralPelvicTilt: 'right-high' }, builtIn)
    expect(correctives).toEqual([
      { movement: 'half-kneeling-hip-flexor-stretch', finding: 'anteriorPelvicTilt', start: { kind: 'hold', sets: 2, seconds: 20 }, timesPerDay: 1 },
      { movement: 'posterior-pelvic-tilt', finding: 'anteriorPelvicTilt', start: { kind: 'reps', sets: 2, reps: 8 }, timesPerDay: 1 },
      { movement: 'side-lying-hip-abduction', finding: 'lateralPelvicTilt', start: { kind: 'reps', sets: 2, reps: 8, perSide: true }, timesPerDay: 1 },
      { movement: 'standing-side-bend-stretch', finding: 'lateralPelvicTilt', start: { kind: 'hold', sets: 2, seconds: 20 }, timesPerDay: 1 },
    ])
  })

  it('names the finding, the side, the trainer\'s approach and what the evidence does not show, never a diagnosis', () => {
    const { reasons } = postureCorrectives({ lateralPelvicTilt: 'left-high' } satisfies Posture, builtIn)
    expect(reasons).toEqual([
      {
        rule: 'posture-corrective',
        message:
          "A high left hip was noted at the assessment; the side-bend stretch bends to the right, stretching the high side. The trainer's approach adds side-lying-hip-abduction and standing-side-bend-stretch, from the first rung of each. Reviews find little or no link between posture and back pain: these are exercise within the pain ceiling, not a diagnosis.",
        value: 'left-high',
        source:
          'seed 003: long-standing pain put down to muscle imbalance seen as a high hip or a forward-tipped pelvis, met with exercise for that finding; Christensen and Hartvigsen 2008, J Manipulative Physiol Ther: little or no link between static posture and back pain',
        params: { grade: 'left-high', count: 2, first: 'side-lying-hip-abduction', second: 'standing-side-bend-stretch' },
      },
    ])
    expect(postureCorrectives({ anteriorPelvicTilt: 'mild' }, builtIn).reasons[0]?.message).toMatch(/^A mild forward tip of the pelvis was noted at the assessment\. /)
  })

  it('leaves out a corrective an app\'s catalog does not hold, and says when none is left', () => {
    const catalog = resolveCatalog(
      BUILT_IN_CATALOG.filter((movement) => !movement.roles.includes('corrective')),
      [],
    )
    if (catalog._tag === 'Left') throw new Error('expected a catalog')
    const { correctives, reasons } = postureCorrectives({ anteriorPelvicTilt: 'mild' }, catalog.right)
    expect(correctives).toEqual([])
    expect(reasons[0]?.message).toContain("The trainer's approach adds nothing this catalog holds")
  })
})

describe('posture findings in a plan and an episode', () => {
  it('puts the correctives in the plan beside the 4-5 movements, which they do not count toward', () => {
    const plan = planRehab({ intake: { age: 38, redFlags: NO_RED_FLAGS }, assessment: { date: '2026-11-02', results, posture: { anteriorPelvicTilt: 'mild' } } })
    if (plan._tag !== 'Right') throw new Error('expected a plan')
    expect(RehabPlanSchema.safeParse(plan.right).success).toBe(true)
    expect(plan.right.selection.selected).toHaveLength(5)
    expect(plan.right.selection.correctives?.map((corrective) => corrective.movement)).toEqual(['half-kneeling-hip-flexor-stretch', 'posterior-pelvic-tilt'])
    const plain = planRehab({ intake: { age: 38, redFlags: NO_RED_FLAGS }, assessment: { date: '2026-11-02', results } })
    expect(plain._tag === 'Right' && plain.right.selection).not.toHaveProperty('correctives')
  })

  it("doses each corrective from its own ladder every day of an episode, and steps it up after a green day", () => {
    const assessment = { type: 'assessment', date: '2026-11-02', results, posture: { lateralPelvicTilt: 'right-high' } } as const
    const first = decideDay({ episode: episodeOf([assessment]), today: '2026-11-02' })
    if (first._tag === 'Left') throw new Error('expected a plan')
    const abduction = first.right.items.find((item): item is DosedItem => item.movement === 'side-lying-hip-abduction' && item.status !== 'paused')
    expect(abduction).toMatchObject({ status: 'start', dose: { kind: 'reps', sets: 2, reps: 8, perSide: true }, timesToday: 1 })
    expect(first.right.reasons.map((reason) => reason.rule)).toContain('posture-corrective')
    const done = { type: 'session', date: '2026-11-02', movement: 'side-lying-hip-abduction', performed: abduction!.dose, completed: true, painDuring: 1 } as const
    const next = decideDay({ episode: episodeOf([assessment, done, { type: 'morning', date: '2026-11-03', backPain: 1 }]), today: '2026-11-03' })
    expect(next._tag === 'Right' && next.right.items.find((item) => item.movement === 'side-lying-hip-abduction')).toMatchObject({ status: 'progress', dose: { kind: 'reps', sets: 2, reps: 9, perSide: true } })
  })
})

describe('posture correctives across a snapshot', () => {
  it('are planned from a snapshot exactly as from the whole episode', () => {
    const assessment = { type: 'assessment', date: '2026-11-02', results, posture: { anteriorPelvicTilt: 'marked' } } as const
    const events = [assessment, { type: 'morning', date: '2026-11-03', backPain: 1 } as const]
    const snapshot = snapshotEpisode({ episode: episodeOf([assessment]), through: '2026-11-02' })
    if (snapshot._tag === 'Left') throw new Error('expected a snapshot')
    const fromSnapshot = decideDay({ snapshot: JSON.parse(JSON.stringify(snapshot.right)), events: events.slice(1), today: '2026-11-04' })
    expect(fromSnapshot).toEqual(decideDay({ episode: episodeOf(events), today: '2026-11-04' }))
    expect(fromSnapshot._tag === 'Right' && fromSnapshot.right.items.map((item) => item.movement)).toContain('posterior-pelvic-tilt')
  })
})
