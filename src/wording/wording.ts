import { isoWeekday } from '../_lib/isoDays.js'
import type { Catalog } from '../catalog/catalogSchema.js'
import type { Dose } from '../shared/dose.js'
import { formatDose } from '../shared/formatDose.js'
import { PROGRAM_WORDS_EN } from './programWordsEn.js'
import { writeSimplePattern } from './simplePattern.js'
import type { MovementWords, ProgramWords, TextCatalog } from './textCatalog.js'

/** A movement of a program or a plan, by id and variant. */
export interface NamedItem {
  readonly movement: string
  readonly variant?: string | undefined
}

/** How an export writes in one language: its words, a dose, a movement's name, a date's weekday. */
export interface Wording {
  readonly words: ProgramWords
  readonly dose: (dose: Dose) => string
  /** The movement's name, its variant's after a colon; `written` writes each name for the output and leaves the colon alone. */
  readonly itemName: (item: NamedItem, written?: (name: string) => string) => string
  readonly weekday: (date: string) => string
  /** A session's label in these words when the engine wrote it; a label an app gave, as it is. */
  readonly label: (label: string) => string
}

const SHORT_DAYS_EN = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const

// Numbers as the language writes them (2,5 in German), never grouped (a limit of 1000 reads 1000), with every decimal
// JavaScript's own shortest form has (a load of 0.125 kg reads 0,125), so nothing is rounded away.
export const numberFormat = (locale: string) => new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 20 })

/** A dose in a catalog's words: the same pieces, in the same order, as formatDose writes in English. */
export const doseIn = (words: TextCatalog['doses'], number: Intl.NumberFormat, dose: Dose): string => {
  const n = (value: number) => number.format(value)
  switch (dose.kind) {
    case 'hold':
      return writeSimplePattern(words.hold, { sets: n(dose.sets), seconds: n(dose.seconds) })
    case 'distance':
      return writeSimplePattern(words.distance, { sets: n(dose.sets), meters: n(dose.meters) })
    case 'reps':
      return [
        writeSimplePattern(words.reps, { sets: n(dose.sets), reps: n(dose.reps) }),
        dose.perSide === true ? writeSimplePattern(words.perSide) : '',
        dose.band === true ? writeSimplePattern(words.band) : '',
        dose.loadKg === undefined ? '' : writeSimplePattern(words.load, { loadKg: n(dose.loadKg) }),
        dose.holdSeconds === undefined ? '' : writeSimplePattern(words.eachHeld, { holdSeconds: n(dose.holdSeconds) }),
      ].join('')
  }
}

/** A record's own entry: an id such as `constructor` names no movement, whatever an object inherits. */
export const ownEntry = <Entry>(record: Readonly<Record<string, Entry>> | undefined, key: string): Entry | undefined =>
  record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined

/** A name from the catalog, or from the locale's words for a built-in movement when the catalog is the built-in one. */
const namer = (catalog: Catalog, movements: MovementWords | undefined) => (item: NamedItem, written: (name: string) => string = (name) => name) => {
  const words = ownEntry(movements as Readonly<Record<string, { name: string; variants?: Readonly<Record<string, string>> }>> | undefined, item.movement)
  const movement = catalog.find((entry) => entry.id === item.movement)
  const name = written(words === undefined ? (movement?.name ?? item.movement) : writeSimplePattern(words.name))
  if (item.variant === undefined) return name
  const variant = ownEntry(words?.variants, item.variant)
  return `${name}: ${written(variant === undefined ? (movement?.variants.find((entry) => entry.id === item.variant)?.name ?? item.variant) : writeSimplePattern(variant))}`
}

const SLOTS = ['morning', 'midday', 'evening'] as const

/** An engine label in other words: its slot's label, or the last session's of a workout day, which adds the workout. */
const labeler = (words: ProgramWords) => (label: string): string => {
  for (const slot of SLOTS) {
    const english = PROGRAM_WORDS_EN[slot]
    if (label === english) return writeSimplePattern(words[slot])
    if (label === writeSimplePattern(PROGRAM_WORDS_EN.withWorkout, { label: english })) return writeSimplePattern(words.withWorkout, { label: writeSimplePattern(words[slot]) })
  }
  return label
}

/**
 * The wording of an export: English, as the engine writes it, without a
 * locale; the locale's words with one. A movement's name comes from the
 * locale only while `catalog` is the built-in one (`ownCatalog` false): an
 * app's own catalog names its movements in its own words.
 */
export const wordingOf = (locale: TextCatalog | undefined, catalog: Catalog, ownCatalog: boolean): Wording => {
  if (locale === undefined) {
    return {
      words: PROGRAM_WORDS_EN,
      dose: formatDose,
      itemName: namer(catalog, undefined),
      weekday: (date) => SHORT_DAYS_EN[isoWeekday(date) - 1]!,
      label: (label) => label,
    }
  }
  const number = numberFormat(locale.locale)
  const weekday = new Intl.DateTimeFormat(locale.locale, { weekday: 'short', timeZone: 'UTC' })
  return {
    words: locale.program,
    dose: (dose) => doseIn(locale.doses, number, dose),
    itemName: namer(catalog, ownCatalog ? undefined : locale.movements),
    weekday: (date) => weekday.format(new Date(`${date}T12:00:00Z`)),
    label: labeler(locale.program),
  }
}
