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
