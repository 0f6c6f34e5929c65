import { describe, expect, it } from 'vitest';
import type { Input } from '../../src/sim/index.ts';
import { advance, answer, INC1_OPEN, INC2_OPEN, obs, play, ticket } from './helpers.ts';

describe('contact/answer', () => {
  it('moves a waiting contact to new and acknowledges it within the target', () => {
    const { state, last } = play([advance(3), answer('INC1')]);
    const t = ticket(state, 'INC1');
    expect(t.status).toBe('new');
    expect(t.respondedAt).toBe(3);
    expect(t.response.stoppedAt).toBe(3);
    expect(last).toEqual([]);
    expect(obs(state, 'acknowledged')).toEqual([
      [true, false, 'INC1 answered at 08:03, within its response target (due 09:02).'],
    ]);
  });
  it('records a late answer as not ok', () => {
    const { state } = play([advance(80), answer('INC4')]);
    expect(obs(state, 'acknowledged')).toEqual([
      [true, false, 'INC4 answered at 09:20, within its response target (due 10:10).'],
    ]);
    const late = play([advance(20), answer('INC2')]).state;
    expect(obs(late, 'acknowledged')).toEqual([
      [false, false, 'INC2 answered at 08:20, after its response target passed at 08:15.'],
    ]);
  });
  it('rejects answering twice, an unknown id and a caller who hung up', () => {
    expect(play([advance(3), answer('INC1'), answer('INC1')]).last).toEqual([
      { type: 'command/rejected', command: 'contact/answer', reason: 'INC1 has already been answered' },
    ]);
    expect(play([answer('NOPE')]).last).toEqual([
      { type: 'command/rejected', command: 'contact/answer', reason: 'there is no ticket NOPE' },
    ]);
    expect(play([advance(7), answer('INC1')]).last).toEqual([
      {
        type: 'command/rejected',
        command: 'contact/answer',
        reason: 'the caller on INC1 hung up; wait for them to call back',
      },
    ]);
  });
});

describe('ticket/log', () => {
  it('classifies and logs on the first log only, and costs a minute', () => {
    const { state } = play([
      ...INC1_OPEN,
      { type: 'ticket/log', ticketId: 'INC1', kind: 'incident', category: 'access', caller: 'bob' },
    ]);
    const t = ticket(state, 'INC1');
    expect(t.status).toBe('in-progress');
    expect([t.kind, t.category, t.callerId, t.serviceId]).toEqual(['incident', 'access', 'bob', null]);
    expect(state.now).toBe(5);
    expect(obs(state, 'classified')).toEqual([
      [true, false, 'INC1 classified at 08:03 as service request / Access, which is right.'],
    ]);
    expect(obs(state, 'logged')).toEqual([
      [true, false, 'INC1 logged at 08:03 with the right caller and service.'],
    ]);
  });
  it('names what was wrong', () => {
    const { state } = play([
      advance(3),
      answer('INC1'),
      {
        type: 'ticket/log',
        ticketId: 'INC1',
        kind: 'incident',
        category: 'network',
        caller: 'bob',
        service: 'vpn',
      },
    ]);
    expect(obs(state, 'classified')).toEqual([
      [
        false,
        false,
        'INC1 classified at 08:03 as incident / Network; the right classification was service request / Access.',
      ],
    ]);
    expect(obs(state, 'logged')).toEqual([
      [
        false,
        false,
        'INC1 logged at 08:03, but the caller was Ann Lee, not Bob Roe and the service was Email, not Remote access (VPN).',
      ],
    ]);
  });
  it('says what was not recorded', () => {
    const bare: Input = { type: 'ticket/log', ticketId: 'INC1', kind: 'service-request', category: 'access' };
    const { state } = play([advance(3), answer('INC1'), bare]);
    expect(obs(state, 'logged')).toEqual([
      [
        false,
        false,
        'INC1 logged at 08:03, but no caller was recorded (it was Ann Lee) and no service was recorded (it was Email).',
      ],
    ]);
  });
  it('rejects a waiting ticket and unknown references', () => {
    const log = (extra: object) => ({
      type: 'ticket/log',
      ticketId: 'INC1',
      kind: 'incident',
      category: 'access',
      ...extra,
    });
    expect(play([advance(3), log({}) as never]).last).toEqual([
      {
        type: 'command/rejected',
        command: 'ticket/log',
        reason: 'INC1 is waiting to be answered; answer it first',
      },
    ]);
    expect(play([advance(3), answer('INC1'), log({ category: 'nope' }) as never]).last[0]).toEqual({
      type: 'command/rejected',
      command: 'ticket/log',
      reason: 'there is no category "nope"',
    });
    expect(play([advance(3), answer('INC1'), log({ ci: 'x' }) as never]).last[0]).toEqual({
      type: 'command/rejected',
      command: 'ticket/log',
      reason: 'there is no configuration item "x"',
    });
  });
});

