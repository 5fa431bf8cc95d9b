import { fc, test as propTest } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { BUILT_IN_CATALOG, decideDay, nextDose, NO_RED_FLAGS, validateEpisode, type EpisodeEventInput, type EpisodeInput } from '../../src/index.js'
import { episodeArbitrary, START } from '../arbitraries/episode.js'
import { shiftDate } from '../arbitraries/logs.js'
import { assessmentOn, bridgeOn, calmMornings, episodeOf } from './episodeFixtures.js'

const SADDLE = { ...NO_RED_FLAGS, 'saddle-numbness': true }
const malformedMorning = { type: 'morning', date: '2026-11-04', backPain: 11 }
const decide = (episode: unknown, today = '2026-11-06') => decideDay({ episode, today } as never)
const tagOf = (decision: ReturnType<typeof decideDay>) => (decision._tag === 'Left' ? decision.left._tag : 'DayPlan')

describe('a red flag wins over a malformed part of the same episode', () => {
  it('refers for a sign at the intake, though an event is malformed', () => {
    const events = [assessmentOn('2026-11-02'), malformedMorning]
    const clear = decide(episodeOf(events as EpisodeEventInput[]))
    expect(clear._tag === 'Left' && clear.left._tag === 'InvalidInput' && clear.left.issues.map((issue) => issue.path)).toEqual([['episode', 'events', 1, 'backPain']])
    const flagged = decide({ ...episodeOf(events as EpisodeEventInput[]), intake: { age: 38, redFlags: SADDLE } })
    expect(flagged._tag === 'Left' && flagged.left._tag === 'Referral' && [flagged.left.cause, flagged.left.urgency]).toEqual(['red-flag', 'emergency'])
  })

  it('refers for a re-screen with a sign and names it by its place in the episode as written', () => {
    const events = [malformedMorning, assessmentOn('2026-11-02'), { type: 'symptoms', date: '2026-11-05', redFlags: SADDLE }]
    const decision = decide(episodeOf(events as EpisodeEventInput[]))
    expect(decision._tag === 'Left' && decision.left._tag === 'Referral' && 'causedBy' in decision.left && decision.left.causedBy).toEqual({ index: 2, type: 'symptoms', date: '2026-11-05' })
  })

  it('refers when the only other fault is a movement the catalog lacks or an id used twice', () => {
    const unknown = { ...bridgeOn('2026-11-03', 5, 1), movement: 'handstand' }
    const twice = [{ ...bridgeOn('2026-11-03', 5, 1), id: 'a' }, { ...bridgeOn('2026-11-03', 5, 1, { time: '12:00' }), id: 'a' }]
    for (const extra of [[unknown], twice]) {
      const events = [assessmentOn('2026-11-02'), ...extra, { type: 'symptoms', date: '2026-11-04', redFlags: SADDLE }]
      expect(tagOf(decide(episodeOf(events as EpisodeEventInput[])))).toBe('Referral')
    }
  })

  it('refers for a 10/10 session the ceiling reads, beside a malformed event', () => {
    const events = [assessmentOn('2026-11-02'), bridgeOn('2026-11-03', 5, 10), malformedMorning, ...calmMornings('2026-11-05', 2)]
    const decision = decide(episodeOf(events as EpisodeEventInput[]), '2026-11-06')
    expect(decision._tag === 'Left' && decision.left._tag === 'Referral' && decision.left.cause).toBe('ceiling')
  })

  it('keeps a referral whose clearance is malformed, and lifts none with a clearance that is well formed', () => {
    const sign = { type: 'symptoms', date: '2026-11-04', redFlags: SADDLE }
    const clearance = { type: 'clearance', date: '2026-11-05', clears: 'referral', by: 'Dr Ruiz' }
    const cleared = decide(episodeOf([assessmentOn('2026-11-02'), sign, clearance, malformedMorning] as EpisodeEventInput[]))
    expect(tagOf(cleared)).toBe('InvalidInput')
    const brokenClearance = decide(episodeOf([assessmentOn('2026-11-02'), sign, { ...clearance, by: '' }] as EpisodeEventInput[]))
    expect(tagOf(brokenClearance)).toBe('Referral')
  })

  it('reads no sign from a re-screen dated after today, nor from a malformed one', () => {
    const later = [assessmentOn('2026-11-02'), { type: 'symptoms', date: '2026-11-09', redFlags: SADDLE }, malformedMorning]
    expect(tagOf(decide(episodeOf(later as EpisodeEventInput[])))).toBe('InvalidInput')
    const broken = [assessmentOn('2026-11-02'), { type: 'symptoms', date: '2026-11-04', redFlags: { ...SADDLE, fever: 'no' } }]
    expect(tagOf(decide(episodeOf(broken as EpisodeEventInput[])))).toBe('InvalidInput')
  })

  it('screens the intake when the day cannot be read or the events cannot be decided', () => {
    const episode = { ...episodeOf([assessmentOn('2026-11-02')]), intake: { age: 38, redFlags: SADDLE } }
    expect(tagOf(decide(episode, 'not a day'))).toBe('Referral')
    expect(tagOf(decide({ ...episode, events: 'none' }))).toBe('Referral')
    expect(tagOf(decide({ ...episode, events: [malformedMorning] }))).toBe('Referral')
    // A malformed intake gives no referral: only a sign the person plainly answered counts.
    expect(tagOf(decide({ ...episode, intake: { age: -1, redFlags: SADDLE } }))).toBe('InvalidInput')
  })

  it('gives nextDose of an episode the same referral', () => {
    const events = [assessmentOn('2026-11-02'), malformedMorning, { type: 'symptoms', date: '2026-11-04', redFlags: SADDLE }]
    const dose = nextDose({ episode: episodeOf(events as EpisodeEventInput[]), movement: 'hip-bridge', today: '2026-11-06' } as never)
    expect(dose).toEqual(decide(episodeOf(events as EpisodeEventInput[])))
    expect(tagOf(dose as never)).toBe('Referral')
  })

  it('answers the input\'s own issues, unchanged, when its well-formed parts hold no referral', () => {
    const clean = [assessmentOn('2026-11-02'), malformedMorning, { type: 'skipped', date: '2026-11-03', movement: 'handstand' }] as EpisodeEventInput[]
    const decision = decide(episodeOf(clean))
    const expected = validateEpisode({ episode: episodeOf(clean) })
    expect(decision._tag === 'Left' && decision.left._tag === 'InvalidInput' && decision.left.issues).toEqual(expected._tag === 'Left' && expected.left.issues)
    // Too few movements within the ceiling is no referral to put before the issues; nor is an episode with no assessment yet.
    const painful = [assessmentOn('2026-11-02', 5), malformedMorning] as EpisodeEventInput[]
    expect(tagOf(decide(episodeOf(painful)))).toBe('InvalidInput')
    expect(tagOf(decide(episodeOf([malformedMorning] as EpisodeEventInput[])))).toBe('InvalidInput')
  })

  it('reads the episode\'s own catalog and options when they are well formed', () => {
    const bridge = BUILT_IN_CATALOG.find((movement) => movement.id === 'hip-bridge')!
    const catalog = [...BUILT_IN_CATALOG, { ...bridge, id: 'glute-bridge-hold', name: 'Glute bridge hold', harderForm: undefined }]
    const session = { ...bridgeOn('2026-11-03', 5, 10), movement: 'glute-bridge-hold' }
    const events = [assessmentOn('2026-11-02'), session, malformedMorning] as EpisodeEventInput[]
    // The 10/10 session of the app's own movement is read with the app's catalog, so it refers.
    const decision = decide({ ...episodeOf(events), options: { catalog } })
    expect(decision._tag === 'Left' && decision.left._tag === 'Referral' && decision.left.cause).toBe('ceiling')
  })

  it('reads the rest with the baseline the episode gives, from the intake or its own field', () => {
    // Mornings at 5 against a usual 2: worse by a meaningful change, which refers.
    const worse = [assessmentOn('2026-10-30'), ...calmMornings('2026-10-31', 7, 5), malformedMorning] as EpisodeEventInput[]
    const fromIntake = { intake: { age: 38, redFlags: NO_RED_FLAGS, backPain: 2 }, events: worse }
    expect(tagOf(decide(fromIntake))).toBe('Referral')
    expect(tagOf(decide({ ...episodeOf(worse), baselinePain: 2 }))).toBe('Referral')
    // The same mornings against a usual 5 are no change: the issues stand.
    expect(tagOf(decide({ ...episodeOf(worse), baselinePain: 5 }))).toBe('InvalidInput')
  })

  it('screens the intake when the fault is in no event: a baseline that disagrees with the intake', () => {
    const episode = { intake: { age: 38, redFlags: SADDLE, backPain: 2 }, baselinePain: 3, events: [assessmentOn('2026-11-02'), malformedMorning] }
    expect(tagOf(decide(episode))).toBe('Referral')
    expect(tagOf(decide({ ...episode, intake: { age: 38, redFlags: NO_RED_FLAGS, backPain: 2 } }))).toBe('InvalidInput')
  })

  it('names the sign by its place as written after leaving out both a malformed event and one the catalog refuses', () => {
    const unknown = { ...bridgeOn('2026-11-03', 5, 1), movement: 'handstand' }
    const events = [assessmentOn('2026-11-02'), unknown, malformedMorning, { type: 'symptoms', date: '2026-11-05', redFlags: SADDLE }]
    const decision = decide(episodeOf(events as EpisodeEventInput[]))
    expect(decision._tag === 'Left' && decision.left._tag === 'Referral' && 'causedBy' in decision.left && decision.left.causedBy).toEqual({ index: 3, type: 'symptoms', date: '2026-11-05' })
  })

  it('screens the intake alone when the rest cannot be decided, a clearance in it notwithstanding', () => {
    const clearance = { type: 'clearance', date: '2026-11-03', clears: 'referral', by: 'Dr Ruiz' }
    const flagged = { intake: { age: 38, redFlags: SADDLE }, baselinePain: 1 }
    // No assessment: the day cannot be planned, so the cleared intake refers, on the cautious side.
    expect(tagOf(decide({ ...flagged, events: [clearance, malformedMorning] }))).toBe('Referral')
    // With an assessment the rest is decided as usual: the clearance lifts the intake's referral, and the issues stand.
    const decided = decide({ ...flagged, events: [assessmentOn('2026-11-02'), clearance, malformedMorning] })
    expect(decided._tag === 'Left' && decided.left._tag === 'InvalidInput' && decided.left.issues.map((issue) => issue.path)).toEqual([['episode', 'events', 2, 'backPain']])
    // Nor does an assessment with too few movements within the ceiling bring the cleared intake's referral back.
    const painful = decide({ ...flagged, events: [assessmentOn('2026-11-02', 5), clearance, malformedMorning] })
    expect(painful._tag === 'Left' && painful.left._tag === 'InvalidInput' && painful.left.issues.map((issue) => issue.path)).toEqual([['episode', 'events', 2, 'backPain']])
  })

  it('screens the intake when the fault is in the options: a catalog that is not consistent', () => {
    const bridge = BUILT_IN_CATALOG.find((movement) => movement.id === 'hip-bridge')!
    const catalog = [...BUILT_IN_CATALOG, { ...bridge, id: 'bridge-copy', name: 'Bridge copy', harderForm: 'no-such-movement' }]
    const episode = { ...episodeOf([assessmentOn('2026-11-02'), malformedMorning] as EpisodeEventInput[]), options: { catalog } }
    expect(tagOf(decide(episode))).toBe('InvalidInput')
    expect(tagOf(decide({ ...episode, intake: { age: 38, redFlags: SADDLE } }))).toBe('Referral')
  })

  it('reads a list of events up to the cap, and refuses a longer one whole', () => {
    const skipped = { type: 'skipped', date: '2026-11-03', movement: 'hip-bridge' }
    const atCap = [assessmentOn('2026-11-02'), malformedMorning, { type: 'symptoms', date: '2026-11-04', redFlags: SADDLE }, ...Array<unknown>(19_997).fill(skipped)]
    expect(atCap).toHaveLength(20_000)
    expect(tagOf(decide(episodeOf(atCap as EpisodeEventInput[])))).toBe('Referral')
    expect(tagOf(decide(episodeOf([...atCap, skipped] as EpisodeEventInput[])))).toBe('InvalidInput')
    // A list too long to read leaves the intake: its sign still refers.
    expect(tagOf(decide({ ...episodeOf([...atCap, skipped] as EpisodeEventInput[]), intake: { age: 38, redFlags: SADDLE } }))).toBe('Referral')
  })

  it('reads nothing again from an input that is not plain data: an intake built by a class is refused at its path', () => {
    class Intake {
      readonly age = 38
      readonly redFlags = SADDLE
    }
    const decision = decide({ ...episodeOf([assessmentOn('2026-11-02')]), intake: new Intake() })
    expect(decision._tag === 'Left' && decision.left._tag === 'InvalidInput' && decision.left.issues.map((issue) => issue.path)).toEqual([['episode', 'intake']])
  })

  it('leaves what the caller passed as it was', () => {
    const episode = episodeOf([assessmentOn('2026-11-02'), malformedMorning, { type: 'symptoms', date: '2026-11-04', redFlags: SADDLE }] as EpisodeEventInput[])
    const before = structuredClone(episode)
    decide(episode)
    expect(episode).toEqual(before)
  })

  // Whatever referral a well-formed episode holds, the same episode with a malformed event added still holds.
  propTest.prop([episodeArbitrary(14), fc.nat(), fc.constantFrom<unknown>(malformedMorning, { type: 'session' }, 42, null, { type: 'soreness', date: START })], { numRuns: Number(process.env['PROP_RUNS'] ?? 100) })(
    'a malformed event never hides the referral of the rest',
    ({ episode, days }, at, broken) => {
      const today = shiftDate(START, days)
      const whole = decideDay({ episode, today })
      const events = [...episode.events] as unknown[]
      events.splice(at % (events.length + 1), 0, broken)
      const corrupted = decide({ ...episode, events } as EpisodeInput, today)
      const refers = (decision: ReturnType<typeof decideDay>) => decision._tag === 'Left' && decision.left._tag === 'Referral' && decision.left.cause !== 'too-few-tolerable'
      expect(refers(corrupted)).toBe(refers(whole))
      if (whole._tag === 'Left' && whole.left._tag === 'Referral' && corrupted._tag === 'Left' && corrupted.left._tag === 'Referral') {
        expect(corrupted.left.reasons.length).toBe(whole.left.reasons.length)
      }
    },
  )
})
