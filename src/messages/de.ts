import type { MessageCatalog } from './messageCatalog.js'
import { ADVICE_DE } from './de/advice.js'
import { CEILING_DE } from './de/ceiling.js'
import { DOSES_DE } from './de/doses.js'
import { EPISODE_DE } from './de/episode.js'
import { MOVEMENTS_DE } from './de/movements.js'
import { PROGRAM_DE } from './de/program.js'
import { PROGRESSION_DE } from './de/progression.js'
import { SCREENING_DE } from './de/screening.js'
import { SELECTION_DE } from './de/selection.js'
import { SORENESS_DE } from './de/soreness.js'
import { TERMS_DE } from './de/terms.js'
import { PROGRAM_WORDS_DE } from './de/words.js'

/**
 * The engine's reasons in German: every rule's pattern, every referral's advice, the words of a dose, a program and a calendar, and the built-in movements' names and descriptions.
 *
 * @example
 * import { de } from 'rehab-engine/locales'
 *
 * assert.equal(de.locale, 'de')
 * assert.equal(typeof de.reasons['pain-ceiling'], 'string')
 *
 * @category Languages
 * @since 0.4.0
 */
export const de: MessageCatalog = /* @__PURE__ */ Object.freeze({
  locale: 'de',
  reasons: { ...SCREENING_DE, ...SELECTION_DE, ...CEILING_DE, ...SORENESS_DE, ...PROGRESSION_DE, ...PROGRAM_DE, ...EPISODE_DE },
  doses: DOSES_DE,
  program: PROGRAM_WORDS_DE,
  movements: MOVEMENTS_DE,
  advice: ADVICE_DE,
  terms: TERMS_DE,
})
