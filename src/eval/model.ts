/**
 * Evidence accumulation in two layers: one latent level theta with a uniform prior over the
 * levels this shift can assess (0 up to the cap, nothing above); each indicator of level l held or
 * not (P(held | theta) = 1 - INDICATOR_SLIP when theta >= l, INDICATOR_GUESS otherwise); and every
 * evidence item of the indicator shown with P = 1 - slip when it is held, guess otherwise.
 * Indicators are summed out exactly, so a level rests on its indicators: each moves the odds by a
 * bounded factor whatever its number of items.
 *
 * Dependent items are grouped first (`shareUnits`). The items one unit gave at one level (a ticket, a
 * problem, or one command when it concerns none) form a testlet that counts as one piece of
 * evidence: the group contributes the weighted mean of its items' log-likelihoods times its own
 * weight, which is the sum of its items' weights up to a ceiling of 1 (or of its strongest item's
 * weight, when a rule weighs more). So a chatty ticket is no surer than a quiet one, a single item
 * of weight 0.25 (a breach the queue caused) still counts a quarter, and with equal slip and guess
 * one more shown item never lowers a level. Items above the cap carry no information under the
 * prior and are left out.
 *
 * The posterior is computed exactly in log space, sums in a canonical order, so the order of the
 * evidence cannot change a single bit.
 */
import type { EvidenceItem } from './types.ts';

/** M_L a level needs to be inferred, and the mass a claimed range needs. */
export const MASTERY_THRESHOLD = 0.8;

type Params = Pick<EvidenceItem, 'level' | 'shown' | 'weight' | 'slip' | 'guess'>;
type Grouped = Params & Pick<EvidenceItem, 'unit'>;
type Evidence = Params & Pick<EvidenceItem, 'indicator'>;

/**
 * The indicator layer: whether a player of level theta holds an indicator of level l is itself
 * uncertain. P(held | theta >= l) = 1 - INDICATOR_SLIP; P(held | theta < l) = INDICATOR_GUESS. An
 * indicator's items inform whether it is held, and only through that the level: however much
 * evidence one indicator has, it moves the odds of its level by at most
 * (1 - INDICATOR_SLIP) / INDICATOR_GUESS = 45 for it (3.8 nats) and INDICATOR_SLIP /
 * (1 - INDICATOR_GUESS) = 1 / 9.8 against it (2.3 nats). So no single indicator carries a level
 * against two of its others failed, and one indicator failed does not sink a level that two others
 * show. The values were chosen on the calibration (`deskshift calibrate`): of 0.05-0.2 for the
 * slip and 0.02-0.1 for the guess, these alone pass the bar, with the lowest calibration error.
 */
export const INDICATOR_SLIP = 0.1;
export const INDICATOR_GUESS = 0.02;

/** Natural-log likelihood of one item, its indicator held or not (before its weight). */
function logP(item: Params, mastered: boolean): number {
  if (item.shown) return Math.log(mastered ? 1 - item.slip : item.guess);
  return Math.log(mastered ? item.slip : 1 - item.guess);
}

/**
 * The items with their weight in the model: weight times their group's share, the group (one unit
 * at one level) weighing the sum of its items' weights up to max(1, its strongest item's weight).
 */
export function shareUnits<T extends Grouped>(items: readonly T[]): T[] {
  const keyOf = (i: T): string => `${i.level}|${i.unit}`;
  const weights = new Map<string, number[]>();
  for (const i of items) {
    const list = weights.get(keyOf(i));
    if (list === undefined) weights.set(keyOf(i), [i.weight]);
    else list.push(i.weight);
  }
  // Summed in ascending order, so that the order of the evidence cannot change a bit.
  const shares = new Map<string, number>();
  for (const [key, list] of weights) {
    const sorted = [...list].sort((a, b) => a - b);
    const sum = sorted.reduce((a, w) => a + w, 0);
    const max = sorted[sorted.length - 1] ?? 0;
    shares.set(key, sum <= 0 ? 1 : Math.min(sum, Math.max(1, max)) / sum);
  }
  return items.map((i) => ({ ...i, weight: i.weight * (shares.get(keyOf(i)) ?? 1) }));
}

/** Sums in ascending order, so that the order of the evidence cannot change a bit. */
function sum(values: readonly number[]): number {
  return [...values].sort((a, b) => a - b).reduce((a, v) => a + v, 0);
}

interface IndicatorEvidence {
  level: number;
  /** Weighted log-likelihood of the indicator's items were it held, and were it not. */
  held: number;
  not: number;
}

