/**
 * Evidence accumulation: one latent level theta in 0..5, a uniform prior, and for every evidence
 * item of level l: P(shown | theta) = 1 - slip when theta >= l, guess otherwise. Each item's
 * log-likelihood is multiplied by its weight. The exact posterior is computed in log space from
 * counts grouped by their parameters, so the order of the evidence cannot change a single bit.
 */
import type { EvidenceItem } from './types.ts';

const THETAS = [0, 1, 2, 3, 4, 5] as const;
/** M_L a level needs to be inferred. */
export const MASTERY_THRESHOLD = 0.8;

type Params = Pick<EvidenceItem, 'level' | 'shown' | 'weight' | 'slip' | 'guess'>;

/** Natural-log likelihood of one item for a given theta (before its weight). */
function logP(item: Params, theta: number): number {
  const mastered = theta >= item.level;
  if (item.shown) return Math.log(mastered ? 1 - item.slip : item.guess);
  return Math.log(mastered ? item.slip : 1 - item.guess);
}

/** Groups items by every parameter that enters the likelihood, in a canonical order. */
function grouped(items: readonly Params[]): { params: Params; count: number }[] {
  const groups = new Map<string, { params: Params; count: number }>();
  for (const i of items) {
    const key = [i.level, i.shown ? 1 : 0, i.weight, i.slip, i.guess].join('|');
    const g = groups.get(key);
    if (g === undefined) groups.set(key, { params: i, count: 1 });
    else g.count += 1;
  }
  return [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, g]) => g);
}

/** Unnormalised log posterior over theta 0..5 (uniform prior): the summed, weighted log-likelihoods. */
function logLikelihoods(items: readonly Params[]): number[] {
  const logs = THETAS.map(() => 0);
  for (const { params, count } of grouped(items)) {
    for (const t of THETAS) logs[t] = (logs[t] ?? 0) + count * params.weight * logP(params, t);
  }
  return logs;
}

function logSumExp(values: readonly number[]): number {
  const max = Math.max(...values);
  if (max === Number.NEGATIVE_INFINITY) return max;
  return max + Math.log(values.reduce((a, v) => a + Math.exp(v - max), 0));
}

/** Exact posterior over theta 0..5 from a uniform prior. */
export function posterior(items: readonly Params[]): number[] {
  const logs = logLikelihoods(items);
  const total = logSumExp(logs);
  return logs.map((l) => Math.exp(l - total));
}

/** ln(M_L / (1 - M_L)), computed in log space so that it stays finite when M_L rounds to 0 or 1. */
export function logOddsOfLevel(items: readonly Params[], level: number): number {
  const logs = logLikelihoods(items);
  return logSumExp(logs.slice(level)) - logSumExp(logs.slice(0, level));
}

/** M_L = P(theta >= L). */
export function mastery(post: readonly number[], level: number): number {
  let sum = 0;
  for (let t = level; t < post.length; t += 1) sum += post[t] ?? 0;
  return Math.min(1, sum);
}

/**
 * Highest level every level up to which has evidence: a level the shift could not see caps what
 * can be claimed above it.
 */
export function assessableUpTo(items: readonly Pick<EvidenceItem, 'level'>[]): number {
  const seen = new Set(items.map((i) => i.level));
  let cap = 0;
  while (cap < 5 && seen.has((cap + 1) as EvidenceItem['level'])) cap += 1;
  return cap;
}

/**
 * The inferred level (highest L with M_L >= 0.8, capped) and its confidence: the posterior mass
 * of that level, where at the cap the levels above (which this shift cannot tell apart from it)
 * count with it.
 */
export function inferLevel(post: readonly number[], cap: number): { level: number; confidence: number } {
  let level = 0;
  for (const L of THETAS) if (L >= 1 && mastery(post, L) >= MASTERY_THRESHOLD) level = L;
  level = Math.min(level, cap);
  const confidence = level === cap && cap >= 1 ? mastery(post, level) : (post[level] ?? 0);
  return { level, confidence };
}

/** Signed weight of evidence of one item in nats: ln P(x | theta >= l) / P(x | theta < l), weighted. */
export function weightOfEvidence(item: Params): number {
  const ratio = item.shown ? (1 - item.slip) / item.guess : item.slip / (1 - item.guess);
  return item.weight * Math.log(ratio);
}
