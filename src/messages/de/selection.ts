import type { SelectionRuleId } from '../../shared/rules.js'

/** The selection rules' messages in German. */
export const SELECTION_DE: Readonly<Record<SelectionRuleId, string>> = {
  'pain-ceiling': '(not written yet)',
  'selection-size': '(not written yet)',
  'not-chosen': '(not written yet)',
  'same-movement': '(not written yet)',
  'posture-corrective': '(not written yet)',
  'focus-coverage': '(not written yet)',
  'total-pain': '(not written yet)',
  'rehab-dose': '(not written yet)',
  'too-few-tolerable': '(not written yet)',
  'assessment-pain': '(not written yet)',
}
