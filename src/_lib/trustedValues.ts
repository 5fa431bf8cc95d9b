/*
 * Values the engine built and froze itself (a parsed catalog, a parsed
 * assessment). They are plain data by construction and cannot change, so the
 * edge of a public function does not walk them again. Only the engine adds to
 * this set; a caller's own objects are never in it.
 */
const trusted = new WeakSet<object>()

/** Records a frozen value the engine made. */
export const markTrusted = <Value extends object>(value: Value): Value => {
  trusted.add(value)
  return value
}

/** Whether the engine made and froze this value. A WeakSet holds no primitive, and says so rather than throw. */
export const isTrusted = (value: unknown): boolean => trusted.has(value as object)
