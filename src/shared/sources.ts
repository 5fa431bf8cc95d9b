/**
 * Where the engine's rules and numbers come from: each reason's `source` is
 * one of these (or a ladder's own source), and docs/rules-and-sources.md
 * gives the full references. Seed numbers are trainer protocols; the others
 * are published clinical sources. `engine` marks a default that no source
 * gives: the engine's own choice, said as such.
 *
 * @example
 * import { SOURCES } from 'rehab-engine'
 *
 * assert.match(SOURCES.painMonitoring, /Silbernagel/)
 *
 * @category Reasons
 * @since 0.2.0
 */
export const SOURCES = /* @__PURE__ */ Object.freeze({
  selection: 'seed 001: choose 4-5 assessment movements that hurt no more than 3/10',
  rehabDose: 'seed 001: 5-10 reps, 1-2 sets, 3 times a day',
  coverage: 'seed 000: the body works as a kinetic chain; train glutes, back and core together',
  checkFirst: 'seed 003: stop exercising until the pain is checked and managed',
  protocol: 'seed 000: back pain protocol',
  betweenSets: 'seed 004: reducing back pain while exercising',
  ceilingMethod: 'seed 002: the "Ceiling Method" keeps pain under control and flare-ups at bay in the days after',
  painMonitoring: 'pain-monitoring model: Silbernagel, Thomeé, Eriksson, Karlsson 2007, Am J Sports Med 35:897',
  meaningfulChange: 'NPRS minimal important change about 2 points: Childs et al. 2005, Spine; Farrar et al. 2001, Pain',
  soreness: 'delayed-onset muscle soreness: Cheung, Hume, Maxwell 2003, Sports Medicine',
  redFlags: 'NICE guideline NG59 rec. 1.1.1; NHS red-flag pathway lists; Verhagen et al. 2016, European Spine Journal',
  startBack: 'Keele STarT Back Tool; Hill et al. 2011, Lancet; NICE NG59 rec. 1.1.2-1.1.3',
  loadStep: 'ACSM 2009 position stand on progression models in resistance training: load steps of 2-10%',
  timeZones: 'IANA time zone database',
  inflammatory: 'NICE guideline NG65 (2017), spondyloarthritis, rec. 1.1: back pain begun before 45 and lasting over 3 months, 4 or more features refer',
  posture: 'seed 003: long-standing pain put down to muscle imbalance seen as a high hip or a forward-tipped pelvis, met with exercise for that finding',
  postureEvidence: 'Christensen and Hartvigsen 2008, J Manipulative Physiol Ther: little or no link between static posture and back pain',
  reassessment: "seed 001: the assessment movements and their harder forms; carrying a plan across a reassessment is the engine's rule",
  review: 'NICE CKS low back pain: review, and consider referral, when there is no improvement after 4-6 weeks',
  detraining: 'detraining: Mujika and Padilla 2000, Sports Medicine 30:79 and 30:145 (strength largely kept for 3-4 weeks off, endurance falls sooner)',
  engine: 'engine default: no source gives this number',
} as const)
