import { describe, expect, it } from 'vitest'
import { LadderSchema, decideDay, ladderOf, type DosedItem, type EpisodeEventInput } from '../../src/index.js'
import { episodeOf } from './episodeFixtures.js'

// Seed 001: the walks are dosed by distance or by reps. A walk logged in metres is read, and dosed, in metres, rung for
// rung with its rungs in reps (2 m a rep, an engine default).
const results = [...['hip-mobility', 'cat-camel', 'in-line-lunge-halo', 'bird-dog'].map((movement) => ({ movement, pain: 1 })), { movement: 'kettlebell-walk', variant: 'by-the-side', pain: 1 }]
const walkDay = (date: string, performed: { kind: 'distance'; sets: number; meters: number } | { kind: 'reps'; sets: number; reps: number }): EpisodeEventInput[] => [
  ...['08:00', '12:00', '16:00'].map((time) => ({ type: 'session', date, time, movement: 'kettlebell-walk', variant: 'by-the-side', performed, completed: true, painDuring: 1 }) as const),
]
const walkOn = (events: readonly EpisodeEventInput[], today: string): DosedItem => {
  const day = decideDay({ episode: episodeOf([{ type: 'assessment', date: '2026-11-01', results }, ...events]), today })
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
