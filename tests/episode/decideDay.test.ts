import { describe, expect, it } from 'vitest'
import {
  DayPlanSchema,
  EpisodeReferralSchema,
  NO_RED_FLAGS,
  decideDay,
  type DayDecision,
  type DayPlan,
  type DosedItem,
  type EpisodeEventInput,
  type EpisodeReferral,
} from '../../src/index.js'
import { shiftDate } from '../arbitraries/logs.js'
import { expectPure } from '../support/expectPure.js'
import { ASSESSED, assessmentOn, bridgeDay, bridgeOn, calmMornings, climb, episodeOf, morningOn } from './episodeFixtures.js'

const plan = (decision: DayDecision): DayPlan => {
  if (decision._tag === 'Left') throw new Error(`expected a plan, got ${JSON.stringify(decision.left)}`)
  expect(DayPlanSchema.safeParse(decision.right).success).toBe(true)
  return decision.right
}

const referral = (decision: DayDecision): EpisodeReferral => {
  if (decision._tag === 'Right' || decision.left._tag !== 'Referral' || !('since' in decision.left)) throw new Error(`expected a held referral, got ${JSON.stringify(decision)}`)
  expect(EpisodeReferralSchema.safeParse(decision.left).success).toBe(true)
  return decision.left
}

const bridge = (day: DayPlan): DosedItem => {
  const item = day.items.find((entry) => entry.movement === 'hip-bridge')
  if (item === undefined || item.status === 'paused') throw new Error(`expected a dosed hip-bridge, got ${JSON.stringify(item)}`)
  return item
}

