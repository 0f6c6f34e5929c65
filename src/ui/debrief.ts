/**
 * Screen 4, the debrief: the evaluator's report for people. The level and how sure, a bar per level
 * ("not assessed" is hatched and says so, "not yet" is an empty bar), each indicator with its
 * evidence linked into the shift's timeline, the KPIs, the next steps, exports and what next.
 */
import {
  CONFIDENCE_MEANING,
  calibrationLine,
  evaluate,
  MASTERY_THRESHOLD,
  type Report,
  renderReportText,
} from '../eval/index.ts';
import type { ShiftLog } from '../sim/index.ts';
import { saveResult } from '../store/index.ts';
import type { AppContext } from './app.ts';
import { momentLink, timeline } from './debrief-timeline.ts';
import { button, download, h, replace } from './dom.ts';
import './debrief.css';
import { leaveDesk } from './desk/desk-screen.ts';
import { browserStorage } from './storage.ts';

const pct = (v: number | null) => (v === null ? '–' : `${Math.round(v * 100)} %`);
const mins = (v: number | null) => (v === null ? '–' : `${Math.round(v)} min`);

function levelBars(report: Report): HTMLElement {
  return h(
    'div',
    { class: 'level-bars' },
    ...report.levels.map((l) =>
      h(
        'div',
        { class: `level-bar ${l.mastery === null ? 'unassessed' : ''}`, 'data-level-bar': l.level },
        h('span', { class: 'lb-name' }, `L${l.level} ${l.name}`),
        h(
          'div',
          { class: 'lb-track' },
          l.mastery === null
            ? null
            : h('div', { class: 'lb-fill', style: `width:${Math.round(l.mastery * 100)}%` }),
        ),
        h(
          'span',
          { class: 'lb-text' },
          l.mastery === null
            ? 'not assessed in this shift'
            : `${pct(l.mastery)} likely reached · ${l.demonstrated} of ${l.assessedIndicators} shown${l.mastery < MASTERY_THRESHOLD ? ' · not yet' : ''}`,
        ),
      ),
    ),
  );
}

function indicators(report: Report): HTMLElement {
  const assessed = report.indicators.filter((i) => i.status !== 'not assessed');
  const rest = report.indicators.length - assessed.length;
  return h(
    'div',
    { class: 'indicators' },
    ...assessed.map((ind) =>
      h(
        'details',
        { class: `indicator ${ind.status.replace(' ', '-')}`, open: ind.status !== 'demonstrated' },
        h(
          'summary',
          {},
          h('span', { class: 'status' }, ind.status),
          ` L${ind.level} · ${ind.short} `,
          h('span', { class: 'muted' }, `(${ind.shown} of ${ind.total})`),
        ),
        h('p', { class: 'muted' }, ind.text),
        h(
          'ul',
          {},
          ...ind.evidence.map((e) =>
            h(
              'li',
              { class: e.direction },
              h('span', { class: 'dir' }, e.direction === 'for' ? '+' : '−'),
              momentLink(`${e.time}${e.ticket ? ` · ${e.ticket}` : ''}`, e.logIndex, e.minute),
              ` ${e.note}`,
            ),
          ),
        ),
      ),
    ),
    rest > 0
      ? h(
          'p',
          { class: 'muted' },
          `${rest} more indicators had no opportunity in this shift: not assessed, never counted against you.`,
        )
      : null,
  );
}

function kpis(report: Report): HTMLElement {
  const k = report.kpis;
  const rows: [string, string][] = [
    ['SLA compliance', pct(k.slaCompliance)],
    ['First-contact resolution', pct(k.firstContactResolution)],
    ['Mean time to respond', mins(k.meanMinutesToRespond)],
    ['Mean time to resolve', mins(k.meanMinutesToResolve)],
    ['Breaches', String(k.breaches)],
    ['Reopened', String(k.reopens)],
    ['Calls abandoned', String(k.abandoned)],
    ['Backlog at the end', String(k.backlogAtEnd)],
    ['Caller satisfaction', `${pct(k.csat)} (${k.satisfactionAnswers} answers)`],
  ];
  return h(
    'div',
    { class: 'kpis' },
    ...rows.map(([label, value]) =>
      h('div', { class: 'kpi' }, h('span', { class: 'muted' }, label), h('b', {}, value)),
    ),
  );
}

