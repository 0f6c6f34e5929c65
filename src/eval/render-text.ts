/**
 * Readable text forms of the report and of coverage, for the terminal: plain, blameless wording,
 * "not assessed" visibly different from "not yet", every claim with its moment in the shift.
 */
import type { CoverageReport } from './coverage.ts';
import { percent } from './format.ts';
import { CONFIDENCE_MEANING } from './report.ts';
import type { Kpis, Report, ReportIndicator } from './types.ts';

/** Evidence lines shown per indicator in text; the JSON has them all. */
const TEXT_EVIDENCE_LINES = 5;

const minutes = (value: number | null): string => (value === null ? 'n/a' : `${value.toFixed(1)} min`);
/** Where a moment came from: a command of the log, or the clock. */
const logRef = (logIndex: number | null): string => (logIndex === null ? 'clock' : `log #${logIndex}`);

function indicatorLines(ind: ReportIndicator): string[] {
  const head = `  [${ind.status}] ${ind.id}  ${ind.short}`;
  if (ind.total === 0) return [head];
  const lines = [`${head}  (${ind.shown} of ${ind.total} for)`];
  for (const e of ind.evidence.slice(0, TEXT_EVIDENCE_LINES)) {
    const sign = e.direction === 'for' ? '+' : '-';
    lines.push(
      `      ${e.time}  ${(e.ticket ?? 'shift').padEnd(12)} ${sign}${e.weight.toFixed(2)}  ${e.note}  (${logRef(e.logIndex)})`,
    );
  }
  const more = ind.evidence.length - TEXT_EVIDENCE_LINES;
  if (more > 0) lines.push(`      ... and ${more} more`);
  return lines;
}

function kpiLines(k: Kpis): string[] {
  return [
    `  Tickets                      ${k.tickets}`,
    `  SLA compliance               ${percent(k.slaCompliance)}`,
    `  First-contact resolution     ${percent(k.firstContactResolution)}`,
    `  Mean time to respond         ${minutes(k.meanMinutesToRespond)}`,
    `  Mean time to resolve         ${minutes(k.meanMinutesToResolve)}`,
    `  Breaches                     ${k.breaches}`,
    `  Reopens                      ${k.reopens}`,
    `  Abandoned contacts           ${k.abandoned}`,
    `  Backlog at the end           ${k.backlogAtEnd}`,
    `  Caller satisfaction (CSAT)   ${percent(k.csat)} of ${k.satisfactionAnswers} answers`,
  ];
}

/** One line on how this evaluator version did on bots of known level, on this scenario if it was calibrated. */
export function calibrationLine(c: Report['calibration'], scenarioId: string): string {
  const pct = (x: number): string => `${(x * 100).toFixed(1)} %`;
  const own = c.scenarios.find((s) => s.id === scenarioId);
  const head = `Evaluator ${c.evaluator}, calibrated on persona bots of known level`;
  if (own === undefined) {
    const ids = c.scenarios.map((s) => s.id).join(', ');
    return `${head} on the built-in scenarios (${ids || 'none'}), not on this one: its figures there are in \`deskshift calibrate\`.`;
  }
  return `${head} on this scenario (${own.runs} runs, noise ${c.plan.noise.join(', ')}): ${pct(own.exact)} exact, ${pct(own.withinOne)} within one level, ${pct(own.over)} over; the claim held the truth in ${pct(own.claimRight)}; calibration error of the confidence ${own.ece.toFixed(3)}.`;
}

/** The report as text for people. */
export function renderReportText(report: Report): string {
  const v = report.versions;
  const out: string[] = [
    `Level: ${report.claim}`,
    CONFIDENCE_MEANING,
    `This shift assesses up to Level ${report.assessableUpTo}.${report.capReason === null ? '' : ` ${report.capReason}`}`,
    report.breadthRule,
    `Cross-check: ${report.crossCheck.note}`,
    calibrationLine(report.calibration, report.versions.scenario.id),
    '',
    'Levels (M = chance the level is reached)',
  ];
  for (const l of report.levels) {
    const name = `  Level ${l.level} ${l.name.padEnd(11)}`;
    out.push(
      l.mastery === null
        ? `${name} not assessed in this shift (evidence on ${l.breadth.indicators} of its indicators, needs ${l.breadth.needed})`
        : `${name} M = ${l.mastery.toFixed(4)}  ${l.demonstrated} of ${l.assessedIndicators} assessed indicators demonstrated (${l.indicators} in all)`,
    );
  }
  out.push('', 'Indicators');
  for (const ind of report.indicators) out.push(...indicatorLines(ind));
  out.push('', 'Shift KPIs', ...kpiLines(report.kpis), '');
  const target = report.level + 1;
  if (target > 5) {
    out.push('Next steps: none, Level 5 is the top of the scale.');
  } else if (target > report.assessableUpTo) {
    out.push(
      `Next steps: Level ${target} cannot be assessed in this shift; play a scenario that targets it.`,
    );
  } else {
    out.push(`Next steps towards Level ${target}`);
    report.nextSteps.forEach((s, i) => {
      out.push(
        `  ${i + 1}. ${s.short} (${s.indicator}): at ${s.moment.time} on ${s.moment.ticket ?? 'the shift'}, ${s.moment.note} (${logRef(s.moment.logIndex)})`,
      );
    });
    if (report.nextSteps.length === 0) out.push('  No missed chance in this shift would change the level.');
  }
  out.push(
    '',
    `Scenario ${v.scenario.id} ${v.scenario.version} (${v.scenario.hash}), engine ${v.engine}, evaluator ${v.evaluator}`,
    '',
  );
  return out.join('\n');
}

/** Coverage as text for trainers, warnings last. */
export function renderCoverageText(cov: CoverageReport): string {
  const out: string[] = [`Coverage of ${cov.scenario.id} ${cov.scenario.version}`, ''];
  for (const l of cov.levels) {
    const verdict = l.assessable ? 'assessable' : 'NOT assessable';
    out.push(
      `Level ${l.level} ${l.name}: ${l.opportunities} opportunities on ${l.indicators.length} indicators (needs ${l.indicatorsNeeded}), ${verdict}`,
    );
    for (const i of l.indicators) {
      const credit = i.creditOnly > 0 ? ` (${i.creditOnly} credit only: cannot count against)` : '';
      out.push(`  ${i.id.padEnd(32)} ${String(i.opportunities).padStart(3)}  ${i.short}${credit}`);
    }
    for (const id of l.notAssessed) out.push(`  ${id.padEnd(32)}   -  not assessed`);
  }
  out.push('', `This scenario can tell levels up to ${cov.assessableUpTo}.`);
  for (const w of cov.warnings) out.push(`warning: ${w}`);
  out.push('');
  return out.join('\n');
}
