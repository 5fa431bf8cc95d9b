import { fc, test as propTest } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { decideDay, episodeProgram, ladderOf, nextDose, NO_RED_FLAGS, ProgramSchema, type EpisodeEventInput } from '../../src/index.js'
import { episodeArbitrary, START } from '../arbitraries/episode.js'
import { shiftDate } from '../arbitraries/logs.js'
import { assessmentOn, bridgeOn, calmMornings, episodeOf } from './episodeFixtures.js'

const RUNS = Number(process.env['PROP_RUNS'] ?? 40)
const key = (item: { readonly movement: string; readonly variant?: string | undefined }) => `${item.movement}/${item.variant ?? ''}`

describe('episodeProgram', () => {
  propTest.prop([episodeArbitrary(12), fc.integer({ min: 0, max: 11 })], { numRuns: RUNS })(
    'gives each session the dose decideDay gives its day, and later days the next dose as of today, marked planned',
    ({ episode, days }, offset) => {
      const today = shiftDate(START, Math.min(offset, days))
      const program = episodeProgram({ episode, today, weeks: 2 })
      const now = decideDay({ episode, today })
      if (now._tag === 'Left') {
        // No calendar while a referral holds: the same answer as the day's.
        expect(program).toEqual(now)
        return
      }
      expect(program._tag).toBe('Right')
      if (program._tag !== 'Right') return
      const doses = new Map<string, Map<string, unknown>>()
      for (let date = START; date <= today; date = shiftDate(date, 1)) {
        const day = decideDay({ episode, today: date })
        doses.set(date, new Map(day._tag === 'Right' ? day.right.items.flatMap((item) => (item.status === 'paused' ? [] : [[key(item), item.dose] as const])) : []))
      }
      // A later day: each movement's next dose as of today, as nextDose gives it.
      const nextDoseOf = (item: { readonly movement: string; readonly variant?: string | undefined }) => {
        const next = nextDose({ episode, today, movement: item.movement, ...(item.variant === undefined ? {} : { variant: item.variant }) })
        return next._tag === 'Right' && next.right.status !== 'paused' ? next.right.dose : undefined
      }
      const movements = new Map(program.right.sessions.flatMap((session) => session.items).map((item) => [key(item), item]))
      const later = new Map([...movements].map(([itemKey, item]) => [itemKey, nextDoseOf(item)]))
      const dosesOn = (date: string) => doses.get(date) ?? later
      // A program as its schema describes it: every session an object with at least one movement.
      expect(ProgramSchema.safeParse(program.right).success).toBe(true)
      expect(program.right.reasons.map((reason) => reason.rule)).toContain('decided-doses')
      expect(program.right.reasons.map((reason) => reason.rule)).not.toContain('starting-doses')
      for (const session of program.right.sessions) {
        expect(session.planned === true).toBe(session.date > today)
        for (const item of session.items) expect(item.dose).toEqual(dosesOn(session.date).get(key(item)))
      }
    },
  )

  it('holds no session on a day the episode was referred, and none of a paused movement', () => {
    const sign = { type: 'symptoms', date: '2026-11-04', redFlags: { ...NO_RED_FLAGS, fever: true } }
    const clearance = { type: 'clearance', date: '2026-11-06', clears: 'referral', by: 'Dr Ruiz' }
    const episode = episodeOf([assessmentOn('2026-11-02'), sign, clearance, ...calmMornings('2026-11-03', 5)] as EpisodeEventInput[])
    const program = episodeProgram({ episode, today: '2026-11-07', weeks: 1 })
    if (program._tag !== 'Right') throw new Error('expected a program')
    expect(ProgramSchema.safeParse(program.right).success).toBe(true)
    const dates = new Set(program.right.sessions.map((session) => session.date))
    expect(['2026-11-04', '2026-11-05'].map((date) => dates.has(date))).toEqual([false, false])
    expect(['2026-11-03', '2026-11-06', '2026-11-08'].map((date) => dates.has(date))).toEqual([true, true, true])
    expect(episodeProgram({ episode, today: '2026-11-05', weeks: 1 })).toEqual(decideDay({ episode, today: '2026-11-05' }))

    const red = episodeOf([assessmentOn('2026-11-02'), bridgeOn('2026-11-02', 5, 6, { time: '08:00' }), bridgeOn('2026-11-02', 5, 6, { time: '13:00' })])
    const paused = episodeProgram({ episode: red, today: '2026-11-03', weeks: 1 })
    if (paused._tag !== 'Right') throw new Error('expected a program')
    expect(ProgramSchema.safeParse(paused.right).success).toBe(true)
    // The day's plan knows the day's logs: the pause began on the 2nd, so no day of this program holds the bridge.
    const movements = new Set(paused.right.sessions.flatMap((session) => session.items.map((item) => item.movement)))
    expect([movements.has('hip-bridge'), movements.has('cat-camel')]).toEqual([false, true])
  })

  it('plans a movement held on other weekdays at its next dose, as nextDose gives it', () => {
    // 2026-11-02 is a Monday: the thoracic press falls on Tuesdays and Fridays.
    const pressOn = (program: ReturnType<typeof episodeProgram>, date: string) =>
      program._tag === 'Right' ? program.right.sessions.filter((session) => session.date === date).flatMap((session) => session.items.filter((item) => item.movement === 'thoracic-press')) : []
    const monday = episodeProgram({ episode: episodeOf([assessmentOn('2026-11-02')]), today: '2026-11-02', weeks: 1 })
    const start = ladderOf({ movement: 'thoracic-press' })
    expect(pressOn(monday, '2026-11-03')).toEqual([{ movement: 'thoracic-press', dose: start._tag === 'Right' ? start.right.rungs[0] : undefined }])
    // Pressed on Tuesday at its start, green, and a calm Wednesday morning: asked on Wednesday, Friday holds one rung up.
    const press = { type: 'session', date: '2026-11-03', time: '19:00', movement: 'thoracic-press', performed: start._tag === 'Right' ? start.right.rungs[0] : undefined, completed: true, painDuring: 1 }
    const episode = episodeOf([assessmentOn('2026-11-02'), press, ...calmMornings('2026-11-03', 2)] as EpisodeEventInput[])
    const wednesday = episodeProgram({ episode, today: '2026-11-04', weeks: 1 })
    const next = nextDose({ episode, movement: 'thoracic-press', today: '2026-11-04' })
    expect(next).toMatchObject({ _tag: 'Right', right: { status: 'progress' } })
    expect(pressOn(wednesday, '2026-11-06')).toEqual([{ movement: 'thoracic-press', dose: next._tag === 'Right' && next.right.status !== 'paused' ? next.right.dose : undefined }])
    expect(pressOn(wednesday, '2026-11-06')[0]?.dose).not.toEqual(start._tag === 'Right' ? start.right.rungs[0] : undefined)
  })

  it('needs an assessment on or before today', () => {
    const program = episodeProgram({ episode: episodeOf([assessmentOn('2026-11-05')]), today: '2026-11-04' })
    expect(program._tag === 'Left' && program.left._tag === 'InvalidInput' && program.left.issues).toEqual([
      { code: 'required', path: ['episode', 'events'], message: 'holds no assessment on or before 2026-11-04 to lay a program out from' },
    ])
  })

  it('names what its catalog refuses by its place in the episode', () => {
    const program = episodeProgram({ episode: episodeOf([assessmentOn('2026-11-02'), { ...bridgeOn('2026-11-03', 5, 1), movement: 'handstand' }]), today: '2026-11-04' })
    expect(program._tag === 'Left' && program.left._tag === 'InvalidInput' && program.left.issues.map((issue) => issue.path)).toEqual([['episode', 'events', 1, 'movement']])
  })

  it('decides at most a year of days after the latest assessment', () => {
    const episode = episodeOf([assessmentOn('2025-11-01')])
    // 2025-11-01 to 2026-11-01 is 366 days, the most; a day more is refused before any is decided.
    expect(episodeProgram({ episode, today: '2026-11-01', weeks: 1 })._tag).toBe('Right')
    const late = episodeProgram({ episode, today: '2026-11-02', weeks: 1 })
    expect(late._tag === 'Left' && late.left._tag === 'InvalidInput' && late.left.issues).toEqual([
      { code: 'too_big', path: ['today'], message: 'is 367 days after the latest assessment (2025-11-01); a program decides at most 366 of them: reassess first' },
    ])
  })

  it('says its doses are the decided ones, not the starting ones', () => {
    const program = episodeProgram({ episode: episodeOf([assessmentOn('2026-11-02')]), today: '2026-11-03', weeks: 1 })
    if (program._tag !== 'Right') throw new Error('expected a program')
    const rules = program.right.reasons.map((reason) => reason.rule)
    expect(rules.filter((rule) => rule === 'decided-doses' || rule === 'starting-doses')).toEqual(['decided-doses'])
    // The program's own reasons stay: how it is framed, and how its sessions fall.
    expect(rules).toEqual(expect.arrayContaining(['program-frame', 'rehab-sessions', 'warm-ups', 'deadbug-days']))
    expect(program.right.reasons.at(-1)).toEqual({
      rule: 'decided-doses',
      message: "Each session up to 2026-11-03 holds the dose decided for its day; the later ones hold each movement's next dose as of 2026-11-03 and are marked planned, as the days between will decide them.",
      date: '2026-11-03',
      params: { today: '2026-11-03' },
    })
  })
})