/** What to practise next: the strongest evidence against at the next level, or why there is none. */
function nextSteps(report: Report): HTMLElement {
  const target = report.level + 1;
  if (target > 5) return h('p', {}, 'Level 5 is the top of the scale.');
  if (target > report.assessableUpTo)
    return h('p', {}, `Level ${target} cannot be assessed in this shift; pick a scenario that targets it.`);
  return h(
    'ol',
    {},
    ...report.nextSteps.map((n) =>
      h(
        'li',
        {},
        h('b', {}, n.short),
        ` (L${n.level}): `,
        momentLink(
          `${n.moment.time}${n.moment.ticket ? ` · ${n.moment.ticket}` : ''}`,
          n.moment.logIndex,
          n.moment.minute,
        ),
        ` ${n.moment.note}`,
      ),
    ),
  );
}

/** The claim, how sure, what that means, and how far this shift can assess. */
function verdict(report: Report): HTMLElement {
  const { from, to } = report.range;
  const short = (level: number): string => (level === 0 ? 'Not yet Level 1' : `Level ${level}`);
  return h(
    'section',
    { class: 'box verdict' },
    h(
      'div',
      { class: 'level-big', 'data-level': report.level, 'data-range-to': to },
      from === to ? short(from) : `${short(from)} – ${to}`,
    ),
    h(
      'div',
      {},
      h('p', { 'data-claim': '' }, `${report.claim}.`),
      h('p', { class: 'muted' }, CONFIDENCE_MEANING),
      h(
        'p',
        { class: 'muted' },
        `This shift assesses up to Level ${report.assessableUpTo}.${report.capReason === null ? '' : ` ${report.capReason}`} ${report.crossCheck.note}`,
      ),
    ),
  );
}

/** Downloads of the report and the log, and the versions they were made with. */
function exports(report: Report, log: ShiftLog): HTMLElement[] {
  const v = report.versions;
  const id = v.scenario.id;
  return [
    h(
      'div',
      { class: 'row', style: 'margin-top:14px' },
      button('Export report (JSON)', () =>
        download(`${id}-report.json`, `${JSON.stringify(report, null, 2)}\n`),
      ),
      button('Export report (text)', () =>
        download(`${id}-report.txt`, renderReportText(report), 'text/plain'),
      ),
      button('Export shift log (JSON)', () =>
        download(`${id}.log.json`, `${JSON.stringify(log, null, 2)}\n`),
      ),
    ),
    h(
      'p',
      { class: 'muted', style: 'margin-top:10px' },
      `Scenario ${v.scenario.id} ${v.scenario.version} (${v.scenario.hash}) · engine ${v.engine} · evaluator ${v.evaluator}`,
    ),
    h('p', { class: 'muted' }, `${report.breadthRule} ${calibrationLine(report.calibration, v.scenario.id)}`),
  ];
}

/** Evaluates the shift and shows the debrief; records the result for the library. */
export function showDebrief(ctx: AppContext): void {
  leaveDesk();
  const s = ctx.shift.getState();
  const report = evaluate(s.scenario, s.state, { scenarioHash: s.hash, engineVersion: s.log.engineVersion });
  saveResult(browserStorage(), s.scenario.meta.id, {
    level: report.level,
    confidence: report.confidence,
    claim: report.claim,
    scenarioVersion: s.scenario.meta.version,
  });
  const target = report.level + 1;
  const again = button(
    'Play again',
    () => {
      ctx.shift.restart((s.log.seed + 1) >>> 0);
      ctx.briefing();
    },
    { kind: 'primary' },
  );
  const screen = h(
    'main',
    { class: 'screen', 'data-screen': 'debrief' },
    h(
      'div',
      { class: 'screen-inner debrief' },
      h(
        'div',
        { class: 'row' },
        h('h1', { class: 'grow' }, `Debrief · ${s.scenario.meta.title}`),
        again,
        button('Other scenarios', () => ctx.library()),
      ),
      verdict(report),
      h(
        'div',
        { class: 'debrief-grid' },
        h(
          'section',
          { class: 'box' },
          h('h2', {}, 'Levels'),
          levelBars(report),
          h('h2', { style: 'margin-top:14px' }, 'Shift KPIs'),
          kpis(report),
          h('h2', { style: 'margin-top:14px' }, `Next steps${target <= 5 ? ` towards Level ${target}` : ''}`),
          nextSteps(report),
        ),
        h('section', { class: 'box' }, h('h2', {}, 'What you showed, and when'), indicators(report)),
        h(
          'section',
          { class: 'box timeline-box' },
          h('h2', {}, 'Your shift, move by move'),
          timeline(s.scenario, s.hash, s.log),
        ),
      ),
      ...exports(report, s.log),
    ),
  );
  replace(ctx.root, screen);
  again.focus();
}
