/** Freezes a test input all the way down, so any write to it by the engine throws. */
export const deepFreeze = <Value>(value: Value): Value => {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner)
    Object.freeze(value)
  }
  return value
}

/** A JSON round trip: what a value looks like after crossing a network or a file. */
export const jsonRoundTrip = <Value>(value: Value): unknown => JSON.parse(JSON.stringify(value))
