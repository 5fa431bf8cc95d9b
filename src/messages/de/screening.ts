import type { ScreeningRuleId } from '../../shared/rules.js'

/** The screening rules' messages in German. */
export const SCREENING_DE: Readonly<Record<ScreeningRuleId, string>> = {
  'red-flag': '(not written yet)',
  'red-flags-clear': '(not written yet)',
  'start-back-missing': '(not written yet)',
  'start-back-total': '(not written yet)',
  'start-back-psychosocial': '(not written yet)',
  'start-back-high-risk': '(not written yet)',
  'inflammatory-back-pain': '(not written yet)',
}