describe('ticket/ask', () => {
  it('reveals the answer; a relevant question costs its minutes and no mood', () => {
    const { state, last } = play([
      ...INC1_OPEN,
      { type: 'ticket/ask', ticketId: 'INC1', questionId: 'q-user' },
    ]);
    expect(last).toEqual([
      { type: 'caller/answered', ticketId: 'INC1', questionId: 'q-user', answer: 'alee' },
      { type: 'contact/arrived', ticketId: 'INC2', channel: 'monitoring' },
    ]);
    expect(state.now).toBe(5);
    expect(ticket(state, 'INC1').mood).toBe(70);
    expect(obs(state, 'questioned')).toEqual([
      [true, false, 'Asked a question on INC1 at 08:04 that helps: "What is your user name?"'],
    ]);
  });
  it('an irrelevant question costs mood 10 and its own minutes; asking twice is rejected', () => {
    const q = { type: 'ticket/ask', ticketId: 'INC1', questionId: 'q-weather' } as const;
    const { state, last } = play([...INC1_OPEN, q, q]);
    expect(ticket(state, 'INC1').mood).toBe(60);
    expect(state.now).toBe(6);
    expect(obs(state, 'questioned')[0]?.[0]).toBe(false);
    expect(last).toEqual([
      {
        type: 'command/rejected',
        command: 'ticket/ask',
        reason: '"Nice weather today?" was already asked on INC1',
      },
    ]);
  });
});

describe('ticket/prioritise', () => {
  it('derives the priority from the matrix, retargets the resolution clock and observes the first time only', () => {
    const { state } = play([
      ...INC2_OPEN,
      { type: 'ticket/prioritise', ticketId: 'INC2', impact: 2, urgency: 2 },
      { type: 'ticket/prioritise', ticketId: 'INC2', impact: 1, urgency: 1 },
    ]);
    expect(obs(state, 'prioritised')).toEqual([
      [false, false, 'Priority set to P3 at 08:06; the right priority was P1 (impact 1, urgency 1).'],
    ]);
    const t = ticket(state, 'INC2');
    expect([t.priority, t.impact, t.urgency, t.prioritySet]).toEqual([1, 1, 1, true]);
    expect(t.resolution.dueAt).toBe(65);
  });
  it('a lower priority moves the resolution due time', () => {
    const { state } = play([
      ...INC2_OPEN,
      { type: 'ticket/prioritise', ticketId: 'INC2', impact: 3, urgency: 3 },
    ]);
    expect(ticket(state, 'INC2').resolution).toMatchObject({ targetMinutes: 960, dueAt: 965 });
    expect(ticket(state, 'INC2').response.dueAt).toBe(15);
  });
});

describe('kb, diagnostics, diagnosis, notes', () => {
  it('searches deterministically and applies articles', () => {
    const { state, steps } = play([
      ...INC1_OPEN,
      { type: 'kb/search', query: 'Password RESET' },
      { type: 'kb/search', query: 'vpn jam' },
      { type: 'ticket/apply-article', ticketId: 'INC1', articleId: 'KB2' },
      { type: 'ticket/apply-article', ticketId: 'INC1', articleId: 'KB1' },
    ]);
    expect(steps[3]).toEqual([
      { type: 'kb/results', query: 'Password RESET', articleIds: ['KB1'] },
      { type: 'contact/arrived', ticketId: 'INC2', channel: 'monitoring' },
    ]);
    expect(steps[4]).toEqual([{ type: 'kb/results', query: 'vpn jam', articleIds: ['KB2', 'KB3'] }]);
    expect(obs(state, 'kb-applied')).toEqual([
      [false, false, 'Applied KB2 to INC1 at 08:06; the article that fits is KB1.'],
      [true, false, 'Applied KB1 to INC1 at 08:07, the article that fits.'],
    ]);
    expect(state.now).toBe(8);
  });
  it('runs diagnostics with their cost and records a diagnosis', () => {
    const { state, steps } = play([
      ...INC2_OPEN,
      { type: 'ticket/run-diagnostic', ticketId: 'INC2', diagnosticId: 'ping-gw' },
      { type: 'ticket/run-diagnostic', ticketId: 'INC2', diagnosticId: 'check-printer' },
      { type: 'ticket/diagnose', ticketId: 'INC2', causeId: 'user' },
      { type: 'ticket/diagnose', ticketId: 'INC2', causeId: 'cert' },
      { type: 'ticket/note', ticketId: 'INC2', text: 'Gateway cert?' },
    ]);
    expect(steps[3]).toEqual([
      { type: 'diagnostic/result', ticketId: 'INC2', diagnosticId: 'ping-gw', result: 'Replies.' },
      { type: 'contact/abandoned', ticketId: 'INC1' },
      { type: 'contact/arrived', ticketId: 'INC3', channel: 'chat' },
    ]);
    expect(state.now).toBe(11);
    expect(obs(state, 'diagnostic-run').map((o) => o[0])).toEqual([true, false]);
    expect(obs(state, 'diagnosed')).toEqual([
      [
        false,
        false,
        'Diagnosed INC2 at 08:11 as "User error"; the right cause was "Expired gateway certificate".',
      ],
      [true, false, 'Diagnosed INC2 at 08:11 as "Expired gateway certificate", the right cause.'],
    ]);
    expect(ticket(state, 'INC2').notes).toEqual([{ atMinute: 11, text: 'Gateway cert?' }]);
  });
});
