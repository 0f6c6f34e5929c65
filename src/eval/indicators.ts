/**
 * Per-indicator view of the evidence: its status (demonstrated / partly / not yet / not assessed)
 * from its own items only, and its evidence list with the strongest items first.
 */
import { INDICATORS, type Indicator } from '../domain/competency.ts';
import { shiftClock } from '../scenario/time.ts';
import { assertNever } from '../sim/util.ts';
import { compareText, round } from './format.ts';
import { weightOfEvidence } from './model.ts';
import type {
  EvidenceItem,
  EvidenceSource,
  IndicatorStatus,
  ReportEvidence,
  ReportIndicator,
} from './types.ts';

/** Weighted share of shown evidence from which an indicator counts as demonstrated. */
const DEMONSTRATED_SHARE = 0.7;
/** Weighted share of shown evidence from which an indicator counts as partly demonstrated. */
const PARTLY_SHARE = 0.4;

/** Status of an indicator from its own evidence items. */
function statusOf(items: readonly EvidenceItem[]): IndicatorStatus {
  if (items.length === 0) return 'not assessed';
  const total = items.reduce((s, i) => s + i.weight, 0);
  const shown = items.reduce((s, i) => s + (i.shown ? i.weight : 0), 0);
  const share = shown / total;
  if (share >= DEMONSTRATED_SHARE) return 'demonstrated';
  return share >= PARTLY_SHARE ? 'partly' : 'not yet';
}

function sourceLabel(source: EvidenceSource): string {
  switch (source.type) {
    case 'built-in':
      return 'built-in';
    case 'rule':
      return `rule ${source.ruleId}`;
    case 'hook':
      return 'evidence hook';
    default:
      return assertNever(source);
  }
}

/** Strongest first, then time, then sequence, then kind: a total, stable order. */
export function compareEvidence(a: EvidenceItem, b: EvidenceItem): number {
  const wa = round(Math.abs(weightOfEvidence(a)), 6);
  const wb = round(Math.abs(weightOfEvidence(b)), 6);
  return (
    wb - wa ||
    a.atMinute - b.atMinute ||
    (a.seq ?? -1) - (b.seq ?? -1) ||
    compareText(a.kind, b.kind) ||
    compareText(a.ticketId ?? '', b.ticketId ?? '') ||
    compareText(a.note, b.note)
  );
}

/** One evidence item as the report shows it. */
function reportEvidence(item: EvidenceItem, shiftStart: string): ReportEvidence {
  return {
    time: shiftClock(shiftStart, item.atMinute),
    minute: item.atMinute,
    ticket: item.ticketId,
    note: item.note,
    direction: item.shown ? 'for' : 'against',
    weight: round(Math.abs(weightOfEvidence(item)), 2),
    logIndex: item.logIndex,
    source: sourceLabel(item.source),
  };
}

/** Every indicator of the catalogue, in catalogue order, with its status and evidence. */
export function reportIndicators(items: readonly EvidenceItem[], shiftStart: string): ReportIndicator[] {
  return INDICATORS.map((ind: Indicator) => {
    const own = items.filter((i) => i.indicator === ind.id).sort(compareEvidence);
    return {
      id: ind.id,
      level: ind.level,
      short: ind.short,
      text: ind.text,
      status: statusOf(own),
      shown: own.filter((i) => i.shown).length,
      total: own.length,
      evidence: own.map((i) => reportEvidence(i, shiftStart)),
    };
  });
}
