import { deepFreeze } from '../_lib/deepFreeze.js'
import { markTrusted } from '../_lib/trustedValues.js'
import { SOURCES } from '../shared/sources.js'
import { BUILT_IN_LADDERS } from './builtInLadders.js'
import type { Catalog, ParsedCatalog } from './catalogSchema.js'

const SEED_ASSESSMENT = 'seed 001: movement assessment for back pain and spasms'
const SEED_PROTOCOL = SOURCES.protocol
const SEED_BETWEEN_SETS = SOURCES.betweenSets
const SEED_POSTURE = SOURCES.posture
const hold = { kinds: ['hold'], perSide: false } as const

const reps = { kinds: ['reps'], perSide: false } as const
const repsPerSide = { kinds: ['reps'], perSide: true } as const

/**
 * The built-in catalog: every movement the trainer protocols name, in the
 * order they are listed (assessment movements first). The order is the last
 * tie-break of the selection.
 *
 * @example
 * import { BUILT_IN_CATALOG } from 'rehab-engine'
 *
 * assert.equal(BUILT_IN_CATALOG.length, 22)
 * assert.deepStrictEqual(
 *   BUILT_IN_CATALOG.filter((movement) => movement.roles.includes('between-sets')).map((movement) => movement.id),
 *   ['progressive-bodyweight-squat', 'raising-the-roof'],
 * )
 *
 * @category Catalog
 * @since 0.1.0
 */
