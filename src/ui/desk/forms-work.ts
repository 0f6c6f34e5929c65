/**
 * Workspace forms for working a ticket: log (kind, category, caller, service, CI), impact and
 * urgency with the derived priority shown live, questions, knowledge-base search, diagnostics and
 * the diagnosis. Each submits one engine command through the store.
 */
import { priorityOf, TICKET_KINDS } from '../../scenario/index.ts';
import type { ScenarioArrival } from '../../scenario/schema.ts';
import { delayedAnswer, partyLabel } from '../../sim/index.ts';
import type { ImpactLevel, Ticket } from '../../sim/types.ts';
import type { ShiftStore } from '../../store/index.ts';
import { durationText, h } from '../dom.ts';
import { type Choice, field, formShell, select, shownOrder, textInput } from './form-kit.ts';

export interface FormEnv {
  shift: ShiftStore;
  ticket: Ticket;
  arrival: ScenarioArrival | null;
  /** Closes the form. */
  done(): void;
  /** Rebuilds the form (after a command changed what it lists). */
  refresh(): void;
}

const none: Choice = { value: '', label: '— not set —' };
const LEVELS: Choice[] = [
  { value: '1', label: '1 · High' },
  { value: '2', label: '2 · Medium' },
  { value: '3', label: '3 · Low' },
];

/** Log: kind, category, caller, service and CI. */
export function logForm(env: FormEnv): HTMLFormElement {
  const { scenario } = env.shift.getState();
  const org = scenario.organisation;
  const t = env.ticket;
  return formShell(
    'Log the ticket',
    [
      h(
        'div',
        { class: 'fields' },
        select(
          'Kind',
          'kind',
          TICKET_KINDS.map((k) => ({ value: k, label: k.replace('-', ' ') })),
          t.kind,
        ),
        select(
          'Category',
          'category',
          org.categories.map((c) => ({ value: c.id, label: c.name })),
          t.category,
        ),
        select(
          'Caller',
          'caller',
          [none, ...org.users.map((u) => ({ value: u.id, label: `${u.name} (${u.department})` }))],
          t.callerId,
        ),
        select(
          'Service',
          'service',
          [none, ...org.services.map((s) => ({ value: s.id, label: s.name }))],
          t.serviceId,
        ),
        select(
          'Configuration item',
          'ci',
          [none, ...org.configurationItems.map((c) => ({ value: c.id, label: c.name }))],
          t.ciId,
        ),
      ),
    ],
    'Log',
    (form) => {
      const kind = TICKET_KINDS.find((k) => k === field(form, 'kind')) ?? 'incident';
      const opt = (name: string) => field(form, name) || undefined;
      env.shift.dispatch({
        type: 'ticket/log',
        ticketId: t.id,
        kind,
        category: field(form, 'category'),
        ...(opt('caller') ? { caller: opt('caller') } : {}),
        ...(opt('service') ? { service: opt('service') } : {}),
        ...(opt('ci') ? { ci: opt('ci') } : {}),
      });
      env.done();
    },
    env.done,
  );
}

function level(value: string): ImpactLevel {
  return value === '1' ? 1 : value === '2' ? 2 : 3;
}

/** Impact and urgency, with the priority the matrix gives shown as they change. */
export function priorityForm(env: FormEnv): HTMLFormElement {
  const { scenario } = env.shift.getState();
  const t = env.ticket;
  const out = h('output', { class: 'prio unset', 'aria-live': 'polite' }, 'P?');
  const form = formShell(
    'Impact and urgency',
    [
      h(
        'div',
        { class: 'fields' },
        select(
          'Impact (effect on the business)',
          'impact',
          LEVELS,
          t.impact === null ? '3' : String(t.impact),
        ),
        select(
          'Urgency (how long it can wait)',
          'urgency',
          LEVELS,
          t.urgency === null ? '3' : String(t.urgency),
        ),
      ),
      h('div', { class: 'row' }, 'Priority from the matrix:', out),
    ],
    'Set priority',
    (f) => {
      env.shift.dispatch({
        type: 'ticket/prioritise',
        ticketId: t.id,
        impact: level(field(f, 'impact')),
        urgency: level(field(f, 'urgency')),
      });
      env.done();
    },
    env.done,
  );
  const update = () => {
    const p = priorityOf(scenario, level(field(form, 'impact')), level(field(form, 'urgency')));
    out.textContent = `P${p}`;
    out.className = `prio p${p}`;
  };
  form.addEventListener('change', update);
  update();
  return form;
}

