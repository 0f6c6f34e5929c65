/** Small shared helpers of the engine. */

/** Marks a switch as exhaustive: the compiler fails when a union member is not handled. */
export function assertNever(value: never): never {
  throw new Error(`unexpected value: ${JSON.stringify(value)}`);
}

/** Statuses in which the ticket is still being worked (or waits to be). */
export function isOpenStatus(status: string): boolean {
  return status === 'waiting' || status === 'new' || status === 'in-progress' || status === 'on-hold';
}
