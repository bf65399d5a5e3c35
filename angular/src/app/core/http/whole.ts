/**
 * An answer of the API as it arrives: the server writes every property of its DTOs (nulls included), but the OpenAPI document marks
 * as required only the records' constructor parameters, so the generated models make the `init` properties optional. `Whole<T>`
 * is the generated model with nothing optional, all the way down.
 */
export type Whole<T> = T extends (infer E)[]
  ? Whole<E>[]
  : T extends object
    ? { [K in keyof T]-?: Whole<Exclude<T[K], undefined>> }
    : T;

/** Reads an answer as the whole model it is (see {@link Whole}). */
export function whole<T>(answer: T): Whole<T> {
  return answer as Whole<T>;
}
