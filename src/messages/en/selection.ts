import type { SelectionRuleId } from '../../shared/rules.js'

/** The selection rules' messages in English: each pattern writes exactly the message its rule writes. */
export const SELECTION_EN: Readonly<Record<SelectionRuleId, string>> = {
  'pain-ceiling': `.input {$movement :string}
.input {$ceilingIsDefault :string}
.match $movement $ceilingIsDefault
|| true {{Movements that hurt more than {$ceiling}/10 are left out (the default ceiling).}}
|| * {{Movements that hurt more than {$ceiling}/10 are left out (ceiling set by the caller; default {$defaultCeiling}, at most {$maxCeiling}).}}
* * {{{$movement} hurt {$pain}/10, above the ceiling of {$ceiling}/10.}}`,
  'selection-size': '{$eligible} movements hurt {$ceiling}/10 or less; {$size} are chosen ({$min}-{$max}).',
  'not-chosen':
    '{$movement} was within the ceiling, but every set of {$size} that includes it covers fewer focus areas than the chosen {$covered}, or as many with more total pain than {$totalPain}, or ties on both and comes later in catalog order.',
  'same-movement':
    '{$movement} was within the ceiling, but {$chosen} is chosen and is the same movement (a variant of it, or its harder or easier form): a plan holds each movement once.',
  'posture-corrective': `.input {$grade :string}
.input {$count :string}
.match $grade $count
left-high 0 {{A high left hip was noted at the assessment; the side-bend stretch bends to the right, stretching the high side. The trainer's approach adds nothing this catalog holds, from the first rung of each. Reviews find little or no link between posture and back pain: these are exercise within the pain ceiling, not a diagnosis.}}
left-high 1 {{A high left hip was noted at the assessment; the side-bend stretch bends to the right, stretching the high side. The trainer's approach adds {$first}, from the first rung of each. Reviews find little or no link between posture and back pain: these are exercise within the pain ceiling, not a diagnosis.}}
left-high * {{A high left hip was noted at the assessment; the side-bend stretch bends to the right, stretching the high side. The trainer's approach adds {$first} and {$second}, from the first rung of each. Reviews find little or no link between posture and back pain: these are exercise within the pain ceiling, not a diagnosis.}}
right-high 0 {{A high right hip was noted at the assessment; the side-bend stretch bends to the left, stretching the high side. The trainer's approach adds nothing this catalog holds, from the first rung of each. Reviews find little or no link between posture and back pain: these are exercise within the pain ceiling, not a diagnosis.}}
right-high 1 {{A high right hip was noted at the assessment; the side-bend stretch bends to the left, stretching the high side. The trainer's approach adds {$first}, from the first rung of each. Reviews find little or no link between posture and back pain: these are exercise within the pain ceiling, not a diagnosis.}}
right-high * {{A high right hip was noted at the assessment; the side-bend stretch bends to the left, stretching the high side. The trainer's approach adds {$first} and {$second}, from the first rung of each. Reviews find little or no link between posture and back pain: these are exercise within the pain ceiling, not a diagnosis.}}
* 0 {{A {$grade} forward tip of the pelvis was noted at the assessment. The trainer's approach adds nothing this catalog holds, from the first rung of each. Reviews find little or no link between posture and back pain: these are exercise within the pain ceiling, not a diagnosis.}}
* 1 {{A {$grade} forward tip of the pelvis was noted at the assessment. The trainer's approach adds {$first}, from the first rung of each. Reviews find little or no link between posture and back pain: these are exercise within the pain ceiling, not a diagnosis.}}
* * {{A {$grade} forward tip of the pelvis was noted at the assessment. The trainer's approach adds {$first} and {$second}, from the first rung of each. Reviews find little or no link between posture and back pain: these are exercise within the pain ceiling, not a diagnosis.}}`,
  'focus-coverage': 'The chosen movements cover {$covered} of the {$reachable} focus areas the eligible ones reach: {$focusAreas}.',
  'total-pain': 'Among the choices with the most coverage, this one has the lowest total pain ({$totalPain}); ties go to catalog order.',
  'rehab-dose': 'Each chosen movement: {$repsMin}-{$repsMax} reps in {$setsMin}-{$setsMax} sets, {$timesPerDay} times a day, starting at {$setsMin} set of {$repsMin}.',
  'too-few-tolerable': `.input {$movements :string}
.input {$countedOnce :string}
.match $movements $countedOnce
|| * {{{$eligible} of {$assessed} assessed movements hurt {$ceiling}/10 or less; a plan needs at least {$min}. Too few movements were tolerable to build a plan. Hold off on back exercises and have the pain checked by a doctor or physiotherapist first.}}
* true {{{$eligible} of {$assessed} assessed movements hurt {$ceiling}/10 or less ({$movements}); a plan needs at least {$min} (variants and harder or easier forms of one movement count once). Too few movements were tolerable to build a plan. Hold off on back exercises and have the pain checked by a doctor or physiotherapist first.}}
* * {{{$eligible} of {$assessed} assessed movements hurt {$ceiling}/10 or less ({$movements}); a plan needs at least {$min}. Too few movements were tolerable to build a plan. Hold off on back exercises and have the pain checked by a doctor or physiotherapist first.}}`,
  'assessment-pain': 'At the assessment {$scored} hurt {$referPain}/10 or more, the pain that has to be checked before exercising.',
}
