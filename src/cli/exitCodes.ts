/** The CLI's exit codes, so scripts can branch on the outcome. */
export const EXIT = {
  done: 0,
  unexpected: 1,
  invalidInput: 2,
  referral: 3,
  notEnoughTolerable: 4,
  paused: 5,
} as const

export type ExitCode = (typeof EXIT)[keyof typeof EXIT]
