/** monday-morning's INT-1020: read access that waits on the data owner's approval by email. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/scenario/index.ts';
import type { Input } from '../../src/sim/index.ts';
import { play } from './helpers.ts';

const parsed = parseScenario(
  readFileSync(new URL('../../scenarios/monday-morning.json', import.meta.url), 'utf8'),
  'monday-morning.json',
);
if (!parsed.ok) throw new Error('monday-morning.json must parse');
const monday = parsed.scenario;
const OPEN: Input[] = [
  { type: 'contact/answer', ticketId: 'INT-1020', at: 67 },
  { type: 'ticket/log', ticketId: 'INT-1020', kind: 'service-request', category: 'cat-accounts', at: 67 },
  { type: 'ticket/ask', ticketId: 'INT-1020', questionId: 'q-owner-approval', at: 68 },
];
const notes = (inputs: Input[]) =>
  play(inputs, undefined, monday)
    .state.observations.filter((o) => o.ticketId === 'INT-1020' && ['held', 'resolved'].includes(o.kind))
    .map((o) => [o.ok, o.note]);

describe('monday-morning INT-1020', () => {
  it('resolving before Ana Sousa approves is wrong, and says so', () => {
    expect(
      notes([...OPEN, { type: 'ticket/resolve', ticketId: 'INT-1020', fixId: 'f-read-group', at: 74 }]),
    ).toEqual([
      [
        false,
        'INT-1020 resolved at 09:14 with "Add Yusuf to the Rent Arrears folder\'s read group" before the answer from Ana Sousa (Data owner) came back (asked at 09:08, due 09:18).',
      ],
    ]);
  });
  it('holding for her approval pauses the clock; resolving once it is back is right', () => {
    expect(
      notes([
        ...OPEN,
        { type: 'ticket/hold', ticketId: 'INT-1020', reason: 'awaiting-approval', at: 70 },
        { type: 'ticket/resume', ticketId: 'INT-1020', at: 78 },
        { type: 'ticket/resolve', ticketId: 'INT-1020', fixId: 'f-read-group', at: 78 },
      ]),
    ).toEqual([
      [true, 'INT-1020 put on hold at 09:10 for "Awaiting approval", which pauses the resolution clock.'],
      [
        true,
        'INT-1020 resolved at 09:18 with the right fix: "Add Yusuf to the Rent Arrears folder\'s read group".',
      ],
    ]);
  });
});
