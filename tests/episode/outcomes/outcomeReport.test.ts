import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { BUILT_IN_CATALOG, NO_RED_FLAGS, OutcomeReportSchema, outcomeReport, type EpisodeEventInput, type OutcomeReport } from '../../../src/index.js'
import { shiftDate } from '../../arbitraries/logs.js'
import { expectPure } from '../../support/expectPure.js'
import { ASSESSED, assessmentOn, bridgeOn, climb, episodeOf, morningOn } from '../episodeFixtures.js'

const START = '2026-11-01'

const report = (events: readonly EpisodeEventInput[], today: string, backPain = 4): OutcomeReport => {
  const { baselinePain: _none, ...episode } = episodeOf(events)
  const result = outcomeReport({ episode: { ...episode, intake: { age: 38, redFlags: NO_RED_FLAGS, backPain } }, today })
  if (result._tag === 'Left') throw new Error(`expected a report, got ${JSON.stringify(result.left)}`)
  expect(OutcomeReportSchema.safeParse(result.right).success).toBe(true)
  return result.right
}

/** Mornings on the days before `today`, the last one on `today`, with these back pains in order. */
const morningsTo = (today: string, pains: readonly number[]): EpisodeEventInput[] => pains.map((pain, index) => morningOn(shiftDate(today, index - pains.length + 1), pain))

/*
 * domain.md 6: a change of 2 points or 30% of the baseline, either, is
 * meaningful (Childs et al. 2005; Farrar et al. 2001); the 30% needs a change
 * of one point at least (the engine's floor); "now" is the mean of the last 7
 * morning checks. Written out apart from the engine.
 */
const expectedVerdict = (baseline: number, mornings: readonly number[]): string => {
  const last = mornings.slice(-7)
  if (last.length === 0) return 'unknown'
  const now = Math.round((last.reduce((sum, pain) => sum + pain, 0) / last.length) * 100) / 100
  const change = now - baseline
  const counts = (by: number) => by >= 2 || (by >= 1 && baseline > 0 && by / baseline >= 0.3)
  return change < 0 && counts(-change) ? 'improved' : change > 0 && counts(change) ? 'worse' : 'unchanged'
}

describe('outcomeReport: usual back pain, at the start and now', () => {
  it('compares the baseline with the mean of the last 7 morning checks, in points and per cent, and says what the change means', () => {
    const today = '2026-11-29'
    const outcome = report([assessmentOn(START), ...morningsTo(today, [5, 5, 3, 3, 3, 2, 2, 2, 2])], today, 5)
    expect(outcome.backPain).toEqual({ baseline: 5, now: 2.43, mornings: 7, change: -2.57, changePercent: -51.4, verdict: 'improved' })
    expect(outcome.reasons).toEqual([
      {
        rule: 'meaningful-change',
        message:
          'Usual back pain was 5/10 at the start and is 2.43/10 now (the mean of the last 7 morning checks): 2.57 points (51.4%) lower, a meaningful improvement (a change counts at 2 points or 30% of the baseline).',
        value: -2.57,
        limit: 2,
        source: 'NPRS minimal important change about 2 points: Childs et al. 2005, Spine; Farrar et al. 2001, Pain',
        params: { verdict: 'improved', baseline: 5, now: 2.43, mornings: 7, points: 2.57, percent: 51.4, direction: 'lower', meaningfulPoints: 2, meaningfulPercent: 30 },
      },
    ])
    expect([outcome.start, outcome.date, outcome.daysSinceStart]).toEqual([START, today, 28])
  })

  it('reads 30% of a low baseline as meaningful, and a smaller change as none', () => {
    const today = '2026-11-10'
    // From 3 to 2: one point, a third of the baseline.
    expect(report([assessmentOn(START), ...morningsTo(today, [2, 2, 2])], today, 3).backPain).toMatchObject({ now: 2, mornings: 3, verdict: 'improved' })
    // From 4 to 3: one point, a quarter.
    expect(report([assessmentOn(START), ...morningsTo(today, [3])], today, 4).backPain).toMatchObject({ change: -1, changePercent: -25, verdict: 'unchanged' })
    // From 0 to 1.5: no per cent of nothing, and under 2 points.
    expect(report([assessmentOn(START), ...morningsTo(today, [1, 2])], today, 0).backPain).toEqual({ baseline: 0, now: 1.5, mornings: 2, change: 1.5, verdict: 'unchanged' })
    expect(report([assessmentOn(START), ...morningsTo(today, [6, 6])], today, 4).backPain.verdict).toBe('worse')
    // From 1 to 1.5: half the baseline, but half a point, under the scale's step.
    expect(report([assessmentOn(START), ...morningsTo(today, [1, 2])], today, 1).backPain).toMatchObject({ change: 0.5, changePercent: 50, verdict: 'unchanged' })
    expect(report([assessmentOn(START), ...morningsTo(today, [2, 2])], today, 1).backPain).toMatchObject({ change: 1, changePercent: 100, verdict: 'worse' })
  })

  it('counts exactly 30% of the baseline as meaningful, and says a rise and no change in words', () => {
    const today = '2026-11-10'
    // From 5 to 3.5: 1.5 points, exactly 30%.
    expect(report([assessmentOn(START), ...morningsTo(today, [3, 4])], today, 5).backPain).toMatchObject({ changePercent: -30, verdict: 'improved' })
    expect(report([assessmentOn(START), ...morningsTo(today, [6, 6])], today, 4).reasons[0]!.message).toBe(
      'Usual back pain was 4/10 at the start and is 6/10 now (the mean of the last 2 morning checks): 2 points (50%) higher, a meaningful worsening (a change counts at 2 points or 30% of the baseline).',
    )
    expect(report([assessmentOn(START), ...morningsTo(today, [4])], today, 4).reasons[0]!.message).toBe(
      'Usual back pain was 4/10 at the start and is 4/10 now (the one morning check so far): the same, no meaningful change (a change counts at 2 points or 30% of the baseline).',
    )
    expect(report([assessmentOn(START), ...morningsTo(today, [2])], today, 0).reasons[0]!.message).toBe(
      'Usual back pain was 0/10 at the start and is 2/10 now (the one morning check so far): 2 points higher, a meaningful worsening (a change counts at 2 points or 30% of the baseline).',
    )
  })

  it('says the change is not known before any morning check', () => {
    const outcome = report([assessmentOn(START)], START, 4)
    expect(outcome.backPain).toEqual({ baseline: 4, mornings: 0, verdict: 'unknown' })
    expect(outcome.reasons[0]!.message).toBe('Usual back pain was 4/10 at the start; no morning check is logged yet, so the change is not known yet.')
  })

  it('agrees with the 2-point / 30% rule written out apart from the engine, for any baseline and mornings', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 }), fc.array(fc.integer({ min: 0, max: 10 }), { maxLength: 12 }), (baseline, pains) => {
        const today = '2026-11-20'
        const outcome = report([assessmentOn(START), ...morningsTo(today, pains)], today, baseline)
        expect(outcome.backPain.verdict).toBe(expectedVerdict(baseline, pains))
        expect(outcome.backPain.mornings).toBe(Math.min(pains.length, 7))
      }),
      { numRuns: 300 },
    )
  })

  it('reads only what is known on the day: later mornings count for nothing', () => {
    const events = [assessmentOn(START), ...morningsTo('2026-11-10', [1, 1, 1]), morningOn('2026-11-11', 9)]
    expect(report(events, '2026-11-10').backPain.now).toBe(1)
  })
})

