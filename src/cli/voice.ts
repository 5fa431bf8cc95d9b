import { DISCLAIMER, describeDose, movementName, sessionLabel, type CatalogInput, type Dose } from '../index.js'
import { de, en, localize, type MessageCatalog } from '../locales.js'
import type { CliWords } from './words/cliWords.js'
import { CLI_WORDS_DE } from './words/de.js'
import { CLI_WORDS_EN } from './words/en.js'

/** The languages `--lang` offers: the catalogs the package ships, and the command line's own words in each. */
export const LANGUAGES = { en: { catalog: en, words: CLI_WORDS_EN }, de: { catalog: de, words: CLI_WORDS_DE } } as const satisfies Readonly<
  Record<string, { readonly catalog: MessageCatalog; readonly words: CliWords }>
>

export type Language = keyof typeof LANGUAGES

/** How the command line speaks: its own words, and the engine's names, doses, numbers, labels, reasons and advice, in one language. */
export interface Voice {
  readonly words: CliWords
  readonly name: (movement: string, variant?: string) => string
  readonly dose: (dose: Dose) => string
  readonly number: (value: number) => string
  readonly label: (label: string) => string
  readonly disclaimer: string
  /** A value of the engine with every reason and every referral's advice in the language. */
  readonly speak: <Value>(value: Value) => Value
  /** The catalog of words for the engine's own text writers; none for English, their default. */
  readonly locale: MessageCatalog | undefined
}

/**
 * The voice of a language. Names come from `catalog` when the input brought its own (an app's catalog speaks in
 * its own words), from the language's words for a built-in movement otherwise; an id no catalog knows is shown
 * as it is.
 */
export const voiceOf = (language: Language, catalog?: CatalogInput): Voice => {
  const locale = language === 'en' ? undefined : LANGUAGES[language].catalog
  const options = { ...(catalog === undefined ? {} : { catalog }), ...(locale === undefined ? {} : { locale }) }
  // Numbers as the language writes them; English as JavaScript does, as the engine's own messages write them.
  const number = locale === undefined ? String : (value: number) => new Intl.NumberFormat(locale.locale, { useGrouping: false, maximumFractionDigits: 20 }).format(value)
  return {
    words: LANGUAGES[language].words,
    name: (movement, variant) => {
      const named = movementName({ movement, ...(variant === undefined ? {} : { variant }), options })
      if (named._tag === 'Right' || variant === undefined) return named._tag === 'Right' ? named.right : movement
      // A variant the catalog lacks: the movement's name, and the variant's id after it.
      const alone = movementName({ movement, options })
      return `${alone._tag === 'Right' ? alone.right : movement}: ${variant}`
    },
    // Engine output is always a valid dose and label; anything else is shown as it came.
    dose: (dose) => {
      const text = describeDose({ dose, options: locale === undefined ? undefined : { locale } })
      return text._tag === 'Right' ? text.right : JSON.stringify(dose)
    },
    number,
    label: (label) => {
      const text = sessionLabel({ label, options: locale === undefined ? undefined : { locale } })
      return text._tag === 'Right' ? text.right : label
    },
    disclaimer: locale?.program.disclaimer ?? DISCLAIMER,
    speak: (value) => {
      if (locale === undefined) return value
      const spoken = localize({ value, catalog: locale })
      return spoken._tag === 'Right' ? spoken.right : value
    },
    locale,
  }
}
