import type { Reason } from '../../shared/reason.js'
import { SOURCES } from '../../shared/sources.js'
import { CEILING_DEFAULTS } from '../ceilingDefaults.js'

/**
 * Red on two movements in one day stops and refers: red across movements
 * (domain rule; two is an engine default). Variants of one movement count as
 * one movement.
 */
export const referRedMovements = (ownRedByDate: ReadonlyMap<string, ReadonlySet<string>>): Reason[] =>
  [...ownRedByDate].flatMap(([date, movements]) => {
    if (movements.size < CEILING_DEFAULTS.referRedMovementsPerDay) return []
    const names = [...movements].sort()
    return [
      {
        rule: 'refer-red-movements',
        message: `On ${date}, ${movements.size} movements went into the red (${names.join(', ')}): stop and see a clinician.`,
        date,
        value: names,
        limit: CEILING_DEFAULTS.referRedMovementsPerDay,
        source: SOURCES.ceilingMethod,
        params: { date, count: movements.size, movements: names },
      },
    ]
  })

/** Red on 3 of the 7 days of the window stops and refers: repeated red across days (engine default). */
export const referRedDays = (redDates: ReadonlySet<string>): Reason | undefined =>
  redDates.size < CEILING_DEFAULTS.referRedDays
    ? undefined
    : {
        rule: 'refer-red-days',
        message: `${redDates.size} of the last ${CEILING_DEFAULTS.windowDays} days were red: stop and see a clinician.`,
        value: [...redDates].sort(),
        limit: CEILING_DEFAULTS.referRedDays,
        source: SOURCES.ceilingMethod,
        params: { count: redDates.size, days: CEILING_DEFAULTS.windowDays },
      }
