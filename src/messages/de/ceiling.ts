import type { CeilingRuleId } from '../../shared/rules.js'

/** The ceiling rules' messages in German. */
export const CEILING_DE: Readonly<Record<CeilingRuleId, string>> = {
  window: '(not written yet)',
  'pain-during': '(not written yet)',
  'pain-after': '(not written yet)',
  'next-morning': '(not written yet)',
  'unproven-settling': '(not written yet)',
  'amber-unsettled': '(not written yet)',
  'morning-rise': '(not written yet)',
  'week-to-week': '(not written yet)',
  'stiffness-week-to-week': '(not written yet)',
  'refer-pain': '(not written yet)',
  'refer-red-movements': '(not written yet)',
  'refer-red-days': '(not written yet)',
  'repeated-red': '(not written yet)',
  'flare-up-lock': '(not written yet)',
  'no-recent-logs': '(not written yet)',
  'all-green': '(not written yet)',
}
