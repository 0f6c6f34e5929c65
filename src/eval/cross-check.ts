/**
 * The plain cumulative rule, a cross-check on the model: Level N when every level up to N is
 * demonstrated by most (more than half) of its assessed indicators.
 */
import type { CrossCheck, ReportIndicator } from './types.ts';

/** Highest N (up to `cap`) with every level 1..N demonstrated by most of its assessed indicators. */
function cumulativeLevel(indicators: readonly ReportIndicator[], cap = 5): number {
  let level = 0;
  for (let L = 1; L <= cap; L += 1) {
    const assessed = indicators.filter((i) => i.level === L && i.status !== 'not assessed');
    const shown = assessed.filter((i) => i.status === 'demonstrated').length;
    if (assessed.length === 0 || shown * 2 <= assessed.length) break;
    level = L;
  }
  return level;
}

/** Compares the model's level with the cumulative rule (under the same cap) and says so in a sentence. */
export function crossCheck(
  modelLevel: number,
  indicators: readonly ReportIndicator[],
  cap: number,
): CrossCheck {
  const level = cumulativeLevel(indicators, cap);
  if (level === modelLevel) {
    return { level, agrees: true, note: `The cumulative rule agrees: Level ${level}.` };
  }
  const doubt = Math.min(level, modelLevel) + 1;
  return {
    level,
    agrees: false,
    note: `The cumulative rule (every level up to N shown by most of its assessed indicators) gives Level ${level} where the model gives Level ${modelLevel}; read the evidence of Level ${doubt} with care.`,
  };
}
