/**
 * The shift's timeline for the debrief: every command with the game time it applied at, in plain
 * words, so each piece of evidence can link to the moment it came from (by log index, or by minute
 * for what the clock brought).
 */

import type { Scenario } from '../scenario/schema.ts';
import { shiftClock } from '../scenario/time.ts';
import { type Command, replay, type ShiftLog } from '../sim/index.ts';
import { assertNever } from '../sim/util.ts';
import { durationText, h } from './dom.ts';

/** One line per command, e.g. "Asked INC0010042: q-since". */
function describeInput(input: Command): string {
  switch (input.type) {
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
    default:
      return assertNever(input);
  }
}

/** The timeline list; each entry has id `log-N` and its minute, for evidence links. */
export function timeline(scenario: Scenario, hash: string, log: ShiftLog): HTMLOListElement {
  const list = h('ol', { class: 'timeline', start: 0 });
  replay(scenario, hash, log, ({ index, entry, fromMinute, toMinute }) => {
    if (index === null || entry === null) return;
    const spent = toMinute - fromMinute;
    list.append(
      h(
        'li',
        { id: `log-${index}`, tabindex: -1, 'data-minute': String(fromMinute) },
        h('time', {}, shiftClock(scenario.meta.shiftStart, fromMinute)),
        ` #${index} `,
        describeInput(entry),
        spent > 0 ? h('span', { class: 'muted' }, ` (${durationText(spent)})`) : null,
      ),
    );
  });
  return list;
}

/** The timeline entry of a moment: its command, else the first command at or after its minute. */
function momentTarget(logIndex: number | null, minute: number): HTMLElement | null {
  if (logIndex !== null) return document.getElementById(`log-${logIndex}`);
  const entries = [...document.querySelectorAll<HTMLElement>('.timeline li')];
  return entries.find((li) => Number(li.dataset.minute) >= minute) ?? entries.at(-1) ?? null;
}

/** A link to a moment of the shift that scrolls the timeline to it and highlights it. */
export function momentLink(label: string, logIndex: number | null, minute: number): HTMLAnchorElement {
  const a = h('a', { href: logIndex === null ? '#timeline' : `#log-${logIndex}`, class: 'moment' }, label);
  a.addEventListener('click', (e) => {
    e.preventDefault();
    const target = momentTarget(logIndex, minute);
    if (!target) return;
    for (const el of document.querySelectorAll('.timeline li.hit')) el.classList.remove('hit');
    target.classList.add('hit');
    target.scrollIntoView({ block: 'center' });
    target.focus();
  });
  return a;
}
