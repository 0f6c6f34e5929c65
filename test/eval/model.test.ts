/**
 * The accumulation model on cases small enough to compute by hand (defaults slip 0.1, guess 0.2,
 * uniform prior over theta 0..cap). Each case's arithmetic is in its comment.
 */
import { describe, expect, it } from 'vitest';
import type { IndicatorId, Level } from '../../src/domain/competency.ts';
import {
  claim,
  INDICATOR_CAP,
  mastery,
  posterior,
  shareUnits,
  weigh,
  weightOfEvidence,
} from '../../src/eval/model.ts';

const item = (level: Level, shown: boolean, weight = 1, unit = `u${level}${shown}${weight}`) => ({
  level,
  shown,
  weight,
  slip: 0.1,
  guess: 0.2,
  unit,
});

describe('posterior', () => {
  it('is uniform over the assessable levels only', () => {
    expect(posterior([], 5)).toHaveLength(6);
    for (const p of posterior([], 2)) expect(p).toBeCloseTo(1 / 3, 15);
    expect(posterior([], 2)).toHaveLength(3);
  });

  it('one shown L1 item at cap 1: 0.2 vs 0.9; M_1 = 0.9 / 1.1, claimed alone', () => {
    const post = posterior([item(1, true)], 1);
    expect(post[0]).toBeCloseTo(0.2 / 1.1, 12);
    expect(mastery(post, 1)).toBeCloseTo(0.9 / 1.1, 12); // 0.8181818
    expect(claim(post)).toEqual({ level: 1, to: 1, confidence: post[1] });
  });

  it('L1 shown, L2 missed at cap 2: 0.16 / 0.72 / 0.09; Level 1 alone is 0.742, so it claims 1 to 2', () => {
    const post = posterior([item(1, true), item(2, false)], 2);
    expect(post[0]).toBeCloseTo(0.16 / 0.97, 12);
    expect(post[1]).toBeCloseTo(0.72 / 0.97, 12); // 0.7422680 < 0.8
    expect(post[2]).toBeCloseTo(0.09 / 0.97, 12);
    const c = claim(post);
    expect(c.level).toBe(1);
    expect(c.to).toBe(2);
    expect(c.confidence).toBeCloseTo(0.81 / 0.97, 12); // 0.8350515
  });

  it('gives items above the cap no say: a shown L3 item changes nothing at cap 1', () => {
    expect(posterior([item(1, true), item(3, true)], 1)).toEqual(posterior([item(1, true)], 1));
  });

  it('weight 2 squares the likelihood: 0.04 vs 0.81 at cap 1', () => {
    expect(mastery(posterior([item(1, true, 2)], 1), 1)).toBeCloseTo(0.81 / 0.85, 12);
  });

  it('one missed L1 item at cap 1: 0.8 vs 0.1, not yet Level 1 at 0.889', () => {
    const c = claim(posterior([item(1, false)], 1));
    expect(c.level).toBe(0);
    expect(c.to).toBe(0);
    expect(c.confidence).toBeCloseTo(0.8 / 0.9, 12);
  });

  it('no evidence at cap 2: a flat posterior claims the whole range, never one level at 33 %', () => {
    const c = claim(posterior([], 2));
    expect(c.level).toBe(0);
    expect(c.to).toBe(2);
    expect(c.confidence).toBeCloseTo(1, 12);
  });
});

describe('grouping dependent items', () => {
  it('counts the items of one unit and level as one: three weight-1 items get a third each', () => {
    const grouped = shareUnits([item(1, true, 1, 'T1'), item(1, false, 1, 'T1'), item(1, true, 1, 'T1')]);
    expect(grouped.map((i) => i.weight)).toEqual([1 / 3, 1 / 3, 1 / 3]);
  });

  it('keeps a light item light (0.25 alone, two of them 0.25 each) and a heavy rule heavy', () => {
    expect(shareUnits([item(2, false, 0.25, 'T1')]).map((i) => i.weight)).toEqual([0.25]);
    expect(shareUnits([item(2, false, 0.25, 'T1'), item(2, false, 0.25, 'T1')]).map((i) => i.weight)).toEqual(
      [0.25, 0.25],
    );
    // Weights 2 and 1: the group weighs 2, shared 2/3 and 1/3.
    expect(shareUnits([item(2, true, 2, 'T1'), item(2, true, 1, 'T1')]).map((i) => i.weight)).toEqual([
      4 / 3,
      2 / 3,
    ]);
  });

  it('groups by unit and level: the same ticket at two levels, or two tickets, stay apart', () => {
    const grouped = shareUnits([item(1, true, 1, 'T1'), item(2, true, 1, 'T1'), item(1, true, 1, 'T2')]);
    expect(grouped.map((i) => i.weight)).toEqual([1, 1, 1]);
  });

  it('makes two shown items of one ticket as sure as one, and of two tickets surer', () => {
    const one = posterior(shareUnits([item(1, true, 1, 'T1')]), 1);
    const sameTicket = posterior(shareUnits([item(1, true, 1, 'T1'), item(1, true, 1, 'T1')]), 1);
    const twoTickets = posterior(shareUnits([item(1, true, 1, 'T1'), item(1, true, 1, 'T2')]), 1);
    expect(sameTicket[1]).toBeCloseTo(one[1] ?? 0, 12);
    expect(twoTickets[1]).toBeCloseTo(0.81 / 0.85, 12);
  });
});

describe('indicators carry their level together', () => {
  const on = (indicator: IndicatorId, unit: string, shown: boolean) => ({
    ...item(2, shown, 1, unit),
    indicator,
  });

  it(`caps each indicator at ${INDICATOR_CAP} units: ten tickets of right priorities weigh 6, scaled alike`, () => {
    const triage = Array.from({ length: 10 }, (_, i) => on('L2.triage-route', `T${i}`, true));
    expect(weigh(triage).map((i) => i.weight)).toEqual(triage.map(() => 0.6));
    // An indicator under the cap keeps its weight.
    expect(weigh([on('L2.gather-information', 'T1', false)]).map((i) => i.weight)).toEqual([1]);
  });

  it('lets no single indicator carry a level against the others: 10 right priorities, 3 + 3 tickets failed', () => {
    const items = [
      ...Array.from({ length: 10 }, (_, i) => on('L2.triage-route', `T${i}`, true)),
      ...['U1', 'U2', 'U3'].map((u) => on('L2.gather-information', u, false)),
      ...['V1', 'V2', 'V3'].map((u) => on('L2.helpdesk-support', u, false)),
    ];
    // Capped: 6 x ln(0.85 / 0.2) - 6 x ln(0.8 / 0.15) = 6 x (1.4469 - 1.6740) < 0: not Level 2.
    expect(claim(posterior(weigh(items), 2)).level).toBe(0);
    // Uncapped, the ten priorities would have carried it: 10 x 1.4469 > 6 x 1.6740.
    expect(claim(posterior(shareUnits(items), 2)).level).toBe(2);
  });
});

describe('weight of evidence', () => {
  it('is ln 4.5 for a shown item and ln 0.125 for a missed one, times the weight', () => {
    expect(weightOfEvidence(item(2, true))).toBeCloseTo(Math.log(4.5), 12); // 1.5040774
    expect(weightOfEvidence(item(2, false))).toBeCloseTo(Math.log(0.125), 12); // -2.0794415
    expect(weightOfEvidence(item(2, false, 2))).toBeCloseTo(2 * Math.log(0.125), 12);
  });
});
