/**
 * The shift's timeline for the debrief: every log entry with the game time it applied at, in plain
 * words, so each piece of evidence can link to the moment it came from (by log index).
 */
import type { Scenario } from '../scenario/schema.ts';
import { createShift, type Input, type ShiftLog, step } from '../sim/index.ts';
import { clockText, durationText, h } from './dom.ts';

/** One line per input, e.g. "Asked INC0010042: q-since". */
export function describeInput(input: Input): string {
  switch (input.type) {
    case 'clock/advance':
      return `Clock ran to minute ${input.toMinute}`;
    case 'contact/answer':
      return `Answered ${input.ticketId}`;
    case 'ticket/log':
      return `Logged ${input.ticketId} as ${input.kind} / ${input.category}`;
    case 'ticket/ask':
      return `Asked ${input.ticketId}: ${input.questionId}`;
    case 'ticket/prioritise':
      return `Set ${input.ticketId} to impact ${input.impact}, urgency ${input.urgency}`;
    case 'kb/search':
      return `Searched the knowledge base for “${input.query}”`;
    case 'ticket/apply-article':
      return `Applied ${input.articleId} to ${input.ticketId}`;
    case 'ticket/run-diagnostic':
      return `Ran ${input.diagnosticId} on ${input.ticketId}`;
    case 'ticket/diagnose':
      return `Diagnosed ${input.ticketId}: ${input.causeId}`;
    case 'ticket/resolve':
      return `Resolved ${input.ticketId} with ${input.fixId}`;
    case 'ticket/assign':
      return `Assigned ${input.ticketId} to ${input.groupId}`;
    case 'ticket/escalate':
      return `Escalated ${input.ticketId} (${input.mode}) to ${input.to}`;
    case 'ticket/hold':
      return `Put ${input.ticketId} on hold: ${input.reason}`;
    case 'ticket/resume':
      return `Resumed ${input.ticketId}`;
    case 'ticket/link':
      return `Linked ${input.ticketId} to ${input.parentId}`;
    case 'problem/raise':
      return `Raised problem “${input.title}” from ${input.ticketIds.join(', ')}`;
    case 'ticket/close':
      return `Closed ${input.ticketId}`;
    case 'ticket/note':
      return `Note on ${input.ticketId}`;
    case 'sla/report-deviation':
      return `Reported SLA deviations on ${input.ticketIds.join(', ') || 'no ticket'}`;
    case 'shift/end':
      return 'Ended the shift';
    default: {
      const never: never = input;
      return String(never);
    }
  }
}

/** The timeline list; each entry has id `log-N` for evidence links. */
export function timeline(scenario: Scenario, log: ShiftLog): HTMLOListElement {
  let state = createShift(scenario, log.seed);
  const list = h('ol', { class: 'timeline', start: 0 });
  log.entries.forEach((input, i) => {
    const at = state.now;
    const before = state.now;
    state = step(scenario, state, input).state;
    const spent = state.now - before;
    list.append(
      h(
        'li',
        { id: `log-${i}`, tabindex: -1 },
        h('time', {}, clockText(scenario.meta.shiftStart, at)),
        ` #${i} `,
        describeInput(input),
        input.type !== 'clock/advance' && spent > 0
          ? h('span', { class: 'muted' }, ` (${durationText(spent)})`)
          : null,
      ),
    );
  });
  return list;
}

/** A link to a log entry that scrolls the timeline to it and highlights it. */
export function momentLink(label: string, logIndex: number): HTMLAnchorElement {
  const a = h('a', { href: `#log-${logIndex}`, class: 'moment' }, label);
  a.addEventListener('click', (e) => {
    e.preventDefault();
    const target = document.getElementById(`log-${logIndex}`);
    if (!target) return;
    for (const el of document.querySelectorAll('.timeline li.hit')) el.classList.remove('hit');
    target.classList.add('hit');
    target.scrollIntoView({ block: 'center' });
    target.focus();
  });
  return a;
}
