import type { ScreeningRuleId } from '../../shared/rules.js'

/** The screening rules' messages in English: each pattern writes exactly the message its rule writes. */
export const SCREENING_EN: Readonly<Record<ScreeningRuleId, string>> = {
  // One variant per sign, each the whole sentence: longer than a catalog's message may be (2000 characters).
  'red-flag': '(not written yet)',
  'red-flags-clear': `.input {$signAge :string}
.match $signAge
true {{Every red-flag question was answered "no", and at age {$age} this back pain is a kind had before, which is no sign on its own.}}
* {{Every red-flag question was answered "no" and the age ({$age}) is within {$ageFrom}-{$ageTo}.}}`,
  'start-back-missing': 'No STarT Back answers were given, so the risk of a poor outcome is unknown.',
  'start-back-total': 'STarT Back total {$total} of 9 ({$lowRiskMaxTotal} or less is low risk).',
  'start-back-psychosocial': 'STarT Back psychosocial subscale {$psychosocial} of 5 ({$highRiskMinPsychosocial} or more is high risk).',
  'start-back-high-risk': 'High risk of a poor outcome: a clinician should be involved in the plan.',
  // {$present} writes the features' keys, where the message names them in words joined by '; ': no pattern can
  // write a list of words chosen one by one, so every message that lists features differs from its rule's.
  'inflammatory-back-pain': `.input {$advice :string}
.input {$count :string}
.input {$open :string}
.match $advice $count $open
not-applicable * * {{The inflammatory back pain screen is for back pain that began before 45 and has lasted over 3 months; this pain does not, so it does not apply.}}
refer * * {{The inflammatory back pain screen found {$count} of its {$features} features ({$present}). Book a routine appointment with a doctor and ask about seeing a rheumatologist; the exercises can go on meanwhile.}}
ask-doctor 0 * {{The inflammatory back pain screen found none of its features. {$open} questions were not answered, and could add to them. Ask a doctor at a routine appointment whether a test is needed; the exercises can go on meanwhile.}}
ask-doctor * 0 {{The inflammatory back pain screen found {$count} of its {$features} features ({$present}). Ask a doctor at a routine appointment whether a test is needed; the exercises can go on meanwhile.}}
ask-doctor * 1 {{The inflammatory back pain screen found {$count} of its {$features} features ({$present}). {$open} question was not answered, and could add to them. Ask a doctor at a routine appointment whether a test is needed; the exercises can go on meanwhile.}}
ask-doctor * * {{The inflammatory back pain screen found {$count} of its {$features} features ({$present}). {$open} questions were not answered, and could add to them. Ask a doctor at a routine appointment whether a test is needed; the exercises can go on meanwhile.}}
none 0 * {{The inflammatory back pain screen found none of its features, fewer than the {$askDoctor} at which a doctor's check is advised.}}
* * * {{The inflammatory back pain screen found {$count} of its {$features} features ({$present}), fewer than the {$askDoctor} at which a doctor's check is advised.}}`,
}
