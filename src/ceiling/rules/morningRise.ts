import type { Reason } from '../../shared/reason.js'
import { SOURCES } from '../../shared/sources.js'
import type { CeilingContext, Finding } from '../ceilingContext.js'
import { morningLimit, morningRise, morningZone } from '../zones.js'
import { referPain } from './referPain.js'

/** What the window's morning checks say on their own. */
export interface MorningFindings {
  readonly findings: readonly Finding[]
  /** Whether any morning of the window was a flare-up. */
  readonly flareUp: boolean
  readonly redDates: readonly string[]
  readonly referrals: readonly Reason[]
}

/**
 * Each morning of the window against the baseline: a rise of 1 is amber, the
 * flare-up rise (2) or more red. A red morning steps down on its own day;
 * asked again later, the same news holds.
 */
export const morningRiseRule = (context: CeilingContext): MorningFindings => {
  const findings: Finding[] = []
  const redDates: string[] = []
  const referrals: Reason[] = []
  for (const morning of context.windowMornings) {
    const severe = referPain(morning.backPain, { when: 'morning' }, morning.date, context.rules)
    if (severe !== undefined) referrals.push(severe)
    const zone = morningZone(morning, context.baselinePain, context.rules)
    if (zone === 'green') continue
    if (zone === 'red') redDates.push(morning.date)
    const rise = morningRise(morning, context.baselinePain)
    findings.push({
      zone,
      action: morning.date !== context.today ? 'hold' : zone === 'red' ? 'step-down' : 'hold',
      reason: {
        rule: 'morning-rise',
        message: `Back pain on the morning of ${morning.date} was ${morning.backPain}/10, ${rise} above the baseline of ${context.baselinePain}/10${zone === 'red' ? ': a flare-up' : ''}.`,
        date: morning.date,
        value: rise,
        limit: morningLimit(zone, context.rules),
        source: SOURCES.meaningfulChange,
        params: { date: morning.date, backPain: morning.backPain, rise, baselinePain: context.baselinePain, zone },
      },
    })
  }
  return { findings, flareUp: redDates.length > 0, redDates, referrals }
}
