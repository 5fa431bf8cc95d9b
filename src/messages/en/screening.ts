import type { ScreeningRuleId } from '../../shared/rules.js'

/** The screening rules' messages in English: each pattern writes exactly the message its rule writes. */
export const SCREENING_EN: Readonly<Record<ScreeningRuleId, string>> = {
  'red-flag': `.input {$flag :string}
.input {$onset :string}
.input {$painStarted :string}
.match $flag $onset $painStarted
age-under-20-or-over-50 first-episode || {{A sign that needs a doctor's check: back pain of a kind not had before, at age {$age}. Refer (routine).}}
age-under-20-or-over-50 first-episode * {{A sign that needs a doctor's check: back pain of a kind not had before, at age {$age} since {$painStarted}. Refer (routine).}}
age-under-20-or-over-50 taken-as-new || {{A sign that needs a doctor's check: back pain at age {$age}, not said to be a kind had before, and so taken as new. Refer (routine).}}
age-under-20-or-over-50 taken-as-new * {{A sign that needs a doctor's check: back pain at age {$age} since {$painStarted}, not said to be a kind had before, and so taken as new. Refer (routine).}}
age-under-20-or-over-50 * * {{A sign that needs a doctor's check: back pain of a kind not had before, starting under age 20 or over age 50. Refer (routine).}}
bladder-or-bowel-change * * {{A sign that needs a doctor's check: new trouble passing or holding urine or stool. Refer (emergency).}}
saddle-numbness * * {{A sign that needs a doctor's check: numbness around the groin, buttocks or inner thighs. Refer (emergency).}}
sexual-dysfunction * * {{A sign that needs a doctor's check: new sexual dysfunction. Refer (emergency).}}
progressive-leg-weakness * * {{A sign that needs a doctor's check: leg weakness or numbness that is severe or getting worse. Refer (emergency).}}
bilateral-leg-symptoms * * {{A sign that needs a doctor's check: pain or other symptoms down both legs. Refer (emergency).}}
gait-disturbance * * {{A sign that needs a doctor's check: a change in the way of walking. Refer (emergency).}}
trauma * * {{A sign that needs a doctor's check: pain that began with an injury such as a fall or a car accident. Refer (soon).}}
minor-trauma-with-bone-risk * * {{A sign that needs a doctor's check: a small knock or strain with weak bones or long-term steroid use. Refer (soon).}}
deformity * * {{A sign that needs a doctor's check: a visible change in the shape of the spine. Refer (soon).}}
history-of-cancer * * {{A sign that needs a doctor's check: a past or present cancer. Refer (soon).}}
unexplained-weight-loss * * {{A sign that needs a doctor's check: weight loss with no explanation. Refer (soon).}}
night-pain * * {{A sign that needs a doctor's check: pain that persists through the night. Refer (soon).}}
no-improvement-after-a-month * * {{A sign that needs a doctor's check: no improvement after a month. Refer (routine).}}
fever * * {{A sign that needs a doctor's check: fever or chills. Refer (soon).}}
immunosuppression * * {{A sign that needs a doctor's check: a weakened immune system. Refer (soon).}}
iv-drug-use * * {{A sign that needs a doctor's check: intravenous drug use. Refer (soon).}}
recent-bacterial-infection * * {{A sign that needs a doctor's check: a recent bacterial infection. Refer (soon).}}
* * * {{A sign that needs a doctor's check: a wound that went through the skin near the spine. Refer (soon).}}`,
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
none * * {{The inflammatory back pain screen found {$count} of its {$features} features ({$present}), fewer than the {$askDoctor} at which a doctor's check is advised.}}
* * * {{The inflammatory back pain screen found {$count} of its {$features} features ({$present}), fewer than the {$askDoctor} at which a doctor's check is advised.}}`,
}
