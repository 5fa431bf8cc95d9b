/** An example the docs show, and where it is. */
export interface FoundExample {
  readonly where: string
  readonly code: string
  readonly kind: 'doc comment' | 'guide'
}
export declare const findExamples: () => FoundExample[]
export declare const asModule: (code: string) => string
