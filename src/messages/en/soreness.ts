import type { SorenessRuleId } from '../../shared/rules.js'

/** What tells soreness from warning pain, in English: each pattern writes exactly the message its rule writes. */
export const SORENESS_EN: Readonly<Record<SorenessRuleId, string>> = {
  'numbness-or-tingling': `.input {$location :string}
.match $location
radiating {{Pain that spreads down a limb with numbness or tingling is a sign to have checked: see a clinician before exercising again.}}
* {{Numbness or tingling is not muscle soreness and is a sign to have checked: see a clinician before exercising again.}}`,
  'outlasts-soreness': 'Still there {$hours} hours after exercise; soreness is gone within about {$goneHours} hours (5-7 days).',
  'pain-character': 'A {$character} pain is not the dull ache of soreness.',
  'pain-location': `.input {$location :string}
.match $location
radiating {{Pain in the leg or arm, radiating is not soreness in a muscle that worked.}}
* {{Pain in the {$location} is not soreness in a muscle that worked.}}`,
  'pain-at-rest': 'Soreness is felt on stretch, contraction or pressure, not at rest.',
  'disturbs-sleep': 'Pain that disturbs sleep is not ordinary soreness.',
  'not-improving': `.input {$trend :string}
.match $trend
worse {{Getting worse {$hours} hours after exercise; soreness peaks by {$peakEndHours} hours and then improves.}}
* {{No better {$hours} hours after exercise; soreness peaks by {$peakEndHours} hours and then improves.}}`,
  'expected-soreness': `.input {$character :string}
.match $character
tight {{A tightness in the muscle that worked, {$hours} hours after exercise, not at rest: expected soreness.}}
* {{A dull ache in the muscle that worked, {$hours} hours after exercise, not at rest: expected soreness.}}`,
}
