/**
 * Property: whatever the trainee does (random commands, clock advances, speed changes), a new store
 * built from the same storage has exactly the same log and state, and the log replays to that state.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { replay } from '../../src/sim/index.ts';
import type { Command } from '../../src/sim/types.ts';
import { createMemoryStorage, createShiftStore } from '../../src/store/index.ts';
import { loadFixture } from './helpers.ts';

const { scenario, hash } = loadFixture();
const ids = ['INT-1001', 'INT-1002', 'INT-1004', 'NOPE'];

const command: fc.Arbitrary<Command> = fc.oneof(
  fc.constantFrom(...ids).map((ticketId): Command => ({ type: 'contact/answer', ticketId })),
  fc
    .constantFrom(...ids)
    .map(
      (ticketId): Command => ({ type: 'ticket/log', ticketId, kind: 'incident', category: 'cat-account' }),
    ),
  fc
    .tuple(fc.constantFrom(...ids), fc.constantFrom(1, 2, 3), fc.constantFrom(1, 2, 3))
    .map(
      ([ticketId, impact, urgency]): Command => ({ type: 'ticket/prioritise', ticketId, impact, urgency }),
    ),
  fc.constantFrom(...ids).map((ticketId): Command => ({ type: 'ticket/close', ticketId })),
  fc
    .constantFrom(...ids)
    .map((ticketId): Command => ({ type: 'ticket/hold', ticketId, reason: 'awaiting-caller' })),
  fc.constantFrom(...ids).map((ticketId): Command => ({ type: 'ticket/resume', ticketId })),
);

type Step = { kind: 'command'; command: Command } | { kind: 'advance'; by: number } | { kind: 'speed' };
const steps = fc.array(
  fc.oneof(
    command.map((c): Step => ({ kind: 'command', command: c })),
    fc.integer({ min: 1, max: 9 }).map((by): Step => ({ kind: 'advance', by })),
    fc.constant<Step>({ kind: 'speed' }),
  ),
  { maxLength: 30 },
);

describe('reload property', () => {
  it('a reloaded store equals the live one and the log replays to the same state', () => {
    fc.assert(
      fc.property(steps, fc.integer({ min: 0, max: 2 ** 31 }), (plan, seed) => {
        const storage = createMemoryStorage();
        const live = createShiftStore({ scenario, hash, seed, storage });
        for (const s of plan) {
          if (s.kind === 'command') live.dispatch(s.command);
          else if (s.kind === 'advance') live.advanceTo(live.getState().state.now + s.by);
          else live.togglePause();
        }
        const reloaded = createShiftStore({ scenario, hash, seed: seed + 1, storage });
        const a = live.getState();
        const b = reloaded.getState();
        if (a.log.entries.length === 0 && a.log.reachedMinute === 0) {
          // Nothing was done and the clock never ran: nothing was saved, a reload starts afresh.
          expect(b.log.entries).toEqual([]);
          expect(b.resumed).toBe(false);
          return;
        }
        expect({ log: b.log, state: b.state, notes: b.ticketNotes }).toEqual({
          log: a.log,
          state: a.state,
          notes: a.ticketNotes,
        });
        const replayed = replay(scenario, hash, a.log);
        expect(replayed.ok && replayed.state).toEqual(a.state);
        // Commands are stamped in order; the clock itself is never an entry.
        a.log.entries.forEach((e, i) => {
          expect(e.at).toBeGreaterThanOrEqual(a.log.entries[i - 1]?.at ?? 0);
          expect(e.at).toBeLessThanOrEqual(a.log.reachedMinute);
        });
      }),
      { numRuns: 60 },
    );
  });
});