describe('decideDay: a referral holds until a clinician clears it', () => {
  // A climb to 1 x 7, then one session at 1 x 8 and 10/10 on 11-01, calm mornings after it: the 7-day window forgets it on 11-08.
  const red = bridgeOn('2026-11-01', 8, 10)
  const events = [assessmentOn('2026-10-29'), ...climb('2026-10-29', [5, 6, 7]), red, ...calmMornings('2026-11-02', 30)]

  it('still refers a week and a month after a 10/10 session', () => {
    for (const today of ['2026-11-07', '2026-11-08', '2026-11-30']) {
      const held = referral(decideDay({ episode: episodeOf(events), today }))
      expect(held.since).toBe('2026-11-01')
      expect(held.causedBy).toEqual({ index: events.indexOf(red), type: 'session', date: '2026-11-01' })
      expect(held.reasons[0]!.rule).toBe('referral-held')
      expect(held.reasons.some((reason) => reason.rule === 'refer-pain')).toBe(true)
    }
  })

  it('refers from a morning at the refer threshold on that day and every later one, until a clearance', () => {
    const morning = morningOn('2026-11-03', 9)
    const flared = [assessmentOn('2026-11-02'), ...bridgeDay('2026-11-02', 5, 1), morning, ...calmMornings('2026-11-04', 20)]
    for (const today of ['2026-11-03', '2026-11-10', '2026-11-23']) {
      const held = referral(decideDay({ episode: episodeOf(flared), today }))
      expect(held.causedBy).toEqual({ index: flared.indexOf(morning), type: 'morning', date: '2026-11-03' })
      expect(held.reasons.some((reason) => reason.rule === 'refer-pain' && reason.value === 9)).toBe(true)
    }
    const cleared = [...flared, { type: 'clearance', date: '2026-11-12', clears: 'referral', by: 'Dr Hale' } as const]
    expect(decideDay({ episode: episodeOf(cleared), today: '2026-11-12' })._tag).toBe('Right')
  })

  it('lifts on the day of a clearance, and the movement comes back a rung below the red dose', () => {
    const cleared = [...events, { type: 'clearance', date: '2026-11-09', clears: 'referral', by: 'Dr Hale' } as const]
    expect(referral(decideDay({ episode: episodeOf(cleared), today: '2026-11-08' })).since).toBe('2026-11-01')
    const day = plan(decideDay({ episode: episodeOf(cleared), today: '2026-11-09' }))
    expect(day.reasons[0]).toMatchObject({ rule: 'referral-cleared', value: 'Dr Hale', date: '2026-11-09' })
    // Eight days without it as well: a rung below the step down, for the week off.
    const item = bridge(day)
    expect(item).toMatchObject({ status: 'return', dose: { kind: 'reps', sets: 1, reps: 6 } })
    expect(item.reasons.map((reason) => reason.rule).slice(0, 2)).toEqual(['return-after-break', 'ladder-step-down'])
  })

  it('after a clearance, steps a movement that went red three times down once, then holds while the red stays in the window', () => {
    const events = [assessmentOn('2026-10-28'), ...climb('2026-10-28', [5, 6, 7, 8]), ...bridgeDay('2026-11-01', 9, 9), ...calmMornings('2026-11-02', 6)]
    const cleared = [...events, { type: 'clearance', date: '2026-11-02', time: '08:00', clears: 'referral', by: 'Dr Hale' } as const]
    expect(bridge(plan(decideDay({ episode: episodeOf(cleared), today: '2026-11-02' })))).toMatchObject({ status: 'step-down', dose: { reps: 8 } })
    const done = ['09:00', '13:00', '17:00'].map((time) => bridgeOn('2026-11-02', 8, 1, { time }))
    for (const today of ['2026-11-03', '2026-11-04']) {
      expect(bridge(plan(decideDay({ episode: episodeOf([...cleared, ...done]), today })))).toMatchObject({ status: 'hold', dose: { reps: 8 } })
    }
  })

  it('does not lift for a clearance dated before the referral', () => {
    const early = [{ type: 'clearance', date: '2026-10-31', clears: 'referral', by: 'Dr Hale' } as const, ...events]
    expect(referral(decideDay({ episode: episodeOf(early), today: '2026-11-09' })).since).toBe('2026-11-01')
  })

  it('refers from a re-screen with a new sign, as urgently as the sign asks, on every later day', () => {
    const symptoms = { type: 'symptoms', id: 'week-3', date: '2026-11-16', redFlags: { ...NO_RED_FLAGS, 'saddle-numbness': true } } as const
    const episode = episodeOf([assessmentOn('2026-11-01'), ...calmMornings('2026-11-02', 30), symptoms])
    expect(plan(decideDay({ episode, today: '2026-11-15' })).items.length).toBeGreaterThan(0)
    for (const today of ['2026-11-16', '2026-11-30']) {
      const held = referral(decideDay({ episode, today }))
      expect(held).toMatchObject({ cause: 'red-flag', urgency: 'emergency', since: '2026-11-16' })
      expect(held.causedBy).toEqual({ index: 31, type: 'symptoms', date: '2026-11-16', id: 'week-3' })
    }
  })

  it('refers on a soreness report that needs a clinician', () => {
    const report = { location: 'radiating', character: 'electric', hoursSinceExercise: 20, atRest: true, disturbsSleep: true, trend: 'worse', numbnessOrTingling: true } as const
    const episode = episodeOf([assessmentOn('2026-11-01'), { type: 'soreness', date: '2026-11-03', movement: 'hip-bridge', report }])
    expect(plan(decideDay({ episode, today: '2026-11-02' })).date).toBe('2026-11-02')
    expect(referral(decideDay({ episode, today: '2026-11-10' }))).toMatchObject({ since: '2026-11-03', causedBy: { type: 'soreness' } })
  })

  it('refers from the intake with no event at all, and on a day before the first event', () => {
    const intake = { age: 38, redFlags: { ...NO_RED_FLAGS, 'saddle-numbness': true } }
    expect(referral(decideDay({ episode: episodeOf([], { intake }), today: '2026-11-05' }))).toMatchObject({ urgency: 'emergency', since: '2026-11-05' })
    expect(referral(decideDay({ episode: episodeOf([assessmentOn('2026-11-10')], { intake }), today: '2026-11-05' })).since).toBe('2026-11-05')
    expect(referral(decideDay({ episode: episodeOf([assessmentOn('2026-11-10')], { intake }), today: '2026-11-12' })).since).toBe('2026-11-10')
  })

  it('refers from the intake until cleared, and lets a cleared intake be planned', () => {
    const intake = { age: 38, redFlags: { ...NO_RED_FLAGS, fever: true } }
    const events = [assessmentOn('2026-11-01')]
    const held = referral(decideDay({ episode: episodeOf(events, { intake }), today: '2026-11-05' }))
    expect(held.causedBy).toBeUndefined()
    expect(held.reasons[0]!.message).toContain('the intake')
    const cleared = [...events, { type: 'clearance', date: '2026-11-03', clears: 'referral', by: 'Dr Hale' } as const]
    expect(plan(decideDay({ episode: episodeOf(cleared, { intake }), today: '2026-11-05' })).items.length).toBeGreaterThan(0)
  })
})

