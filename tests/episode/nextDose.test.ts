import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decideDay, nextDose, NO_RED_FLAGS, type EpisodeEventInput } from '../../src/index.js'
import { episodeArbitrary, START } from '../arbitraries/episode.js'
import { shiftDate } from '../arbitraries/logs.js'
import { assessmentOn, bridgeOn, calmMornings, episodeOf } from './episodeFixtures.js'

describe('nextDose of one movement of an episode', () => {
  it("gives each movement's item exactly as the day's plan gives it, over random episodes", () => {
    fc.assert(
      fc.property(episodeArbitrary(24), fc.integer({ min: 0, max: 26 }), ({ episode }, offset) => {
        const today = shiftDate(START, offset)
        const plan = decideDay({ episode, today })
        if (plan._tag === 'Left') {
          expect(nextDose({ episode, movement: 'hip-bridge', today })).toEqual(plan)
          return
        }
        for (const item of plan.right.items) {
          const reference = item.variant === undefined ? { movement: item.movement } : { movement: item.movement, variant: item.variant }
          expect(nextDose({ episode, ...reference, today })).toEqual({ _tag: 'Right', right: item })
        }
      }),
      { numRuns: Number(process.env.PROP_RUNS ?? 100) },
    )
  })

  it('holds the referral of a 10/10 session, a week on', () => {
    const episode = episodeOf([assessmentOn(START), bridgeOn(START, 5, 10), ...calmMornings(shiftDate(START, 1), 7)])
    const dose = nextDose({ episode, movement: 'cat-camel', today: shiftDate(START, 7) })
    expect(dose._tag === 'Left' && dose.left._tag).toBe('Referral')
  })

  it('doses a protocol movement on a day the program does not hold it, with the day it is next due', () => {
    // 2026-11-03 is a Tuesday; the deadbug falls on Monday, Wednesday and Friday.
    const dose = nextDose({ episode: episodeOf([assessmentOn(START)]), movement: 'deadbug', today: shiftDate(START, 1) })
    expect(dose._tag === 'Right' && dose.right).toMatchObject({ movement: 'deadbug', status: 'start', dose: { kind: 'hold', sets: 2, seconds: 20 } })
  })

  it('refuses a movement no plan of the episode doses, and one the catalog lacks, at the movement', () => {
    const episode = episodeOf([assessmentOn(START, 1), { type: 'assessment', date: START, results: [{ movement: 'bird-dog', pain: 7 }, ...['hip-bridge', 'cat-camel', 'hip-mobility', 'in-line-lunge-halo'].map((movement) => ({ movement, pain: 1 }))] } as EpisodeEventInput])
    // bird-dog hurt 7/10 at the latest assessment: it is not chosen, so it gets no dose.
    const hurt = nextDose({ episode, movement: 'bird-dog', today: START })
    expect(hurt._tag === 'Left' && hurt.left._tag === 'InvalidInput' && hurt.left.issues.map((issue) => [issue.code, issue.path])).toEqual([['inconsistent', ['movement']]])
    const unknown = nextDose({ episode, movement: 'moonwalk', today: START })
    expect(unknown._tag === 'Left' && unknown.left._tag === 'InvalidInput' && unknown.left.issues[0]!.path).toEqual(['movement'])
  })

  it('refers on the intake of the episode, as every dose does', () => {
    const episode = { intake: { age: 38, redFlags: { ...NO_RED_FLAGS, 'saddle-numbness': true } }, baselinePain: 1, events: [assessmentOn(START)] }
    const dose = nextDose({ episode, movement: 'hip-bridge', today: START })
    expect(dose._tag === 'Left' && dose.left._tag === 'Referral' && dose.left.cause).toBe('red-flag')
  })
})
