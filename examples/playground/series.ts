// The playground's charts read plain rows: each built here from the engine's own answers, with no DOM, so
// tests in Node check them against the engine directly.
import { ladderOf, type Dose, type EpisodeInput, type ReplayedDay, type Simulation } from 'rehab-engine'

/** One point of the pain chart: a morning's back pain, or the worst pain during any session of a day. */
export interface PainPoint {
  readonly date: string
  readonly pain: number
  readonly series: 'morning back pain' | 'worst pain during a session'
}

/** One point of the adherence chart: the share of the week's prescribed sessions done, as the day's plan reports it. */
export interface AdherencePoint {
  readonly date: string
  readonly share: number
}

/** One point of a ladder chart: the rung (1 is the first) of the dose a movement was given on a date. */
export interface RungPoint {
  readonly date: string
  readonly movement: string
  readonly rung: number
}

const label = (movement: string, variant: string | undefined) => (variant === undefined ? movement : `${movement} (${variant})`)

/** Mornings as they were logged; sessions as each day's worst pain during, so three a day read as one point. */
export const painSeries = (episode: EpisodeInput): PainPoint[] => {
  const mornings: PainPoint[] = []
  const worst = new Map<string, number>()
  for (const event of episode.events) {
    if (event.type === 'morning') mornings.push({ date: event.date, pain: event.backPain, series: 'morning back pain' })
    if (event.type === 'session') worst.set(event.date, Math.max(worst.get(event.date) ?? 0, event.painDuring))
  }
  const sessions = [...worst].map(([date, pain]): PainPoint => ({ date, pain, series: 'worst pain during a session' }))
  return [...mornings, ...sessions].sort((a, b) => a.date.localeCompare(b.date))
}

/** The week's adherence on each replayed day that has a plan and prescribed something. */
export const adherenceSeries = (days: readonly ReplayedDay[]): AdherencePoint[] =>
  days.flatMap(({ date, decision }) => {
    const share = decision._tag === 'Right' ? decision.right.adherence.share : undefined
    return share === undefined ? [] : [{ date, share }]
  })

// A rung is found by its sets, reps, seconds or distance: the load a rung carries does not make it another rung.
const rungKey = (dose: Dose) =>
  JSON.stringify(
    Object.entries(dose)
      .filter(([key]) => key !== 'loadKg')
      .sort(([a], [b]) => a.localeCompare(b)),
  )

/** Finds the rung of a dose on its movement's ladder (a variant climbs its movement's), each ladder looked up once. */
const rungFinder = () => {
  const ladders = new Map<string, Map<string, number> | undefined>()
  return (movement: string, variant: string | undefined, dose: Dose): number | undefined => {
    const key = label(movement, variant)
    if (!ladders.has(key)) {
      const ladder = ladderOf({ movement })
      ladders.set(key, ladder._tag === 'Right' ? new Map(ladder.right.rungs.map((rung, index) => [rungKey(rung), index + 1])) : undefined)
    }
    return ladders.get(key)?.get(rungKey(dose))
  }
}

/** The rung of every dosed movement on every replayed day: each movement's ladder climbed over the weeks. */
export const ladderSeries = (days: readonly ReplayedDay[]): RungPoint[] => {
  const rungOf = rungFinder()
  return days.flatMap(({ date, decision }) =>
    decision._tag === 'Left'
      ? []
      : decision.right.items.flatMap((item) => {
          const rung = item.status === 'paused' ? undefined : rungOf(item.movement, item.variant, item.dose)
          return rung === undefined ? [] : [{ date, movement: label(item.movement, item.variant), rung }]
        }),
  )
}

/** The rung of each simulated session done, by date and time. */
export const simulatedSeries = (simulation: Simulation): RungPoint[] => {
  const rungOf = rungFinder()
  return simulation.timeline.flatMap((step) => {
    const rung = step.performed ? rungOf(step.movement, step.variant, step.dose) : undefined
    return rung === undefined ? [] : [{ date: `${step.date}T${step.time}`, movement: label(step.movement, step.variant), rung }]
  })
}
