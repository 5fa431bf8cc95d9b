import { left, type Either } from './either.js'
import { inspectPlainData } from './inspectPlainData.js'
import { invalidInput, type InvalidInput } from './issues.js'

/**
 * The edge of every public function: the input must be plain data (see
 * inspectPlainData) before `body` reads it, so no getter, Proxy, cycle or
 * hole can make the body throw or hang. Each public function gives the
 * result its own, typed signature.
 */
export const guardInput =
  <Failure, Success>(body: (input: unknown) => Either<Failure | InvalidInput, Success>) =>
  (input: unknown): Either<Failure | InvalidInput, Success> => {
    const issues = inspectPlainData(input)
    return issues.length > 0 ? left(invalidInput(issues)) : body(input)
  }

/**
 * The edge of a public function whose body reads its input only through
 * parseWithReaders, which inspects whatever it does not copy by hand: a long
 * history is then walked once. Anything else the body does to the raw input
 * (asking which form it has) may meet a throwing trap: the input is then
 * inspected, and a value that is not plain data gets its Left as it would
 * under guardInput.
 */
export const guardReadInput =
  <Failure, Success>(body: (input: unknown) => Either<Failure | InvalidInput, Success>) =>
  (input: unknown): Either<Failure | InvalidInput, Success> => {
    try {
      return body(input)
    } catch (error) {
      const issues = inspectPlainData(input)
      if (issues.length > 0) return left(invalidInput(issues))
      throw error
    }
  }
