/**
 * How many movements a plan holds (seed 001: "choose 4-5 movements"): five
 * when five or more are within the pain ceiling, four when only four are;
 * fewer than four is no plan.
 *
 * @example
 * import { SELECTION_SIZE } from 'rehab-engine'
 *
 * assert.deepStrictEqual(SELECTION_SIZE, { min: 4, max: 5 })
 *
 * @category Selection
 * @since 0.1.0
 */
export const SELECTION_SIZE = /* @__PURE__ */ Object.freeze({ min: 4, max: 5 } as const)
