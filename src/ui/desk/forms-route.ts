/**
 * Workspace forms for moving a ticket on: resolve with a fix, assign to a group, escalate
 * (functional or hierarchical) to a group or an expert, hold with a reason, link to a parent,
 * raise a problem, add a note; and the SLA deviation report. One engine command each.
 */
import { actionRefusal } from '../../sim/index.ts';
import { h } from '../dom.ts';
import { checkbox, checked, field, formShell, select, shownOrder, textArea, textInput } from './form-kit.ts';
import type { FormEnv } from './forms-work.ts';

/** Resolve with one of the fixes offered for the arrival. */
export function resolveForm(env: FormEnv): HTMLFormElement {
  const fixes = shownOrder(env.arrival?.fixes ?? [], env.ticket.id);
  return formShell(
    'Resolve',
    [
      fixes.length
        ? select(
            'Fix applied',
            'fix',
            fixes.map((f) => ({ value: f.id, label: f.text })),
          )
        : h('p', { class: 'muted' }, 'No fix can be applied by the desk here; assign or escalate it.'),
    ],
    fixes.length ? 'Resolve' : null,
    (f) => {
      env.shift.dispatch({ type: 'ticket/resolve', ticketId: env.ticket.id, fixId: field(f, 'fix') });
      env.done();
    },
    env.done,
  );
}

/** Assign to a resolver group. */
export function assignForm(env: FormEnv): HTMLFormElement {
  const { groups } = env.shift.getState().scenario.organisation;
  return formShell(
    'Assign to a resolver group',
    [
      select(
        'Group',
        'group',
        groups.map((g) => ({ value: g.id, label: `${g.name} (${g.tier})` })),
        env.ticket.assignedGroup,
      ),
    ],
    'Assign',
    (f) => {
      env.shift.dispatch({ type: 'ticket/assign', ticketId: env.ticket.id, groupId: field(f, 'group') });
      env.done();
    },
    env.done,
  );
}

/** Escalate functionally or hierarchically to a group or an expert. */
export function escalateForm(env: FormEnv): HTMLFormElement {
  const { groups, experts } = env.shift.getState().scenario.organisation;
  const targets = [
    ...groups.map((g) => ({ value: g.id, label: `Group: ${g.name} (${g.tier})` })),
    ...experts.map((e) => ({
      value: e.id,
      label: `${e.authority ? 'Manager' : 'Expert'}: ${e.name} · ${e.expertise.join(', ')} · ${e.availability}`,
    })),
  ];
  return formShell(
    'Escalate',
    [
      h(
        'div',
        { class: 'fields' },
        select('Kind of escalation', 'mode', [
          { value: 'functional', label: 'Functional (more expertise)' },
          { value: 'hierarchical', label: 'Hierarchical (more authority)' },
        ]),
        select('To', 'to', targets),
      ),
    ],
    'Escalate',
    (f) => {
      const mode = field(f, 'mode') === 'hierarchical' ? 'hierarchical' : 'functional';
      env.shift.dispatch({ type: 'ticket/escalate', ticketId: env.ticket.id, mode, to: field(f, 'to') });
      env.done();
    },
    env.done,
  );
}

/** Put on hold with a reason (only the policy's reasons pause the clock). */
export function holdForm(env: FormEnv): HTMLFormElement {
  const { holdReasons } = env.shift.getState().scenario.sla;
  return formShell(
    'Put on hold',
    [
      select('Reason', 'reason', [
        ...holdReasons.map((r) => ({ value: r.id, label: r.label })),
        { value: '', label: 'Other (type below)' },
      ]),
      textInput('Other reason', 'other', '', 'only used when “Other” is chosen'),
    ],
    'Hold',
    (f) => {
      const reason = field(f, 'reason') || field(f, 'other').trim() || 'other';
      env.shift.dispatch({ type: 'ticket/hold', ticketId: env.ticket.id, reason });
      env.done();
    },
    env.done,
  );
}

/** Link to a parent ticket. */
export function linkForm(env: FormEnv): HTMLFormElement {
  const { state } = env.shift.getState();
  const others = state.order.filter((id) => id !== env.ticket.id).map((id) => state.tickets[id]);
  const choices = others.flatMap((t) => (t ? [{ value: t.id, label: `${t.id} · ${t.subject}` }] : []));
  return formShell(
    'Link to a parent ticket',
    [
      choices.length
        ? select('Parent (the same outage or request)', 'parent', choices, env.ticket.parentId)
        : h('p', { class: 'muted' }, 'No other ticket yet.'),
    ],
    choices.length ? 'Link' : null,
    (f) => {
      env.shift.dispatch({ type: 'ticket/link', ticketId: env.ticket.id, parentId: field(f, 'parent') });
      env.done();
    },
    env.done,
  );
}

/** Raise a problem from several tickets. */
export function problemForm(env: FormEnv): HTMLFormElement {
  const { scenario, state } = env.shift.getState();
  // Only the tickets the engine lets a problem name (answered ones, open or done).
  const boxes = state.order.flatMap((id) => {
    const t = state.tickets[id];
    const nameable = actionRefusal(scenario, state, id, 'problem/raise') === null;
    return t && nameable ? [checkbox('tickets', t.id, `${t.id} · ${t.subject}`, t.id === env.ticket.id)] : [];
  });
  return formShell(
    'Raise a problem',
    [
      textInput('Title', 'title', env.ticket.subject),
      h('div', { class: 'choice-list' }, h('span', { class: 'muted' }, 'Incidents it explains:'), ...boxes),
    ],
    'Raise problem',
    (f) => {
      const ticketIds = checked(f, 'tickets');
      env.shift.dispatch({
        type: 'problem/raise',
        ticketIds,
        title: field(f, 'title').trim() || env.ticket.subject,
      });
      env.done();
    },
    env.done,
  );
}

/** Add a work note. */
export function noteForm(env: FormEnv): HTMLFormElement {
  return formShell(
    'Add a work note',
    [textArea('Note', 'text')],
    'Add note',
    (f) => {
      const text = field(f, 'text').trim();
      if (text) env.shift.dispatch({ type: 'ticket/note', ticketId: env.ticket.id, text });
      env.done();
    },
    env.done,
  );
}
