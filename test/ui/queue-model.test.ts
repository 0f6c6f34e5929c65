/** The queue row's marker for a ticket awaiting a third party's answer. */
import { describe, expect, it } from 'vitest';
import type { Input } from '../../src/sim/index.ts';
import { awaitingMarker, buildQueue } from '../../src/ui/queue-model.ts';
import { play } from '../sim/helpers.ts';
import { APPROVAL } from '../sim/third-party.fixture.ts';

const ASKED: Input[] = [
  { type: 'clock/advance', toMinute: 11 },
  { type: 'contact/answer', ticketId: 'REQ1' },
  { type: 'ticket/ask', ticketId: 'REQ1', questionId: 'q-approve' },
];
const row = (inputs: readonly Input[]) =>
  buildQueue(APPROVAL, play(inputs, undefined, APPROVAL).state, 'all')
    .lanes.flatMap((l) => l.items)
    .find((i) => i.ticket.id === 'REQ1');

describe('the queue row of a ticket awaiting a third party', () => {
  it('says whose answer is awaited while it is pending, and nothing once it is back', () => {
    expect(row([{ type: 'clock/advance', toMinute: 11 }])?.awaiting).toBeNull();
    expect(row(ASKED)?.awaiting).toBe('Awaiting Ana Sousa');
    expect(row([...ASKED, { type: 'clock/advance', toMinute: 20 }])?.awaiting).toBe('Awaiting Ana Sousa');
    expect(row([...ASKED, { type: 'clock/advance', toMinute: 21 }])?.awaiting).toBeNull();
  });

  it('counts the other parties still awaited', () => {
    const t = play(ASKED, undefined, APPROVAL).state.tickets.REQ1;
    if (t === undefined) throw new Error('no REQ1');
    const two = {
      ...t,
      requests: [
        ...t.requests,
        { questionId: 'q-x', from: 'desk', askedAt: 11, dueAt: 30, answeredAt: null },
      ],
    };
    expect(awaitingMarker(APPROVAL, two)).toBe('Awaiting Ana Sousa +1');
  });
});
