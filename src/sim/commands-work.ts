/**
 * Commands that move a ticket through its lifecycle: resolve, close, hold, resume, assign,
 * escalate and link.
 */
import { fixEffect } from '../scenario/index.ts';
import type { FixOutcome } from '../scenario/schema.ts';
import { COMMAND_MINUTES } from './command-schema.ts';
import { at, changeMood, type Draft, observe, writeTicket } from './draft.ts';
import { done, findTicket, type Outcome, refuse } from './guard.ts';
import { statusList, statusReason, statusRefusal } from './legality.ts';
import { endHold, markResolved } from './resolution.ts';
import { route } from './routing.ts';
import { isDeskGroup, partyName } from './scenario-index.ts';
import { missingAnswer } from './third-party.ts';
import type { Command, TicketStatus } from './types.ts';
import { assertNever, shown } from './util.ts';

type Cmd<T extends Command['type']> = Extract<Command, { type: T }>;

function illegal(
  d: Draft,
  id: string,
  verb: 'close' | 'resolve',
  status: TicketStatus,
  rule: string,
): Outcome {
  observe(d, {
    kind: 'lifecycle',
    ticketId: id,
    ok: false,
    expected: statusList(verb === 'close' ? 'ticket/close' : 'ticket/resolve'),
    actual: status,
    note: `Tried to ${verb} ${id} at ${at(d)} while it was ${status}; ${rule}.`,
  });
  return refuse(
    statusRefusal(verb === 'close' ? 'ticket/close' : 'ticket/resolve', id, status) ??
      statusReason(id, status),
  );
}

export function resolve(d: Draft, c: Cmd<'ticket/resolve'>): Outcome {
  const found = findTicket(d, c.ticketId, c.type);
  if (!found.ok) {
    const t = Object.hasOwn(d.s.tickets, c.ticketId) ? d.s.tickets[c.ticketId] : undefined;
    // On hold is not a lifecycle mistake: the desk resumes the ticket first, nothing is observed.
    if (t === undefined || t.status === 'on-hold') return refuse(found.reason);
    return illegal(d, c.ticketId, 'resolve', t.status, 'only an open, answered ticket can be resolved');
  }
  const { arrival } = found;
  const fixes = arrival.fixes ?? [];
  const fix = fixes.find((f) => f.id === c.fixId);
  if (fix === undefined && fixes.length > 0)
    return refuse(`there is no fix "${shown(c.fixId)}" for ${c.ticketId}`);
  const rightId = arrival.truth.fix;
  const deskOwns = isDeskGroup(d.index, arrival.truth.group);
  // Only the desk's own tickets can be closed off by the desk: the fix another group would apply
  // is theirs to apply, so the desk "applying" it is a wrong attempt and the routing is still owed.
  const effect = deskOwns ? fixEffect(arrival, c.fixId) : null;
  // A right fix that needs answers (`requires`) is wrong practice until they are back.
  const lacking = effect?.outcome === 'right' ? missingAnswer(d, found.t, arrival, fix) : null;
  const ok = effect?.outcome === 'right' && lacking === null;
  const fixText = fix?.text ?? c.fixId;
  const rightText = fixes.find((f) => f.id === rightId)?.text ?? rightId ?? 'another fix';
  observe(d, {
    kind: 'resolved',
    ticketId: c.ticketId,
    ok,
    expected: deskOwns
      ? lacking !== null
        ? `${rightId ?? c.fixId} once ${(fix?.requires ?? []).join(', ')} answered`
        : (rightId ?? null)
      : `routed to ${arrival.truth.group}`,
    actual: c.fixId,
    note:
      lacking !== null
        ? `${c.ticketId} resolved at ${at(d)} with "${fixText}" ${lacking}.`
        : resolvedNote(d, c.ticketId, effect?.outcome ?? null, fixText, rightText),
  });
  if (ok) {
    const routedAway = found.t.groupHistory.some((g) => !isDeskGroup(d.index, g));
    const firstContact = !routedAway && found.t.reopenCount === 0;
    writeTicket(d, c.ticketId).firstContact = firstContact;
    observe(d, {
      kind: 'first-contact',
      ticketId: c.ticketId,
      ok: firstContact,
      expected: 'resolved by the desk at the first contact',
      actual: firstContact
        ? 'resolved by the desk at the first contact'
        : routedAway
          ? 'routed away'
          : 'reopened',
      note: firstContact
        ? `${c.ticketId} was resolved by the desk at the first contact.`
        : `${c.ticketId} was not resolved at the first contact: it was ${routedAway ? 'routed to another group first' : 'reopened after a wrong fix'}.`,
    });
  }
  if (effect !== null && (effect.moodDelta !== 0 || effect.finding !== null)) {
    const t = writeTicket(d, c.ticketId);
    changeMood(t, effect.moodDelta);
    if (effect.finding !== null)
      t.pendingFinding = { dueAt: d.s.now + effect.finding.afterMinutes, text: effect.finding.text };
  }
  markResolved(
    d,
    c.ticketId,
    effect?.works === true ? 'desk' : 'desk-wrong-fix',
    c.fixId,
    effect?.reopens ?? true,
  );
  return done(COMMAND_MINUTES[c.type]);
}

