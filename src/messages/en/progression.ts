import type { ProgressionRuleId } from '../../shared/rules.js'

// Where a movement stands on its ladder, as `describePosition` writes it.
const AT = '{$movement} is at {$dose}, rung {$rung} of {$rungs}'

/**
 * The progression rules' messages in English: each pattern writes exactly the message its rule writes. A
 * movement a message does not name (no substitute, no harder form, no ladder to advance to) comes as an
 * empty name, selected with `||`. Where a message matches on more than one value, every variant's keys
 * with the later ones made `*` are a variant too (`red stay above`, `red stay *`, `red * *`): messageformat
 * 4.0.0 never ends choosing a variant when a key matches no variant after a selector that matched only `*`.
 */
export const PROGRESSION_EN: Readonly<Record<ProgressionRuleId, string>> = {
  'ladder-start': 'No {$movement} session yet: start at {$dose}, rung 1 of {$rungs}.',
  'ladder-step-up': `${AT}, green and completed: one rung up, to {$to}.`,
  'ladder-hold': `${AT}; the ceiling says hold (see the reasons below).`,
  'awaiting-next-morning': `${AT}; its last session has no morning check after it yet, so it holds until the next morning shows it settled.`,
  incomplete: `${AT}, but the last session did not complete its dose: repeat it.`,
  'ladder-step-down': `.input {$zone :string}
.input {$step :string}
.input {$peakPlace :string}
.match $zone $step $peakPlace
amber stay * {{{$movement} was amber at {$peakDose} and had not settled by the next morning: stay at {$dose}.}}
amber * * {{{$movement} was amber at {$peakDose} and had not settled by the next morning: one rung down, to {$to}.}}
red stay above {{{$movement} went into the red at {$peakDose}: stay at {$dose}, below it.}}
red stay * {{{$movement} went into the red at the start of its ladder: stay at {$dose}.}}
red * same {{{$movement} went into the red at {$dose}: one rung down, to {$to}.}}
red * * {{{$movement} went into the red at {$peakDose}: one rung down from {$dose}, to {$to}.}}
* * * {{{$movement} went into the red at {$peakDose}: one rung down from {$dose}, to {$to}.}}`,
  'ceiling-pause': `.input {$substitute :string}
.match $substitute
|| {{{$movement} went into the red repeatedly: pause it until {$resumeOn}.}}
* {{{$movement} went into the red repeatedly: pause it until {$resumeOn} and do {$substitute} instead (it scored {$substitutePain}/10 at the last assessment).}}`,
  'ceiling-stop': `.input {$started :string}
.match $started
true {{${AT.replace('{$dose}', '{$atDose}')}; the ceiling says stop and see a clinician. Stop the exercises and have the pain checked by a doctor or physiotherapist before going on.}}
* {{No {$movement} session yet; the ceiling says stop and see a clinician. Stop the exercises and have the pain checked by a doctor or physiotherapist before going on.}}`,
  'ladder-top': `.input {$advanceTo :string}
.match $advanceTo
|| {{${AT}: the top of its ladder. Keep it there.}}
* {{${AT}: the top, and "{$advanceTo}" has no ladder to advance to.}}`,
  'ladder-advance': `${AT}: the top. Advance to {$advanceTo}, starting at {$start}.`,
  'load-step': `${AT}: the top. Add {$percent}% load ({$fromKg} kg to {$toKg} kg) and go back to {$backTo}.`,
  'needs-load': `${AT}: the top. Log the load used, in kg, to take a load step from here.`,
  'load-at-maximum': `${AT} with {$loadKg} kg: a further step would pass {$maxKg} kg.`,
  'reassess-harder-form': `.input {$harderForm :string}
.match $harderForm
|| {{${AT}: the top. Keep it there; it has no harder form.}}
* {{${AT}: the top. Keep it there and try {$harderForm} at the next reassessment.}}`,
}
