import { describe, expect, it } from 'vitest'
import { evaluateCeiling, type EpisodeEventInput, type SessionLogInput } from '../../src/index.js'
import { shiftDate } from '../arbitraries/logs.js'
import { assessmentOn, bridgeOn, calmMornings, climb, episodeOf } from './episodeFixtures.js'

const START = '2026-11-02'

describe('evaluateCeiling over an episode', () => {
  it('holds the referral of a 10/10 session a week later, when the last 7 days of logs alone are calm', () => {
    const events = [assessmentOn(START), bridgeOn(START, 5, 10), ...calmMornings(shiftDate(START, 1), 9)]
    const today = shiftDate(START, 9)
    const verdict = evaluateCeiling({ episode: episodeOf(events), today })
    expect(verdict._tag === 'Left' && verdict.left._tag === 'Referral' && verdict.left).toMatchObject({ cause: 'ceiling', since: START, causedBy: { index: 1 } })
    // The same logs without the episode forget it.
    const sessions = [bridgeOn(START, 5, 10)].map(({ type: _type, ...log }) => log as SessionLogInput)
    const forgetful = evaluateCeiling({ sessions, mornings: calmMornings(shiftDate(START, 1), 9).map(({ type: _type, ...log }) => log) as never, baselinePain: 1, today })
    expect(forgetful._tag === 'Right' && forgetful.right.action).not.toBe('stop-and-refer')
  })

  it('after a clearance, steps the red movement down rather than stopping, while the red is still in its window', () => {
    const events: EpisodeEventInput[] = [assessmentOn(START), bridgeOn(START, 5, 10), { type: 'clearance', date: shiftDate(START, 1), clears: 'referral', by: 'Dr Hale' }]
    const verdict = evaluateCeiling({ episode: episodeOf(events), today: shiftDate(START, 1) })
    expect(verdict._tag === 'Right' && verdict.right.action).toBe('step-down')
    expect(verdict._tag === 'Right' && verdict.right.reasons.map((reason) => reason.rule)).toContain('refer-pain')
  })

  it('gives the verdict of the logs themselves when nothing is held', () => {
    const events = [assessmentOn(START), ...climb(START, [5, 6, 7])]
    const episodeVerdict = evaluateCeiling({ episode: episodeOf(events), today: shiftDate(START, 3) })
    const logs = events.filter((event) => event.type === 'session' || event.type === 'morning').map(({ type: _type, ...log }) => log)
    const sessions = logs.filter((log) => 'movement' in log)
    const mornings = logs.filter((log) => 'backPain' in log)
    expect(episodeVerdict).toEqual(evaluateCeiling({ sessions: sessions as never, mornings: mornings as never, baselinePain: 1, today: shiftDate(START, 3) }))
    expect(episodeVerdict._tag === 'Right' && episodeVerdict.right.action).toBe('progress')
  })

  it('names the field of a malformed episode or day', () => {
    const bad = evaluateCeiling({ episode: episodeOf([{ ...bridgeOn(START, 5, 1), painDuring: 11 }]), today: START })
    expect(bad._tag === 'Left' && bad.left._tag === 'InvalidInput' && bad.left.issues[0]!.path).toEqual(['episode', 'events', 0, 'painDuring'])
    const day = evaluateCeiling({ episode: episodeOf([]), today: 'soon' })
    expect(day._tag === 'Left' && day.left._tag === 'InvalidInput' && day.left.issues[0]!.path).toEqual(['today'])
  })
})
