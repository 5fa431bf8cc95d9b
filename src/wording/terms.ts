import { FOCUS_AREAS } from '../catalog/focusArea.js'
import { WEEKDAYS } from '../shared/weekdays.js'

/**
 * The features of the inflammatory back pain screen, by the keys its reason
 * lists them with (`params.present`), the onset band first.
 */
export const INFLAMMATORY_FEATURES = [
  'onsetAge',
  'wakesInSecondHalfOfNight',
  'buttockPain',
  'betterWithMovement',
  'betterWithAntiInflammatories',
  'relativeWithSpondyloarthritis',
  'arthritisEnthesitisOrPsoriasis',
] as const

/** The kinds of term a reason lists by id, each with its ids and how a list of them is joined. */
export const TERM_KINDS = {
  // Weekday lists read as the days of a week do: "monday, wednesday, friday".
  weekdays: { ids: WEEKDAYS, separator: ', ' },
  // A feature's words may hold commas, so a list of them is joined by semicolons.
  inflammatoryFeatures: { ids: INFLAMMATORY_FEATURES, separator: '; ' },
  // The built-in catalog's focus areas; a list holding an app's own area is written as it is.
  focusAreas: { ids: FOCUS_AREAS, separator: ', ' },
} as const

export type TermKind = keyof typeof TERM_KINDS