describe('decideDay: events that change nothing', () => {
  const events = [assessmentOn('2026-11-02'), ...climb('2026-11-02', [5, 6, 7, 8])]
  const days = ['2026-11-06', '2026-11-09', '2026-11-20']

  it('a re-screen with every answer "no" leaves every later plan as it was', () => {
    const rescreened = [...events, { type: 'symptoms', date: '2026-11-04', redFlags: { ...NO_RED_FLAGS } } as const]
    for (const today of days) expect(decideDay({ episode: episodeOf(rescreened), today })).toEqual(decideDay({ episode: episodeOf(events), today }))
  })

  it('a clearance of a pause for a movement that is not paused leaves every later plan as it was', () => {
    const cleared = [...events, { type: 'clearance', date: '2026-11-04', clears: 'pause', movement: 'hip-bridge', by: 'Dr Hale' } as const]
    for (const today of days) expect(decideDay({ episode: episodeOf(cleared), today })).toEqual(decideDay({ episode: episodeOf(events), today }))
  })
})

describe('decideDay: a pause holds until its date', () => {
  // Red twice running on the hip bridge pauses it (repeated red); its next mornings are calm.
  const events = [
    assessmentOn('2026-11-01'),
    bridgeOn('2026-11-01', 6, 1),
    morningOn('2026-11-02', 1),
    bridgeOn('2026-11-02', 7, 6),
    morningOn('2026-11-03', 1),
    bridgeOn('2026-11-03', 7, 6),
    ...calmMornings('2026-11-04', 20),
  ]

  it('keeps the date fixed when asked again on later days', () => {
    const resumeOn = ['2026-11-04', '2026-11-06', '2026-11-09'].map((today) => {
      const item = plan(decideDay({ episode: episodeOf(events), today })).items.find((entry) => entry.movement === 'hip-bridge')
      expect(item).toMatchObject({ status: 'paused' })
      expect(item && 'dose' in item).toBe(false)
      return item?.status === 'paused' ? item.resumeOn : undefined
    })
    expect(new Set(resumeOn)).toEqual(new Set([shiftDate('2026-11-03', 7)]))
  })

  it('resumes on its date one rung below the rung that went red, never a step up to it', () => {
    const day = plan(decideDay({ episode: episodeOf(events), today: '2026-11-10' }))
    const item = bridge(day)
    expect(item).toMatchObject({ status: 'step-down', dose: { kind: 'reps', sets: 1, reps: 6 } })
    expect(item.reasons[0]).toMatchObject({ rule: 'pause-ended', date: '2026-11-10' })
  })

  it('does not pause again, or refer, when the movement comes back green after a clearance while its reds are still in the window', () => {
    const paused = [assessmentOn('2026-10-31'), ...climb('2026-10-31', [5, 6]), ...bridgeDay('2026-11-02', 7, 7), ...calmMornings('2026-11-03', 10)]
    const cleared = [...paused, { type: 'clearance', date: '2026-11-04', time: '07:00', clears: 'pause', movement: 'hip-bridge', by: 'Dr Hale' } as const]
    expect(bridge(plan(decideDay({ episode: episodeOf(cleared), today: '2026-11-04' })))).toMatchObject({ status: 'step-down', dose: { reps: 6 } })
    const back = [...cleared, ...bridgeDay('2026-11-04', 6, 1)]
    for (const today of ['2026-11-04', '2026-11-05']) expect(bridge(plan(decideDay({ episode: episodeOf(back), today }))).status).not.toBe('paused')
    // A new red after the clearance pauses it again, and a second pause within four weeks refers.
    const redAgain = [...back, ...bridgeDay('2026-11-05', 6, 7)]
    expect(referral(decideDay({ episode: episodeOf(redAgain), today: '2026-11-05' })).reasons.map((reason) => reason.rule)).toContain('repeated-pause')
  })

  it('ends early on a clearance of the pause', () => {
    const cleared = [...events, { type: 'clearance', date: '2026-11-05', clears: 'pause', movement: 'hip-bridge', by: 'a physiotherapist' } as const]
    const item = bridge(plan(decideDay({ episode: episodeOf(cleared), today: '2026-11-05' })))
    expect(item.status).toBe('step-down')
    expect(item.reasons[0]).toMatchObject({ rule: 'pause-ended', date: '2026-11-05' })
  })
})

