/**
 * A one-arrival scenario for the third-party answer: a desk-owned access request whose data owner
 * approves by email 10 minutes after she is asked; the access fix `requires` that approval.
 */
import type { Scenario } from '../../src/scenario/schema.ts';
import { FIXTURE } from './fixture.ts';

export const APPROVAL: Scenario = {
  ...FIXTURE,
  meta: { ...FIXTURE.meta, id: 'approval-shift' },
  organisation: {
    ...FIXTURE.organisation,
    experts: [
      ...FIXTURE.organisation.experts,
      {
        id: 'ana',
        name: 'Ana Sousa',
        expertise: ['data owner', 'Finance shared folders'],
        availability: 'Answers approval requests by email',
      },
    ],
  },
  sla: {
    ...FIXTURE.sla,
    holdReasons: [...FIXTURE.sla.holdReasons, { id: 'awaiting-approval', label: 'Awaiting approval' }],
  },
  timeline: [
    {
      id: 'REQ1',
      at: 10,
      channel: 'portal',
      caller: 'bob',
      subject: 'Access to the Finance folder',
      message: 'Please give me edit access to the Finance folder.',
      truth: {
        kind: 'service-request',
        category: 'access',
        impact: 3,
        urgency: 2,
        group: 'desk',
        fix: 'f-grant',
        rootCause: 'Access to a data owner’s folder needs her approval first.',
        holdReasons: ['awaiting-approval'],
      },
      questions: [
        {
          id: 'q-approve',
          text: 'Do you approve edit access for Bob Roe?',
          answer: 'Approved: edit access for Bob, Ana.',
          relevant: true,
          from: 'ana',
          delayMinutes: 10,
        },
        { id: 'q-which', text: 'Which folder exactly?', answer: 'Finance, the shared one.', relevant: true },
      ],
      fixes: [
        { id: 'f-grant', text: 'Add Bob to the Finance folder editors', requires: ['q-approve'] },
        { id: 'f-owner', text: 'Make Bob an owner of the folder' },
      ],
    },
  ],
};
