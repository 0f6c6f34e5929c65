/**
 * The desk's actions come from the engine: each action gives one command, and the workspace offers
 * an action exactly when the engine allows its command on the ticket now.
 */
import { describe, expect, it } from 'vitest';
import { availableActions, TICKET_COMMAND_TYPES } from '../../src/sim/index.ts';
import { actionForKey, availableTicketActions, TICKET_ACTIONS } from '../../src/ui/desk/actions.ts';
import { ticketKeyHelp } from '../../src/ui/desk/keyboard.ts';
import { FIXTURE } from '../sim/fixture.ts';
import { advance, answer, INC2_OPEN, play } from '../sim/helpers.ts';

const ids = (state: Parameters<typeof availableTicketActions>[1], id: string) =>
  availableTicketActions(FIXTURE, state, id).map((a) => a.id);

const HELD = play([...INC2_OPEN, { type: 'ticket/hold', ticketId: 'INC2', reason: 'awaiting-vendor' }]).state;
const RESOLVED = play([...INC2_OPEN, { type: 'ticket/resolve', ticketId: 'INC2', fixId: 'x' }]).state;
const CLOSED = play([
  ...INC2_OPEN,
  { type: 'ticket/resolve', ticketId: 'INC2', fixId: 'x' },
  { type: 'ticket/close', ticketId: 'INC2' },
]).state;

describe('ticket actions', () => {
  it('give one distinct command each, every ticket command but none twice', () => {
    const commands = TICKET_ACTIONS.map((a) => a.command);
    expect(new Set(commands).size).toBe(TICKET_ACTIONS.length);
    expect([...commands].sort()).toEqual([...TICKET_COMMAND_TYPES].sort());
    expect(actionForKey('u')?.command).toBe('ticket/resume');
  });
  it('are offered exactly when the engine allows their command', () => {
    const states = [
      play([advance(5)]).state,
      play([advance(5), answer('INC2')]).state,
      HELD,
      RESOLVED,
      CLOSED,
    ];
    for (const state of states) {
      for (const id of [...state.order, 'NOPE']) {
        const engine = availableActions(FIXTURE, state, id);
        expect(availableTicketActions(FIXTURE, state, id).map((a) => a.command)).toEqual(
          TICKET_ACTIONS.map((a) => a.command).filter((c) => engine.includes(c)),
        );
      }
    }
  });
  it('on hold: only resume, priority, escalation, link, problem and note', () => {
    expect(ids(HELD, 'INC2')).toEqual(['priority', 'escalate', 'resume', 'link', 'problem', 'note']);
    expect(ids(play([advance(5)]).state, 'INC2')).toEqual(['answer']);
    expect(ids(RESOLVED, 'INC2')).toEqual(['problem', 'close', 'note']);
    expect(ids(CLOSED, 'INC2')).toEqual(['problem', 'note']);
  });
  it('the help overlay says which keys work on the selected ticket now', () => {
    const offered = new Set(ids(HELD, 'INC2'));
    const help = ticketKeyHelp(offered);
    expect(help.find(([k]) => k === 'U')).toEqual(['U', 'Resume (selected ticket)']);
    expect(help.find(([k]) => k === 'R')).toEqual(['R', 'Resolve (not for the selected ticket now)']);
    expect(ticketKeyHelp(null).find(([k]) => k === 'R')).toEqual(['R', 'Resolve (selected ticket)']);
  });
});
