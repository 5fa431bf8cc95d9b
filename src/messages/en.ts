import type { MessageCatalog } from './messageCatalog.js'
import { ADVICE_EN } from './en/advice.js'
import { CEILING_EN } from './en/ceiling.js'
import { DOSES_EN } from './en/doses.js'
import { EPISODE_EN } from './en/episode.js'
import { MOVEMENTS_EN } from './en/movements.js'
import { PROGRAM_EN } from './en/program.js'
import { PROGRESSION_EN } from './en/progression.js'
import { SCREENING_EN } from './en/screening.js'
import { SELECTION_EN } from './en/selection.js'
import { SORENESS_EN } from './en/soreness.js'
import { TERMS_EN } from './en/terms.js'
import { PROGRAM_WORDS_EN } from '../wording/programWordsEn.js'

/**
 * The engine's reasons in English: every rule's pattern, every referral's advice, the words of a dose, a program and a calendar, and the built-in movements' names and descriptions.
 *
 * @example
 * import { en } from 'rehab-engine/locales'
 *
 * assert.equal(en.locale, 'en')
 * assert.equal(typeof en.reasons['pain-ceiling'], 'string')
 *
 * @category Languages
 * @since 0.4.0
 */
export const en: MessageCatalog = /* @__PURE__ */ Object.freeze({
  locale: 'en',
  reasons: { ...SCREENING_EN, ...SELECTION_EN, ...CEILING_EN, ...SORENESS_EN, ...PROGRESSION_EN, ...PROGRAM_EN, ...EPISODE_EN },
  doses: DOSES_EN,
  program: PROGRAM_WORDS_EN,
  movements: MOVEMENTS_EN,
  advice: ADVICE_EN,
  terms: TERMS_EN,
})
