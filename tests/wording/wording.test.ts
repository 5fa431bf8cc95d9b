import { describe, expect, it } from 'vitest'
import { BUILT_IN_CATALOG, type Catalog } from '../../src/index.js'
import { de, en } from '../../src/locales.js'
import { wordingOf } from '../../src/wording/wording.js'

const dose = { kind: 'reps', sets: 1, reps: 5 } as const
const english = wordingOf(undefined, BUILT_IN_CATALOG, false)
const german = wordingOf(de, BUILT_IN_CATALOG, false)

describe('wordingOf: a movement name', () => {
  it('reads a movement by its catalog name, its variant after a colon', () => {
    expect(english.itemName({ movement: 'hip-bridge' })).toBe('Hip bridge')
    expect(english.itemName({ movement: 'kettlebell-walk', variant: 'overhead' })).toBe('Kettlebell walk: Held overhead')
  })

  it('falls back to the ids when the catalog lacks the movement or the variant', () => {
    expect(english.itemName({ movement: 'handstand' })).toBe('handstand')
    expect(english.itemName({ movement: 'handstand', variant: 'one-arm' })).toBe('handstand: one-arm')
    expect(english.itemName({ movement: 'kettlebell-walk', variant: 'on-ice' })).toBe('Kettlebell walk: on-ice')
    expect(german.itemName({ movement: 'handstand', variant: 'one-arm' })).toBe('handstand: one-arm')
  })

  it('names an id that an object inherits (constructor, toString) by the id, in any language', () => {
    for (const movement of ['constructor', 'toString', '__proto__']) {
      expect(german.itemName({ movement })).toBe(movement)
      expect(german.itemName({ movement: 'kettlebell-walk', variant: movement })).toBe(`${de.movements['kettlebell-walk'].name}: ${movement}`)
    }
  })

  it('takes the names from the catalog it is given', () => {
    const catalog = [{ ...BUILT_IN_CATALOG.find((movement) => movement.id === 'kettlebell-walk')!, name: 'Farmer carry', variants: [{ id: 'overhead', name: 'Arms up' }] }] as Catalog
    expect(wordingOf(undefined, catalog, true).itemName({ movement: 'kettlebell-walk', variant: 'overhead' })).toBe('Farmer carry: Arms up')
    expect(wordingOf(undefined, catalog, true).itemName({ movement: 'hip-bridge' })).toBe('hip-bridge')
  })

  it("takes a built-in movement's name from the locale, unless an app's own catalog names it", () => {
    expect(german.itemName({ movement: 'kettlebell-walk', variant: 'overhead' })).toBe(`${de.movements['kettlebell-walk'].name}: ${de.movements['kettlebell-walk'].variants.overhead}`)
    const own = [{ ...BUILT_IN_CATALOG.find((movement) => movement.id === 'hip-bridge')!, name: 'Brücke' }] as Catalog
    expect(wordingOf(de, own, true).itemName({ movement: 'hip-bridge' })).toBe('Brücke')
  })

  it('writes each name, or id, through the function given, and leaves the colon between them alone', () => {
    const shout = (name: string) => `<${name.toUpperCase()}>`
    expect(english.itemName({ movement: 'kettlebell-walk', variant: 'overhead' }, shout)).toBe('<KETTLEBELL WALK>: <HELD OVERHEAD>')
    expect(english.itemName({ movement: 'handstand', variant: 'one-arm' }, shout)).toBe('<HANDSTAND>: <ONE-ARM>')
  })
})

describe('wordingOf: doses, weekdays and labels', () => {
  it('writes numbers as the language does, never grouped', () => {
    expect(german.dose({ kind: 'reps', sets: 2, reps: 8, loadKg: 12.5, perSide: true })).toBe('2 x 8 pro Seite mit 12,5 kg')
    expect(german.dose({ kind: 'distance', sets: 1, meters: 1200 })).toBe('1 x 1200 m')
    expect(english.dose(dose)).toBe('1 x 5')
  })

  it('writes the weekday of an ISO date whatever the time zone, in the language', () => {
    expect(english.weekday('2026-11-02')).toBe('Mon')
    expect(english.weekday('2026-11-08')).toBe('Sun')
    expect(german.weekday('2026-11-02')).toBe(new Intl.DateTimeFormat('de', { weekday: 'short', timeZone: 'UTC' }).format(Date.UTC(2026, 10, 2)))
    expect(german.weekday('2026-11-02')).not.toBe('Mon')
  })

  it("writes the engine's session labels in the locale's words and keeps any other label", () => {
    expect(german.label('Morning rehab')).toBe(de.program.morning)
    expect(german.label('Evening rehab and workout')).toBe(`${de.program.evening} und Training`)
    expect(german.label('Midday rehab and workout')).toBe(`${de.program.midday} und Training`)
    expect(german.label('Morning rehab and more')).toBe('Morning rehab and more')
    expect(german.label('Lunch walk')).toBe('Lunch walk')
    expect(english.label('Lunch walk')).toBe('Lunch walk')
  })

  it('with the English catalog, writes what it writes without a locale', () => {
    const withEnglish = wordingOf(en, BUILT_IN_CATALOG, false)
    for (const movement of BUILT_IN_CATALOG) {
      expect(withEnglish.itemName({ movement: movement.id })).toBe(english.itemName({ movement: movement.id }))
      for (const variant of movement.variants) expect(withEnglish.itemName({ movement: movement.id, variant: variant.id })).toBe(english.itemName({ movement: movement.id, variant: variant.id }))
    }
    for (const label of ['Morning rehab', 'Midday rehab', 'Evening rehab', 'Evening rehab and workout', 'Morning rehab and workout']) expect(withEnglish.label(label)).toBe(label)
    for (let day = 2; day <= 8; day++) expect(withEnglish.weekday(`2026-11-0${day}`)).toBe(english.weekday(`2026-11-0${day}`))
  })
})

describe('the built-in movements in words', () => {
  it('are the built-in catalog, id for id and variant for variant', async () => {
    const { BUILT_IN_MOVEMENT_IDS, BUILT_IN_VARIANT_IDS } = await import('../../src/wording/builtInMovementIds.js')
    expect(BUILT_IN_MOVEMENT_IDS).toEqual(BUILT_IN_CATALOG.map((movement) => movement.id))
    expect(BUILT_IN_VARIANT_IDS).toEqual(
      Object.fromEntries(BUILT_IN_CATALOG.filter((movement) => movement.variants.length > 0).map((movement) => [movement.id, movement.variants.map((variant) => variant.id)])),
    )
  })

  it('in English, are named and described as the built-in catalog names and describes them', () => {
    for (const movement of BUILT_IN_CATALOG) {
      const words = en.movements[movement.id as keyof typeof en.movements] as { name: string; description: string; variants?: Record<string, string> }
      expect([words.name, words.description]).toEqual([movement.name, movement.description])
      expect(words.variants ?? {}).toEqual(Object.fromEntries(movement.variants.map((variant) => [variant.id, variant.name])))
    }
  })
})
