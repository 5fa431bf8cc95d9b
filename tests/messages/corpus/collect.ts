// Every reason object anywhere in a value: what the corpus files gather from the engine's answers.
import type { Reason } from '../../../src/index.js'

export const reasonsIn = (value: unknown, found: Reason[] = []): Reason[] => {
  if (Array.isArray(value)) for (const entry of value) reasonsIn(entry, found)
  else if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>
    if (typeof record['rule'] === 'string' && typeof record['message'] === 'string') found.push(value as Reason)
    for (const entry of Object.values(record)) reasonsIn(entry, found)
  }
  return found
}
