/**
 * Sending results from the page: the LRS settings the trainer gives (or a cmi5 launch's), the
 * outbox kept in the browser's storage, and one `flush` that never throws and never blocks play.
 * The page calls `queue` after a shift, `flush` when it comes online and on a timer, and shows
 * `status`. Nothing is sent while no LRS is configured; everything waits in the outbox.
 */
import type { KeyValueStorage } from '../store/persistence.ts';
import { basicAuth, postStatements, statementsUrl } from './lrs.ts';
import { enqueue, flush, OUTBOX_KEY, type Outbox, readOutbox, retryRefused } from './outbox.ts';

export interface LrsSettings {
  endpoint: string;
  /** HTTP Basic credentials as "key:secret"; empty for an LRS that needs none. */
  credentials: string;
}

export const LRS_SETTINGS_KEY = 'deskshift:v1:lrs';

export interface DeliveryStatus {
  configured: boolean;
  waiting: number;
  refused: { key: string; error: string }[];
  /** The last reason a batch had to wait (the network, the LRS down); null after a success. */
  lastProblem: string | null;
  /** Set when the stored outbox could not be read: it was kept aside under this key, not overwritten. */
  damagedKeptAs: string | null;
}

export interface Delivery {
  settings(): LrsSettings | null;
  /** Saves the settings, or says why they cannot be used. */
  saveSettings(s: LrsSettings): string | null;
  /** A cmi5 launch's endpoint and token, used instead of the settings for this page's life. */
  useLaunch(endpoint: string, authorization: string): void;
  queue(key: string, statements: unknown[]): void;
  flush(): Promise<DeliveryStatus>;
  retryRefused(): void;
  status(): DeliveryStatus;
}

export function createDelivery(
  storage: KeyValueStorage,
  now: () => number,
  fetchImpl: typeof fetch = fetch,
): Delivery {
  let launch: { endpoint: string; authorization: string } | null = null;
  let lastProblem: string | null = null;
  let damagedKeptAs: string | null = null;
  let flushing: Promise<DeliveryStatus> | null = null;

  const read = (): Outbox => {
    const text = storage.getItem(OUTBOX_KEY);
    const { outbox, damaged } = readOutbox(text);
    if (damaged && text !== null && damagedKeptAs === null) {
      damagedKeptAs = `${OUTBOX_KEY}:damaged`;
      storage.setItem(damagedKeptAs, text);
    }
    return outbox;
  };
  const save = (o: Outbox) => storage.setItem(OUTBOX_KEY, JSON.stringify(o));

  const settings = (): LrsSettings | null => {
    try {
      const value = JSON.parse(storage.getItem(LRS_SETTINGS_KEY) ?? 'null') as unknown;
      if (typeof value === 'object' && value !== null) {
        const { endpoint, credentials } = value as Record<string, unknown>;
        if (typeof endpoint === 'string' && typeof credentials === 'string') return { endpoint, credentials };
      }
    } catch {
      // Unreadable settings count as none.
    }
    return null;
  };
  const target = (): { endpoint: string; authorization: string | null } | null => {
    if (launch !== null) return launch;
    const s = settings();
    if (s === null) return null;
    return { endpoint: s.endpoint, authorization: s.credentials === '' ? null : basicAuth(s.credentials) };
  };
  const status = (): DeliveryStatus => {
    const o = read();
    return {
      configured: target() !== null,
      waiting: o.pending.length,
      refused: o.refused.map((b) => ({ key: b.key, error: b.error ?? '' })),
      lastProblem,
      damagedKeptAs,
    };
  };

  return {
    settings,
    saveSettings(s) {
      if (statementsUrl(s.endpoint) === null)
        return `The LRS endpoint must be an http or https URL, not "${s.endpoint}".`;
      if (s.credentials !== '' && !s.credentials.includes(':'))
        return 'The credentials must be written as key:secret.';
      storage.setItem(LRS_SETTINGS_KEY, JSON.stringify(s));
      return null;
    },
    useLaunch(endpoint, authorization) {
      launch = { endpoint, authorization };
    },
    queue(key, statements) {
      const t = target();
      save(enqueue(read(), key, t?.endpoint ?? '', statements, now()));
    },
    flush() {
      flushing ??= (async () => {
        const t = target();
        try {
          if (t !== null)
            await flush(
              read(),
              now(),
              async (batch) => {
                const outcome = await postStatements(
                  t.endpoint,
                  t.authorization,
                  batch.statements,
                  fetchImpl,
                );
                if (outcome.kind !== 'refused')
                  lastProblem = outcome.kind === 'retry' ? outcome.message : null;
                return outcome;
              },
              save,
            );
        } catch (error) {
          lastProblem = `the results could not be kept in this browser (${error instanceof Error ? error.message : String(error)})`;
        }
        flushing = null;
        return status();
      })();
      return flushing;
    },
    retryRefused() {
      save(retryRefused(read(), now()));
    },
    status,
  };
}
