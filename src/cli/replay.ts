import { EXIT, type Io } from './io.ts';
export async function runReplay(_args: string[], io: Io): Promise<number> {
  io.err('not yet\n');
  return EXIT.misuse;
}
