/**
 * Screen 2, the briefing: the organisation, its services, the SLA table, the team and resolver
 * groups, the experts' directory and the goals of the shift. All scenario text set as text.
 */
import type { Scenario } from '../scenario/schema.ts';
import type { AppContext } from './app.ts';
import { button, durationText, h, replace } from './dom.ts';

function table(head: string[], rows: (string | Node)[][]): HTMLTableElement {
  return h(
    'table',
    {},
    h('thead', {}, h('tr', {}, ...head.map((c) => h('th', {}, c)))),
    h('tbody', {}, ...rows.map((r) => h('tr', {}, ...r.map((c) => h('td', {}, c))))),
  );
}

const prio = (p: number) => h('span', { class: `prio p${p}` }, `P${p}`);

/** The trainer's briefing, the goals and the services. */
function briefingBox(scenario: Scenario): HTMLElement {
  const org = scenario.organisation;
  return h(
    'div',
    { class: 'box' },
    h('h2', {}, 'Your briefing'),
    org.description ? h('p', { class: 'muted' }, org.description) : null,
    h('p', { style: 'white-space: pre-wrap' }, scenario.meta.briefing),
    scenario.meta.goals?.length
      ? h('div', {}, h('h3', {}, 'Goals'), h('ul', {}, ...scenario.meta.goals.map((g) => h('li', {}, g))))
      : null,
    h('h3', {}, 'Services'),
    table(
      ['Service', 'Criticality', 'What it does'],
      org.services.map((s) => [s.name, s.criticality ?? '–', s.description ?? '']),
    ),
  );
}

/** The SLA targets, the impact x urgency matrix, warnings and the holds that pause the clock. */
function serviceLevels(scenario: Scenario): HTMLElement {
  const { sla } = scenario;
  const matrix = [1, 2, 3].map((impact) => [
    `Impact ${impact}`,
    ...[1, 2, 3].map((urgency) => {
      const cell = sla.matrix.find((c) => c.impact === impact && c.urgency === urgency);
      return cell ? prio(cell.priority) : '–';
    }),
  ]);
  return h(
    'div',
    { class: 'box' },
    h('h2', {}, 'Service levels'),
    table(
      ['Priority', 'Respond within', 'Resolve within'],
      [...sla.targets]
        .sort((a, b) => a.priority - b.priority)
        .map((t) => [prio(t.priority), durationText(t.responseMinutes), durationText(t.resolutionMinutes)]),
    ),
    h('h3', { style: 'margin-top:12px' }, 'Impact × urgency'),
    table(['', 'Urgency 1', 'Urgency 2', 'Urgency 3'], matrix),
    h(
      'p',
      { class: 'muted', style: 'margin-top:8px' },
      `Warnings at ${sla.warningPercents.join(' % and ')} % of a target. Holds that pause the clock: ${sla.holdReasons.map((r) => r.label).join(', ') || 'none'}.`,
    ),
  );
}

/** The groups tickets can be routed to, and the experts who can be asked. */
function people(scenario: Scenario): HTMLElement[] {
  const org = scenario.organisation;
  return [
    h(
      'div',
      { class: 'box' },
      h('h2', {}, 'Team and resolver groups'),
      table(
        ['Group', 'Line', 'People', 'Usual turnaround'],
        org.groups.map((g) => [g.name, g.tier, g.members.join(', '), durationText(g.turnaroundMinutes)]),
      ),
    ),
    h(
      'div',
      { class: 'box' },
      h('h2', {}, 'Experts directory'),
      table(
        ['Name', 'Expertise', 'Availability'],
        org.experts.map((e) => [
          `${e.name}${e.authority ? ' (manager)' : ''}`,
          e.expertise.join(', '),
          e.availability,
        ]),
      ),
    ),
  ];
}

/** Shows the briefing; Enter starts the shift, Escape goes back. */
export function showBriefing(ctx: AppContext): void {
  const { scenario } = ctx.shift.getState();
  const start = () => {
    if (ctx.shift.getState().log.entries.length > 0) ctx.shift.restart(ctx.shift.getState().log.seed + 1);
    ctx.desk();
  };
  const startBtn = button('Start the shift', start, { kind: 'primary', key: 'Enter' });
  const screen = h(
    'main',
    { class: 'screen', 'data-screen': 'briefing' },
    h(
      'div',
      { class: 'screen-inner' },
      h(
        'div',
        { class: 'row' },
        h('h1', { class: 'grow' }, scenario.meta.title),
        button('Back', () => ctx.library(), { key: 'Esc' }),
        startBtn,
      ),
      h(
        'p',
        { class: 'muted' },
        `${scenario.organisation.name} · shift starts ${scenario.meta.shiftStart} · ${durationText(scenario.meta.lengthMinutes)}`,
      ),
      ...ctx.notices.map((n) => h('div', { class: 'notice', role: 'status' }, n)),
      h('div', { class: 'brief-grid' }, briefingBox(scenario), serviceLevels(scenario), ...people(scenario)),
      h(
        'p',
        { class: 'muted', style: 'margin-top:14px' },
        'On the desk: J/K move through the queue, A answers, L logs, Q asks, P sets priority, Space pauses, 1-4 change speed, ? shows every shortcut.',
      ),
    ),
  );
  replace(ctx.root, screen);
  screen.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') ctx.library();
  });
  startBtn.focus();
}
