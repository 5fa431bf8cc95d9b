import type { Reason } from '../../shared/reason.js'
import { SOURCES } from '../../shared/sources.js'

/**
 * The numbers of an outcome report:
 *
 * - `points` 2 and `percent` 30: a change on the 0-10 pain scale counts as
 *   meaningful, better or worse, when it reaches either (NPRS minimal
 *   important change: Childs et al. 2005, Spine, about 2 points in low back
 *   pain; Farrar et al. 2001, Pain, about 2 points or 30%).
 * - `minimumPoints` 1: the 30% counts only for a change of at least one
 *   point, the pain scale's own step, so that a low baseline does not make a
 *   fraction of a point meaningful (30% of 1/10 is a third of a point). No
 *   source gives this floor: it is the engine's default.
 * - `mornings` 7: "now" is the mean of the last 7 morning checks, a week of
 *   them, so one bad morning does not decide the outcome (the engine's
 *   default).
 * - `reviewAfterDays` 42: with no meaningful improvement 6 weeks after the
 *   first assessment, the plan advises a routine review (NICE CKS low back
 *   pain: no improvement after 4-6 weeks; the engine takes the end of that).
 *
 * @example
 * import { OUTCOME_DEFAULTS } from 'rehab-engine'
 *
 * assert.deepStrictEqual(OUTCOME_DEFAULTS, { points: 2, percent: 30, minimumPoints: 1, mornings: 7, reviewAfterDays: 42 })
 *
 * @category Outcomes
 * @since 0.3.0
 */
export const OUTCOME_DEFAULTS = /* @__PURE__ */ Object.freeze({ points: 2, percent: 30, minimumPoints: 1, mornings: 7, reviewAfterDays: 42 } as const)

/** Back pain now: the mean of the last `OUTCOME_DEFAULTS.mornings` checks (in date order), rounded to two decimals, and how many; undefined before any. */
export const backPainNow = (mornings: readonly { readonly backPain: number }[]): { readonly mean: number; readonly mornings: number } | undefined => {
  const last = mornings.slice(-OUTCOME_DEFAULTS.mornings)
  if (last.length === 0) return undefined
  return { mean: round(last.reduce((sum, { backPain }) => sum + backPain, 0) / last.length), mornings: last.length }
}

/**
 * The verdicts of the meaningful-change rule, in the order an app may list
 * them: one list for the {@link OutcomeVerdict} type and the report's schema.
 *
 * @example
 * import { OUTCOME_VERDICTS } from 'rehab-engine'
 *
 * assert.deepStrictEqual(OUTCOME_VERDICTS, ['improved', 'unchanged', 'worse', 'unknown'])
 *
 * @category Outcomes
 * @since 0.3.0
 */
export const OUTCOME_VERDICTS = /* @__PURE__ */ Object.freeze(['improved', 'unchanged', 'worse', 'unknown'] as const)

/** Whether back pain improved, stayed, or worsened, by the meaningful-change rule; `unknown` with no morning check to read. @category Outcomes @since 0.3.0 */
export type OutcomeVerdict = (typeof OUTCOME_VERDICTS)[number]

const round = (value: number): number => Math.round(value * 100) / 100

/** The change from `baseline` to `now`, in points and per cent of the baseline (none when the baseline is 0). */
export const changeOf = (baseline: number, now: number): { readonly points: number; readonly percent: number | undefined } => ({
  points: round(now - baseline),
  percent: baseline === 0 ? undefined : round(((now - baseline) / baseline) * 100),
})

/** The verdict of a change: meaningful either way when it reaches 2 points, or 30% of the baseline and at least 1 point. */
export const verdictOf = (baseline: number, now: number): Exclude<OutcomeVerdict, 'unknown'> => {
  const drop = baseline - now
  const meaningful = (by: number) =>
    by >= OUTCOME_DEFAULTS.points || (by >= OUTCOME_DEFAULTS.minimumPoints && baseline > 0 && (by / baseline) * 100 >= OUTCOME_DEFAULTS.percent)
  if (drop > 0 && meaningful(drop)) return 'improved'
  if (drop < 0 && meaningful(-drop)) return 'worse'
  return 'unchanged'
}

const WORDS: Readonly<Record<OutcomeVerdict, string>> = {
  improved: 'a meaningful improvement',
  unchanged: 'no meaningful change',
  worse: 'a meaningful worsening',
  unknown: 'not known yet',
}

/** The reason a report gives for its verdict: the two numbers, the change, and the rule it was read by. */
export const meaningfulChangeReason = (baseline: number, now: number | undefined, mornings: number): Reason => {
  const rule = `${OUTCOME_DEFAULTS.points} points or ${OUTCOME_DEFAULTS.percent}% of the baseline`
  if (now === undefined) {
    return {
      rule: 'meaningful-change',
      message: `Usual back pain was ${baseline}/10 at the start; no morning check is logged yet, so the change is ${WORDS.unknown}.`,
      value: 0,
      limit: OUTCOME_DEFAULTS.points,
      source: SOURCES.meaningfulChange,
      params: { verdict: 'unknown', baseline, now: '', mornings: '', points: '', percent: '', direction: '', meaningfulPoints: '', meaningfulPercent: '' },
    }
  }
  const { points, percent } = changeOf(baseline, now)
  const pointWords = `${Math.abs(points)} ${Math.abs(points) === 1 ? 'point' : 'points'}`
  const by = percent === undefined ? pointWords : `${pointWords} (${Math.abs(percent)}%)`
  // No change has no direction: the message and the params say "the same" for it before asking this.
  const direction = points < 0 ? 'lower' : 'higher'
  const verdict = verdictOf(baseline, now)
  return {
    rule: 'meaningful-change',
    message: `Usual back pain was ${baseline}/10 at the start and is ${now}/10 now (${mornings === 1 ? 'the one morning check so far' : `the mean of the last ${mornings} morning checks`}): ${points === 0 ? 'the same' : `${by} ${direction}`}, ${WORDS[verdict]} (a change counts at ${rule}).`,
    value: points,
    limit: OUTCOME_DEFAULTS.points,
    source: SOURCES.meaningfulChange,
    // The same change shows no number; a baseline of 0 no per cent.
    params: {
      verdict,
      baseline,
      now,
      mornings,
      points: points === 0 ? '' : Math.abs(points),
      percent: points === 0 || percent === undefined ? '' : Math.abs(percent),
      direction: points === 0 ? 'same' : direction,
      meaningfulPoints: OUTCOME_DEFAULTS.points,
      meaningfulPercent: OUTCOME_DEFAULTS.percent,
    },
  }
}
