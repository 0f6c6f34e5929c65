/**
 * Where the browser tests' in-process preview server listens: a fixed port (4391), or the next free
 * one of a few when another run holds it. The global setup provides the chosen URL to the tests.
 */
import { inject } from 'vitest';

export const PORTS = [4391, 4392, 4393, 4394, 4395, 4396];

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** The preview server's URL, as provided by the global setup. */
export function baseUrl(): string {
  return inject('baseUrl');
}
