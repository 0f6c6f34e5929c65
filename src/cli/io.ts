/** What a CLI command writes to; tests pass collectors, the binary passes the process streams. */
export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

/** Exit codes shared by every subcommand. */
export const EXIT = { ok: 0, finding: 1, misuse: 2 } as const;

export type CommandRunner = (args: string[], io: Io) => Promise<number>;
