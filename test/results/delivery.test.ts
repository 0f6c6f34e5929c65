/**
 * Sending results from the page (issue 15): nothing leaves without an LRS, everything waits in the
 * browser's storage (a reload, a new page, keeps it), a refusal is shown with the LRS's words, a
 * damaged outbox is kept aside, and a cmi5 launch's endpoint and token take over.
 */
import { describe, expect, it } from 'vitest';
import { createDelivery, LRS_SETTINGS_KEY } from '../../src/results/delivery.ts';
import { OUTBOX_KEY } from '../../src/results/outbox.ts';
import { createMemoryStorage } from '../../src/store/persistence.ts';

const E = 'https://lrs.example.org/xAPI';
type Call = { url: string; auth: string | undefined; body: unknown };
function lrs(statuses: number[]) {
  const calls: Call[] = [];
  const impl = (async (url: URL, init?: RequestInit) => {
    calls.push({
      url: url.href,
      auth: (init?.headers as Record<string, string> | undefined)?.Authorization,
      body: JSON.parse(String(init?.body)),
    });
    const status = statuses.shift() ?? 200;
    if (status === 0) throw new TypeError('Failed to fetch');
    return new Response(status === 200 ? '["x"]' : 'no', { status });
  }) as typeof fetch;
  return { calls, impl };
}

describe('delivery', () => {
  it('keeps results while no LRS is configured, and sends them once one is, in a new page too', async () => {
    const storage = createMemoryStorage();
    const first = createDelivery(storage, () => 1000, lrs([]).impl);
    first.queue('v1', [{ id: 'a' }]);
    expect(await first.flush()).toEqual({
      configured: false,
      waiting: 1,
      refused: [],
      lastProblem: null,
      damagedKeptAs: null,
    });
    expect(first.saveSettings({ endpoint: 'lrs.example.org', credentials: '' })).toBe(
      'The LRS endpoint must be an http or https URL, not "lrs.example.org".',
    );
    expect(first.saveSettings({ endpoint: E, credentials: 'key' })).toBe(
      'The credentials must be written as key:secret.',
    );
    expect(first.saveSettings({ endpoint: E, credentials: 'key:secret' })).toBeNull();
    expect(JSON.parse(storage.getItem(LRS_SETTINGS_KEY) ?? '')).toEqual({
      endpoint: E,
      credentials: 'key:secret',
    });

    const server = lrs([200]);
    const reloaded = createDelivery(storage, () => 2000, server.impl);
    expect((await reloaded.flush()).waiting).toBe(0);
    expect(server.calls).toEqual([
      {
        url: `${E}/statements`,
        auth: `Basic ${Buffer.from('key:secret').toString('base64')}`,
        body: [{ id: 'a' }],
      },
    ]);
  });

  it('waits when the network is down and says why; shows a refusal with the LRS words and can queue it again', async () => {
    const storage = createMemoryStorage();
    let t = 1000;
    const server = lrs([0, 400, 200]);
    const d = createDelivery(storage, () => t, server.impl);
    d.saveSettings({ endpoint: E, credentials: '' });
    d.queue('v1', [{ id: 'a' }]);
    const down = await d.flush();
    expect([down.waiting, down.lastProblem]).toEqual([
      1,
      `could not reach the LRS at ${E}/statements (Failed to fetch)`,
    ]);
    t += 15_000;
    const refused = await d.flush();
    expect(refused.refused).toEqual([
      { key: 'v1', error: `the LRS at ${E}/statements refused the statements: HTTP 400: no` },
    ]);
    d.retryRefused();
    expect((await d.flush()).waiting).toBe(0);
    expect(server.calls).toHaveLength(3);
  });

  it('keeps a damaged outbox aside instead of overwriting it', async () => {
    const storage = createMemoryStorage();
    storage.setItem(OUTBOX_KEY, '{ not json');
    const d = createDelivery(storage, () => 0, lrs([]).impl);
    d.queue('v1', []);
    expect(d.status().damagedKeptAs).toBe(`${OUTBOX_KEY}:damaged`);
    expect(storage.getItem(`${OUTBOX_KEY}:damaged`)).toBe('{ not json');
  });

  it("sends to a cmi5 launch's endpoint with its token instead of the settings", async () => {
    const storage = createMemoryStorage();
    const server = lrs([200]);
    const d = createDelivery(storage, () => 0, server.impl);
    d.saveSettings({ endpoint: E, credentials: 'key:secret' });
    d.useLaunch('https://lms.example.org/lrs/', 'Basic dG9rZW4=');
    d.queue('v1', [{ id: 'a' }]);
    await d.flush();
    expect(server.calls.map((c) => [c.url, c.auth])).toEqual([
      ['https://lms.example.org/lrs/statements', 'Basic dG9rZW4='],
    ]);
  });
});