describe('decideDay: a step up needs the last session green, however old', () => {
  it('steps down, not up, after a red session the window no longer shows, and further for the days off', () => {
    const events = [assessmentOn('2026-11-01'), ...climb('2026-11-01', [5]), bridgeOn('2026-11-02', 6, 6), ...calmMornings('2026-11-03', 20)]
    const item = bridge(plan(decideDay({ episode: episodeOf(events), today: '2026-11-12' })))
    expect(item).toMatchObject({ status: 'return', dose: { reps: 5 } })
    expect(item.reasons.map((reason) => reason.rule)).toContain('ladder-step-down')
  })

  it('steps up after a green, completed day settled by the next morning', () => {
    const events = [assessmentOn('2026-11-01'), ...climb('2026-11-01', [5])]
    expect(bridge(plan(decideDay({ episode: episodeOf(events), today: '2026-11-02' })))).toMatchObject({ status: 'progress', dose: { reps: 6 }, timesToday: 3 })
  })

  it('reads the worse of two sessions logged at the same minute as the last, whichever was stored first', () => {
    const done = bridgeOn('2026-11-01', 5, 0, { time: '16:00' })
    const stopped = bridgeOn('2026-11-01', 5, 0, { time: '16:00', completed: false })
    const before = [bridgeOn('2026-11-01', 5, 0, { time: '08:00' }), bridgeOn('2026-11-01', 5, 0, { time: '12:00' })]
    for (const pair of [[done, stopped], [stopped, done]]) {
      const events = [assessmentOn('2026-11-01'), ...before, ...pair, morningOn('2026-11-02', 1)]
      expect(bridge(plan(decideDay({ episode: episodeOf(events), today: '2026-11-02' })))).toMatchObject({ status: 'hold', dose: { reps: 5 } })
    }
  })
})

describe('decideDay: warning pain after a movement', () => {
  const sharp = { location: 'worked-muscle', character: 'sharp', hoursSinceExercise: 20, atRest: false, disturbsSleep: false, trend: 'same', numbnessOrTingling: false } as const

  it('counts the session it followed as red: a step down instead of a step up', () => {
    const events = [assessmentOn('2026-10-29'), ...climb('2026-10-29', [5, 6, 7, 8])]
    expect(bridge(plan(decideDay({ episode: episodeOf(events), today: '2026-11-02' })))).toMatchObject({ status: 'progress', dose: { reps: 9 } })
    const warned = [...events, { type: 'soreness', date: '2026-11-02', movement: 'hip-bridge', report: sharp } as const]
    const item = bridge(plan(decideDay({ episode: episodeOf(warned), today: '2026-11-02' })))
    expect(item).toMatchObject({ status: 'step-down', dose: { reps: 7 } })
    expect(item.reasons.map((reason) => reason.rule)).toContain('soreness-as-red')
  })

  it('pauses a movement that warning pain followed twice running, as repeated red', () => {
    const events = [
      assessmentOn('2026-11-01'),
      bridgeOn('2026-11-01', 8, 1),
      { type: 'soreness', date: '2026-11-02', movement: 'hip-bridge', report: sharp } as const,
      bridgeOn('2026-11-02', 7, 1),
      { type: 'soreness', date: '2026-11-03', movement: 'hip-bridge', report: sharp } as const,
    ]
    expect(plan(decideDay({ episode: episodeOf(events), today: '2026-11-03' })).items.find((item) => item.movement === 'hip-bridge')).toMatchObject({ status: 'paused', resumeOn: '2026-11-10' })
  })
})

