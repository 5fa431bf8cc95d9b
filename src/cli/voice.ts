import { DISCLAIMER, describeDose, findMovement, type CatalogInput, type Dose } from '../index.js'
import { de, en, localize, type MessageCatalog } from '../locales.js'

/** The languages `--lang` offers: the catalogs the package ships. */
export const LANGUAGES = { en, de } as const satisfies Readonly<Record<string, MessageCatalog>>

export type Language = keyof typeof LANGUAGES

/** How the CLI speaks to the person: movement names, doses, the disclaimer and the engine's reasons and advice, in one language. */
export interface Voice {
  readonly name: (movement: string, variant?: string) => string
  readonly dose: (dose: Dose) => string
  readonly disclaimer: string
  /** A value of the engine with every reason and every referral's advice in the language. */
  readonly speak: <Value>(value: Value) => Value
  /** The catalog of words for the engine's own text writers; none for English, their default. */
  readonly locale: MessageCatalog | undefined
}

type Words = { readonly name: string; readonly variants?: Readonly<Record<string, string>> }

/**
 * The voice of a language. Names come from `catalog` when the input brought
 * its own (an app's catalog speaks in its own words), from the language's
 * words for a built-in movement otherwise; an unknown id is shown as it is.
 */
export const voiceOf = (language: Language, catalog?: CatalogInput): Voice => {
  const locale = language === 'en' ? undefined : LANGUAGES[language]
  const name = (movement: string, variant?: string): string => {
    const words = catalog === undefined ? (locale?.movements as Readonly<Record<string, Words>> | undefined)?.[movement] : undefined
    const found = findMovement(catalog === undefined ? { movement } : { movement, options: { catalog } })
    const own = found._tag === 'Right' ? found.right : undefined
    const movementName = words?.name ?? own?.name ?? movement
    if (variant === undefined) return movementName
    return `${movementName}: ${words?.variants?.[variant] ?? own?.variants.find((entry) => entry.id === variant)?.name ?? variant}`
  }
  return {
    name,
    // Engine output is always a valid dose; anything else is shown as its JSON.
    dose: (dose) => {
      const text = describeDose({ dose, options: locale === undefined ? undefined : { locale } })
      return text._tag === 'Right' ? text.right : JSON.stringify(dose)
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
