// Reasons of the ceiling rules that the broad sample in engine.ts does not reach.
import type { Reason } from '../../../src/index.js'

export const ceilingReasons = (): Reason[] => []
