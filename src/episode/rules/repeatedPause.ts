import { addIsoDays } from '../../_lib/isoDays.js'
import { describeMovement } from '../../catalog/lookUpMovement.js'
import { SOURCES } from '../../shared/sources.js'
import { EPISODE_DEFAULTS } from '../episodeDefaults.js'
import type { EventRef } from '../eventRef.js'
import type { HeldPause } from './heldPause.js'
import { CEILING_STOP_ADVICE } from '../../shared/referral.js'
import { clinicianReferral, type HeldReferral } from './heldReferral.js'

/**
 * A movement due a second pause within `repeatedPauseDays` of the first
 * began went red again after a week's rest and a lower dose: it is not
 * settling, and the person is referred rather than paused once more.
 */
export const repeatedPauseReferral = (pause: HeldPause, previousSince: string | undefined, ref: EventRef): HeldReferral | undefined => {
  if (previousSince === undefined || previousSince < addIsoDays(pause.since, -EPISODE_DEFAULTS.repeatedPauseDays)) return undefined
  const name = describeMovement(pause.subject)
  const reason = {
    rule: 'repeated-pause',
    message: `${name} went into the red again after its pause of ${previousSince}: a second pause within ${EPISODE_DEFAULTS.repeatedPauseDays} days. ${CEILING_STOP_ADVICE}`,
    ...pause.subject,
    date: pause.since,
    value: previousSince,
    limit: EPISODE_DEFAULTS.repeatedPauseDays,
    source: SOURCES.engine,
    params: { movement: name, previousSince, days: EPISODE_DEFAULTS.repeatedPauseDays },
  } as const
  return clinicianReferral([reason, ...pause.reasons], ref, 'ceiling')
}
