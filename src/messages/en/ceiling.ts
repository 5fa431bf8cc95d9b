import type { CeilingRuleId } from '../../shared/rules.js'

/** The ceiling rules' messages in English: each pattern writes exactly the message its rule writes. */
export const CEILING_EN: Readonly<Record<CeilingRuleId, string>> = {
  window: 'The verdict looks at {$windowStart} to {$today}, against a baseline back pain of {$baselinePain}/10.',
  'pain-during': `.input {$time :string}
.match $time
|| {{{$movement} on {$date}: pain during {$pain}/10, above {$limit}/10 ({$zone}).}}
* {{{$movement} on {$date} {$time}: pain during {$pain}/10, above {$limit}/10 ({$zone}).}}`,
  'pain-after': `.input {$time :string}
.match $time
|| {{{$movement} on {$date}: pain after {$pain}/10, above {$limit}/10 ({$zone}).}}
* {{{$movement} on {$date} {$time}: pain after {$pain}/10, above {$limit}/10 ({$zone}).}}`,
  'next-morning': '{$movement} on {$sessionDate}: back pain the next morning was {$backPain}/10, {$rise} above baseline ({$zone}).',
  'unproven-settling': '{$movement}: no morning check the day after {$dates}, so settling is not shown; at most hold.',
  'amber-unsettled': '{$movement} on {$date} was amber and back pain had not settled by the next morning: one rung down rather than hold.',
  'morning-rise': `.input {$zone :string}
.match $zone
red {{Back pain on the morning of {$date} was {$backPain}/10, {$rise} above the baseline of {$baselinePain}/10: a flare-up.}}
* {{Back pain on the morning of {$date} was {$backPain}/10, {$rise} above the baseline of {$baselinePain}/10.}}`,
  'week-to-week': 'Mean morning back pain rose by {$rise} from the week before, at least the {$limit}-point limit.',
  'stiffness-week-to-week': 'Mean morning stiffness rose by {$rise} from the week before, at least the {$limit}-point limit.',
  'refer-pain': `.input {$when :string}
.match $when
morning {{Morning back pain reached {$pain}/10 on {$date}, at or above {$limit}/10: stop and see a clinician.}}
* {{Pain {$when} {$movement} reached {$pain}/10 on {$date}, at or above {$limit}/10: stop and see a clinician.}}`,
  'refer-red-movements': 'On {$date}, {$count} movements went into the red ({$movements}): stop and see a clinician.',
  'refer-red-days': '{$count} of the last {$days} days were red: stop and see a clinician.',
  'repeated-red': '{$movement} went into the red {$count} times in the window (a bad morning counts once): pause it.',
  'flare-up-lock': 'A flare-up on {$date} locks progression until {$greenDays} green days in a row; the earliest it can resume is {$until}.',
  'no-recent-logs': 'No session or morning check since {$windowStart}: nothing shows that a step up is safe.',
  'all-green':
    'Every session since {$windowStart} stayed within {$painCeiling}/10 and settled by the next morning, and no morning rose above baseline: a step up is allowed.',
}
