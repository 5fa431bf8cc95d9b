import type { Continuity } from './rules/reassessment.js'
import { left, right, type Either } from '../_lib/either.js'
import { issueAt, type InputIssue } from '../_lib/issues.js'
import type { CompiledCatalog } from '../catalog/compiledCatalog.js'
import { lookUpMovement } from '../catalog/lookUpMovement.js'
import { resolveCatalog } from '../catalog/resolveCatalog.js'
import { ceilingRules, type CeilingRules } from '../ceiling/ceilingOptions.js'
import { classifyValidReport } from '../ceiling/soreness/classifySoreness.js'
import type { SorenessVerdict } from '../ceiling/soreness/sorenessReport.js'
import type { WalkUnit } from '../progression/nextDoseOptions.js'
import { PROGRESSION_DEFAULTS } from '../progression/progressionDefaults.js'
import { programLayout, type ProgramLayout } from '../program/programOptions.js'
import type { Intake } from '../screening/intake.js'
import { resolveAssessment, type ScoredEntry } from '../selection/resolveAssessment.js'
import type { ValidSelectionOptions } from '../selection/selectionOptions.js'
import type { Episode } from './episode.js'
import type { EpisodeEvent } from './episodeEvents.js'

/** An event with its place in the episode as the app gave it, for paths and for the order of a day. */
export interface PlacedEvent {
  readonly event: EpisodeEvent
  /** Its index in `episode.events`. */
  readonly index: number
  /** The assessment's results matched to the catalog, for an assessment. */
  readonly entries?: readonly ScoredEntry[]
  /** The soreness report's verdict, for a soreness report. */
  readonly soreness?: SorenessVerdict
  /** What a reassessment carries over from the plan before it, once the fold has reached it. */
  readonly continuity?: Continuity
}

