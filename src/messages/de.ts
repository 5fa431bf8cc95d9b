import type { MessageCatalog } from './messageCatalog.js'
import { CEILING_DE } from './de/ceiling.js'
import { DOSES_DE } from './de/doses.js'
import { EPISODE_DE } from './de/episode.js'
import { PROGRAM_DE } from './de/program.js'
import { PROGRESSION_DE } from './de/progression.js'
import { SCREENING_DE } from './de/screening.js'
import { SELECTION_DE } from './de/selection.js'
import { SORENESS_DE } from './de/soreness.js'
import { TERMS_DE } from './de/terms.js'

/**
 * The engine's reasons in German: every rule's pattern and the words of a dose.
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
  terms: TERMS_DE,
})
