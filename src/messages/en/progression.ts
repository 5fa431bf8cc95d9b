import type { ProgressionRuleId } from '../../shared/rules.js'

/** The progression rules' messages in English. */
export const PROGRESSION_EN: Readonly<Record<ProgressionRuleId, string>> = {
  'ladder-start': '(not written yet)',
  'ladder-step-up': '(not written yet)',
  'ladder-hold': '(not written yet)',
  'awaiting-next-morning': '(not written yet)',
  incomplete: '(not written yet)',
  'ladder-step-down': '(not written yet)',
  'ceiling-pause': '(not written yet)',
  'ceiling-stop': '(not written yet)',
  'ladder-top': '(not written yet)',
  'ladder-advance': '(not written yet)',
  'load-step': '(not written yet)',
  'needs-load': '(not written yet)',
  'load-at-maximum': '(not written yet)',
  'reassess-harder-form': '(not written yet)',
}
