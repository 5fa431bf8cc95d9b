import { describe, expect, it } from 'vitest'
import { ProgramOptionsSchema, buildProgram, type BuildProgramInput } from '../../src/index.js'
import { canonicalTimeZone, programLayout } from '../../src/program/programOptions.js'
import { FOUR, issuesOf } from '../support/programHelpers.js'

const issues = (options: unknown) => issuesOf(buildProgram({ start: '2026-11-02', plan: FOUR, options } as BuildProgramInput))
const accepts = (options: unknown) => ProgramOptionsSchema.safeParse(options).success
const ZONE_MESSAGE = 'is not a time zone this runtime knows (an IANA name such as "Europe/Berlin")'
const TIMES_MESSAGE = 'must be three times in order, each at least 3 hours after the one before'
const WEEKDAY_MESSAGE = 'must be one of "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"'

describe('program options: weeks', () => {
  it('takes 1 to 52 whole weeks', () => {
    expect([1, 8, 52].map((weeks) => accepts({ weeks }))).toEqual([true, true, true])
    expect(issues({ weeks: 0 })).toEqual([{ code: 'too_small', path: ['options', 'weeks'], message: 'must be at least 1' }])
    expect(issues({ weeks: 53 })).toEqual([{ code: 'too_big', path: ['options', 'weeks'], message: 'must be at most 52' }])
  })

  // IssueCodeSchema: `required` is for a missing value; a value that is there but of the wrong type is `invalid_type`.
  it('refuses a part week, a number written as text and options that are not an object, as values of the wrong type', () => {
    expect(issues({ weeks: 1.5 })).toEqual([{ code: 'invalid_type', path: ['options', 'weeks'], message: 'must be a whole number' }])
    expect(issues({ weeks: '2' })).toEqual([{ code: 'invalid_type', path: ['options', 'weeks'], message: 'must be a number' }])
    expect(issues('weekly')).toEqual([{ code: 'invalid_type', path: ['options'], message: 'must be an object' }])
  })
})

describe('program options: timeZone', () => {
  it('takes an IANA name the runtime knows, and an alias of one', () => {
    expect(accepts({ timeZone: 'Asia/Kathmandu' })).toBe(true)
    expect(accepts({ timeZone: 'US/Eastern' })).toBe(true)
  })

  it('refuses a name the runtime does not know', () => {
    expect(issues({ timeZone: 'Mars/Olympus_Mons' })).toEqual([{ code: 'invalid_value', path: ['options', 'timeZone'], message: ZONE_MESSAGE }])
  })

  it('refuses an empty name and one over 64 characters', () => {
    expect(issues({ timeZone: '' })).toEqual([
      { code: 'too_small', path: ['options', 'timeZone'], message: 'must not be empty' },
      { code: 'invalid_value', path: ['options', 'timeZone'], message: ZONE_MESSAGE },
    ])
    expect(issues({ timeZone: 'x'.repeat(64) })).toEqual([{ code: 'invalid_value', path: ['options', 'timeZone'], message: ZONE_MESSAGE }])
    expect(issues({ timeZone: 'x'.repeat(65) })).toEqual([
      { code: 'too_big', path: ['options', 'timeZone'], message: 'must be at most 64 characters' },
      { code: 'invalid_value', path: ['options', 'timeZone'], message: ZONE_MESSAGE },
    ])
  })
})

describe('program options: sessionTimes', () => {
  // Seed 001: three times a day; the 3 hours between sessions are an engine default.
  it('takes three times in order, exactly 3 hours apart at the closest', () => {
    expect(accepts({ sessionTimes: ['08:00', '11:00', '14:00'] })).toBe(true)
    expect(accepts({ sessionTimes: ['00:00', '03:00', '23:59'] })).toBe(true)
  })

  it('refuses two sessions a minute under 3 hours apart, the first pair or the second', () => {
    expect(issues({ sessionTimes: ['08:00', '10:59', '14:00'] })).toEqual([{ code: 'inconsistent', path: ['options', 'sessionTimes'], message: TIMES_MESSAGE }])
    expect(issues({ sessionTimes: ['08:00', '11:00', '13:59'] })).toEqual([{ code: 'inconsistent', path: ['options', 'sessionTimes'], message: TIMES_MESSAGE }])
  })

  it('refuses times out of order', () => {
    expect(issues({ sessionTimes: ['19:00', '13:00', '08:00'] })).toEqual([{ code: 'inconsistent', path: ['options', 'sessionTimes'], message: TIMES_MESSAGE }])
  })

  it('refuses two times or four', () => {
    expect(issues({ sessionTimes: ['08:00', '13:00'] })).toEqual([{ code: 'too_small', path: ['options', 'sessionTimes'], message: 'must hold at least 3 item(s)' }])
    expect(issues({ sessionTimes: ['08:00', '12:00', '16:00', '20:00'] })).toEqual([
      { code: 'too_big', path: ['options', 'sessionTimes'], message: 'must hold at most 3 items' },
    ])
  })

  it('names a time not written HH:mm at its index', () => {
    expect(issues({ sessionTimes: ['08:00', '13:00', '24:00'] })).toContainEqual({
      code: 'invalid_format',
      path: ['options', 'sessionTimes', 2],
      message: 'must be a time written HH:mm, 00:00 to 23:59',
    })
  })
})