/** The caller's questions; digits pick one, answers appear in the conversation. */
export function askForm(env: FormEnv): HTMLFormElement {
  const questions = shownOrder(env.arrival?.questions ?? [], env.ticket.id);
  const list = h('div', { class: 'choice-list' });
  questions.forEach((q, i) => {
    const asked = env.ticket.asked.includes(q.id);
    const party = delayedAnswer(q);
    const b = h(
      'button',
      { type: 'button', class: `btn${asked ? ' used' : ''}`, disabled: asked },
      `${i + 1}. ${q.text}`,
      party === null
        ? null
        : h(
            'span',
            { class: 'muted' },
            ` (to ${partyLabel(env.shift.getState().scenario, party.from)}; the answer comes back by ${party.via} in ${durationText(party.delayMinutes)})`,
          ),
    );
    b.addEventListener('click', () => {
      env.shift.dispatch({ type: 'ticket/ask', ticketId: env.ticket.id, questionId: q.id });
      env.refresh();
    });
    list.append(b);
  });
  if (questions.length === 0) list.append(h('p', { class: 'muted' }, 'Nothing to ask here.'));
  return formShell('Ask the caller', [list], null, () => undefined, env.done);
}

/** Knowledge-base search and apply. */
export function kbForm(env: FormEnv): HTMLFormElement {
  const s = env.shift.getState();
  const results = s.kbResults && s.kbResults.ticketId === env.ticket.id ? s.kbResults : null;
  const list = h('div', { class: 'choice-list' });
  if (results) {
    if (results.articleIds.length === 0)
      list.append(h('p', { class: 'muted' }, `No article matches “${results.query}”.`));
    for (const id of results.articleIds) {
      const article = s.scenario.knowledge.find((a) => a.id === id);
      if (!article) continue;
      const apply = h('button', { type: 'button', class: 'btn' }, `Apply ${article.id}`);
      apply.addEventListener('click', () => {
        env.shift.dispatch({ type: 'ticket/apply-article', ticketId: env.ticket.id, articleId: id });
        env.done();
      });
      list.append(
        h(
          'div',
          { class: 'box' },
          h('strong', {}, `${article.id} · ${article.title}`),
          h('p', { class: 'muted', style: 'white-space:pre-wrap;margin:4px 0' }, article.body),
          apply,
        ),
      );
    }
  }
  return formShell(
    'Knowledge base',
    [textInput('Search words', 'query', results?.query ?? '', 'e.g. vpn, printer, password'), list],
    'Search',
    (f) => {
      const query = field(f, 'query').trim();
      if (query) env.shift.dispatch({ type: 'kb/search', query, ticketId: env.ticket.id });
      env.refresh();
    },
    env.done,
  );
}

/** The diagnostics that can be run for the arrival. */
export function diagnosticsForm(env: FormEnv): HTMLFormElement {
  const { scenario } = env.shift.getState();
  const list = h('div', { class: 'choice-list' });
  const diagnostics = shownOrder(env.arrival?.diagnostics ?? [], env.ticket.id);
  diagnostics.forEach((d, i) => {
    const ran = env.ticket.diagnosticsRun.includes(d.id);
    const ci = d.ci ? scenario.organisation.configurationItems.find((c) => c.id === d.ci)?.name : null;
    const b = h(
      'button',
      { type: 'button', class: `btn${ran ? ' used' : ''}`, disabled: ran },
      `${i + 1}. ${d.name}${ci ? ` (${ci})` : ''} · ${d.costMinutes ?? 2} min`,
    );
    b.addEventListener('click', () => {
      env.shift.dispatch({ type: 'ticket/run-diagnostic', ticketId: env.ticket.id, diagnosticId: d.id });
      env.refresh();
    });
    list.append(b);
  });
  if (diagnostics.length === 0)
    list.append(h('p', { class: 'muted' }, 'No diagnostics apply to this ticket.'));
  return formShell('Run a diagnostic', [list], null, () => undefined, env.done);
}

/** Record the most likely cause. */
export function diagnosisForm(env: FormEnv): HTMLFormElement {
  const causes = shownOrder(env.arrival?.causes ?? [], env.ticket.id);
  return formShell(
    'Record the diagnosis',
    [
      causes.length
        ? select(
            'Most likely cause',
            'cause',
            causes.map((c) => ({ value: c.id, label: c.text })),
            env.ticket.diagnosis,
          )
        : h('p', { class: 'muted' }, 'No causes to choose from.'),
    ],
    causes.length ? 'Record' : null,
    (f) => {
      env.shift.dispatch({ type: 'ticket/diagnose', ticketId: env.ticket.id, causeId: field(f, 'cause') });
      env.done();
    },
    env.done,
  );
}
