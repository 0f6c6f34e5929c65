/**
 * The accumulation model on cases small enough to compute by hand (items: slip 0.1, guess 0.2;
 * indicators: INDICATOR_SLIP 0.1, INDICATOR_GUESS 0.02; uniform prior over theta 0..cap). An
 * indicator's factor is 0.9 P(items | held) + 0.1 P(items | not) at or above its level and
 * 0.02 P(items | held) + 0.98 P(items | not) below it. Each case's arithmetic is in its comment.
 */
import { describe, expect, it } from 'vitest';
import { INDICATORS, type IndicatorId, type Level } from '../../src/domain/competency.ts';
import {
  claim,
  INDICATOR_GUESS,
  INDICATOR_SLIP,
  mastery,
  posterior,
  shareUnits,
  weightOfEvidence,
} from '../../src/eval/model.ts';

/** The first indicator of a level. */
const firstOf = (level: Level): IndicatorId => INDICATORS.find((i) => i.level === level)?.id as IndicatorId;

const item = (
  level: Level,
  shown: boolean,
  weight = 1,
  unit = `u${level}${shown}${weight}`,
  indicator: IndicatorId = firstOf(level),
) => ({ level, shown, weight, slip: 0.1, guess: 0.2, unit, indicator });

describe('posterior', () => {
  it('uses the stated indicator layer', () => {
    expect([INDICATOR_SLIP, INDICATOR_GUESS]).toEqual([0.1, 0.02]);
  });

  it('is uniform over the assessable levels only', () => {
    expect(posterior([], 5)).toHaveLength(6);
    for (const p of posterior([], 2)) expect(p).toBeCloseTo(1 / 3, 15);
    expect(posterior([], 2)).toHaveLength(3);
  });

  it('one shown L1 item at cap 1: 0.214 vs 0.83, M_1 = 0.795: too little alone, so it claims 0 to 1', () => {
    // theta 1: 0.9 x 0.9 + 0.1 x 0.2 = 0.83; theta 0: 0.02 x 0.9 + 0.98 x 0.2 = 0.214.
    const post = posterior([item(1, true)], 1);
    expect(post[0]).toBeCloseTo(0.214 / 1.044, 12);
    expect(mastery(post, 1)).toBeCloseTo(0.83 / 1.044, 12); // 0.7950192
    expect(claim(post)).toEqual({ level: 0, to: 1, confidence: 1 });
  });

  it('L1 shown, L2 missed at cap 2: Level 1 alone is 0.678, so it claims 1 to 2 at 0.825', () => {
    // L2 missed: theta 2: 0.9 x 0.1 + 0.1 x 0.8 = 0.17; below: 0.02 x 0.1 + 0.98 x 0.8 = 0.786.
    // theta 0: 0.214 x 0.786 = 0.168204; 1: 0.83 x 0.786 = 0.65238; 2: 0.83 x 0.17 = 0.1411.
    const post = posterior([item(1, true), item(2, false)], 2);
    const total = 0.168204 + 0.65238 + 0.1411;
    expect(post[0]).toBeCloseTo(0.168204 / total, 12);
    expect(post[1]).toBeCloseTo(0.65238 / total, 12); // 0.6783729 < 0.8
    expect(post[2]).toBeCloseTo(0.1411 / total, 12);
    const c = claim(post);
    expect(c.level).toBe(1);
    expect(c.to).toBe(2);
    expect(c.confidence).toBeCloseTo((0.65238 + 0.1411) / total, 12); // 0.8250943
  });

  it('gives items above the cap no say: a shown L3 item changes nothing at cap 1', () => {
    expect(posterior([item(1, true), item(3, true)], 1)).toEqual(posterior([item(1, true)], 1));
  });

  it('weight 2 squares the item likelihoods: 0.0554 vs 0.733 at cap 1', () => {
    // held 0.81, not 0.04: theta 1: 0.729 + 0.004; theta 0: 0.0162 + 0.0392.
    expect(mastery(posterior([item(1, true, 2)], 1), 1)).toBeCloseTo(0.733 / 0.7884, 12);
  });

  it('one missed L1 item at cap 1: 0.786 vs 0.17, not yet Level 1 at 0.822', () => {
    const c = claim(posterior([item(1, false)], 1));
    expect(c.level).toBe(0);
    expect(c.to).toBe(0);
    expect(c.confidence).toBeCloseTo(0.786 / 0.956, 12);
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
    expect(twoTickets[1]).toBeCloseTo(0.733 / 0.7884, 12);
  });
});

describe('indicators carry their level together', () => {
  const on = (indicator: IndicatorId, unit: string, shown: boolean) => item(2, shown, 1, unit, indicator);
  const many = (indicator: IndicatorId, n: number, shown: boolean) =>
    Array.from({ length: n }, (_, i) => on(indicator, `${indicator}-${i}`, shown));

  it('bounds what one indicator can say: a hundred shown items reach M_1 = 0.9 / 0.92 and no further', () => {
    // P(items | not held) / P(items | held) = (0.2 / 0.9)^100, about 1e-65: the factors are 0.9 and 0.02.
    const items = Array.from({ length: 100 }, (_, i) => item(1, true, 1, `T${i}`));
    expect(mastery(posterior(items, 1), 1)).toBeCloseTo(0.9 / 0.92, 12);
  });

  it('lets no single indicator carry a level against two others failed: 10 right priorities, 3 + 3 tickets failed', () => {
    const items = [
      ...many('L2.triage-route', 10, true),
      ...many('L2.gather-information', 3, false),
      ...many('L2.helpdesk-support', 3, false),
    ];
    // At most 45 for, about 1 / 9.8 against twice: P(theta = 2) / P(theta < 2) < 1.
    expect(claim(posterior(items, 2)).level).toBe(0);
    expect(mastery(posterior(items, 2), 2)).toBeLessThan(0.5);
  });

  it('lets one indicator failed not sink a level two others show', () => {
    const items = [
      ...many('L2.triage-route', 3, true),
      ...many('L2.gather-information', 3, true),
      ...many('L2.helpdesk-support', 3, false),
    ];
    expect(mastery(posterior(items, 2), 2)).toBeGreaterThan(0.8);
  });

  it('counts a level by its indicators, not its items: thirty shown items of one indicator say what ten say', () => {
    // At cap 2 with nothing else: 0.9 / (0.02 + 0.02 + 0.9) once (0.2 / 0.9)^10 is negligible.
    const ten = posterior(many('L2.triage-route', 10, true), 2);
    const thirty = posterior(many('L2.triage-route', 30, true), 2);
    expect(ten[2]).toBeCloseTo(0.9 / 0.94, 5);
    expect(thirty[2]).toBeCloseTo(0.9 / 0.94, 12);
  });
});

describe('weight of evidence', () => {
  it('is ln 4.5 for a shown item and ln 0.125 for a missed one, times the weight', () => {
    expect(weightOfEvidence(item(2, true))).toBeCloseTo(Math.log(4.5), 12); // 1.5040774
    expect(weightOfEvidence(item(2, false))).toBeCloseTo(Math.log(0.125), 12); // -2.0794415
    expect(weightOfEvidence(item(2, false, 2))).toBeCloseTo(2 * Math.log(0.125), 12);
  });
});
