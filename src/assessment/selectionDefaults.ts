/** The default pain ceiling: movements that hurt more than this are left out. @category Selection @since 0.1.0 */
export const DEFAULT_PAIN_CEILING = 3 // seed 001: "didn't cause pain higher than a 3"

/** The lowest pain ceiling a caller may set. @category Selection @since 0.1.0 */
export const MIN_PAIN_CEILING = 0

/** The highest pain ceiling a caller may set. @category Selection @since 0.1.0 */
export const MAX_PAIN_CEILING = 5 // pain-monitoring model, Silbernagel et al. 2007 (at most 5/10)

/** How many movements a plan holds: five when five or more are eligible, four when only four are. @category Selection @since 0.1.0 */
export const SELECTION_SIZE = { min: 4, max: 5 } as const // seed 001: "choose 4-5 movements"

/** Reps per set of each selected movement. @category Selection @since 0.1.0 */
export const REHAB_REPS = { min: 5, max: 10 } as const // seed 001: "5-10 reps each"

/** Sets of each selected movement. @category Selection @since 0.1.0 */
export const REHAB_SETS = { min: 1, max: 2 } as const // seed 001: "in 1-2 sets"

/** How many times a day the selected movements are done. @category Selection @since 0.1.0 */
export const REHAB_TIMES_PER_DAY = 3 // seed 001: "do this 3 times a day"

/** The most results one assessment may hold; far more than any catalog has movements and variants to score. @category Selection @since 0.1.0 */
export const MAX_ASSESSMENT_RESULTS = 64

/** Where the selection rule comes from. @category Selection @since 0.1.0 */
export const SELECTION_SOURCE = 'seed 001: choose 4-5 assessment movements that hurt no more than 3/10'

/** Where the focus-coverage goal comes from. @category Selection @since 0.1.0 */
export const COVERAGE_SOURCE = 'seed 000: the body works as a kinetic chain; train glutes, back and core together'
