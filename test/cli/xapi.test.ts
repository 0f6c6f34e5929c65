/**
 * `deskshift xapi`: the statements of a log as a JSON array, the profile, misuse, and sending to an
 * LRS endpoint (a local HTTP server that records what it receives and can refuse).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './run-cli.ts';

const SCENARIO = join(dirname(fileURLToPath(import.meta.url)), '../../scenarios/first-shift.json');
const dir = mkdtempSync(join(tmpdir(), 'deskshift-xapi-'));
const LOG = join(dir, 'l2.json');
const NAMED = join(dir, 'named.json');

interface Received {
  url: string;
  headers: IncomingHttpHeaders;
  body: unknown;
}
const received: Received[] = [];
let status = 200;
const server = createServer((req, res) => {
  let body = '';
  req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
  req.on('end', () => {
    received.push({ url: req.url ?? '', headers: req.headers, body: JSON.parse(body) });
    res.statusCode = status;
    res.end(status === 200 ? '["id"]' : 'statement 0: actor is invalid');
  });
});
let endpoint = '';

beforeAll(async () => {
  expect((await cli('play', '--scenario', SCENARIO, '--persona', '2', '--out', LOG)).code).toBe(0);
  writeFileSync(NAMED, JSON.stringify({ ...JSON.parse(readFileSync(LOG, 'utf8')), learnerId: 'ana' }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/xAPI`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('deskshift xapi', () => {
  it('prints the statements as a JSON array, the verdict first', async () => {
    const r = await cli('xapi', NAMED, '--scenario', SCENARIO);
    expect(r.code).toBe(0);
    const statements = JSON.parse(r.out) as { object: { id: string }; actor: unknown }[];
    expect(statements[0]?.object.id).toBe('https://deskshift.invalid/xapi/competency/service-management');
    expect(statements[0]?.actor).toEqual({
      objectType: 'Agent',
      account: { homePage: 'https://deskshift.invalid/xapi', name: 'ana' },
    });
    const again = await cli('xapi', NAMED, '--scenario', SCENARIO);
    expect(again.out).toBe(r.out);
  });

  it('takes the actor, the base and the timestamp from options', async () => {
    const r = await cli(
      'xapi',
      LOG,
      '--scenario',
      SCENARIO,
      '--actor',
      'mailto:ana@example.org',
      '--base',
      'https://lms.example.org/ds/',
      '--timestamp',
      '2026-12-02T09:00:00Z',
    );
    expect(r.code).toBe(0);
    const [verdict] = JSON.parse(r.out) as { actor: unknown; verb: { id: string }; timestamp: string }[];
    expect(verdict?.actor).toEqual({ objectType: 'Agent', mbox: 'mailto:ana@example.org' });
    expect(verdict?.verb.id).toBe('https://lms.example.org/ds/verbs/assessed');
    expect(verdict?.timestamp).toBe('2026-12-02T09:00:00Z');
  });

  it('says what is missing or wrong, exit 2', async () => {
    const none = await cli('xapi', LOG, '--scenario', SCENARIO);
    expect(none.code).toBe(2);
    expect(none.err.split('\n')[0]).toBe(
      'deskshift xapi: the log names no learner: give the actor (for example --actor mailto:ann@example.org)',
    );
    const actor = await cli('xapi', LOG, '--scenario', SCENARIO, '--actor', 'ana');
    expect(actor.err.split('\n')[0]).toBe('deskshift xapi: --actor must be mailto:ADDRESS, not "ana"');
    const base = await cli('xapi', NAMED, '--scenario', SCENARIO, '--base', 'deskshift');
    expect(base.err.split('\n')[0]).toBe(
      'deskshift xapi: --base must be an absolute http(s) IRI, not "deskshift"',
    );
    expect((await cli('xapi', '--profile', LOG)).err.split('\n')[0]).toBe(
      'deskshift xapi: --profile takes no LOG',
    );
  });

  it('prints the profile', async () => {
    const r = await cli('xapi', '--profile');
    expect(r.code).toBe(0);
    const profile = JSON.parse(r.out) as { id: string; type: string };
    expect([profile.id, profile.type]).toEqual(['https://deskshift.invalid/xapi/profile', 'Profile']);
  });

  it('sends them to an LRS with the xAPI version header and Basic credentials', async () => {
    received.length = 0;
    status = 200;
    const r = await cli(
      'xapi',
      NAMED,
      '--scenario',
      SCENARIO,
      '--lrs',
      `${endpoint}/`,
      '--auth',
      'key:secret',
    );
    expect(r.code).toBe(0);
    const printed = JSON.parse(r.out) as unknown[];
    expect(r.err).toBe(`Sent ${printed.length} statements to ${endpoint}/statements (HTTP 200).\n`);
    expect(received).toHaveLength(1);
    expect(received[0]?.url).toBe('/xAPI/statements');
    expect(received[0]?.headers['x-experience-api-version']).toBe('1.0.3');
    expect(received[0]?.headers.authorization).toBe(`Basic ${Buffer.from('key:secret').toString('base64')}`);
    expect(received[0]?.body).toEqual(printed);
  });

  it('says when the LRS refuses, exit 1', async () => {
    status = 400;
    const r = await cli('xapi', NAMED, '--scenario', SCENARIO, '--lrs', endpoint);
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      `deskshift xapi: the LRS at ${endpoint}/statements refused the statements: HTTP 400: statement 0: actor is invalid\n`,
    );
  });
});
