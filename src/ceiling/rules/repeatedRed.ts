import type { Reason } from '../../shared/reason.js'
import { SOURCES } from '../../shared/sources.js'
import { CEILING_DEFAULTS } from '../ceilingDefaults.js'
import type { MovementState } from '../movementStates.js'

/**
 * Repeated red pauses a movement: two reds in the window (a session red by its
 * own pain, or a red morning after its day, each bad morning counted once).
 * Undefined below that.
 */
export const repeatedRed = (state: MovementState): Reason | undefined =>
  state.redSessions < CEILING_DEFAULTS.pauseRedSessions
    ? undefined
    : {
        rule: 'repeated-red',
        message: `${state.name} went into the red ${state.redSessions} times in the window (a bad morning counts once): pause it.`,
        ...state.subject,
        value: state.redSessions,
        limit: CEILING_DEFAULTS.pauseRedSessions,
        source: SOURCES.ceilingMethod,
        params: { movement: state.name, count: state.redSessions },
      }
