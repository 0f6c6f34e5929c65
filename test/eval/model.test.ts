/**
 * The accumulation model on cases small enough to compute by hand (defaults slip 0.1, guess 0.2,
 * uniform prior over theta 0..5). Each case's arithmetic is in its comment.
 */
import { describe, expect, it } from 'vitest';
import type { Level } from '../../src/domain/competency.ts';
import { assessableUpTo, inferLevel, mastery, posterior, weightOfEvidence } from '../../src/eval/model.ts';

const item = (level: Level, shown: boolean, weight = 1, slip = 0.1, guess = 0.2) => ({
  level,
  shown,
  weight,
  slip,
  guess,
});

describe('posterior', () => {
  it('is uniform without evidence', () => {
    for (const p of posterior([])) expect(p).toBeCloseTo(1 / 6, 15);
  });

  it('one shown L1 item: theta 0 gets 0.2, theta >= 1 gets 0.9 each; total 4.7', () => {
    const post = posterior([item(1, true)]);
    expect(post[0]).toBeCloseTo(0.2 / 4.7, 12); // 0.0425532
    expect(post[3]).toBeCloseTo(0.9 / 4.7, 12); // 0.1914894
    expect(mastery(post, 1)).toBeCloseTo(4.5 / 4.7, 12); // 0.9574468
    expect(mastery(post, 2)).toBeCloseTo(3.6 / 4.7, 12); // 0.7659574 < 0.8
    // Only Level 1 has evidence: the cap is 1, and at the cap confidence is P(theta >= 1).
    const inferred = inferLevel(post, assessableUpTo([item(1, true)]));
    expect(inferred.level).toBe(1);
    expect(inferred.confidence).toBeCloseTo(4.5 / 4.7, 12);
  });

  it('L1 shown, L2 not shown: 0.16 / 0.72 / 0.09 x4; total 1.24', () => {
    const items = [item(1, true), item(2, false)];
    const post = posterior(items);
    expect(post[0]).toBeCloseTo(0.16 / 1.24, 12); // 0.1290323
    expect(post[1]).toBeCloseTo(0.72 / 1.24, 12); // 0.5806452
    expect(post[5]).toBeCloseTo(0.09 / 1.24, 12); // 0.0725806
    expect(mastery(post, 1)).toBeCloseTo(1.08 / 1.24, 12); // 0.8709677
    expect(assessableUpTo(items)).toBe(2);
    const inferred = inferLevel(post, 2);
    expect(inferred.level).toBe(1);
    expect(inferred.confidence).toBeCloseTo(0.72 / 1.24, 12); // below the cap: the mass of Level 1 alone
  });

  it('weight 2 squares the likelihood: 0.04 vs 0.81 x5; M_1 = 4.05 / 4.09', () => {
    const post = posterior([item(1, true, 2)]);
    expect(mastery(post, 1)).toBeCloseTo(4.05 / 4.09, 12); // 0.9902200
  });

  it('two L1 and three L2 shown: 0.2^5, 0.9^2 x 0.2^3, 0.9^5 x4; M_2 = 2.36196 / 2.36876', () => {
    const items = [item(1, true), item(1, true), item(2, true), item(2, true), item(2, true)];
    const post = posterior(items);
    expect(post[0]).toBeCloseTo(0.00032 / 2.36876, 12);
    expect(post[1]).toBeCloseTo(0.00648 / 2.36876, 12);
    expect(mastery(post, 2)).toBeCloseTo(2.36196 / 2.36876, 12); // 0.9971293
    const inferred = inferLevel(post, assessableUpTo(items));
    expect(inferred.level).toBe(2);
    expect(inferred.confidence).toBeCloseTo(2.36196 / 2.36876, 12);
  });

  it('a rule slip and guess change the likelihood: guess 0.4 makes a shown L1 item weaker', () => {
    // theta 0: 0.4; theta >= 1: 0.9 -> M_1 = 4.5 / 4.9 = 0.9183673
    expect(mastery(posterior([item(1, true, 1, 0.1, 0.4)]), 1)).toBeCloseTo(4.5 / 4.9, 12);
  });

  it('never infers above a level without evidence (the cap)', () => {
    // L1 and L3 shown, L2 unseen: the cap is 1 even though M_2 is high.
    const items = [item(1, true), item(1, true), item(3, true), item(3, true)];
    expect(assessableUpTo(items)).toBe(1);
    expect(inferLevel(posterior(items), 1).level).toBe(1);
  });

  it('no evidence at all: level 0 with the prior mass of 0', () => {
    const inferred = inferLevel(posterior([]), 0);
    expect(inferred.level).toBe(0);
    expect(inferred.confidence).toBeCloseTo(1 / 6, 15);
  });
});

describe('weight of evidence', () => {
  it('is ln 4.5 for a shown item and ln 0.125 for a missed one, times the weight', () => {
    expect(weightOfEvidence(item(2, true))).toBeCloseTo(Math.log(4.5), 12); // 1.5040774
    expect(weightOfEvidence(item(2, false))).toBeCloseTo(Math.log(0.125), 12); // -2.0794415
    expect(weightOfEvidence(item(2, false, 2))).toBeCloseTo(2 * Math.log(0.125), 12);
  });
});
