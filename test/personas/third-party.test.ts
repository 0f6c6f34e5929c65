/**
 * Personas and a third party's delayed answer: from Level 2 a bot asks the data owner, puts the
 * ticket on hold (Level 3 with the reason that applies, Level 2 with its guess), waits for the
 * answer, resumes and resolves; Level 1 asks nothing and resolves at once.
 */
import { describe, expect, it } from 'vitest';
import { playPersona } from '../../src/personas/index.ts';
import { APPROVAL } from '../sim/third-party.fixture.ts';

const run = (level: 1 | 2 | 3) => playPersona(APPROVAL, 'sha256-approval', { level, seed: 1 });
const entries = (level: 1 | 2 | 3) =>
  run(level).log.entries.map((e) => {
    const { type, at } = e;
    const what = 'questionId' in e ? e.questionId : 'reason' in e ? e.reason : 'fixId' in e ? e.fixId : '';
    return `${at} ${type}${what === '' ? '' : ` ${what}`}`;
  });
const verdicts = (level: 1 | 2 | 3) =>
  run(level)
    .state.observations.filter((o) => ['questioned', 'held', 'resolved'].includes(o.kind))
    .map((o) => `${o.atMinute} ${o.kind} ${o.ok}`);

describe('personas awaiting a third party', () => {
  it('Level 3: asks the data owner, holds for the reason that applies, resumes when the answer is back, resolves', () => {
    expect(entries(3)).toEqual([
      '10 contact/answer',
      '10 ticket/log',
      '11 ticket/prioritise',
      '11 ticket/ask q-approve',
      '12 ticket/ask q-which',
      '13 ticket/hold awaiting-approval',
      '21 ticket/resume',
      '21 ticket/resolve f-grant',
      '23 ticket/close',
    ]);
    expect(verdicts(3)).toEqual([
      '11 questioned true',
      '12 questioned true',
      '13 held true',
      '21 resolved true',
    ]);
    expect(run(3).state.tickets.REQ1?.requests).toEqual([
      { questionId: 'q-approve', from: 'ana', askedAt: 11, dueAt: 21, answeredAt: 21 },
    ]);
  });

  it('Level 2: the same path, with a guessed hold reason that does not apply', () => {
    expect(entries(2)).toEqual([
      '10 contact/answer',
      '10 ticket/log',
      '11 ticket/prioritise',
      '11 ticket/ask q-approve',
      '12 ticket/ask q-which',
      '13 ticket/hold awaiting-vendor',
      '21 ticket/resume',
      '21 ticket/resolve f-grant',
      '23 ticket/close',
    ]);
    expect(verdicts(2)).toEqual([
      '11 questioned true',
      '12 questioned true',
      '13 held false',
      '21 resolved true',
    ]);
  });

  it('Level 1: asks nothing and resolves before the approval, which is wrong', () => {
    expect(entries(1)).toEqual([
      '10 contact/answer',
      '10 ticket/log',
      '11 ticket/prioritise',
      '11 ticket/resolve f-grant',
      '13 ticket/close',
    ]);
    expect(verdicts(1)).toEqual(['11 resolved false', '11 questioned false']);
  });

  it('is deterministic: the same options give the same log', () => {
    expect(run(3).log).toEqual(run(3).log);
    expect(JSON.stringify(run(2).log)).toBe(JSON.stringify(run(2).log));
  });
});
