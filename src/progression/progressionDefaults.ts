/** Where the load-step bounds come from. @category Progression @since 0.1.0 */
export const LOAD_STEP_SOURCE = 'ACSM 2009 position stand on progression models in resistance training: load steps of 2-10%'

/** The load added at the top of a load-step ladder, as a percentage. Options: 2-10. @category Progression @since 0.1.0 */
export const DEFAULT_LOAD_STEP_PERCENT = 5 // engine default, the middle of ACSM 2009's 2-10%

/** The smallest load step a caller may set, in percent. @category Progression @since 0.1.0 */
export const MIN_LOAD_STEP_PERCENT = 2 // ACSM 2009

/** The largest load step a caller may set, in percent. @category Progression @since 0.1.0 */
export const MAX_LOAD_STEP_PERCENT = 10 // ACSM 2009; the "10% rule" itself has no evidence (Buist 2008)

/** Loads are rounded to this many kilograms: fine enough that a 2-10% step stays within its bounds from 0.5 kg up. @category Progression @since 0.1.0 */
export const LOAD_ROUNDING_KG = 0.01 // engine default; an app rounds to the plates it has

/** Steps up a movement may take in one day. @category Progression @since 0.1.0 */
export const MAX_STEPS_UP_PER_DAY = 1 // engine default: rehab movements are done 3 times a day but step up once a day; every ladder keeps it
