/**
 * Properties of the evaluator (fast-check): one more shown opportunity never lowers the level;
 * evidence for an unrelated indicator changes nothing else; the order of independent evidence
 * does not matter.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INDICATORS, type IndicatorId, type Level } from '../../src/domain/competency.ts';
import { identifyEvidence } from '../../src/eval/evidence.ts';
import { assess } from '../../src/eval/index.ts';
import { claim, posterior, shareUnits } from '../../src/eval/model.ts';
import type { EvidenceItem } from '../../src/eval/types.ts';
import type { ObservationKind } from '../../src/scenario/schema.ts';
import { fixtureScenario, obs } from './fixture.ts';

const scenario = fixtureScenario();

const arbItem: fc.Arbitrary<EvidenceItem> = fc
  .record({
    indicator: fc.constantFrom(...INDICATORS.map((i) => i.id)),
    shown: fc.boolean(),
    weight: fc.constantFrom(0.25, 0.5, 1),
    logIndex: fc.nat(500),
    unit: fc.constantFrom('ticket:T1', 'ticket:T2', 'ticket:T3', 'command:7'),
  })
  .map((r) => ({
    ...r,
    level: Number(r.indicator[1]) as Level,
    slip: 0.1,
    guess: 0.2,
    kind: 'acknowledged' as const,
    atMinute: r.logIndex,
    ticketId: 'T1',
    note: 'n',
    seq: r.logIndex,
    source: { type: 'built-in' as const },
  }));

/** The level at a fixed cap of 5, with dependent items grouped as the evaluator groups them. */
const levelOf = (items: EvidenceItem[]): number => claim(posterior(shareUnits(items), 5)).level;

/**
 * Kinds whose observation changes no window of another indicator: not resolve or route (they close
 * windows), link (a linked duplicate needs no diagnosis), answer or breach.
 */
const QUIET: readonly ObservationKind[] = [
  'logged',
  'classified',
  'lifecycle',
  'prioritised',
  'questioned',
  'kb-applied',
  'held',
  'diagnostic-run',
  'diagnosed',
  'problem-raised',
  'first-contact',
];
const arbObs = fc
  .record({
    kind: fc.constantFrom(...QUIET, 'acknowledged', 'linked', 'resolved', 'routed', 'escalated', 'breached'),
    ticketId: fc.constantFrom('T1', 'T2', 'T3'),
    ok: fc.boolean(),
    atMinute: fc.nat(119),
  })
  .map((r) => obs({ ...r, logIndex: r.atMinute }));

describe('evaluator properties', () => {
  it('one more shown opportunity never lowers the level', () => {
    fc.assert(
      fc.property(fc.array(arbItem, { maxLength: 60 }), arbItem, (items, extra) => {
        expect(levelOf([...items, { ...extra, shown: true }])).toBeGreaterThanOrEqual(levelOf(items));
      }),
      { numRuns: 500 },
    );
  });

  it('evidence for an unrelated indicator changes nothing else in the indicators', () => {
    fc.assert(
      fc.property(
        fc.array(arbObs, { maxLength: 40 }),
        fc.constantFrom(...QUIET),
        fc.boolean(),
        (list, kind, ok) => {
          const before = assess(scenario, identifyEvidence(scenario, list));
          const extra = obs({ kind, ticketId: 'T1', ok, atMinute: 60, logIndex: 60 });
          const afterItems = identifyEvidence(scenario, [...list, extra]);
          const touched = new Set<IndicatorId>(
            afterItems.filter((i) => i.seq === extra.seq).map((i) => i.indicator),
          );
          const after = assess(scenario, afterItems);
          const others = (r: typeof before) => r.indicators.filter((i) => !touched.has(i.id));
          expect(others(after)).toEqual(others(before));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('the order of independent evidence does not matter', () => {
    fc.assert(
      fc.property(
        fc
          .array(arbObs, { maxLength: 40 })
          .chain((list) =>
            fc.tuple(
              fc.constant(list),
              fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }),
            ),
          ),
        ([list, shuffled]) => {
          const a = assess(scenario, identifyEvidence(scenario, list));
          const b = assess(scenario, identifyEvidence(scenario, shuffled));
          expect(JSON.stringify(b)).toBe(JSON.stringify(a));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('the order of evidence items does not change a bit of the posterior', () => {
    fc.assert(
      fc.property(
        fc
          .array(arbItem, { maxLength: 60 })
          .chain((items) =>
            fc.tuple(
              fc.constant(items),
              fc.shuffledSubarray(items, { minLength: items.length, maxLength: items.length }),
            ),
          ),
        ([items, shuffled]) => {
          expect(posterior(shareUnits(shuffled), 5)).toEqual(posterior(shareUnits(items), 5));
        },
      ),
      { numRuns: 300 },
    );
  });
});
