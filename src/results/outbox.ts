/**
 * The outbox of statements waiting for the LRS, as the page keeps it: a batch is saved before it is
 * sent (so a reload, a closed tab or a lost connection never loses it), sent in the order it was
 * queued, retried with a growing wait when the LRS cannot be reached, and set aside with the LRS's
 * words when it refuses, never dropped silently. Pure: the time, the storage text and the sending
 * are passed in.
 */
import type { SendOutcome } from './lrs.ts';

export interface OutboxBatch {
  /** One key per batch (the verdict statement's id): queuing the same batch twice keeps one. */
  key: string;
  endpoint: string;
  statements: unknown[];
  /** Sends tried so far, when the next may be tried (ms since the epoch), what went wrong last. */
  attempts: number;
  nextAt: number;
  error: string | null;
}

export interface Outbox {
  pending: OutboxBatch[];
  refused: OutboxBatch[];
}

export const EMPTY_OUTBOX: Outbox = { pending: [], refused: [] };

/** The storage key the page keeps the outbox under. */
export const OUTBOX_KEY = 'deskshift:v1:outbox';

/** How long to wait before the n-th retry: 15 s, doubling, at most 30 minutes. */
export function retryDelayMs(attempts: number): number {
  return Math.min(30 * 60_000, 15_000 * 2 ** Math.max(0, attempts - 1));
}

/** Adds a batch (once per key) to the end of the queue, due now. */
export function enqueue(
  outbox: Outbox,
  key: string,
  endpoint: string,
  statements: unknown[],
  now: number,
): Outbox {
  if ([...outbox.pending, ...outbox.refused].some((b) => b.key === key)) return outbox;
  return {
    ...outbox,
    pending: [...outbox.pending, { key, endpoint, statements, attempts: 0, nextAt: now, error: null }],
  };
}

/**
 * Sends the due batches in order, one at a time; the first that must wait stops the round (so
 * batches reach the LRS in the order they were queued). `save` is called after every change.
 */
export async function flush(
  outbox: Outbox,
  now: number,
  send: (batch: OutboxBatch) => Promise<SendOutcome>,
  save: (outbox: Outbox) => void,
): Promise<Outbox> {
  let current = outbox;
  for (const batch of outbox.pending) {
    if (batch.nextAt > now) break;
    const outcome = await send(batch);
    const rest = current.pending.filter((b) => b.key !== batch.key);
    if (outcome.kind === 'sent') current = { ...current, pending: rest };
    else if (outcome.kind === 'refused')
      current = {
        pending: rest,
        refused: [...current.refused, { ...batch, attempts: batch.attempts + 1, error: outcome.message }],
      };
    else {
      const attempts = batch.attempts + 1;
      const waiting = { ...batch, attempts, nextAt: now + retryDelayMs(attempts), error: outcome.message };
      current = { ...current, pending: current.pending.map((b) => (b.key === batch.key ? waiting : b)) };
      save(current);
      break;
    }
    save(current);
  }
  return current;
}

/** Puts refused batches back in the queue (after the trainer fixed the LRS settings, say). */
export function retryRefused(outbox: Outbox, now: number): Outbox {
  return {
    pending: [...outbox.pending, ...outbox.refused.map((b) => ({ ...b, nextAt: now, error: null }))],
    refused: [],
  };
}

const isBatch = (v: unknown): v is OutboxBatch => {
  if (typeof v !== 'object' || v === null) return false;
  const b = v as Record<string, unknown>;
  return (
    typeof b.key === 'string' &&
    typeof b.endpoint === 'string' &&
    Array.isArray(b.statements) &&
    typeof b.attempts === 'number' &&
    typeof b.nextAt === 'number' &&
    (b.error === null || typeof b.error === 'string')
  );
};

/**
 * The outbox from its stored text. Unreadable text gives an empty outbox and says so (`damaged`),
 * so the page can keep the text aside rather than overwrite it.
 */
export function readOutbox(text: string | null): { outbox: Outbox; damaged: boolean } {
  if (text === null) return { outbox: EMPTY_OUTBOX, damaged: false };
  try {
    const value = JSON.parse(text) as unknown;
    if (typeof value === 'object' && value !== null) {
      const { pending, refused } = value as Record<string, unknown>;
      if (
        Array.isArray(pending) &&
        Array.isArray(refused) &&
        pending.every(isBatch) &&
        refused.every(isBatch)
      )
        return { outbox: { pending, refused }, damaged: false };
    }
  } catch {
    // Falls through: damaged.
  }
  return { outbox: EMPTY_OUTBOX, damaged: true };
}
