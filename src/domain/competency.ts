/**
 * The Service Management competency as a catalogue of indicators: one per statement of
 * `assets/competency/service-management.txt`, verbatim, with a stable id. Level 2 states
 * "Monitor service levels, review and report service delivery deviation(s)" twice: one indicator.
 * Lives at the bottom layer because scenarios (evidence hooks, rules) and the evaluator both name ids.
 */

export type Level = 1 | 2 | 3 | 4 | 5;

export const LEVEL_NAMES: Readonly<Record<Level, string>> = {
  1: 'Follow',
  2: 'Assist',
  3: 'Apply',
  4: 'Ensure',
  5: 'Strategise',
};

export interface Indicator {
  readonly id: IndicatorId;
  readonly level: Level;
  /** The statement exactly as the competency file words it. */
  readonly text: string;
  /** A short label for screens and reports. */
  readonly short: string;
}

export const INDICATOR_IDS = [
  'L1.processes-concepts',
  'L1.helpdesk-operations',
  'L2.monitor-report-deviations',
  'L2.follow-process',
  'L2.helpdesk-support',
  'L2.gather-information',
  'L2.monitor-sla-escalate',
  'L2.triage-route',
  'L2.involve-early',
  'L3.process-interrelationships',
  'L3.troubleshoot-software',
  'L3.diagnose-propose',
  'L3.manage-processes',
  'L3.schedule-release',
  'L3.point-of-escalation',
  'L3.conduct-surveys',
  'L3.guide-others',
  'L3.implement-process-changes',
  'L4.itil-practice',
  'L4.who-to-call',
  'L4.manage-helpdesk',
  'L4.problem-trends',
  'L4.develop-processes',
  'L4.write-olas',
  'L4.develop-surveys',
  'L4.set-guidelines',
  'L5.strategy-partnerships',
  'L5.negotiate-slas',
  'L5.standards-policies',
  'L5.expert-network',
  'L5.sla-templates',
  'L5.complex-slas',
  'L5.survey-guidelines',
  'L5.continual-improvement',
] as const;

export type IndicatorId = (typeof INDICATOR_IDS)[number];

const row = (id: IndicatorId, short: string, text: string): Indicator => ({
  id,
  level: Number(id[1]) as Level,
  short,
  text,
});

export const INDICATORS: readonly Indicator[] = [
  row(
    'L1.processes-concepts',
    'Service management processes and concepts',
    'Understand service management processes and concepts (e.g., incident management, change management, release management).',
  ),
  row(
    'L1.helpdesk-operations',
    'Helpdesk operations',
    'Understand concepts, techniques and practices of helpdesk operations and service delivery.',
  ),
  row(
    'L2.monitor-report-deviations',
    'Monitor and report deviations',
    'Monitor service levels, review and report service delivery deviations.',
  ),
  row(
    'L2.follow-process',
    'Follow problem, change and configuration processes',
    'Understand and follow a process in problem management, change management or configuration management.',
  ),
  row('L2.helpdesk-support', 'Provide helpdesk support', 'Provide IT helpdesk support services.'),
  row(
    'L2.gather-information',
    'Gather information from end-users',
    'Gather information from end-users to determine the nature of problems and resolve them.',
  ),
  row('L2.monitor-sla-escalate', 'Monitor SLAs and escalate', 'Monitor SLAs and escalate problems.'),
  row(
    'L2.triage-route',
    'Initial evaluation and routing',
    'Perform initial evaluation of problem and routes as necessary.',
  ),
  row(
    'L2.involve-early',
    'Involve service management early',
    'Understand the requirements of process (e.g., involvement of service management early in the process).',
  ),
  row(
    'L3.process-interrelationships',
    'Interrelationships between processes',
    'Understand interrelationships and interdependencies between service management processes.',
  ),
  row(
    'L3.troubleshoot-software',
    'Install, configure and troubleshoot software',
    'Install, configure, troubleshoot and support application software.',
  ),
  row(
    'L3.diagnose-propose',
    'Diagnose and propose solutions',
    'Analyse, evaluate, and diagnose technical problems and propose solutions.',
  ),
  row(
    'L3.manage-processes',
    'Manage processes',
    'Manage processes ensuring they are followed (e.g., change, problem, testing, costing, backup and recovery, QA release).',
  ),
  row(
    'L3.schedule-release',
    'Schedule releases without conflicts',
    'Schedule release after ensuring absence of conflicts.',
  ),
  row('L3.point-of-escalation', 'Point of escalation', 'Serve as a point of escalation.'),
  row('L3.conduct-surveys', 'Conduct satisfaction surveys', 'Conduct customer satisfaction surveys.'),
  row('L3.guide-others', 'Guide others in processes', 'Guide others in processes.'),
  row('L3.implement-process-changes', 'Implement process changes', 'Implement changes to processes.'),
  row(
    'L4.itil-practice',
    'ITIL practice',
    'Implement and manage services using the principles and methods associated with Information Technology Infrastructure Library (ITIL) and other industry best practices.',
  ),
  row('L4.who-to-call', 'Who to call', 'Identify who to call for severe or complex problems.'),
  row(
    'L4.manage-helpdesk',
    'Manage the helpdesk',
    'Manage the provision of helpdesk services and problem resolution.',
  ),
  row('L4.problem-trends', 'Problem trends', 'Analyse problem trends and make recommendations.'),
  row('L4.develop-processes', 'Develop processes', 'Develop service management processes.'),
  row(
    'L4.write-olas',
    'Write OLAs and internal SLAs',
    'Write/negotiate SLAs for operational level agreements and internal SLAs.',
  ),
  row('L4.develop-surveys', 'Develop satisfaction surveys', 'Develop customer satisfaction surveys.'),
  row('L4.set-guidelines', 'Set guidelines', 'Set guidelines for others to follow.'),
  row(
    'L5.strategy-partnerships',
    'Strategy, SLA mindset and partnerships',
    'Formulate the organisation’s service delivery standards and strategy, drive an SLA-oriented mindset, and establish strategic networks and partnerships.',
  ),
  row('L5.negotiate-slas', 'Negotiate and manage SLAs', 'Negotiate, develop, implement and manage SLAs.'),
  row(
    'L5.standards-policies',
    'Standards, practices and policies',
    'Develop service management standards, practices and policies.',
  ),
  row('L5.expert-network', 'Network of experts', 'Build and maintain a network of experts.'),
  row('L5.sla-templates', 'SLA templates', 'Develop SLA templates.'),
  row('L5.complex-slas', 'Complex SLAs', 'Negotiate complex SLAs.'),
  row(
    'L5.survey-guidelines',
    'Guidelines from survey results',
    'Provide guidelines for service management (e.g., recommend changes based upon results of a customer satisfaction survey).',
  ),
  row(
    'L5.continual-improvement',
    'Continual improvement',
    'Recommend continual improvements in service management strategy and processes.',
  ),
];