/** The `resolved` verdict's sentence for the fix's outcome (null: another group owns the ticket). */
function resolvedNote(
  d: Draft,
  id: string,
  outcome: FixOutcome | null,
  fixText: string,
  rightText: string,
): string {
  const arrival = d.index.arrivalById.get(id);
  const owner = partyName(d.index, arrival?.truth.group ?? '');
  const resolved = `${id} resolved at ${at(d)} with "${fixText}"`;
  switch (outcome) {
    case null:
      return arrival?.truth.fix === undefined
        ? `${id} resolved by the desk at ${at(d)}, but ${owner} owns it; it needed routing there.`
        : `${id} resolved by the desk at ${at(d)} with "${fixText}", but ${owner} owns it: only they can apply that fix; it needed routing there.`;
    case 'right':
      return `${id} resolved at ${at(d)} with the right fix: "${fixText}".`;
    case 'needless':
      return `${resolved}: it works, but it was needless; "${rightText}" was enough.`;
    case 'risky':
      return `${resolved}: it works, but it was risky; "${rightText}" was the safe fix.`;
    case 'no-fix':
      return `${resolved}, which does not fix it; the right fix was "${rightText}".`;
    case 'harmful':
      return `${resolved}, which does not fix it and makes things worse; the right fix was "${rightText}".`;
    default:
      return assertNever(outcome);
  }
}

export function close(d: Draft, c: Cmd<'ticket/close'>): Outcome {
  const current = Object.hasOwn(d.s.tickets, c.ticketId) ? d.s.tickets[c.ticketId] : undefined;
  if (current === undefined) return refuse(`there is no ticket ${shown(c.ticketId)}`);
  if (current.status !== 'resolved') {
    return illegal(d, c.ticketId, 'close', current.status, 'only a resolved ticket can be closed');
  }
  const t = writeTicket(d, c.ticketId);
  t.status = 'closed';
  t.closedAt = d.s.now;
  observe(d, {
    kind: 'lifecycle',
    ticketId: t.id,
    ok: true,
    expected: 'resolved',
    actual: 'resolved',
    note: `${t.id} closed at ${at(d)} after it was resolved.`,
  });
  return done(COMMAND_MINUTES[c.type]);
}

export function hold(d: Draft, c: Cmd<'ticket/hold'>): Outcome {
  const found = findTicket(d, c.ticketId, c.type);
  if (!found.ok) {
    const onHold = d.s.tickets[c.ticketId]?.status === 'on-hold' && Object.hasOwn(d.s.tickets, c.ticketId);
    return refuse(onHold ? `${c.ticketId} is already on hold` : found.reason);
  }
  const label = d.index.holdReasons.get(c.reason);
  // A hold pauses the clock only for a reason the policy knows and that applies to this ticket
  // (the scenario's truth says which); "awaiting vendor" on the desk's own password reset is gaming.
  const applying = found.arrival.truth.holdReasons ?? [];
  const valid = label !== undefined && applying.includes(c.reason);
  const t = writeTicket(d, c.ticketId);
  t.status = 'on-hold';
  t.holdReason = c.reason;
  t.holdSince = valid ? d.s.now : null;
  observe(d, {
    kind: 'held',
    ticketId: t.id,
    ok: valid,
    expected: applying.length === 0 ? 'no hold' : `one of ${applying.join(', ')}`,
    actual: c.reason,
    note: valid
      ? `${t.id} put on hold at ${at(d)} for "${label}", which pauses the resolution clock.`
      : label === undefined
        ? `${t.id} put on hold at ${at(d)} for "${shown(c.reason)}", which is not a valid hold reason; the resolution clock kept running.`
        : `${t.id} put on hold at ${at(d)} for "${label}", which does not apply to it; the resolution clock kept running.`,
  });
  return done(COMMAND_MINUTES[c.type]);
}

export function resume(d: Draft, c: Cmd<'ticket/resume'>): Outcome {
  const found = findTicket(d, c.ticketId, c.type);
  if (!found.ok) {
    const known = Object.hasOwn(d.s.tickets, c.ticketId) && d.s.tickets[c.ticketId]?.status !== 'waiting';
    return refuse(known ? `${c.ticketId} is not on hold` : found.reason);
  }
  const t = writeTicket(d, c.ticketId);
  endHold(t, d.s.now);
  t.status = 'in-progress';
  return done(COMMAND_MINUTES[c.type]);
}

