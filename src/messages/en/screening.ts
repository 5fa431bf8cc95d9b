import type { ScreeningRuleId } from '../../shared/rules.js'

/** The screening rules' messages in English. */
export const SCREENING_EN: Readonly<Record<ScreeningRuleId, string>> = {
  'red-flag': '(not written yet)',
  'red-flags-clear': '(not written yet)',
  'start-back-missing': '(not written yet)',
  'start-back-total': '(not written yet)',
  'start-back-psychosocial': '(not written yet)',
  'start-back-high-risk': '(not written yet)',
  'inflammatory-back-pain': '(not written yet)',
}