describe('decideDay: more often than the ladder allows', () => {
  it('holds a movement done four times in a day, at the rung it was done at, instead of a step up', () => {
    const start = [assessmentOn('2026-10-30'), ...climb('2026-10-30', [5, 6])]
    const four = ['08:00', '11:00', '14:00', '17:00'].map((time) => bridgeOn('2026-11-01', 7, 1, { time }))
    const item = bridge(plan(decideDay({ episode: episodeOf([...start, ...four, morningOn('2026-11-02', 1)]), today: '2026-11-02' })))
    expect(item).toMatchObject({ status: 'hold', dose: { kind: 'reps', sets: 1, reps: 7 } })
    expect(item.reasons[0]).toMatchObject({ rule: 'overexertion', value: 4, limit: 3 })
    const three = four.slice(0, 3)
    expect(bridge(plan(decideDay({ episode: episodeOf([...start, ...three, morningOn('2026-11-02', 1)]), today: '2026-11-02' }))).status).toBe('progress')
  })
})

describe('decideDay: more than the plan asked', () => {
  it('steps up from the dose asked for, not from a higher dose logged', () => {
    const events = [assessmentOn('2026-11-01'), ...climb('2026-11-01', [5]), morningOn('2026-11-03', 1)]
    expect(bridge(plan(decideDay({ episode: episodeOf(events), today: '2026-11-02' })))).toMatchObject({ status: 'progress', dose: { reps: 6 } })
    // Asked for 1 x 6 on 11-02, done at 1 x 9 three times, green and settled.
    const item = bridge(plan(decideDay({ episode: episodeOf([...events, ...bridgeDay('2026-11-02', 9, 1)]), today: '2026-11-03' })))
    expect(item).toMatchObject({ status: 'progress', dose: { reps: 7 } })
    expect(item.reasons.find((reason) => reason.rule === 'above-the-plan')).toMatchObject({ date: '2026-11-02', value: '1 x 9' })
  })

  it('credits a first session with the first rung, whatever was logged', () => {
    const events = [assessmentOn('2026-11-01'), ...bridgeDay('2026-11-01', 9, 1), morningOn('2026-11-02', 1)]
    expect(bridge(plan(decideDay({ episode: episodeOf(events), today: '2026-11-02' })))).toMatchObject({ status: 'progress', dose: { reps: 6 } })
  })
})

describe('decideDay: a movement back after a break', () => {
  it('steps a movement last done ninety days ago back to its first rung, never up', () => {
    const events = [assessmentOn('2026-08-01'), bridgeOn('2026-08-01', 9, 1), morningOn('2026-08-02', 1)]
    const item = bridge(plan(decideDay({ episode: episodeOf(events), today: '2026-10-30' })))
    expect(item).toMatchObject({ status: 'return', dose: { kind: 'reps', sets: 1, reps: 5 }, timesToday: 3, nextEarliest: '2026-10-30' })
    expect(item.reasons[0]).toMatchObject({ rule: 'return-after-break', value: 90 })
    expect(item.reasons[0]!.message).toBe(
      'hip-bridge was last done on 2026-08-01, with 90 days off since: after 12 full weeks off it comes back at 1 x 5, rung 1 of 11, and climbs again from there.',
    )
  })

  it('steps back one rung after a week and a half off, and is no return after six days', () => {
    const events = [assessmentOn('2026-10-28'), ...climb('2026-10-28', [5, 6, 7, 8, 9])]
    expect(bridge(plan(decideDay({ episode: episodeOf(events), today: '2026-11-11' })))).toMatchObject({ status: 'return', dose: { reps: 8 } })
    // Six days off is no break, but only 6 of the 21 times the plans asked for were done: it holds.
    const sixDaysOn = bridge(plan(decideDay({ episode: episodeOf(events), today: '2026-11-07' })))
    expect(sixDaysOn).toMatchObject({ status: 'hold', dose: { reps: 9 } })
    expect(sixDaysOn.reasons[0]).toMatchObject({ rule: 'low-adherence', value: 6 / 21 })
  })
})

