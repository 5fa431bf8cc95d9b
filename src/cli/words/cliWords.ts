import type { CeilingVerdict, DayPlan, DoseDecision, OutcomeVerdict, Program, Referral, Screening } from '../../index.js'

type Words<Key extends string> = Readonly<Record<Key, string>>

/**
 * The command line's own words in one language: headings, columns, the lines around the engine's values, and
 * the engine's enum values (statuses, zones, actions, kinds, verdicts) as a reader sees them. The engine's
 * reasons, advice, movement names and doses come from the catalogs; these are the rest of a table.
 */
export interface CliWords {
  readonly refer: string
  readonly noPlan: string
  readonly urgencyLine: (urgency: string, advice: string) => string
  readonly screening: string
  readonly cleared: (risk: string) => string
  readonly paused: (name: string) => string
  readonly notBefore: (date: string) => string
  readonly instead: (name: string, pain: number) => string
  readonly chosen: (ceiling: number) => string
  readonly correctives: string
  readonly leftOut: string
  readonly why: string
  readonly range: (repsMin: number, repsMax: number, setsMin: number, setsMax: number) => string
  readonly timesADay: (times: number) => string
  readonly aboveCeiling: (limit: number) => string
  readonly coveredBetter: string
  readonly findings: Words<'anteriorPelvicTilt' | 'lateralPelvicTilt'>
  readonly ceiling: string
  readonly zoneLine: (zone: string, action: string, flareUp: boolean) => string
  readonly lockedUntil: (date: string) => string
  readonly movements: string
  readonly nextDose: (name: string) => string
  readonly statusStep: (status: string) => string
  readonly actionStep: (action: string) => string
  readonly doseLine: (step: string, dose: string, date: string) => string
  readonly next: (name: string) => string
  readonly tryHarder: (name: string) => string
  readonly program: string
  readonly programLine: (start: string, end: string, timeZone: string) => string
  readonly week: (week: number, from: string, to: string) => string
  readonly planned: (label: string) => string
  readonly checkIns: string
  readonly today: (date: string) => string
  readonly restUntil: (date: string) => string
  readonly due: string
  readonly adherenceHeading: (from: string, through: string) => string
  readonly adherenceLine: (done: number, prescribed: number, share: string, skipped: number) => string
  readonly sessionsLogged: (sessions: number) => string
  readonly nothingAsked: string
  readonly outcome: (start: string, date: string, day: number) => string
  readonly noMorningYet: string
  readonly meanOf: (now: string, mornings: number) => string
  readonly points: (change: string, size: number) => string
  readonly eachMovement: string
  readonly catalog: string
  readonly columns: Words<
    | 'movement' | 'pain' | 'startAt' | 'workUpTo' | 'howOften' | 'for' | 'why' | 'zone' | 'action' | 'date' | 'time' | 'session' | 'movements'
    | 'kind' | 'status' | 'dose' | 'timesToday' | 'since' | 'usualPain' | 'now' | 'change' | 'verdict' | 'painFirst' | 'painLatest' | 'sessions'
    | 'rungFirst' | 'rungLatest' | 'rungsClimbed' | 'id' | 'name' | 'roles' | 'focus' | 'source'
  >
  readonly statuses: Words<DayPlan['items'][number]['status'] | DoseDecision['action']>
  readonly zones: Words<CeilingVerdict['zone']>
  readonly actions: Words<CeilingVerdict['action']>
  readonly risks: Words<Extract<Screening, { _tag: 'Cleared' }>['risk']>
  readonly urgencies: Words<Referral['urgency']>
  readonly kinds: Words<Program['checkIns'][number]['kind'] | DayPlan['due'][number]['kind']>
  readonly verdicts: Words<OutcomeVerdict>
}
