/** The desk's lines for a third party's request and its answer. */
import { describe, expect, it } from 'vitest';
import { notificationsFor } from '../../src/store/notifications.ts';
import { play } from '../sim/helpers.ts';
import { APPROVAL } from '../sim/third-party.fixture.ts';

describe('notifications for a third party', () => {
  it('says who was asked, how and when the answer is due, then the answer', () => {
    const { state, steps } = play(
      [
        { type: 'clock/advance', toMinute: 11 },
        { type: 'contact/answer', ticketId: 'REQ1' },
        { type: 'ticket/ask', ticketId: 'REQ1', questionId: 'q-approve' },
        { type: 'clock/advance', toMinute: 30 },
      ],
      undefined,
      APPROVAL,
    );
    const lines = notificationsFor(APPROVAL, state, [...(steps[2] ?? []), ...(steps[3] ?? [])], 1);
    expect(lines.map((n) => [n.tone, n.ticketId, n.text])).toEqual([
      ['info', 'REQ1', 'REQ1: asked Ana Sousa (data owner) by email; the answer is due at 08:21.'],
      ['good', 'REQ1', 'REQ1: Ana Sousa (data owner) answered by email: Approved: edit access for Bob, Ana.'],
    ]);
  });
});
