/*
 * The ceiling's numbers. Seed 002 names the method ("keep the pain under
 * control and flare-ups at bay in the days after"); no public source defines
 * it, so the engine uses the pain-monitoring model and the traffic-light
 * convention. Options may move a number only within the
 * bounds given here, and only ever towards caution where no source gives room.
 */

/** Where the pain-monitoring model comes from. @category Ceiling @since 0.1.0 */
export const PAIN_MONITORING_SOURCE = 'pain-monitoring model: Silbernagel, Thomeé, Eriksson, Karlsson 2007, Am J Sports Med 35:897'

/** Where the 2-point threshold comes from. @category Ceiling @since 0.1.0 */
export const MEANINGFUL_CHANGE_SOURCE = 'NPRS minimal important change about 2 points: Childs et al. 2005, Spine; Farrar et al. 2001, Pain'

/** Where the method itself comes from. @category Ceiling @since 0.1.0 */
export const CEILING_METHOD_SOURCE = 'seed 002: the "Ceiling Method" keeps pain under control and flare-ups at bay in the days after'

/** Pain during or after exercise at or under this is green. Options: 0-5. @category Ceiling @since 0.1.0 */
export const DEFAULT_CEILING_PAIN = 3 // traffic-light zones with the pain-monitoring model (Silbernagel et al. 2007): green 0-3

/** The highest ceiling a caller may set. @category Ceiling @since 0.1.0 */
export const MAX_CEILING_PAIN = 5 // pain-monitoring model (Silbernagel et al. 2007): at most 5/10

/** Pain during or after exercise above the ceiling and at or under this is amber; above it, red. Fixed. @category Ceiling @since 0.1.0 */
export const AMBER_MAX_PAIN = 5 // traffic-light zones: amber 4-5, red 6-10 (Silbernagel et al. 2007)

/** A next-morning rise over baseline of this much or more is a flare-up (red); a smaller rise is amber. Options: 1-2. @category Ceiling @since 0.1.0 */
export const DEFAULT_FLARE_UP_RISE = 2 // NPRS minimal important change of 2 points (Childs et al. 2005; Farrar et al. 2001)

/** A rise of this much or more in mean morning pain, week on week, is red. Options: 1-2. @category Ceiling @since 0.1.0 */
export const DEFAULT_WEEKLY_RISE = 2 // NPRS minimal important change of 2 points (Childs et al. 2005; Farrar et al. 2001)

/** The smallest rise a caller may set for either rule: stricter than the default, never looser. @category Ceiling @since 0.1.0 */
export const MIN_RISE = 1

/** Pain of this or more anywhere in the window stops exercise and refers. Options: 6-8. @category Ceiling @since 0.1.0 */
export const DEFAULT_REFER_PAIN = 8 // engine default: severe pain (8 or more) stops and refers

/** The lowest refer threshold a caller may set: the first red pain. @category Ceiling @since 0.1.0 */
export const MIN_REFER_PAIN = 6

/** Red on this many movements on one day stops and refers. @category Ceiling @since 0.1.0 */
export const REFER_RED_MOVEMENTS_PER_DAY = 2 // engine default: red across movements stops and refers

/** Red on this many of the last 7 days stops and refers. @category Ceiling @since 0.1.0 */
export const REFER_RED_DAYS = 3 // engine default: red on 3 of the last 7 days is repeated red across days

/** Red in this many sessions of one movement in the window pauses that movement. @category Ceiling @since 0.1.0 */
export const PAUSE_RED_SESSIONS = 2 // engine default: repeated red pauses the movement

/** Consecutive green days after a flare-up before progression may resume. @category Ceiling @since 0.1.0 */
export const GREEN_DAYS_TO_UNLOCK = 2 // engine default: two green days in a row before a step up after a flare-up

/** The window the verdict looks at, in days, ending today. @category Ceiling @since 0.1.0 */
export const CEILING_WINDOW_DAYS = 7 // one week, for the week-to-week comparison

/** The most session logs, and the most morning checks, one call may carry. @category Ceiling @since 0.1.0 */
export const MAX_LOGS = 100_000
