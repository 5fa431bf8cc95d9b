/**
 * The sentence every reader-facing output shows: the engine supports a
 * decision, it does not make a diagnosis.
 *
 * @example
 * import { DISCLAIMER } from 'rehab-engine'
 *
 * assert.match(DISCLAIMER, /not medical advice/)
 *
 * @category Shared
 * @since 0.1.0
 */
export const DISCLAIMER =
  'rehab-engine is decision support, not medical advice: it does not diagnose, and anyone with back pain should have it checked by a doctor or physiotherapist.'