export const BUILT_IN_CATALOG = /* @__PURE__ */ markTrusted(
  deepFreeze<Catalog>([
  {
    id: 'hip-mobility',
    name: 'Hip mobility',
    description: 'Takes each hip slowly through its rotations and bends to find where it is stiff or sore.',
    roles: ['assessment'],
    focus: ['hips'],
    dose: reps,
    variants: [],
    source: SEED_ASSESSMENT,
  },
  {
    id: 'cat-camel',
    name: 'Cat-camel',
    description: 'On hands and knees, rounds the whole back up and then lets it sag, one segment at a time.',
    roles: ['assessment'],
    focus: ['lower-back', 'thoracic'],
    dose: reps,
    variants: [],
    source: SEED_ASSESSMENT,
  },
  {
    id: 'in-line-lunge-halo',
    name: 'In-line lunge with halo',
    description: 'Holds a narrow split stance while circling a light weight around the head, so hips and trunk must stay steady.',
    roles: ['assessment'],
    focus: ['hips', 'core', 'shoulders', 'thoracic'],
    dose: repsPerSide,
    variants: [],
    source: SEED_ASSESSMENT,
  },
  {
    id: 'forward-reverse-beast-walk',
    name: 'Beast walk, forward and back',
    description: 'Crawls on hands and feet with the knees just off the floor, forward and then backward, trunk quiet.',
    roles: ['assessment'],
    focus: ['core', 'shoulders', 'hips'],
    dose: { kinds: ['reps', 'distance'], perSide: false },
    variants: [],
    source: SEED_ASSESSMENT,
  },
  {
    id: 'lateral-beast-walk',
    name: 'Beast walk, sideways',
    description: 'The same low crawl, stepping sideways one way and then the other.',
    roles: ['assessment'],
    focus: ['core', 'shoulders', 'hips'],
    dose: { kinds: ['reps', 'distance'], perSide: true },
    variants: [],
    source: SEED_ASSESSMENT,
  },
  {
    id: 'hip-bridge',
    name: 'Hip bridge',
    description: 'Lying face up with knees bent, squeezes the glutes to lift the hips until knees, hips and shoulders line up.',
    roles: ['assessment'],
    focus: ['glutes', 'hamstrings'],
    dose: reps,
    variants: [],
    harderForm: 'single-leg-hip-bridge',
    source: SEED_ASSESSMENT,
  },
  {
    id: 'single-leg-hip-bridge',
    name: 'Single-leg hip bridge',
    description: 'The hip bridge pushed through one foot while the other leg stays long: the harder form of the hip bridge.',
    roles: ['assessment'],
    focus: ['glutes', 'hamstrings', 'core'],
    dose: repsPerSide,
    variants: [],
    easierForm: 'hip-bridge',
    source: SEED_ASSESSMENT,
  },
  {
    id: 'side-plank-clam-shell',
    name: 'Side plank with clam shell',
    description: 'From a side plank on forearm and knees, opens the top knee like a shell and closes it again.',
    roles: ['assessment'],
    focus: ['glutes', 'core', 'hips'],
    dose: repsPerSide,
    variants: [],
    source: SEED_ASSESSMENT,
  },
  {
    id: 'bird-dog',
    name: 'Bird dog',
    description: 'On hands and knees, reaches one arm and the opposite leg long with the back level, then changes sides.',
    roles: ['assessment'],
    focus: ['core', 'lower-back', 'glutes'],
    dose: repsPerSide,
    variants: [],
    source: SEED_ASSESSMENT,
  },
  {
    id: 'kettlebell-walk',
    name: 'Kettlebell walk',
    description: 'Walks a set length holding a kettlebell in a position that makes the trunk work to stay tall; one rep is one length.',
    roles: ['assessment'],
    focus: ['core', 'shoulders'],
    dose: { kinds: ['reps', 'distance'], perSide: false },
    // Listed easiest first, so that "the next variant" is the harder one.
    variants: [
      { id: 'by-the-side', name: 'Held at the side' },
      { id: 'bottoms-up', name: 'Held bottom up' },
      { id: 'overhead', name: 'Held overhead' },
      { id: 'overhead-and-side', name: 'One overhead, one at the side' },
      { id: 'bottoms-up-overhead', name: 'Held bottom up, overhead' },
    ],
    source: SEED_ASSESSMENT,
  },
  {
    id: 'back-mobility-warm-up',
    name: 'Back mobility warm-up',
    description: 'Easy turns and bends that loosen the back, before activity, when it tightens or when pain starts to build.',
    roles: ['protocol'],
    focus: ['lower-back', 'thoracic'],
    dose: repsPerSide,
    variants: [],
    ladder: BUILT_IN_LADDERS['back-mobility-warm-up'],
    source: SEED_PROTOCOL,
  },
  {
    id: 'hamstring-mobility-warm-up',
    name: 'Hamstring mobility warm-up',
    description: 'Lifts and lowers one straight leg and then the other while the core keeps the pelvis from rocking.',
    roles: ['protocol'],
    focus: ['hamstrings', 'core'],
    dose: reps,
    variants: [],
    ladder: BUILT_IN_LADDERS['hamstring-mobility-warm-up'],
    source: SEED_PROTOCOL,
  },
  {
    id: 'deadbug',
    name: 'Deadbug hold',
    description: 'Lying face up, arms to the ceiling and knees over the hips, braces the core and keeps the low back on the floor.',
    roles: ['protocol'],
    focus: ['core'],
    dose: { kinds: ['hold'], perSide: false },
    variants: [],
    harderForm: 'advanced-iso-hold',
    ladder: BUILT_IN_LADDERS.deadbug,
    source: SEED_PROTOCOL,
  },
  {
    id: 'advanced-iso-hold',
    name: 'Advanced core hold',
    description: 'A harder still hold for the trunk, taken up once the deadbug hold reaches a full minute.',
    roles: ['protocol'],
    focus: ['core'],
    dose: { kinds: ['hold'], perSide: false },
    variants: [],
    easierForm: 'deadbug',
    ladder: BUILT_IN_LADDERS['advanced-iso-hold'],
    source: SEED_PROTOCOL,
  },
  {
    id: 'thoracic-press',
    name: 'Thoracic press',
    description: 'Opens the upper back and shoulders against the pull of long hours bent over a desk or a client.',
    roles: ['protocol'],
    focus: ['thoracic', 'shoulders'],
    dose: reps,
    variants: [],
    ladder: BUILT_IN_LADDERS['thoracic-press'],
    source: SEED_PROTOCOL,
  },
  {
    id: 'hip-thrust',
    name: 'Hip thrust',
    description: 'Shoulders on a bench, drives the hips up through the heels to wake glutes that long sitting has switched off.',
    roles: ['protocol'],
    focus: ['glutes'],
    dose: reps,
    variants: [],
    ladder: BUILT_IN_LADDERS['hip-thrust'],
    source: SEED_PROTOCOL,
  },
  {
    id: 'progressive-bodyweight-squat',
    name: 'Progressive bodyweight squat',
    description: 'Squats a little deeper each rep with the spine keeping its curve, stopping before the pelvis tucks under.',
    roles: ['between-sets'],
    focus: ['hips'],
    dose: reps,
    variants: [],
    ladder: BUILT_IN_LADDERS['progressive-bodyweight-squat'],
    source: SEED_BETWEEN_SETS,
  },
  {
    id: 'raising-the-roof',
    name: 'Raising the roof',
    description: 'Palms up, reaches overhead and arches back to the first light resistance, pauses a moment, and returns.',
    roles: ['between-sets'],
    focus: ['spine-decompression', 'thoracic', 'lower-back'],
    dose: reps,
    variants: [],
    ladder: BUILT_IN_LADDERS['raising-the-roof'],
    source: SEED_BETWEEN_SETS,
  },
  {
    id: 'half-kneeling-hip-flexor-stretch',
    name: 'Half-kneeling hip flexor stretch',
    description: 'One knee down, the other foot ahead; tucks the tail under and eases the hips forward until the front of the back hip stretches. Each side in turn.',
    roles: ['corrective'],
    focus: ['hips'],
    dose: hold,
    variants: [],
    ladder: BUILT_IN_LADDERS['half-kneeling-hip-flexor-stretch'],
    source: SEED_POSTURE,
  },
  {
    id: 'posterior-pelvic-tilt',
    name: 'Posterior pelvic tilt',
    description: 'Lying on the back with knees bent, flattens the low back into the floor by tipping the pelvis back, holds a breath, and lets go.',
    roles: ['corrective'],
    focus: ['core', 'lower-back'],
    dose: reps,
    variants: [],
    ladder: BUILT_IN_LADDERS['posterior-pelvic-tilt'],
    source: SEED_POSTURE,
  },
  {
    id: 'side-lying-hip-abduction',
    name: 'Side-lying hip abduction',
    description: 'Lying on one side, legs straight, lifts the top leg a little behind the body and lowers it slowly, working the side of the hip.',
    roles: ['corrective'],
    focus: ['glutes', 'hips'],
    dose: repsPerSide,
    variants: [],
    ladder: BUILT_IN_LADDERS['side-lying-hip-abduction'],
    source: SEED_POSTURE,
  },
  {
    id: 'standing-side-bend-stretch',
    name: 'Standing side-bend stretch',
    description: 'Standing tall, reaches one arm overhead and bends gently away from it until the side of the waist stretches.',
    roles: ['corrective'],
    focus: ['lower-back'],
    dose: hold,
    variants: [],
    ladder: BUILT_IN_LADDERS['standing-side-bend-stretch'],
    source: SEED_POSTURE,
  },
]),
) as ParsedCatalog
