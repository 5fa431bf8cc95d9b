import type { EpisodeRuleId } from '../../shared/rules.js'
import { selecting } from '../selecting.js'

/** An event as `describeEvent` writes it, from `eventIndex`, `eventType` (selected on: an assessment) and `eventDate`. */
const event = (type: string): string => `events.{$eventIndex} (${type === 'assessment' ? 'an' : 'a'} {$eventType} on {$eventDate})`

/** The one kind of event written with `an`. */
const WITH_AN = ['assessment'] as const

/** The verdict of a change that is not `*` (no meaningful change), in words. */
const CHANGE_WORDS: Readonly<Record<string, string>> = { improved: 'a meaningful improvement', worse: 'a meaningful worsening' }

/**
 * The shapes a meaningful-change reason takes, by its keys (`*` for any other value, a selector left out counts as
 * `*`): with no morning check (`unknown`) nothing else; the same pain neither points nor per cent, and no meaningful
 * change; an improvement lower, with a per cent (its baseline is above 0); a worsening higher, and with no per cent
 * (a baseline of 0) 2 points or more.
 */
export const changeShapes = ({ verdict = '*', mornings = '*', direction = '*', percent = '*', points = '*' }: Readonly<Record<string, string>>): boolean => {
  if (verdict === 'unknown') return mornings === '*' && direction === '*' && percent === '*' && points === '*'
  if (direction === 'same') return verdict === '*' && percent === '*' && points === '*'
  if (verdict === 'improved') return direction !== 'higher' && percent === '*'
  if (verdict === 'worse') return direction !== 'lower' && (percent === '*' || points === '*')
  return direction !== 'lower' || percent === '*'
}

