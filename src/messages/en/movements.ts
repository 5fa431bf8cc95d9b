import type { MovementWords } from '../../wording/textCatalog.js'

/** The built-in movements in English, as the built-in catalog names and describes them. */
export const MOVEMENTS_EN: MovementWords = {
  'hip-mobility': { name: 'Hip mobility', description: 'Takes each hip slowly through its rotations and bends to find where it is stiff or sore.' },
  'cat-camel': { name: 'Cat-camel', description: 'On hands and knees, rounds the whole back up and then lets it sag, one segment at a time.' },
  'in-line-lunge-halo': {
    name: 'In-line lunge with halo',
    description: 'Holds a narrow split stance while circling a light weight around the head, so hips and trunk must stay steady.',
  },
  'forward-reverse-beast-walk': {
    name: 'Beast walk, forward and back',
    description: 'Crawls on hands and feet with the knees just off the floor, forward and then backward, trunk quiet.',
  },
  'lateral-beast-walk': { name: 'Beast walk, sideways', description: 'The same low crawl, stepping sideways one way and then the other.' },
  'hip-bridge': {
    name: 'Hip bridge',
    description: 'Lying face up with knees bent, squeezes the glutes to lift the hips until knees, hips and shoulders line up.',
  },
  'single-leg-hip-bridge': {
    name: 'Single-leg hip bridge',
    description: 'The hip bridge pushed through one foot while the other leg stays long: the harder form of the hip bridge.',
  },
  'side-plank-clam-shell': { name: 'Side plank with clam shell', description: 'From a side plank on forearm and knees, opens the top knee like a shell and closes it again.' },
  'bird-dog': { name: 'Bird dog', description: 'On hands and knees, reaches one arm and the opposite leg long with the back level, then changes sides.' },
  'kettlebell-walk': {
    name: 'Kettlebell walk',
    description: 'Walks a set length holding a kettlebell in a position that makes the trunk work to stay tall; one rep is one length.',
    variants: {
      'by-the-side': 'Held at the side',
      'bottoms-up': 'Held bottom up',
      overhead: 'Held overhead',
      'overhead-and-side': 'One overhead, one at the side',
      'bottoms-up-overhead': 'Held bottom up, overhead',
    },
  },
  'back-mobility-warm-up': {
    name: 'Back mobility warm-up',
    description: 'Easy turns and bends that loosen the back, before activity, when it tightens or when pain starts to build.',
  },
  'hamstring-mobility-warm-up': {
    name: 'Hamstring mobility warm-up',
    description: 'Lifts and lowers one straight leg and then the other while the core keeps the pelvis from rocking.',
  },
  deadbug: { name: 'Deadbug hold', description: 'Lying face up, arms to the ceiling and knees over the hips, braces the core and keeps the low back on the floor.' },
  'advanced-iso-hold': { name: 'Advanced core hold', description: 'A harder still hold for the trunk, taken up once the deadbug hold reaches a full minute.' },
  'thoracic-press': { name: 'Thoracic press', description: 'Opens the upper back and shoulders against the pull of long hours bent over a desk or a client.' },
  'hip-thrust': { name: 'Hip thrust', description: 'Shoulders on a bench, drives the hips up through the heels to wake glutes that long sitting has switched off.' },
  'progressive-bodyweight-squat': {
    name: 'Progressive bodyweight squat',
    description: 'Squats a little deeper each rep with the spine keeping its curve, stopping before the pelvis tucks under.',
  },
  'raising-the-roof': { name: 'Raising the roof', description: 'Palms up, reaches overhead and arches back to the first light resistance, pauses a moment, and returns.' },
  'half-kneeling-hip-flexor-stretch': {
    name: 'Half-kneeling hip flexor stretch',
    description:
      'One knee down, the other foot ahead; tucks the tail under and eases the hips forward until the front of the back hip stretches. Each side in turn.',
  },
  'posterior-pelvic-tilt': {
    name: 'Posterior pelvic tilt',
    description: 'Lying on the back with knees bent, flattens the low back into the floor by tipping the pelvis back, holds a breath, and lets go.',
  },
  'side-lying-hip-abduction': {
    name: 'Side-lying hip abduction',
    description: 'Lying on one side, legs straight, lifts the top leg a little behind the body and lowers it slowly, working the side of the hip.',
  },
  'standing-side-bend-stretch': {
    name: 'Standing side-bend stretch',
    description: 'Standing tall, reaches one arm overhead and bends gently away from it until the side of the waist stretches.',
  },
}
