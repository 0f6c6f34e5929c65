/** Small shared helpers of the engine. */

/** Marks a switch as exhaustive: the compiler fails when a union member is not handled. */
export function assertNever(value: never): never {
  throw new Error(`unexpected value: ${JSON.stringify(value)}`);
}

/** An id as it may safely appear in a message (untrusted input is cut short). */
export function shown(id: string): string {
  return id.length > 40 ? `${id.slice(0, 40)}...` : id;
}