describe('decideDay: what it reads', () => {
  it('ignores events dated after today: they are not known yet', () => {
    const events = [assessmentOn('2026-11-01'), bridgeOn('2026-11-05', 6, 10)]
    expect(plan(decideDay({ episode: episodeOf(events), today: '2026-11-04' })).date).toBe('2026-11-04')
  })

  it('orders events by date, then time, then position, whatever order they are stored in', () => {
    const events = [assessmentOn('2026-11-01'), bridgeOn('2026-11-01', 6, 1, { time: '08:00' }), morningOn('2026-11-02', 1)]
    const forward = decideDay({ episode: episodeOf(events), today: '2026-11-02' })
    expect(decideDay({ episode: episodeOf([...events].reverse()), today: '2026-11-02' })).toEqual(forward)
  })

  it('puts the earlier of two events at one date and time first: a clearance logged before a 10/10 session does not lift its referral', () => {
    const red = bridgeOn('2026-11-01', 5, 10, { time: '08:00' })
    const clearance = { type: 'clearance', date: '2026-11-02', time: '09:00', clears: 'referral', by: 'Dr Hale' } as const
    const again = bridgeOn('2026-11-02', 5, 10, { time: '09:00' })
    const start = [assessmentOn('2026-11-01'), red, morningOn('2026-11-02', 1)]
    // The session after the clearance refers again; the one before it is what the clinician saw.
    expect(referral(decideDay({ episode: episodeOf([...start, clearance, again]), today: '2026-11-02' })).since).toBe('2026-11-02')
    expect(plan(decideDay({ episode: episodeOf([...start, again, clearance]), today: '2026-11-02' })).reasons[0]).toMatchObject({ rule: 'referral-cleared' })
  })

  it('refuses two events with one id, a second morning on one date, a movement the catalog lacks, and no assessment', () => {
    const events = [
      { ...assessmentOn('2026-11-01'), id: 'a' },
      { ...morningOn('2026-11-02', 1), id: 'a' },
      morningOn('2026-11-02', 2),
      { ...bridgeOn('2026-11-02', 6, 1), movement: 'handstand' },
    ]
    const result = decideDay({ episode: episodeOf(events), today: '2026-11-03' })
    expect(result._tag === 'Left' && result.left._tag === 'InvalidInput' && result.left.issues.map((issue) => [issue.code, issue.path.join('.')])).toEqual([
      ['not_in_catalog', 'episode.events.3.movement'],
      ['duplicate', 'episode.events.1.id'],
      ['duplicate', 'episode.events.2.date'],
    ])
    const none = decideDay({ episode: episodeOf([morningOn('2026-11-02', 1)]), today: '2026-11-03' })
    expect(none._tag === 'Left' && none.left._tag === 'InvalidInput' && none.left.issues[0]).toMatchObject({ code: 'required', path: ['episode', 'events'] })
  })

  it('names the field of a malformed event', () => {
    const result = decideDay({ episode: episodeOf([assessmentOn('2026-11-01'), { ...bridgeOn('2026-11-01', 6, 1), painDuring: 11 }]), today: '2026-11-02' })
    expect(result._tag === 'Left' && result.left._tag === 'InvalidInput' && result.left.issues[0]!.path).toEqual(['episode', 'events', 1, 'painDuring'])
  })

  it('neither changes nor freezes the episode it is given', () => {
    const input = { episode: episodeOf([assessmentOn('2026-11-01'), bridgeOn('2026-11-01', 6, 1), morningOn('2026-11-02', 1)]), today: '2026-11-02' }
    expect(expectPure(decideDay, input, DayPlanSchema)._tag).toBe('Right')
  })
})

