import type { CeilingRules } from './ceilingOptions.js'
import type { MorningCheck } from './morningCheck.js'
import type { SessionLog } from './sessionLog.js'
import { morningZone, painZone } from './zones.js'

/**
 * Whether a session could make the ceiling stop or pause anything. Only red
 * does: every stop-and-refer and pause rule counts red sessions, red days or
 * pain at the refer threshold, and that threshold (6 at the lowest) is in the
 * red zone. Logs without one can hold or step down, never stop; a caller
 * that holds stops itself judges only the days that follow one.
 */
export const sessionCanStop = (session: SessionLog, rules: CeilingRules): boolean =>
  painZone(session.painDuring, rules) === 'red' || (session.painAfter !== undefined && painZone(session.painAfter, rules) === 'red')

/** Whether a morning check could make the ceiling stop or pause anything: a flare-up, or back pain at the refer threshold. */
export const morningCanStop = (morning: MorningCheck, baselinePain: number, rules: CeilingRules): boolean =>
  morningZone(morning, baselinePain, rules) === 'red' || morning.backPain >= rules.referPain
