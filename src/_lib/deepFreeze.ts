/**
 * Freezes a value and everything inside it. The built-in catalog is shared by
 * every caller in the process, so it must not be changeable by any of them.
 */
export const deepFreeze = <Value>(value: Value): Value => {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const inner of Object.values(value)) deepFreeze(inner)
  }
  return value
}