/** An episode checked against its catalog, its events in time order. */
export interface ValidEpisode {
  readonly intake: Intake
  readonly baselinePain: number
  readonly catalog: CompiledCatalog
  readonly rules: CeilingRules
  readonly selection: ValidSelectionOptions
  readonly loadStepPercent: number
  /** The unit a walk with no session yet starts in. */
  readonly walkUnit: WalkUnit
  /** Which weekdays hold which protocol movements. */
  readonly layout: ProgramLayout
  /** By date, then time (an event without one first), then position. */
  readonly events: readonly PlacedEvent[]
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/** The engine's order of events: by date, then time (an event without one first), then position in the episode. */
export const inEpisodeOrder = (a: PlacedEvent, b: PlacedEvent): number =>
  compareText(a.event.date, b.event.date) || compareText(timeOf(a.event), timeOf(b.event)) || a.index - b.index

const timeOf = (event: EpisodeEvent): string => ('time' in event ? (event.time ?? '') : '')

/** The issues of one event against the catalog, and what the decision needs worked out once. */
const placeEvent = (event: EpisodeEvent, index: number, catalog: CompiledCatalog, prefix: readonly PropertyKey[], issues: InputIssue[]): PlacedEvent => {
  const path = [...prefix, 'events', index]
  const lookUp = (reference: { readonly movement: string; readonly variant?: string | undefined }) => {
    const found = lookUpMovement(catalog, reference, path)
    if (found._tag === 'Left') issues.push(found.left)
    return found
  }
  switch (event.type) {
    case 'assessment': {
      const entries = resolveAssessment(event, catalog, path)
      if (entries._tag === 'Left') issues.push(...entries.left)
      return { event, index, entries: entries._tag === 'Right' ? entries.right : [] }
    }
    case 'session': {
      const found = lookUp(event)
      const kinds = found._tag === 'Right' ? found.right.compiled.movement.dose.kinds : [event.performed.kind]
      if (!kinds.includes(event.performed.kind)) {
        issues.push(issueAt('inconsistent', [...path, 'performed', 'kind'], `"${event.movement}" is dosed as ${kinds.join(' or ')}, not ${event.performed.kind}`))
      }
      return { event, index }
    }
    case 'skipped':
      lookUp(event)
      return { event, index }
    case 'soreness':
      if (event.movement !== undefined) lookUp({ movement: event.movement, variant: event.variant })
      return { event, index, soreness: classifyValidReport(event.report) }
    case 'clearance':
      if (event.movement !== undefined) lookUp({ movement: event.movement, variant: event.variant })
      return { event, index }
    case 'morning':
    case 'symptoms':
      return { event, index }
    default: {
      const unreachable: never = event
      return unreachable
    }
  }
}

/** The issues no single event shows: an id used twice, a second morning check on one date. */
const repeatIssues = (events: readonly EpisodeEvent[], prefix: readonly PropertyKey[], positions?: readonly number[]): InputIssue[] => {
  const issues: InputIssue[] = []
  const firstWithId = new Map<string, number>()
  const firstMorningOn = new Map<string, number>()
  events.forEach((event, at) => {
    const index = positions?.[at] ?? at
    if (event.id !== undefined) {
      const first = firstWithId.get(event.id)
      if (first === undefined) firstWithId.set(event.id, index)
      else issues.push(issueAt('duplicate', [...prefix, 'events', index, 'id'], `"${event.id}" is already the id of events.${first}`))
    }
    if (event.type === 'morning') {
      const first = firstMorningOn.get(event.date)
      if (first === undefined) firstMorningOn.set(event.date, index)
      else issues.push(issueAt('duplicate', [...prefix, 'events', index, 'date'], `${event.date} already has a morning check, at events.${first}`))
    }
  })
  return issues
}

/** The episode's baseline: `baselinePain`, or the intake's `backPain`; one of them given, or both the same. */
const baselineOf = (episode: Episode, prefix: readonly PropertyKey[]): Either<InputIssue, number> => {
  const { baselinePain, intake } = episode
  const path = [...prefix, 'baselinePain']
  if (baselinePain === undefined && intake.backPain === undefined) {
    return left(issueAt('required', path, "is missing: give the usual back pain at intake as intake.backPain (or as baselinePain)"))
  }
  if (baselinePain !== undefined && intake.backPain !== undefined && baselinePain !== intake.backPain) {
    return left(issueAt('inconsistent', path, `is ${baselinePain} but intake.backPain is ${intake.backPain}: the baseline is one number, so give one of them`))
  }
  return right(baselinePain ?? intake.backPain!)
}

/**
 * Checks an episode that passed its schema against its catalog (every
 * movement an event names, every assessment's results) and across events
 * (ids, one morning check a day), and its baseline. Events come back in the
 * engine's order. `positions`, when some events were left out, gives each
 * event's index in the episode as the app wrote it, for paths and references.
 */
export const checkEpisode = (episode: Episode, prefix: readonly PropertyKey[], positions?: readonly number[]): Either<InputIssue[], ValidEpisode> => {
  const { intake, events, options } = episode
  const catalog = resolveCatalog(options?.catalog, [...prefix, 'options', 'catalog'])
  if (catalog._tag === 'Left') return catalog
  const issues: InputIssue[] = []
  const baselinePain = baselineOf(episode, prefix)
  if (baselinePain._tag === 'Left') issues.push(baselinePain.left)
  const placed = events.map((event, index) => placeEvent(event, positions?.[index] ?? index, catalog.right, prefix, issues))
  issues.push(...repeatIssues(events, prefix, positions))
  if (issues.length > 0 || baselinePain._tag === 'Left') return left(issues)
  return right({
    intake,
    baselinePain: baselinePain.right,
    catalog: catalog.right,
    rules: ceilingRules(options),
    selection: { painCeiling: ceilingRules(options).painCeiling, painCeilingIsDefault: options?.painCeiling === undefined, catalog: catalog.right },
    loadStepPercent: options?.loadStepPercent ?? PROGRESSION_DEFAULTS.loadStepPercent.default,
    walkUnit: options?.walkUnit ?? PROGRESSION_DEFAULTS.walkUnit,
    layout: programLayout(options?.program),
    events: placed.sort(inEpisodeOrder),
  })
}
