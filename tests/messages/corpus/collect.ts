// Every reason object anywhere in a value: what the corpus files gather from the engine's answers. The
// referrals met on the way are kept too, for the catalogs' advice.
import type { Reason, Referral } from '../../../src/index.js'

/** Every referral the corpus met, in the order met. */
export const referralsMet: Referral[] = []

export const reasonsIn = (value: unknown, found: Reason[] = []): Reason[] => {
  if (Array.isArray(value)) for (const entry of value) reasonsIn(entry, found)
  else if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>
    if (record['_tag'] === 'Referral') referralsMet.push(value as Referral)
    if (typeof record['rule'] === 'string' && typeof record['message'] === 'string') found.push(value as Reason)
    for (const entry of Object.values(record)) reasonsIn(entry, found)
  }
  return found
}