describe('decideDay: the intake says how the pain began and how much it hurts', () => {
  const week = [assessmentOn('2026-11-01'), ...climb('2026-11-01', [5, 6, 7, 8, 9, 10]), morningOn('2026-11-08', 3)]

  it('takes the baseline from the intake when the episode gives none, and plans as it would with baselinePain', () => {
    const { baselinePain: _given, ...episode } = episodeOf(week, { baselinePain: 2 })
    const fromIntake = { ...episode, intake: { ...episode.intake, backPain: 2 } }
    expect(decideDay({ episode: fromIntake, today: '2026-11-08' })).toEqual(decideDay({ episode: episodeOf(week, { baselinePain: 2 }), today: '2026-11-08' }))
    // A morning of 3/10 is one point above a baseline of 2 and three above one of 0: the baseline is read, not ignored.
    const { baselinePain: _zero, ...calmer } = episodeOf(week, { baselinePain: 0 })
    expect(decideDay({ episode: { ...calmer, intake: { ...calmer.intake, backPain: 0 } }, today: '2026-11-08' })).not.toEqual(decideDay({ episode: fromIntake, today: '2026-11-08' }))
  })

  it('refuses an episode with no baseline, or two that disagree, naming the field', () => {
    const { baselinePain: _given, ...none } = episodeOf(week)
    expect(decideDay({ episode: none, today: '2026-11-08' })).toEqual({
      _tag: 'Left',
      left: { _tag: 'InvalidInput', issues: [{ code: 'required', path: ['episode', 'baselinePain'], message: 'is missing: give the usual back pain at intake as intake.backPain (or as baselinePain)' }] },
    })
    const both = episodeOf(week, { baselinePain: 1, intake: { age: 38, redFlags: NO_RED_FLAGS, backPain: 3 } })
    expect(decideDay({ episode: both, today: '2026-11-08' })).toEqual({
      _tag: 'Left',
      left: {
        _tag: 'InvalidInput',
        issues: [{ code: 'inconsistent', path: ['episode', 'baselinePain'], message: 'is 1 but intake.backPain is 3: the baseline is one number, so give one of them' }],
      },
    })
    expect(decideDay({ episode: { ...both, intake: { ...both.intake, backPain: 1 } }, today: '2026-11-08' })._tag).toBe('Right')
  })

  it('plans for a person over 50 whose back pain is a kind had before, and refers one whose pain is new or not said to be old', () => {
    const at = (onset: { firstEpisode?: boolean }) => decideDay({ episode: episodeOf(week, { intake: { age: 64, redFlags: NO_RED_FLAGS, painStarted: '2026-10-15', ...onset } }), today: '2026-11-08' })
    expect(plan(at({ firstEpisode: false })).items.length).toBeGreaterThan(0)
    for (const onset of [{ firstEpisode: true }, {}]) {
      const held = referral(at(onset))
      expect(held.urgency).toBe('routine')
      expect(held.reasons.map((reason) => reason.rule)).toEqual(['referral-held', 'red-flag'])
      expect(held.reasons[1]).toMatchObject({ value: 'age-under-20-or-over-50' })
      expect(held.reasons[1]!.message).toContain('at age 64 since 2026-10-15')
      expect(held.reasons[1]!.message).not.toMatch(/cancer/i)
    }
  })
})

