import type { CeilingVerdict } from '../../ceiling/ceilingVerdict.js'
import { CEILING_DEFAULTS } from '../../ceiling/ceilingDefaults.js'
import type { SorenessVerdict } from '../../ceiling/soreness/sorenessReport.js'
import type { RedFlagAnswers } from '../../screening/redFlags.js'
import { answeredSigns, redFlagReferral } from '../../screening/rules/redFlagSigns.js'
import type { Reason } from '../../shared/reason.js'
import type { ScoredEntry } from '../../selection/resolveAssessment.js'
import { severeAssessmentPain } from '../../selection/rules/severeAssessmentPain.js'
import { CEILING_STOP_ADVICE, moreUrgent, type Referral } from '../../shared/referral.js'
import { SOURCES } from '../../shared/sources.js'
import type { EpisodeReferral } from '../episodeReferral.js'
import { describeEvent, type EventRef } from '../eventRef.js'
import { extend } from '../../_lib/extend.js'

/** A referral the episode holds, with the day it began and the event behind it (none for the intake). */
export interface HeldReferral {
  readonly referral: Referral
  readonly since: string
  readonly causedBy: EventRef | undefined
  /** Which rule began it: the ceiling's are not begun again while one of them holds. */
  readonly origin: 'intake' | 'symptoms' | 'soreness' | 'ceiling' | 'assessment' | 'worsening'
}

/** A re-screen with any sign answered "yes" refers, as the intake would (the age is not asked again). */
export const symptomsReferral = (answers: RedFlagAnswers, ref: EventRef): HeldReferral | undefined => {
  const [first, ...rest] = answeredSigns(answers)
  return first === undefined ? undefined : { referral: redFlagReferral([first, ...rest]), since: ref.date, causedBy: ref, origin: 'symptoms' }
}

/** A referral to a clinician for a sign the episode saw: the ceiling's urgency and advice, the sign's reasons. */
export const clinicianReferral = (reasons: Referral['reasons'], ref: EventRef, origin: HeldReferral['origin']): HeldReferral => ({
  referral: { _tag: 'Referral', cause: 'ceiling', urgency: CEILING_DEFAULTS.referralUrgency, advice: CEILING_STOP_ADVICE, reasons },
  since: ref.date,
  causedBy: ref,
  origin,
})

/** An assessment with a movement at or over the refer threshold refers until a clearance, as the intake's signs do. */
export const assessmentReferral = (entries: readonly ScoredEntry[], referPain: number, ref: EventRef): HeldReferral | undefined => {
  const referral = severeAssessmentPain(entries, referPain)
  return referral === undefined ? undefined : { referral, since: ref.date, causedBy: ref, origin: 'assessment' }
}

/** A soreness verdict of see-a-clinician refers (domain rule: the re-screen of section 7). */
export const sorenessReferral = (verdict: SorenessVerdict, ref: EventRef): HeldReferral | undefined =>
  verdict.classification === 'see-clinician' ? clinicianReferral(verdict.reasons, ref, 'soreness') : undefined

/** The ceiling says stop and refer over the logs known on a day: pain at or over the refer threshold, red across movements or days. */
export const ceilingReferral = (verdict: CeilingVerdict, ref: EventRef): HeldReferral | undefined =>
  verdict.action === 'stop-and-refer' ? clinicianReferral(verdict.reasons, ref, 'ceiling') : undefined

const describeCause = (held: HeldReferral): string => (held.causedBy === undefined ? 'the intake' : describeEvent(held.causedBy))

/*
 * A catalog pattern cannot go through a list of events, so the params name the first cause by its values (the intake:
 * no event, ''), count the causes, and carry the others as the English message writes them.
 */
const heldReason = (since: string, causes: readonly [HeldReferral, ...HeldReferral[]]): Reason => {
  const [lead, ...more] = causes
  const cause = lead.causedBy === undefined ? { causeType: 'intake', causeIndex: '', causeDate: '' } : { causeType: lead.causedBy.type, causeIndex: lead.causedBy.index, causeDate: lead.causedBy.date }
  return {
    rule: 'referral-held',
    message: `Referred since ${since}, by ${causes.map(describeCause).join(', ')}. No exercise until a clinician has seen the person: a clearance of the referral dated on or after ${since} lifts it.`,
    date: since,
    value: causes.length,
    source: SOURCES.checkFirst,
    params: { since, ...cause, causes: causes.length, moreCauses: more.map(describeCause) },
  }
}

/**
 * Every referral the episode still holds, as one: as urgent as the most
 * urgent of them, with its advice and its cause; since the first of them;
 * each one's reasons after the reason that says what lifts it.
 */
export const heldReferral = (held: readonly [HeldReferral, ...HeldReferral[]]): EpisodeReferral => {
  let lead = held[0]
  for (const next of held) if (moreUrgent(next.referral.urgency, lead.referral.urgency) !== lead.referral.urgency) lead = next
  const since = held[0].since
  return extend(lead.referral, {
    since,
    ...(lead.causedBy === undefined ? {} : { causedBy: lead.causedBy }),
    reasons: [heldReason(since, held), ...held.flatMap((entry) => entry.referral.reasons)],
  })
}

/** The referral a list of held ones gives, or undefined when none is held. */
export const referralHeld = (held: readonly HeldReferral[]): EpisodeReferral | undefined => {
  const [first, ...more] = held
  return first === undefined ? undefined : heldReferral([first, ...more])
}
