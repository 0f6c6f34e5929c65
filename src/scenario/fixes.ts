/**
 * How a fix turns out, with the defaults a scenario leaves unsaid: the one right fix, a fix that
 * works but is bad practice (needless, risky), or one that does not fix (no-fix, harmful), and what
 * follows from it (a reopen, the caller's mood, a finding later in the shift). Without outcomes, the
 * fix the truth names is right and every other one does not fix, as in scenarios written before
 * outcomes existed; with no right fix named at all, any fix is right.
 */
import type { ArrivalFile, FixOutcome } from './schema.ts';

/** The caller's mood change for a harmful fix when its consequence does not say. */
export const HARMFUL_MOOD = -30;

/** Outcomes whose fix solves the caller's problem (the right one, and the bad practices that work). */
export const WORKING_OUTCOMES: readonly FixOutcome[] = ['right', 'needless', 'risky'];

type FixSource = Pick<ArrivalFile, 'truth' | 'fixes'>;

/** What applying a fix leads to, with every default filled in. */
export interface FixEffect {
  outcome: FixOutcome;
  /** Whether the fix solves the caller's problem (right, needless, risky). */
  works: boolean;
  reopens: boolean;
  moodDelta: number;
  finding: { afterMinutes: number; text: string } | null;
}

/** The outcome of fix `fixId` on the arrival: its own `outcome`, else right for truth.fix (or any fix when none is named), else no-fix. */
export function fixOutcome(arrival: FixSource, fixId: string): FixOutcome {
  const given = (arrival.fixes ?? []).find((f) => f.id === fixId)?.outcome;
  if (given !== undefined) return given;
  const right = arrival.truth.fix;
  return right === undefined || right === fixId ? 'right' : 'no-fix';
}

/** The outcome of fix `fixId` and its consequences, defaults filled in. */
export function fixEffect(arrival: FixSource, fixId: string): FixEffect {
  const outcome = fixOutcome(arrival, fixId);
  const consequence = (arrival.fixes ?? []).find((f) => f.id === fixId)?.consequence;
  return {
    outcome,
    works: WORKING_OUTCOMES.includes(outcome),
    reopens: consequence?.reopens ?? (outcome === 'no-fix' || outcome === 'harmful'),
    moodDelta: consequence?.moodDelta ?? (outcome === 'harmful' ? HARMFUL_MOOD : 0),
    finding: consequence?.finding ?? null,
  };
}

/** Whether `id` is an acceptable category for the arrival: its truth's or one of `alsoCategories`. */
export function acceptableCategory(arrival: Pick<ArrivalFile, 'truth'>, id: string): boolean {
  return id === arrival.truth.category || (arrival.truth.alsoCategories ?? []).includes(id);
}

/** Whether `id` is an acceptable group to route the arrival to: its owner or one of `alsoGroups`. */
export function acceptableGroup(arrival: Pick<ArrivalFile, 'truth'>, id: string): boolean {
  return id === arrival.truth.group || (arrival.truth.alsoGroups ?? []).includes(id);
}
