import { describe, expect, it } from 'vitest'
import { BUILT_IN_CATALOG, buildProgram, movementName, planRehab, sessionLabel, NO_RED_FLAGS } from '../../src/index.js'
import { de, en } from '../../src/locales.js'

const issues = (result: { _tag: string; left?: unknown }) => (result._tag === 'Left' ? (result.left as { issues: { code: string; path: unknown[] }[] }).issues.map(({ code, path }) => ({ code, path })) : [])

describe('movementName', () => {
  it('names every built-in movement and variant as the catalog does, and as the locale does with one', () => {
    for (const movement of BUILT_IN_CATALOG) {
      const words = de.movements[movement.id as keyof typeof de.movements] as { name: string; variants?: Record<string, string> }
      expect(movementName({ movement: movement.id })).toEqual({ _tag: 'Right', right: movement.name })
      expect(movementName({ movement: movement.id, options: { locale: en } })).toEqual({ _tag: 'Right', right: movement.name })
      expect(movementName({ movement: movement.id, options: { locale: de } })).toEqual({ _tag: 'Right', right: words.name })
      for (const variant of movement.variants) {
        expect(movementName({ movement: movement.id, variant: variant.id, options: { locale: de } })).toEqual({ _tag: 'Right', right: `${words.name}: ${words.variants![variant.id]}` })
      }
    }
  })

  it("names an app's own catalog's movements as it writes them, whatever the locale", () => {
    const catalog = BUILT_IN_CATALOG.map((movement) => (movement.id === 'hip-bridge' ? { ...movement, name: 'Glute bridge' } : movement))
    expect(movementName({ movement: 'hip-bridge', options: { catalog, locale: de } })).toEqual({ _tag: 'Right', right: 'Glute bridge' })
  })

  it('refuses a movement or a variant the catalog lacks, at its path', () => {
    expect(issues(movementName({ movement: 'handstand' }))).toEqual([{ code: 'not_in_catalog', path: ['movement'] }])
    expect(issues(movementName({ movement: 'kettlebell-walk', variant: 'on-ice' }))).toEqual([{ code: 'not_in_catalog', path: ['variant'] }])
    expect(issues(movementName({ movement: 'hip-bridge', options: { locale: { ...de, locale: 'de-12' } } }))).toEqual([{ code: 'invalid_value', path: ['options', 'locale', 'locale'] }])
  })
})

describe('sessionLabel', () => {
  const plan = planRehab({ intake: { age: 38, redFlags: NO_RED_FLAGS }, assessment: { date: '2026-11-02', results: ['hip-mobility', 'cat-camel', 'hip-bridge', 'bird-dog'].map((movement) => ({ movement, pain: 1 })) } })
  if (plan._tag !== 'Right') throw new Error('expected a plan')

  it('writes every label buildProgram gives in the German words, none left in English, workout days or not', () => {
    for (const sessionTimes of [['07:00', '12:00', '18:00'], ['08:00', '13:00', '19:00']] as const) {
      const program = buildProgram({ start: '2026-11-02', plan: plan.right, options: { weeks: 1, sessionTimes } })
      if (program._tag !== 'Right') throw new Error('expected a program')
      for (const session of program.right.sessions) {
        const german = sessionLabel({ label: session.label, options: { locale: de } })
        expect(german._tag === 'Right' && german.right).not.toMatch(/rehab|workout/i)
        expect(sessionLabel({ label: session.label, options: { locale: en } })).toEqual({ _tag: 'Right', right: session.label })
      }
    }
  })

  it('marks a planned session in the words of the locale, and keeps a label the engine did not write', () => {
    expect(sessionLabel({ label: 'Midday rehab', planned: true, options: { locale: de } })).toEqual({ _tag: 'Right', right: 'Reha am Mittag (geplant)' })
    expect(sessionLabel({ label: 'Yoga', planned: true })).toEqual({ _tag: 'Right', right: 'Yoga (planned)' })
    expect(issues(sessionLabel({ label: '' }))).toEqual([{ code: 'too_small', path: ['label'] }])
  })
})
