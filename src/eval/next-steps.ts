/**
 * Next steps: the few indicators that would most raise the odds of the next level had every missed
 * chance for them been taken (measured in log-odds, so that it still ranks when M is near 0), each
 * with the moment in this shift where it could have been shown.
 */
import { INDICATORS } from '../domain/competency.ts';
import { shiftClock } from '../scenario/time.ts';
import { compareText, round } from './format.ts';
import { compareEvidence } from './indicators.ts';
import { logOddsOfLevel } from './model.ts';
import type { EvidenceItem, NextStep } from './types.ts';

/** How many next steps a report lists at most. */
const MAX_NEXT_STEPS = 3;

/** Next steps towards `target` (the level above the inferred one, up to `cap`); empty when there is none. */
export function nextSteps(
  items: readonly EvidenceItem[],
  target: number,
  cap: number,
  shiftStart: string,
): NextStep[] {
  if (target > cap) return [];
  const base = logOddsOfLevel(items, target, cap);
  const steps: NextStep[] = [];
  for (const ind of INDICATORS) {
    if (ind.level > target) continue;
    const against = items.filter((i) => i.indicator === ind.id && !i.shown);
    if (against.length === 0) continue;
    const flipped = items.map((i) => (i.indicator === ind.id ? { ...i, shown: true } : i));
    const gain = round(logOddsOfLevel(flipped, target, cap) - base, 4);
    const strongest = [...against].sort(compareEvidence)[0];
    if (gain <= 0 || strongest === undefined) continue;
    steps.push({
      indicator: ind.id,
      level: ind.level,
      short: ind.short,
      gain,
      moment: {
        time: shiftClock(shiftStart, strongest.atMinute),
        minute: strongest.atMinute,
        ticket: strongest.ticketId,
        note: strongest.note,
        logIndex: strongest.logIndex,
      },
    });
  }
  return steps
    .sort((a, b) => b.gain - a.gain || a.level - b.level || compareText(a.indicator, b.indicator))
    .slice(0, MAX_NEXT_STEPS);
}