/** The episode rules' messages in English: each pattern writes exactly the message its rule writes. */
export const EPISODE_EN: Readonly<Record<EpisodeRuleId, string>> = {
  'decided-doses':
    "Each session up to {$today} holds the dose decided for its day; the later ones hold each movement's next dose as of {$today} and are marked planned, as the days between will decide them.",
  'referral-held': selecting(
    { causeType: ['intake', 'assessment'], causes: ['1'] },
    ({ causeType, causes }) =>
      `Referred since {$since}, by ${causeType === 'intake' ? 'the intake' : `events.{$causeIndex} (${causeType === 'assessment' ? 'an' : 'a'} {$causeType} on {$causeDate})`}${causes === '1' ? '' : ', {$moreCauses}'}. No exercise until a clinician has seen the person: a clearance of the referral dated on or after {$since} lifts it.`,
  ),
  'pause-held': selecting(
    { eventType: WITH_AN },
    ({ eventType }) =>
      `{$movement} went into the red repeatedly (${event(eventType!)}): it rests until {$resumeOn}, a date fixed on {$since}, unless a clinician's clearance of its pause comes first.`,
  ),
  'pause-ended': `.input {$how :string}
.match $how
clearance {{A clinician lifted the pause of {$movement} on {$endedOn}: it comes back below the dose that went red.}}
* {{The pause of {$movement} ended on {$endedOn}: it comes back below the dose that went red.}}`,
  'repeated-pause':
    '{$movement} went into the red again after its pause of {$previousSince}: a second pause within {$days} days. Stop the exercises and have the pain checked by a doctor or physiotherapist before going on.',
  'return-after-break': `.input {$weeksOff :string}
.match $weeksOff
1 {{{$movement} was last done on {$lastDate}, with {$daysOff} days off since: after {$weeksOff} full week off it comes back at {$dose}, rung {$rung} of {$rungs}, and climbs again from there.}}
* {{{$movement} was last done on {$lastDate}, with {$daysOff} days off since: after {$weeksOff} full weeks off it comes back at {$dose}, rung {$rung} of {$rungs}, and climbs again from there.}}`,
  'soreness-as-red': selecting(
    { eventType: WITH_AN },
    ({ eventType }) => `{$movement} on {$date} was followed by warning pain, not soreness (${event(eventType!)}: {$signs}): that session counts as red.`,
  ),
  overexertion: `.input {$check :string}
.input {$count :string}
.match $check $count
days-apart 1 {{{$movement} was done on {$date} and again {$count} day later, where its ladder asks for {$limit} days apart: more often than its ladder allows, so no step up.}}
days-apart * {{{$movement} was done on {$date} and again {$count} days later, where its ladder asks for {$limit} days apart: more often than its ladder allows, so no step up.}}
per-week * {{{$movement} was done on {$count} days of the {$windowDays} to {$date}, where its ladder allows {$limit}: more often than its ladder allows, so no step up.}}
* * {{{$movement} was done {$count} times on {$date}, where its ladder allows {$limit}: more often than its ladder allows, so no step up.}}`,
  'low-adherence':
    '{$movement} was done {$done} of the {$prescribed} times its plan asked for from {$from} to {$through} ({$sharePercent}%), under the {$minimumPercent}% that earns a step up: it holds at the dose it was done at.',
  'above-the-plan': `.input {$previous :string}
.match $previous
|| {{{$movement} was done at {$done} on {$date}, but before its first session a plan asks for its first rung: it counts as {$counted}, as doing more than asked earns no extra step.}}
* {{{$movement} was done at {$done} on {$date}, but after {$previous} a plan asks one step more at most: it counts as {$counted}, as doing more than asked earns no extra step.}}`,
  advanced: selecting(
    { eventType: WITH_AN },
    ({ eventType }) => `{$movement} takes the place of {$from}, which reached the top of its ladder: the first session of it was ${event(eventType!)}.`,
  ),
  'referral-cleared': selecting(
    { eventType: WITH_AN },
    ({ eventType }) => `{$by} lifted the referral on {$eventDate} (${event(eventType!)}); a new sign, or pain the ceiling refers, refers again.`,
  ),
  'meaningful-change': selecting(
    { verdict: ['improved', 'worse', 'unknown'], mornings: ['1'], direction: ['same'], percent: [''], points: ['1'] },
    ({ verdict, mornings, direction, percent, points }) =>
      verdict === 'unknown'
        ? 'Usual back pain was {$baseline}/10 at the start; no morning check is logged yet, so the change is not known yet.'
        : `Usual back pain was {$baseline}/10 at the start and is {$now}/10 now (${mornings === '1' ? 'the one morning check so far' : 'the mean of the last {$mornings} morning checks'}): ${direction === 'same' ? 'the same' : `{$points} ${points === '1' ? 'point' : 'points'}${percent === '' ? '' : ' ({$percent}%)'} {$direction}`}, ${CHANGE_WORDS[verdict!] ?? 'no meaningful change'} (a change counts at {$meaningfulPoints} points or {$meaningfulPercent}% of the baseline).`,
    changeShapes,
  ),
  'no-improvement': `.input {$verdict :string}
.match $verdict
worse {{{$days} days since the first assessment, usual back pain is {$now}/10 against {$baseline}/10 at the start: worse. Book a routine appointment with a doctor or physiotherapist to review the plan; the exercises can go on meanwhile.}}
* {{{$days} days since the first assessment, usual back pain is {$now}/10 against {$baseline}/10 at the start: no meaningful improvement. Book a routine appointment with a doctor or physiotherapist to review the plan; the exercises can go on meanwhile.}}`,
  worsening: selecting(
    { points: ['1'], percent: [''] },
    ({ points, percent }) =>
      `Usual back pain over the last {$mornings} morning checks is {$now}/10 against {$baseline}/10 at the start: {$points} ${points === '1' ? 'point' : 'points'}${percent === '' ? '' : ' ({$percent}%)'} worse, a meaningful worsening ({$meaningfulPoints} points or {$meaningfulPercent}% of the baseline).`,
  ),
  'reassessment-harder-form':
    '{$from} reached the top of its ladder with green sessions, and its harder form {$movement} scored {$pain}/10 at this assessment: it takes the place, from the first rung of its own ladder.',
  'reassessment-continues': `.input {$otherCount :string}
.match $otherCount
1 {{{$movement} scored {$pain}/10 again and continues at the rung it reached; {$others}, another form of it, is left out.}}
* {{{$movement} scored {$pain}/10 again and continues at the rung it reached; {$others}, other forms of it, are left out.}}`,
  'reassessment-dropped': `.input {$why :string}
.match $why
not-scored {{{$movement} was not scored at this assessment: it leaves the plan.}}
above-ceiling {{{$movement} hurt {$pain}/10 at this assessment, above the ceiling of {$ceiling}/10: it leaves the plan.}}
not-chosen {{{$movement} could continue but was not chosen this time: {$movement} was within the ceiling, but every set of {$size} that includes it covers fewer focus areas than the chosen {$covered}, or as many with more total pain than {$totalPain}, or ties on both and comes later in catalog order.}}
* {{{$movement} could continue but was not chosen this time}}`,
  'reassessment-worse': '{$movement} hurt {$before}/10 at the assessment before and {$now}/10 at this one: meaningfully worse.',
}
