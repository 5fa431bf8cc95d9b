import { describeMovement } from '../../catalog/lookUpMovement.js'
import { movementRef } from '../../shared/movementRef.js'
import type { Reason } from '../../shared/reason.js'
import { SOURCES } from '../../shared/sources.js'
import type { Adherence, MovementAdherence } from '../adherence.js'
import { EPISODE_DEFAULTS } from '../episodeDefaults.js'

const percent = (share: number): number => Math.round(share * 100)

/**
 * A movement done on fewer than `minimumAdherence` of the times its plans
 * asked for over the week before today earns no step up: progress is earned
 * by doing the dose (domain.md section 7). Undefined when the share is enough,
 * or when nothing was prescribed yet, so there is nothing to fall short of.
 */
export const lowAdherence = (adherence: Adherence, kept: MovementAdherence | undefined): Reason | undefined => {
  if (kept?.share === undefined) return undefined
  const minimum = EPISODE_DEFAULTS.minimumAdherence
  // Compared on the counts, not a rounded share.
  if (kept.done >= minimum * kept.prescribed) return undefined
  return {
    rule: 'low-adherence',
    message:
      `${describeMovement(kept)} was done ${kept.done} of the ${kept.prescribed} times its plan asked for from ${adherence.from} to ${adherence.through} ` +
      `(${percent(kept.share)}%), under the ${percent(minimum)}% that earns a step up: it holds at the dose it was done at.`,
    ...movementRef(kept.movement, kept.variant),
    date: adherence.through,
    value: kept.share,
    limit: minimum,
    source: SOURCES.engine,
    params: {
      movement: describeMovement(kept),
      done: kept.done,
      prescribed: kept.prescribed,
      from: adherence.from,
      through: adherence.through,
      sharePercent: percent(kept.share),
      minimumPercent: percent(minimum),
    },
  }
}