describe('program options: deadbugDays, against the deadbug ladder (seed 000: 1-3 a week, never two days running)', () => {
  const path = ['options', 'deadbugDays']
  const spacing = { code: 'inconsistent', path, message: 'deadbug days must be at least 2 days apart, the week wrapping round' }

  it('takes one day, or up to three with a rest day between each', () => {
    expect(accepts({ deadbugDays: ['thursday'] })).toBe(true)
    expect(accepts({ deadbugDays: ['monday', 'wednesday'] })).toBe(true)
    expect(accepts({ deadbugDays: ['tuesday', 'thursday', 'saturday'] })).toBe(true)
  })

  it('refuses no day, and a fourth day', () => {
    expect(issues({ deadbugDays: [] })).toEqual([{ code: 'too_small', path, message: 'must hold at least 1 item(s)' }])
    expect(issues({ deadbugDays: ['monday', 'wednesday', 'friday', 'sunday'] })).toEqual([{ code: 'too_big', path, message: 'must hold at most 3 items' }])
  })

  it('refuses two days running, the week wrapping from Sunday to Monday', () => {
    expect(issues({ deadbugDays: ['monday', 'tuesday'] })).toEqual([spacing])
    expect(issues({ deadbugDays: ['sunday', 'wednesday', 'monday'] })).toEqual([spacing])
    expect(accepts({ deadbugDays: ['saturday', 'monday'] })).toBe(true)
  })

  it('names a repeated day as a duplicate, not as days too close together', () => {
    expect(issues({ deadbugDays: ['monday', 'tuesday', 'monday'] })).toEqual([{ code: 'duplicate', path, message: 'must not list a day twice' }])
  })

  it('names a word that is no weekday at its index', () => {
    expect(issues({ deadbugDays: ['monday', 'funday'] })).toEqual([{ code: 'invalid_value', path: [...path, 1], message: WEEKDAY_MESSAGE }])
  })
})

describe('program options: thoracicPressDays, against the thoracic press ladder (seed 000: 2 a week)', () => {
  const path = ['options', 'thoracicPressDays']

  it('takes two days at least 2 apart either way round the week', () => {
    expect(accepts({ thoracicPressDays: ['tuesday', 'friday'] })).toBe(true)
    expect(accepts({ thoracicPressDays: ['saturday', 'monday'] })).toBe(true)
  })

  it('refuses one day, three days, and two days running', () => {
    expect(issues({ thoracicPressDays: ['friday'] })).toEqual([{ code: 'too_small', path, message: 'must hold at least 2 item(s)' }])
    expect(issues({ thoracicPressDays: ['monday', 'wednesday', 'friday'] })).toEqual([{ code: 'too_big', path, message: 'must hold at most 2 items' }])
    expect(issues({ thoracicPressDays: ['sunday', 'monday'] })).toEqual([
      { code: 'inconsistent', path, message: 'thoracic press days must be at least 2 days apart, the week wrapping round' },
    ])
  })
})

describe('program options: workoutDays', () => {
  it('takes no day, or every day of the week', () => {
    expect(accepts({ workoutDays: [] })).toBe(true)
    expect(accepts({ workoutDays: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] })).toBe(true)
  })

  it('refuses a day twice and a word that is no weekday', () => {
    expect(issues({ workoutDays: ['monday', 'monday'] })).toEqual([{ code: 'duplicate', path: ['options', 'workoutDays'], message: 'must not list a day twice' }])
    expect(issues({ workoutDays: ['funday'] })).toEqual([{ code: 'invalid_value', path: ['options', 'workoutDays', 0], message: WEEKDAY_MESSAGE }])
  })
})

describe('program options: the whole object', () => {
  it('refuses an unknown option', () => {
    expect(issues({ colour: 'red' })).toEqual([{ code: 'unknown_key', path: ['options', 'colour'], message: 'is not a known field' }])
  })

  it('lists the problems of every option at once', () => {
    expect(issues({ weeks: 0, timeZone: 'Nowhere/Else', workoutDays: ['monday', 'monday'] }).map((issue) => (issue as { path: unknown[] }).path)).toEqual([
      ['options', 'weeks'],
      ['options', 'timeZone'],
      ['options', 'workoutDays'],
    ])
  })
})

describe('canonicalTimeZone', () => {
  it('gives the canonical name of a zone or alias, the same on every call', () => {
    expect(canonicalTimeZone('Europe/Berlin')).toBe('Europe/Berlin')
    expect(canonicalTimeZone('US/Eastern')).toBe('America/New_York')
    expect(canonicalTimeZone('US/Eastern')).toBe('America/New_York')
  })

  it('gives undefined for a name the runtime does not know, the same on every call', () => {
    expect(canonicalTimeZone('Nowhere/Else')).toBeUndefined()
    expect(canonicalTimeZone('Nowhere/Else')).toBeUndefined()
  })
})

describe('programLayout', () => {
  it('fills in the defaults: 8 weeks (seed 000), UTC, three sessions a day (seed 001), the protocol days', () => {
    expect(programLayout(undefined)).toEqual({
      weeks: 8,
      timeZone: 'UTC',
      sessionTimes: ['08:00', '13:00', '19:00'],
      deadbugDays: new Set(['monday', 'wednesday', 'friday']),
      thoracicPressDays: new Set(['tuesday', 'friday']),
      workoutDays: new Set(['monday', 'wednesday', 'friday']),
    })
    expect(programLayout({})).toEqual(programLayout(undefined))
  })

  it('keeps what was asked, and names the zone canonically', () => {
    expect(
      programLayout({
        weeks: 3,
        timeZone: 'US/Eastern',
        sessionTimes: ['06:00', '12:00', '20:00'],
        deadbugDays: ['sunday'],
        thoracicPressDays: ['monday', 'thursday'],
        workoutDays: [],
      }),
    ).toEqual({
      weeks: 3,
      timeZone: 'America/New_York',
      sessionTimes: ['06:00', '12:00', '20:00'],
      deadbugDays: new Set(['sunday']),
      thoracicPressDays: new Set(['monday', 'thursday']),
      workoutDays: new Set(),
    })
  })
})
