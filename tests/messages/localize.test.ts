// localize: any output of the engine written in a catalog's language, with the catalog checked first and
// nothing the caller passed changed.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { NO_RED_FLAGS, buildProgram, classifySoreness, decideDay, screenIntake, type Reason } from '../../src/index.js'
import { PLANS } from '../arbitraries/program.js'
import { de, en, localize, type MessageCatalog } from '../../src/locales.js'
import { episodeArbitrary, START } from '../arbitraries/episode.js'
import { deepFreeze } from '../support/deepFreeze.js'
import { sorenessReport } from '../support/fixtures.js'
import { hostileValues, prototypeIsClean } from '../support/hostile.js'

const spine = () => classifySoreness({ ...sorenessReport, location: 'spine', hoursSinceExercise: 80 })
const issuesOf = (input: unknown) => {
  const result = localize(input as never)
  return result._tag === 'Left' ? result.left.issues.map(({ code, path }) => ({ code, path })) : []
}

describe('localize', () => {
  it('writes every reason of an output in German, and leaves every other field as it was', () => {
    const verdict = spine()
    const german = localize({ value: verdict, catalog: de })
    if (german._tag === 'Left' || german.right._tag === 'Left' || verdict._tag === 'Left') throw new Error('expected a verdict in both languages')
    expect(german.right.right.reasons.map((reason) => reason.message)).toEqual([
      'Schmerz an der Wirbelsäule ist kein Muskelkater in einem beanspruchten Muskel.',
      'Nicht besser, 80 Stunden nach dem Training; Muskelkater ist nach 72 Stunden am stärksten und wird dann besser.',
    ])
    const withoutMessages = (value: typeof verdict.right) => ({ ...value, reasons: value.reasons.map(({ message: _message, ...rest }) => rest) })
    expect(withoutMessages(german.right.right)).toEqual(withoutMessages(verdict.right))
  })

  it('writes numbers as the language does', () => {
    const verdict = classifySoreness({ ...sorenessReport, hoursSinceExercise: 72.5 })
    const german = localize({ value: verdict, catalog: de })
    expect(german._tag === 'Right' && german.right._tag === 'Right' && german.right.right.reasons[0]!.message).toContain('72,5 Stunden')
  })

  it('gives back the same output in English, for any episode decided on any day', () => {
    fc.assert(
      fc.property(episodeArbitrary(), fc.integer({ min: 0, max: 30 }), ({ episode }, offset) => {
        const today = new Date(Date.parse(`${START}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10)
        const decision = decideDay({ episode, today })
        expect(localize({ value: decision, catalog: en })).toEqual({ _tag: 'Right', right: decision })
      }),
      { numRuns: Number(process.env['PROP_RUNS'] ?? 60) },
    )
  })

  it('writes listed weekdays, focus areas and screen features in the language, each list joined as its kind joins', () => {
    const program = buildProgram({ start: START, plan: PLANS[0], options: { weeks: 1, deadbugDays: ['monday', 'wednesday', 'friday'] } })
    const german = localize({ value: program, catalog: de })
    if (german._tag === 'Left' || german.right._tag === 'Left') throw new Error('expected a program')
    expect(german.right.right.reasons.find((reason) => reason.rule === 'deadbug-days')?.message).toContain('(Montag, Mittwoch, Freitag)')
    const selection = localize({ value: PLANS[0].selection, catalog: de })
    const coverage = selection._tag === 'Right' ? selection.right.reasons.find((found) => found.rule === 'focus-coverage') : undefined
    expect(coverage?.message).toMatch(/Hüften|Rumpf|Gesäß|unterer Rücken|hintere Oberschenkel|Brustwirbelsäule|Schultern/)
    expect(coverage?.message).not.toMatch(/\b(hips|core|glutes|lower-back|hamstrings|thoracic|shoulders)\b/)
    const inflammatory = { onsetAge: 'under-35', lastedOver3Months: true, wakesInSecondHalfOfNight: true, buttockPain: true, betterWithMovement: true, betterWithAntiInflammatories: true, relativeWithSpondyloarthritis: true, arthritisEnthesitisOrPsoriasis: false } as const
    const screening = localize({ value: screenIntake({ age: 30, redFlags: NO_RED_FLAGS, inflammatory }), catalog: de })
    if (screening._tag === 'Left' || screening.right._tag === 'Left') throw new Error('expected a screening')
    const reason = screening.right.right.reasons.find((found) => found.rule === 'inflammatory-back-pain')
    expect(reason?.message).toContain('Schmerzen im Gesäß; sie lassen bei Bewegung nach')
    expect(reason?.message).toContain('ein Elternteil, Geschwister oder Kind mit Spondyloarthritis')
  })

  it('keeps the message of a reason without params, or whose pattern names a value it lacks', () => {
    const bare: Reason = { rule: 'pain-at-rest', message: 'Made by an app.' }
    const short: Reason = { rule: 'outlasts-soreness', message: 'Still there.', params: { hours: 200 } }
    expect(localize({ value: [bare, short], catalog: de })).toEqual({ _tag: 'Right', right: [bare, short] })
  })

  it("takes an app's own catalog, pattern by pattern", () => {
    const catalog: MessageCatalog = { ...de, locale: 'de-CH', reasons: { ...de.reasons, 'pain-location': 'Schmerz ({$location}) ist kein Muskelkater.' } }
    const german = localize({ value: spine(), catalog })
    expect(german._tag === 'Right' && german.right._tag === 'Right' && german.right.right.reasons[0]!.message).toBe('Schmerz (spine) ist kein Muskelkater.')
  })

  it('refuses a catalog that leaves a rule out, a pattern that does not parse, or a locale that is not one', () => {
    const { window: _left, ...reasons } = de.reasons
    // @ts-expect-error: TypeScript names the rule id the catalog leaves out.
    const partial: MessageCatalog = { ...de, reasons }
    expect(issuesOf({ value: [], catalog: partial })).toEqual([{ code: 'required', path: ['catalog', 'reasons', 'window'] }])
    expect(issuesOf({ value: [], catalog: { ...de, reasons: { ...de.reasons, 'pain-at-rest': 'Unclosed {$value' } } })).toEqual([
      { code: 'invalid_format', path: ['catalog', 'reasons', 'pain-at-rest'] },
    ])
    // Matching on several values, a variant needs its fallbacks: without "r * *", some values would never find a sentence.
    const looping = '.input {$a :string}\n.input {$b :string}\n.input {$c :string}\n.match $a $b $c\nr * s {{one}}\n* * * {{other}}'
    expect(issuesOf({ value: [], catalog: { ...de, reasons: { ...de.reasons, 'pain-at-rest': looping } } })).toEqual([{ code: 'invalid_format', path: ['catalog', 'reasons', 'pain-at-rest'] }])
    expect(issuesOf({ value: [], catalog: { ...de, reasons: { ...de.reasons, 'pain-at-rest': looping.replace('* * *', 'r * * {{one}}\n* * *') } } })).toEqual([])
    expect(issuesOf({ value: [], catalog: { ...de, locale: 'en-US-US' } })).toEqual([{ code: 'invalid_value', path: ['catalog', 'locale'] }])
    expect(issuesOf({ value: [], catalog: { ...de, locale: 'German' } })).toEqual([{ code: 'invalid_format', path: ['catalog', 'locale'] }])
    expect(issuesOf({ value: [] })).toEqual([{ code: 'required', path: ['catalog'] }])
  })

  it('changes nothing it is handed, frozen or not', () => {
    const verdict = deepFreeze(spine())
    const before = JSON.stringify(verdict)
    const catalog = deepFreeze({ ...de })
    expect(localize({ value: verdict, catalog })._tag).toBe('Right')
    expect(JSON.stringify(verdict)).toBe(before)
    const open = spine()
    localize({ value: open, catalog: de })
    expect(Object.isFrozen(open)).toBe(false)
    expect(open).toEqual(spine())
  })

  it.each(hostileValues())('gives a Left for %s as its input, and never throws with it as the value', (_name, value) => {
    expect(localize(value as never)._tag).toBe('Left')
    // Any plain value can be localized (it holds no reason to write): only what is not plain data is refused.
    expect(() => localize({ value, catalog: de } as never)).not.toThrow()
    expect(prototypeIsClean()).toBe(true)
  })
})