/** The evidence per indicator up to the cap, in a canonical order. */
function indicatorEvidence(items: readonly Evidence[], cap: number): IndicatorEvidence[] {
  const by = new Map<string, Evidence[]>();
  for (const i of items) {
    if (i.level > cap) continue;
    const key = `${i.level}|${i.indicator}`;
    const list = by.get(key);
    if (list === undefined) by.set(key, [i]);
    else list.push(i);
  }
  return [...by.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, list]) => ({
      level: list[0]?.level ?? 0,
      held: sum(list.map((i) => i.weight * logP(i, true))),
      not: sum(list.map((i) => i.weight * logP(i, false))),
    }));
}

/** ln P(an indicator's items | theta): held with probability 1 - INDICATOR_SLIP or INDICATOR_GUESS. */
function indicatorLog(ind: IndicatorEvidence, theta: number): number {
  const pHeld = theta >= ind.level ? 1 - INDICATOR_SLIP : INDICATOR_GUESS;
  return logSumExp([Math.log(pHeld) + ind.held, Math.log(1 - pHeld) + ind.not]);
}

/** Unnormalised log posterior over theta 0..cap (uniform prior): the summed indicator log-likelihoods. */
function logLikelihoods(items: readonly Evidence[], cap: number): number[] {
  const indicators = indicatorEvidence(items, cap);
  return Array.from({ length: cap + 1 }, (_, t) => sum(indicators.map((ind) => indicatorLog(ind, t))));
}

function logSumExp(values: readonly number[]): number {
  if (values.length === 0) return Number.NEGATIVE_INFINITY;
  const max = Math.max(...values);
  if (max === Number.NEGATIVE_INFINITY) return max;
  return max + Math.log(values.reduce((a, v) => a + Math.exp(v - max), 0));
}

/**
 * Exact posterior over theta 0..cap from a uniform prior over those levels. The items are taken
 * as given: pass them through `shareUnits` first to group dependent ones.
 */
export function posterior(items: readonly Evidence[], cap: number): number[] {
  const logs = logLikelihoods(items, cap);
  const total = logSumExp(logs);
  return logs.map((l) => Math.exp(l - total));
}

/** ln(M_L / (1 - M_L)), computed in log space so that it stays finite when M_L rounds to 0 or 1. */
export function logOddsOfLevel(items: readonly Evidence[], level: number, cap: number): number {
  const logs = logLikelihoods(items, cap);
  return logSumExp(logs.slice(level)) - logSumExp(logs.slice(0, level));
}

/** M_L = P(theta >= L); 0 above the posterior's levels. */
export function mastery(post: readonly number[], level: number): number {
  let sum = 0;
  for (let t = level; t < post.length; t += 1) sum += post[t] ?? 0;
  return Math.min(1, sum);
}

/** What the evidence supports: a level, the range of levels claimed and how sure the claim is. */
export interface Claim {
  /** The highest level L with M_L >= 0.8 (0: not yet Level 1). */
  level: number;
  /** The levels claimed: from `level` up to `to`, the fewest that hold at least 0.8 together. */
  to: number;
  /** P(level <= theta <= to): the confidence, defined once for the JSON, the text and the debrief. */
  confidence: number;
}

/**
 * The claim a posterior over 0..cap supports: the level is the highest L with M_L >= 0.8; the
 * confidence is the posterior mass of the claimed range, which starts at that level and reaches
 * up only as far as it must to hold 0.8 (at the cap, "Level N" means N or above, which the shift
 * cannot tell apart). So a report never says "Level N" at less than 80 %: when the level alone is
 * not that sure, it says "Level N to M".
 */
export function claim(post: readonly number[]): Claim {
  let level = 0;
  for (let L = 1; L < post.length; L += 1) if (mastery(post, L) >= MASTERY_THRESHOLD) level = L;
  let to = level;
  let mass = post[level] ?? 0;
  while (mass < MASTERY_THRESHOLD && to < post.length - 1) {
    to += 1;
    mass += post[to] ?? 0;
  }
  return { level, to, confidence: Math.min(1, mass) };
}

/** Signed weight of evidence of one item in nats: ln P(x | theta >= l) / P(x | theta < l), weighted. */
export function weightOfEvidence(item: Params): number {
  const ratio = item.shown ? (1 - item.slip) / item.guess : item.slip / (1 - item.guess);
  return item.weight * Math.log(ratio);
}
