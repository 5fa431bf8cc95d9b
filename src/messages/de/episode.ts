import type { EpisodeRuleId } from '../../shared/rules.js'

/** The episode rules' messages in German. */
export const EPISODE_DE: Readonly<Record<EpisodeRuleId, string>> = {
  'decided-doses': '(not written yet)',
  'referral-held': '(not written yet)',
  'pause-held': '(not written yet)',
  'pause-ended': '(not written yet)',
  'repeated-pause': '(not written yet)',
  'return-after-break': '(not written yet)',
  'soreness-as-red': '(not written yet)',
  overexertion: '(not written yet)',
  'low-adherence': '(not written yet)',
  'above-the-plan': '(not written yet)',
  advanced: '(not written yet)',
  'referral-cleared': '(not written yet)',
  'meaningful-change': '(not written yet)',
  'no-improvement': '(not written yet)',
  worsening: '(not written yet)',
  'reassessment-harder-form': '(not written yet)',
  'reassessment-continues': '(not written yet)',
  'reassessment-dropped': '(not written yet)',
  'reassessment-worse': '(not written yet)',
}
