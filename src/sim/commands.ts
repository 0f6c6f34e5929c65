/**
 * Dispatches a well-formed command to its handler. A handler either refuses (state untouched,
 * except the `lifecycle` observation of an illegal close or resolve) or applies the command at
 * the current minute and says how many game minutes it costs.
 */

import { COMMAND_MINUTES } from './command-schema.ts';
import {
  addNote,
  answer,
  applyArticle,
  ask,
  diagnose,
  logTicket,
  prioritise,
  runDiagnostic,
  search,
} from './commands-intake.ts';
import { raiseProblem, reportDeviation } from './commands-report.ts';
import { assign, close, escalate, hold, link, resolve, resume } from './commands-work.ts';
import type { Draft } from './draft.ts';
import { done, type Outcome } from './guard.ts';
import { endShift } from './missed.ts';
import type { Command } from './types.ts';
import { assertNever } from './util.ts';

/** Applies one command to the draft; see the engine semantics in the team contract. */
export function applyCommand(d: Draft, c: Command): Outcome {
  switch (c.type) {
    case 'contact/answer':
      return answer(d, c);
    case 'ticket/log':
      return logTicket(d, c);
    case 'ticket/ask':
      return ask(d, c);
    case 'ticket/prioritise':
      return prioritise(d, c);
    case 'kb/search':
      return search(d, c);
    case 'ticket/apply-article':
      return applyArticle(d, c);
    case 'ticket/run-diagnostic':
      return runDiagnostic(d, c);
    case 'ticket/diagnose':
      return diagnose(d, c);
    case 'ticket/resolve':
      return resolve(d, c);
    case 'ticket/assign':
      return assign(d, c);
    case 'ticket/escalate':
      return escalate(d, c);
    case 'ticket/hold':
      return hold(d, c);
    case 'ticket/resume':
      return resume(d, c);
    case 'ticket/link':
      return link(d, c);
    case 'problem/raise':
      return raiseProblem(d, c);
    case 'ticket/close':
      return close(d, c);
    case 'ticket/note':
      return addNote(d, c);
    case 'sla/report-deviation':
      return reportDeviation(d, c);
    case 'shift/end':
      endShift(d);
      return done(COMMAND_MINUTES[c.type]);
    default:
      return assertNever(c);
  }
}