describe('a planned session in the exports', () => {
  it('says so in the calendar and in Markdown, and a decided one does not', async () => {
    const { programToIcs } = await import('../../src/ics.js')
    const { programToMarkdown } = await import('../../src/index.js')
    const program = episodeProgram({ episode: episodeOf([assessmentOn('2026-11-02')]), today: '2026-11-02', weeks: 1 })
    if (program._tag !== 'Right') throw new Error('expected a program')
    const ics = programToIcs({ program: program.right, options: { idPrefix: 'ana' } })
    const markdown = programToMarkdown({ program: program.right })
    if (ics._tag !== 'Right' || markdown._tag !== 'Right') throw new Error('expected both exports')
    const summaries = [...ics.right.matchAll(/^SUMMARY:(.*)\r$/gm)].map((match) => match[1]!)
    const sessions = program.right.sessions.length
    expect(summaries.slice(0, sessions).filter((summary) => summary.endsWith(' (planned)'))).toHaveLength(program.right.sessions.filter((session) => session.date > '2026-11-02').length)
    expect(summaries.slice(0, 3).some((summary) => summary.endsWith('(planned)'))).toBe(false)
    expect(markdown.right).toMatch(/\| Tue 2026-11-03 \| 08:00 \| Morning rehab \(planned\) \|/)
    expect(markdown.right).toMatch(/\| Mon 2026-11-02 \| 08:00 \| Morning rehab \|/)
  })
})
