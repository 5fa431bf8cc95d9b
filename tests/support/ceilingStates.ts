// A movement's state as the session pass leaves it, for the tests of what comes after that pass.
import type { MovementState } from '../../src/ceiling/movementStates.js'
import type { MovementRef } from '../../src/shared/movementRef.js'
import { builtInCatalog, day } from './ceilingLogs.js'

/** A green hip-bridge state, last done yesterday, with anything changed. */
export const movementState = (changes: Partial<MovementState> = {}): MovementState => ({
  ...namedFor(changes.subject ?? { movement: 'hip-bridge' }),
  name: 'hip-bridge',
  rank: builtInCatalog.byId.get('hip-bridge')!.rank,
  zone: 'green',
  redSessions: 0,
  redMorningAfter: new Set<string>(),
  mornings: new Set<string>(),
  latestDate: day(-1),
  latestRed: false,
  latestUnsettledAmber: false,
  unprovenDates: [],
  reasons: [],
  ...changes,
})

/** A state's subject, and where severe pain in its sessions is felt. */
const namedFor = (subject: MovementRef) => ({ subject, during: { when: 'during', subject } as const, after: { when: 'after', subject } as const })
