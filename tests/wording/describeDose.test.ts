import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { DoseSchema, describeDose, type Dose } from '../../src/index.js'
import { de, en } from '../../src/locales.js'
import { hostileValues } from '../support/hostile.js'

const count = (max: number) => fc.integer({ min: 1, max })
const doseArbitrary: fc.Arbitrary<Dose> = fc
  .oneof(
    fc.record({ kind: fc.constant('hold'), sets: count(5), seconds: count(120) }),
    fc.record({ kind: fc.constant('distance'), sets: count(5), meters: count(2000) }),
    fc.record(
      { kind: fc.constant('reps'), sets: count(5), reps: count(50), perSide: fc.boolean(), band: fc.boolean(), loadKg: fc.integer({ min: 1, max: 500_000 }).map((grams) => grams / 1000), holdSeconds: count(10) },
      { requiredKeys: ['kind', 'sets', 'reps'] },
    ),
  )
  .filter((candidate) => DoseSchema.safeParse(candidate).success) as fc.Arbitrary<Dose>

const dose = { kind: 'reps', sets: 2, reps: 8, perSide: true, loadKg: 12.5, holdSeconds: 2 } as const

describe('describeDose in a locale', () => {
  it('writes every piece of a dose in the locale, its numbers as the locale writes them', () => {
    expect(describeDose({ dose, options: { locale: de } })).toEqual({ _tag: 'Right', right: '2 x 8 pro Seite mit 12,5 kg, jede Wiederholung 2 s gehalten' })
    expect(describeDose({ dose: { kind: 'reps', sets: 3, reps: 15, band: true }, options: { locale: de } })).toEqual({ _tag: 'Right', right: '3 x 15 mit Widerstandsband' })
    expect(describeDose({ dose: { kind: 'distance', sets: 1, meters: 1500 }, options: { locale: de } })).toEqual({ _tag: 'Right', right: '1 x 1500 m' })
  })

  test.prop([doseArbitrary])('writes any dose as the bare form does, with the English catalog and with none', (any) => {
    const bare = describeDose(any)
    expect(describeDose({ dose: any })).toEqual(bare)
    expect(describeDose({ dose: any, options: { locale: en } })).toEqual(bare)
  })

  it('names a bad dose or a bad locale by its path, and an unknown option', () => {
    const paths = (input: unknown) => {
      const result = describeDose(input as never)
      return result._tag === 'Left' ? result.left.issues.map((issue) => issue.path) : []
    }
    expect(paths({ dose: { kind: 'hold', sets: 0, seconds: 20 } })).toEqual([['dose', 'sets']])
    expect(paths({ dose, options: { locale: { ...de, doses: { ...de.doses, reps: '{$reps} x {$satz}' } } } })).toEqual([['options', 'locale', 'doses', 'reps']])
    expect(paths({ dose, options: { lang: 'de' } })).toEqual([['options', 'lang']])
    // The parts of a full catalog that only rehab-engine/locales reads are still checked, key by key, and no other key passes.
    expect(paths({ dose, options: { locale: { ...de, reasons: { ...de.reasons, window: {} } } } })).toEqual([['options', 'locale', 'reasons', 'window']])
    expect(paths({ dose, options: { locale: { ...de, terms: { ...de.terms, weekdays: { ...de.terms.weekdays, monday: 1 } } } } })).toEqual([['options', 'locale', 'terms', 'weekdays', 'monday']])
    expect(paths({ dose, options: { locale: { ...de, advice: { ...de.advice, later: 'x' } } } })).toEqual([['options', 'locale', 'advice', 'later']])
    expect(paths({ dose, options: { locale: { ...de, extra: 'x' } } })).toEqual([['options', 'locale', 'extra']])
    // A catalog of the words alone (no reasons) is enough to write text.
    const { reasons: _reasons, advice: _advice, terms: _terms, ...words } = de
    expect(paths({ dose, options: { locale: words } })).toEqual([])
  })

  it.each(hostileValues())('gives a Left for %s as the locale, never a throw', (_name, value) => {
    expect(describeDose({ dose, options: { locale: value } } as never)._tag).toBe('Left')
  })

  it('leaves the locale it is handed as it was: not changed, not frozen', () => {
    const locale = structuredClone(de)
    const before = JSON.stringify(locale)
    describeDose({ dose, options: { locale } })
    expect(JSON.stringify(locale)).toBe(before)
    expect(Object.isFrozen(locale) || Object.isFrozen(locale.doses)).toBe(false)
  })
})
