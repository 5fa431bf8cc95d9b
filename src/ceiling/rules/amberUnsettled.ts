import type { MovementRef } from '../../shared/movementRef.js'
import type { Reason } from '../../shared/reason.js'
import { SOURCES } from '../../shared/sources.js'

/**
 * An amber session whose next morning had not settled (back pain still above
 * baseline) reduces by one rung rather than holding (domain.md 4: amber
 * holds; if not settled the next day, reduce). Only the movement's latest
 * day counts, as for red: an older one was already answered.
 */
export const amberUnsettled = (name: string, subject: MovementRef, date: string): Reason => ({
  rule: 'amber-unsettled',
  message: `${name} on ${date} was amber and back pain had not settled by the next morning: one rung down rather than hold.`,
  ...subject,
  date,
  source: SOURCES.painMonitoring,
  params: { movement: name, date },
})