export function assign(d: Draft, c: Cmd<'ticket/assign'>): Outcome {
  const found = findTicket(d, c.ticketId, c.type);
  if (!found.ok) return refuse(found.reason);
  if (!d.index.groups.has(c.groupId)) return refuse(`there is no group "${shown(c.groupId)}"`);
  // Assigning to the second-line group a ticket needs is a functional escalation, whatever the button says.
  const need = found.arrival.truth.escalation;
  if (need?.mode === 'functional' && need.to.includes(c.groupId) && found.t.escalations.length === 0) {
    recordEscalation(d, c.ticketId, 'functional', c.groupId);
  }
  route(d, c.ticketId, c.groupId);
  return done(COMMAND_MINUTES[c.type]);
}

export function escalate(d: Draft, c: Cmd<'ticket/escalate'>): Outcome {
  const found = findTicket(d, c.ticketId, c.type);
  if (!found.ok) return refuse(found.reason);
  const isGroup = d.index.groups.has(c.to);
  if (!isGroup && !d.index.experts.has(c.to)) return refuse(`there is no group or expert "${shown(c.to)}"`);
  recordEscalation(d, c.ticketId, c.mode, c.to);
  if (c.mode === 'functional' && isGroup) route(d, c.ticketId, c.to);
  return done(COMMAND_MINUTES[c.type]);
}

/** Notes an escalation and compares it with the one the situation needs (if any). */
function recordEscalation(d: Draft, ticketId: string, mode: 'functional' | 'hierarchical', to: string): void {
  const need = d.index.arrivalById.get(ticketId)?.truth.escalation;
  const t = writeTicket(d, ticketId);
  t.escalations = [...t.escalations, { atMinute: d.s.now, mode, to }];
  // Its window already closed missed (deadline or breach): that was the verdict; one event, one verdict.
  if (t.missedWindows.includes('escalated')) return;
  const what = `${t.id} escalated (${mode}) to ${partyName(d.index, to)} at ${at(d)}`;
  if (need === undefined) {
    observe(d, {
      kind: 'escalated',
      ticketId: t.id,
      ok: false,
      expected: 'no escalation',
      actual: `${mode} to ${to}`,
      note: `${what}, but it did not need an escalation.`,
    });
    return;
  }
  const names = need.to.map((p) => partyName(d.index, p)).join(' or ');
  const late = (need.beforeMinute !== undefined && d.s.now > need.beforeMinute) || t.resolution.breached;
  const by =
    need.beforeMinute !== undefined ? ` by ${at(d, need.beforeMinute)}` : ' before the resolution breach';
  const rightParty = need.mode === mode && need.to.includes(to);
  const ok = rightParty && !late;
  const wrongs: string[] = [];
  if (!rightParty) wrongs.push(`it needed a ${need.mode} escalation to ${names}`);
  if (late) wrongs.push(`it was needed${by}`);
  observe(d, {
    kind: 'escalated',
    ticketId: t.id,
    ok,
    expected: `${need.mode} to ${need.to.join(' or ')}${by}`,
    actual: `${mode} to ${to} at ${at(d)}`,
    note: ok ? `${what}, in time.` : `${what}${rightParty ? ', too late' : ''}; ${wrongs.join(', and ')}.`,
  });
}

export function link(d: Draft, c: Cmd<'ticket/link'>): Outcome {
  const found = findTicket(d, c.ticketId, c.type);
  if (!found.ok) return refuse(found.reason);
  if (c.parentId === c.ticketId) return refuse(`${c.ticketId} cannot be linked to itself`);
  if (!Object.hasOwn(d.s.tickets, c.parentId)) return refuse(`there is no ticket ${shown(c.parentId)}`);
  if (found.t.parentId === c.parentId) return refuse(`${c.ticketId} is already linked to ${c.parentId}`);
  const seen = new Set<string>();
  for (let p: string | null = c.parentId; p !== null && !seen.has(p); p = d.s.tickets[p]?.parentId ?? null) {
    if (p === c.ticketId)
      return refuse(`${c.parentId} is already linked under ${c.ticketId}; linking would make a loop`);
    seen.add(p);
  }
  const right = found.arrival.truth.parent;
  const t = writeTicket(d, c.ticketId);
  t.parentId = c.parentId;
  const ok = right === c.parentId;
  observe(d, {
    kind: 'linked',
    ticketId: t.id,
    ok,
    expected: right ?? null,
    actual: c.parentId,
    note: ok
      ? `${t.id} linked to its parent ${c.parentId} at ${at(d)}.`
      : `${t.id} linked to ${c.parentId} at ${at(d)}; ${right === undefined ? 'it has no parent ticket' : `its parent is ${right}`}.`,
  });
  return done(COMMAND_MINUTES[c.type]);
}
