import { describe, expect, it } from 'vitest'
import { LadderSchema, decideDay, ladderOf, nextDose, NO_RED_FLAGS, type DosedItem, type EpisodeEventInput, type EpisodeInput } from '../../src/index.js'
import { episodeOf } from './episodeFixtures.js'

// Seed 001: the walks are dosed by distance or by reps. A walk logged in metres is read, and dosed, in metres, rung for
// rung with its rungs in reps (2 m a rep, an engine default).
const results = [...['hip-mobility', 'cat-camel', 'in-line-lunge-halo', 'bird-dog'].map((movement) => ({ movement, pain: 1 })), { movement: 'kettlebell-walk', variant: 'by-the-side', pain: 1 }]
const walkDay = (date: string, performed: { kind: 'distance'; sets: number; meters: number } | { kind: 'reps'; sets: number; reps: number }): EpisodeEventInput[] => [
  ...['08:00', '12:00', '16:00'].map((time) => ({ type: 'session', date, time, movement: 'kettlebell-walk', variant: 'by-the-side', performed, completed: true, painDuring: 1 }) as const),
]
const walkOn = (events: readonly EpisodeEventInput[], today: string, options?: EpisodeInput['options']): DosedItem => {
  const assessed = episodeOf([{ type: 'assessment', date: '2026-11-01', results }, ...events])
  const day = decideDay({ episode: options === undefined ? assessed : { ...assessed, options }, today })
  if (day._tag === 'Left') throw new Error('expected a plan')
  return day.right.items.find((item): item is DosedItem => item.movement === 'kettlebell-walk' && item.status !== 'paused')!
}

describe('decideDay: a walk logged in metres', () => {
  it('climbs in metres once it is logged in metres, and in reps while it is logged in reps', () => {
    const morning = (date: string) => ({ type: 'morning', date, backPain: 1 }) as const
    const inMeters = [...walkDay('2026-11-01', { kind: 'distance', sets: 1, meters: 10 }), morning('2026-11-02')]
    expect(walkOn(inMeters, '2026-11-02')).toMatchObject({ status: 'progress', dose: { kind: 'distance', sets: 1, meters: 12 } })
    expect(walkOn(inMeters, '2026-11-02').reasons[0]?.message).toBe('kettlebell-walk (by-the-side) is at 1 x 10 m, rung 1 of 11, green and completed: one rung up, to 1 x 12 m.')
    const inReps = [...walkDay('2026-11-01', { kind: 'reps', sets: 1, reps: 5 }), morning('2026-11-02')]
    expect(walkOn(inReps, '2026-11-02')).toMatchObject({ status: 'progress', dose: { kind: 'reps', sets: 1, reps: 6 } })
  })

  it('starts a walk in metres when the options ask for walks in metres, and in reps by default', () => {
    // The first rung in metres is the first rung in reps at 2 m a rep: 1 x 5 becomes 1 x 10 m.
    expect(walkOn([], '2026-11-01', { walkUnit: 'metres' })).toMatchObject({ status: 'start', dose: { kind: 'distance', sets: 1, meters: 10 } })
    expect(walkOn([], '2026-11-01', { walkUnit: 'metres' }).reasons[0]?.message).toBe('No kettlebell-walk (by-the-side) session yet: start at 1 x 10 m, rung 1 of 11.')
    expect(walkOn([], '2026-11-01')).toMatchObject({ status: 'start', dose: { kind: 'reps', sets: 1, reps: 5 } })
    expect(walkOn([], '2026-11-01', { walkUnit: 'reps' })).toMatchObject({ status: 'start', dose: { kind: 'reps', sets: 1, reps: 5 } })
  })

  it('goes on in the unit the walk was logged in, whatever unit it was asked to start in', () => {
    const logged = [...walkDay('2026-11-01', { kind: 'reps', sets: 1, reps: 5 }), { type: 'morning', date: '2026-11-02', backPain: 1 } as const]
    expect(walkOn(logged, '2026-11-02', { walkUnit: 'metres' })).toMatchObject({ status: 'progress', dose: { kind: 'reps', sets: 1, reps: 6 } })
  })

  it('leaves every movement that is not a walk in its own unit', () => {
    const assessed = episodeOf([{ type: 'assessment', date: '2026-11-01', results }])
    const inReps = decideDay({ episode: assessed, today: '2026-11-01' })
    const inMetres = decideDay({ episode: { ...assessed, options: { walkUnit: 'metres' } }, today: '2026-11-01' })
    if (inReps._tag === 'Left' || inMetres._tag === 'Left') throw new Error('expected plans')
    const others = (items: readonly DosedItem[]) => items.filter((item) => item.movement !== 'kettlebell-walk')
    expect(others(inMetres.right.items as DosedItem[])).toEqual(others(inReps.right.items as DosedItem[]))
    expect(others(inMetres.right.items as DosedItem[]).length).toBeGreaterThan(0)
  })

  it('starts a walk in metres through nextDose too, and refuses a unit it does not know', () => {
    const input = { intake: { age: 38, redFlags: NO_RED_FLAGS }, movement: 'lateral-beast-walk', today: '2026-11-01', sessions: [], mornings: [], baselinePain: 1 }
    expect(nextDose({ ...input, options: { walkUnit: 'metres' } })).toMatchObject({ _tag: 'Right', right: { action: 'start', dose: { kind: 'distance', sets: 1, meters: 10 } } })
    const wrong = nextDose({ ...input, options: { walkUnit: 'miles' } } as never)
    expect(wrong._tag === 'Left' && wrong.left._tag === 'InvalidInput' ? wrong.left.issues.map((issue) => issue.path) : []).toEqual([['options', 'walkUnit']])
  })

  it('credits a walk far beyond the plan with one rung above it, in metres', () => {
    const events = [...walkDay('2026-11-01', { kind: 'distance', sets: 1, meters: 10 }), { type: 'morning', date: '2026-11-02', backPain: 1 } as const, ...walkDay('2026-11-02', { kind: 'distance', sets: 2, meters: 40 }), { type: 'morning', date: '2026-11-03', backPain: 1 } as const]
    // 2 x 40 m is past the top; the plan could ask 1 x 12 m at most, so the next step is 1 x 14 m.
    expect(walkOn(events, '2026-11-03')).toMatchObject({ status: 'progress', dose: { kind: 'distance', sets: 1, meters: 14 } })
  })

  it('has rungs in metres that pass LadderSchema, and a ladder whose rungs in metres do not match its rungs does not', () => {
    const walk = ladderOf({ movement: 'kettlebell-walk' })
    expect(walk._tag === 'Right' && LadderSchema.safeParse(walk.right).success).toBe(true)
    if (walk._tag !== 'Right') return
    const short = { ...walk.right, distanceRungs: walk.right.distanceRungs!.slice(1) }
    expect(LadderSchema.safeParse(short).error?.issues.map((issue) => issue.path)).toEqual([['distanceRungs']])
  })
})