describe('outcomeReport: each movement, the week and the episode', () => {
  it('gives each movement its pain at the first and latest assessment, its sessions and the rungs it climbed', () => {
    const later = { ...assessmentOn('2026-11-15'), results: ASSESSED.map((movement) => ({ movement, pain: movement === 'hip-bridge' ? 0 : 2 })) } as EpisodeEventInput
    const outcome = report([assessmentOn(START, 1), ...climb(START, [5, 6, 7, 8]), later], '2026-11-16')
    expect(outcome.movements.find((row) => row.movement === 'hip-bridge')).toEqual({ movement: 'hip-bridge', firstPain: 1, latestPain: 0, sessions: 12, firstRung: 1, latestRung: 4, rungsClimbed: 3 })
    expect(outcome.movements.find((row) => row.movement === 'bird-dog')).toEqual({ movement: 'bird-dog', firstPain: 1, latestPain: 2, sessions: 0, rungsClimbed: 0 })
    expect(outcome.sessions).toBe(12)
    expect(outcome.adherence.through).toBe('2026-11-15')
  })

  it('credits a session with no more than the plan could ask, as the plans do', () => {
    // The first session logged at 1 x 9 is credited with the first rung.
    const outcome = report([assessmentOn(START), bridgeOn(START, 9, 1)], START)
    expect(outcome.movements.find((row) => row.movement === 'hip-bridge')).toMatchObject({ sessions: 1, firstRung: 1, latestRung: 1, rungsClimbed: 0 })
  })

  it('reports while a referral holds: it gives no dose, and is what a clinician reads', () => {
    const outcome = report([assessmentOn(START), bridgeOn(START, 5, 10)], '2026-11-05')
    expect(outcome.sessions).toBe(1)
  })

  it('refuses an episode with no assessment on or before the day, naming the events', () => {
    const { baselinePain: _none, ...episode } = episodeOf([morningOn(START, 2)])
    expect(outcomeReport({ episode: { ...episode, intake: { age: 38, redFlags: NO_RED_FLAGS, backPain: 2 } }, today: START })).toEqual({
      _tag: 'Left',
      left: { _tag: 'InvalidInput', issues: [{ code: 'required', path: ['episode', 'events'], message: `holds no assessment on or before ${START}: an outcome is measured from the first one` }] },
    })
  })

  it('neither changes nor freezes the episode it is given', () => {
    const input = { episode: episodeOf([assessmentOn(START), bridgeOn(START, 5, 1), morningOn('2026-11-02', 1)]), today: '2026-11-02' }
    expect(expectPure(outcomeReport, input, OutcomeReportSchema)._tag).toBe('Right')
  })
})

describe('outcomeReport: an app catalog', () => {
  it('counts the sessions of a movement with no ladder, and gives it no rungs', () => {
    const stretch = { id: 'wall-stretch', name: 'Wall stretch', description: 'Leans into a wall to stretch the calves.', roles: ['protocol'], focus: ['calves'], dose: { kinds: ['reps'], perSide: false }, variants: [], source: 'a clinic' } as const
    const session = { type: 'session', date: START, movement: 'wall-stretch', performed: { kind: 'reps', sets: 1, reps: 10 }, completed: true, painDuring: 0 } as const
    const episode = episodeOf([assessmentOn(START), session], { options: { catalog: [...BUILT_IN_CATALOG, stretch] } })
    const result = outcomeReport({ episode, today: START })
    expect(result._tag === 'Right' && result.right.movements.find((row) => row.movement === 'wall-stretch')).toEqual({ movement: 'wall-stretch', sessions: 1, rungsClimbed: 0 })
  })
})