describe('decideDay: a movement that hurt severely at the assessment', () => {
  const scored = (pain: number): EpisodeEventInput => ({
    type: 'assessment',
    date: '2026-11-01',
    results: [...ASSESSED.map((movement) => ({ movement, pain: 1 })), { movement: 'side-plank-clam-shell', pain }],
  })
  const severe = scored(9)

  it('refers from the assessment on every later day until a clearance, then plans without that movement', () => {
    const events = [severe, ...calmMornings('2026-11-02', 6)]
    for (const today of ['2026-11-01', '2026-11-04', '2026-11-07']) {
      const held = referral(decideDay({ episode: episodeOf(events), today }))
      expect([held.cause, held.urgency, held.since]).toEqual(['assessment-pain', 'soon', '2026-11-01'])
      expect(held.reasons.map((reason) => reason.rule)).toEqual(['referral-held', 'assessment-pain'])
    }
    const cleared = [...events, { type: 'clearance', date: '2026-11-05', clears: 'referral', by: 'Dr Example' } as const]
    const day = plan(decideDay({ episode: episodeOf(cleared), today: '2026-11-06' }))
    expect(day.items.map((item) => item.movement)).not.toContain('side-plank-clam-shell')
    expect(day.reasons[0]).toMatchObject({ rule: 'referral-cleared' })
  })

  it('refers at the refer threshold the episode sets', () => {
    const seven = scored(7)
    expect(plan(decideDay({ episode: episodeOf([seven]), today: '2026-11-01' })).items.length).toBeGreaterThan(0)
    expect(referral(decideDay({ episode: episodeOf([seven], { options: { referPain: 7 } }), today: '2026-11-01' })).cause).toBe('assessment-pain')
  })
})

// NICE CKS low back pain: no improvement after 4-6 weeks is a reason to be seen; the engine takes 6 weeks.
describe('decideDay: no meaningful improvement after six weeks', () => {
  const weekOfMornings = (from: string, backPain: number) => calmMornings(from, 7, backPain)
  const review = (decision: DayDecision) => plan(decision).reasons.find((reason) => reason.rule === 'no-improvement')

  it('adds a routine review to the plan from day 42, while back pain is not meaningfully better than at the start, and the plan goes on', () => {
    const events = [assessmentOn('2026-11-01'), ...weekOfMornings('2026-12-06', 4)]
    const episode = episodeOf(events, { baselinePain: 4 })
    expect(review(decideDay({ episode, today: '2026-12-12' }))).toBeUndefined()
    const day42 = plan(decideDay({ episode, today: '2026-12-13' }))
    expect(day42.reasons[0]).toEqual({
      rule: 'no-improvement',
      message:
        '42 days since the first assessment, usual back pain is 4/10 against 4/10 at the start: no meaningful improvement. Book a routine appointment with a doctor or physiotherapist to review the plan; the exercises can go on meanwhile.',
      value: 'unchanged',
      limit: 42,
      source: 'NICE CKS low back pain: review, and consider referral, when there is no improvement after 4-6 weeks',
      params: { days: 42, now: 4, baseline: 4, verdict: 'unchanged' },
    })
    expect(day42.items.length).toBeGreaterThan(0)
  })

  it('says so when back pain is worse, and says nothing once it has meaningfully improved, or before any morning check', () => {
    // From 3 to 4 is a third worse, though a morning 1 above baseline is only amber: two points would be the ceiling's
    // flare-ups, which refer. Five such mornings are too few for the worsening referral, which reads seven.
    const fiveWorse = calmMornings('2026-12-08', 5, 4)
    const worse = review(decideDay({ episode: episodeOf([assessmentOn('2026-11-01'), ...fiveWorse], { baselinePain: 3 }), today: '2026-12-13' }))
    expect(worse).toMatchObject({ value: 'worse', params: { verdict: 'worse' } })
    expect(worse?.message).toContain('usual back pain is 4/10 against 3/10 at the start: worse. Book a routine appointment')
    expect(review(decideDay({ episode: episodeOf([assessmentOn('2026-11-01'), ...weekOfMornings('2026-12-06', 2)], { baselinePain: 4 }), today: '2026-12-13' }))).toBeUndefined()
    expect(review(decideDay({ episode: episodeOf([assessmentOn('2026-11-01')], { baselinePain: 4 }), today: '2026-12-20' }))).toBeUndefined()
  })
})
