/** A finding a risky fix raised: a notification and a note of its own in the ticket's conversation. */
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/scenario/schema.ts';
import type { Input } from '../../src/sim/index.ts';
import { autoPauseReason } from '../../src/store/auto-pause.ts';
import { addTicketNotes } from '../../src/store/notifications.ts';
import { FIXTURE } from '../sim/fixture.ts';
import { advance, answer, play } from '../sim/helpers.ts';

const FINDING = 'Security review: Ann Lee now holds the room-booking admin role and can cancel any booking.';

/** The fixture with a risky fix on INC7 whose finding comes in 20 minutes after it. */
function risky(): Scenario {
  const s = structuredClone(FIXTURE);
  const inc7 = s.timeline.find((a) => a.id === 'INC7');
  if (inc7 === undefined) throw new Error('no INC7');
  inc7.fixes = [
    { id: 'explain', text: 'Explain the booking page' },
    {
      id: 'room-admin',
      text: 'Give her the room-booking admin role',
      outcome: 'risky',
      consequence: { finding: { afterMinutes: 20, text: FINDING } },
    },
  ];
  return s;
}

const RISKY = risky();
const RESOLVED: Input[] = [
  advance(40),
  answer('INC7'),
  { type: 'ticket/log', ticketId: 'INC7', kind: 'question', category: 'general', caller: 'ann' },
  { type: 'ticket/resolve', ticketId: 'INC7', fixId: 'room-admin' },
];

describe('a finding in the ticket notes', () => {
  it('is added to the ticket it is about, with its exact text, once it comes in', () => {
    const before = play([...RESOLVED, advance(60)], undefined, RISKY);
    expect(before.steps.reduce(addTicketNotes, {}).INC7).toBeUndefined();
    const after = play([...RESOLVED, advance(61)], undefined, RISKY);
    expect(after.steps.reduce(addTicketNotes, {}).INC7).toEqual([{ kind: 'finding', text: FINDING }]);
    expect(addTicketNotes({}, after.last)).toEqual({ INC7: [{ kind: 'finding', text: FINDING }] });
  });

  it('keeps the notes it does not touch and the order of a ticket’s notes', () => {
    const start = { INC7: [{ kind: 'callback' as const, text: 'Ann called back.' }] };
    const out = addTicketNotes(start, [
      { type: 'ticket/finding', ticketId: 'INC7', message: 'Information Security: too much access.' },
    ]);
    expect(out).toEqual({
      INC7: [
        { kind: 'callback', text: 'Ann called back.' },
        { kind: 'finding', text: 'Information Security: too much access.' },
      ],
    });
    expect(start.INC7).toHaveLength(1);
  });

  it('pauses the desk by itself when it comes in: the trainee can see it', () => {
    const after = play([...RESOLVED, advance(61)], undefined, RISKY);
    const findings = after.steps.flat().filter((e) => e.type === 'ticket/finding');
    expect(findings.length).toBe(1);
    expect(autoPauseReason(RISKY, after.state, findings)).toBe('a finding came in on INC7');
  });
});
