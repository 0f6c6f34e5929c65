/**
 * The LRS outbox (issue 15): saved before sending, sent in order, retried with a growing wait when
 * the LRS cannot be reached, set aside with the LRS's words when it refuses, never dropped; and the
 * meaning of an LRS answer, decided once for the CLI and the page.
 */
import { describe, expect, it } from 'vitest';
import {
  basicAuth,
  classify,
  postStatements,
  type SendOutcome,
  statementsUrl,
} from '../../src/results/lrs.ts';
import {
  EMPTY_OUTBOX,
  enqueue,
  flush,
  type Outbox,
  type OutboxBatch,
  readOutbox,
  retryDelayMs,
  retryRefused,
} from '../../src/results/outbox.ts';

const E = 'https://lrs.example.org/xAPI';
const queued = (keys: string[], now = 1000): Outbox =>
  keys.reduce((o, k) => enqueue(o, k, E, [{ id: k }], now), EMPTY_OUTBOX);

describe('the outbox', () => {
  it('queues a batch once per key, due now', () => {
    const o = enqueue(queued(['a']), 'a', E, [], 5);
    expect(o.pending).toEqual([
      { key: 'a', endpoint: E, statements: [{ id: 'a' }], attempts: 0, nextAt: 1000, error: null },
    ]);
  });

  it('sends due batches in order and saves after each', async () => {
    const sent: string[] = [];
    const saves: number[] = [];
    const o = await flush(
      queued(['a', 'b', 'c']),
      2000,
      async (b) => {
        sent.push(b.key);
        return { kind: 'sent', status: 200 };
      },
      (x) => saves.push(x.pending.length),
    );
    expect(sent).toEqual(['a', 'b', 'c']);
    expect(saves).toEqual([2, 1, 0]);
    expect(o).toEqual(EMPTY_OUTBOX);
  });

  it('stops at the first batch that must wait, so order holds, and waits longer each time', async () => {
    const down = async (): Promise<SendOutcome> => ({ kind: 'retry', message: 'could not reach the LRS' });
    const saved: Outbox[] = [];
    let o = await flush(queued(['a', 'b']), 2000, down, (x) => saved.push(x));
    expect(o.pending.map((b) => [b.key, b.attempts, b.nextAt, b.error])).toEqual([
      ['a', 1, 17_000, 'could not reach the LRS'],
      ['b', 0, 1000, null],
    ]);
    expect(saved).toHaveLength(1);
    // Not yet due: nothing is tried.
    let tried = 0;
    o = await flush(
      o,
      16_999,
      async () => {
        tried += 1;
        return { kind: 'sent', status: 200 };
      },
      () => {},
    );
    expect(tried).toBe(0);
    o = await flush(o, 17_000, down, () => {});
    expect(o.pending[0]?.nextAt).toBe(17_000 + 30_000);
    expect([1, 2, 3, 8, 20].map(retryDelayMs)).toEqual([15_000, 30_000, 60_000, 1_800_000, 1_800_000]);
  });

  it('sets a refused batch aside with the reason and goes on; a trainer can queue it again', async () => {
    let o = await flush(
      queued(['a', 'b']),
      2000,
      async (b: OutboxBatch) =>
        b.key === 'a'
          ? { kind: 'refused', message: 'the LRS refused the statements: HTTP 400' }
          : { kind: 'sent', status: 200 },
      () => {},
    );
    expect(o.pending).toEqual([]);
    expect(o.refused.map((b) => [b.key, b.error])).toEqual([
      ['a', 'the LRS refused the statements: HTTP 400'],
    ]);
    o = retryRefused(o, 3000);
    expect(o.pending.map((b) => [b.key, b.nextAt, b.error])).toEqual([['a', 3000, null]]);
    expect(o.refused).toEqual([]);
  });

  it('reads what it saved, and says when the stored text is damaged instead of losing it silently', () => {
    const o = queued(['a']);
    expect(readOutbox(JSON.stringify(o))).toEqual({ outbox: o, damaged: false });
    expect(readOutbox(null)).toEqual({ outbox: EMPTY_OUTBOX, damaged: false });
    expect(readOutbox('{"pending": [{"key": 1}], "refused": []}')).toEqual({
      outbox: EMPTY_OUTBOX,
      damaged: true,
    });
    expect(readOutbox('not json')).toEqual({ outbox: EMPTY_OUTBOX, damaged: true });
  });
});

describe('an LRS answer', () => {
  it('is sent on 2xx, retried on 408, 429 and 5xx, refused otherwise, with the LRS words', () => {
    const u = `${E}/statements`;
    expect(classify(200, '["x"]', u)).toEqual({ kind: 'sent', status: 200 });
    expect(classify(204, '', u)).toEqual({ kind: 'sent', status: 204 });
    expect(classify(503, 'down for maintenance', u)).toEqual({
      kind: 'retry',
      message: `the LRS at ${u} is not available (HTTP 503: down for maintenance)`,
    });
    expect(classify(429, '', u).kind).toBe('retry');
    expect(classify(401, 'Unauthorised', u)).toEqual({
      kind: 'refused',
      message: `the LRS at ${u} refused the statements: HTTP 401: Unauthorised`,
    });
    expect(classify(409, '', u).kind).toBe('refused');
  });

  it('posts to endpoint/statements with the version header, and turns a network failure into a retry', async () => {
    const calls: { url: string; init: RequestInit | undefined }[] = [];
    const ok = (async (url: URL, init?: RequestInit) => {
      calls.push({ url: url.href, init });
      return new Response('["a"]', { status: 200 });
    }) as typeof fetch;
    expect(await postStatements(`${E}/`, basicAuth('key:sécret'), [{ id: 'a' }], ok)).toEqual({
      kind: 'sent',
      status: 200,
    });
    expect(calls[0]?.url).toBe(`${E}/statements`);
    const headers = calls[0]?.init?.headers as Record<string, string>;
    expect(headers['X-Experience-API-Version']).toBe('1.0.3');
    expect(headers.Authorization).toBe(`Basic ${Buffer.from('key:sécret', 'utf8').toString('base64')}`);
    const offline = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    expect(await postStatements(E, null, [], offline)).toEqual({
      kind: 'retry',
      message: `could not reach the LRS at ${E}/statements (Failed to fetch)`,
    });
    expect(statementsUrl('ftp://x')).toBeNull();
    expect(await postStatements('nope', null, [])).toEqual({
      kind: 'refused',
      message: 'the LRS endpoint "nope" is not an http(s) URL',
    });
  });
});
