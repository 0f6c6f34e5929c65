/**
 * Every invalid fixture gives exactly these errors, with exact positions and wording. Each fixture is
 * `test/fixtures/valid/minimal.json` with one defect (or a syntax defect); the file name says which.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatScenarioError, parseScenario } from '../../src/scenario/index.ts';
import { buildInvalidFixtures } from './make-invalid-fixtures.ts';

const DIR = new URL('../fixtures/invalid/', import.meta.url);

const EXPECTED: [file: string, errors: string[]][] = [
  [
    'after-shift.json',
    [
      'after-shift.json:129:13  at 60 is at or after the end of the shift (60 minutes) (at timeline[1].at)',
      'after-shift.json:157:13  at "09:05" is outside the shift, which runs from 08:00 to 09:00 (at timeline[2].at)',
    ],
  ],
  [
    'also-category-unknown.json',
    [
      'also-category-unknown.json:111:28  alsoCategories[0] "acess" is not a category (did you mean "access"?) (at timeline[0].truth.alsoCategories[0])',
    ],
  ],
  [
    'also-group-desk.json',
    [
      'also-group-desk.json:141:24  alsoGroups[0] "desk" is the desk itself; only truth.group says whether the desk owns the ticket (at timeline[1].truth.alsoGroups[0])',
    ],
  ],
  [
    'also-groups-on-desk-ticket.json',
    [
      'also-groups-on-desk-ticket.json:111:23  alsoGroups is for a ticket another group owns; truth.group "desk" is the desk, which resolves it (at timeline[0].truth.alsoGroups)',
    ],
  ],
  [
    'bad-clock.json',
    ['bad-clock.json:157:13  at "8:12" must be a time of day as "HH:MM" (at timeline[2].at)'],
  ],
  [
    'bad-id.json',
    [
      'bad-id.json:42:15  id "service desk" must start with a letter or digit and use only letters, digits, ".", "_" and "-" (at organisation.groups[0].id)',
    ],
  ],
  [
    'caller-missing.json',
    [
      'caller-missing.json:155:5  missing required key "caller" (only monitoring alerts come without a caller) (at timeline[2].caller)',
    ],
  ],
  [
    'ci-cycle.json',
    [
      'ci-cycle.json:27:23  configuration items depend on each other in a cycle: exch-01 -> prn-2f -> exch-01 (at organisation.configurationItems[1].dependsOn[0])',
    ],
  ],
  [
    'ci-self-dependency.json',
    [
      'ci-self-dependency.json:27:23  "prn-2f" depends on itself (at organisation.configurationItems[1].dependsOn[0])',
    ],
  ],
  [
    'ci-unknown-service.json',
    [
      'ci-unknown-service.json:26:20  service "print" is not a service (did you mean "printing"?) (at organisation.configurationItems[1].service)',
    ],
  ],
  [
    'deep-nesting.json',
    [
      'deep-nesting.json:12:76  Nesting deeper than 64 levels (at meta.goals[0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][...)',
    ],
  ],
  [
    'duplicate-hold-reason.json',
    [
      'duplicate-hold-reason.json:92:15  duplicate hold reason id "awaiting-caller" (first at line 91) (at sla.holdReasons[1].id)',
    ],
  ],
  [
    'duplicate-id.json',
    [
      'duplicate-id.json:33:15  duplicate user id "amara.okafor" (first at line 31) (at organisation.users[1].id)',
    ],
  ],
  ['duplicate-key.json', ['duplicate-key.json:7:5  Duplicate key "title" (first at line 6) (at meta.title)']],
  [
    'duplicate-question.json',
    [
      'duplicate-question.json:179:17  duplicate question id "rear" (first at line 174) (at timeline[2].questions[1].id)',
    ],
  ],
  [
    'duplicate-target.json',
    [
      'duplicate-target.json:87:21  a second target for priority 3 (first at line 86) (at sla.targets[3].priority)',
    ],
  ],
  ['empty.json', ['empty.json:1:1  The file is empty']],
  [
    'enum-typo.json',
    [
      'enum-typo.json:104:18  channel "phnoe" is not one of "phone", "chat", "email", "portal", "monitoring" (did you mean "phone"?) (at timeline[0].channel)',
    ],
  ],
  [
    'escalation-deadline.json',
    [
      'escalation-deadline.json:142:84  beforeMinute 15 is not after the arrival (minute 20) (at timeline[1].truth.escalation.beforeMinute)',
    ],
  ],
  [
    'escalation-target.json',
    [
      'escalation-target.json:142:54  to[0] "duty-manger" is not a group or an expert (did you mean "duty-manager"?) (at timeline[1].truth.escalation.to[0])',
    ],
  ],
  [
    'fix-consequence-on-right.json',
    [
      'fix-consequence-on-right.json:119:72  consequence is for a fix that is not right; "unlock" is the right fix (at timeline[0].fixes[0].consequence)',
    ],
  ],
  [
    'fix-missing.json',
    [
      'fix-missing.json:108:16  missing required key "fix" (the desk resolves this arrival itself and it offers fixes) (at timeline[0].truth.fix)',
    ],
  ],
  [
    'fix-outcome-not-right.json',
    [
      'fix-outcome-not-right.json:115:16  fix "unlock" has outcome "needless"; truth.fix must name the one "right" fix (at timeline[0].truth.fix)',
    ],
  ],
  [
    'fix-outcome-typo.json',
    [
      'fix-outcome-typo.json:120:117  outcome "needles" is not one of "right", "needless", "risky", "no-fix", "harmful" (did you mean "needless"?) (at timeline[0].fixes[1].outcome)',
    ],
  ],
  [
    'fix-outcomes-without-truth-fix.json',
    [
      'fix-outcomes-without-truth-fix.json:133:16  missing required key "fix" (the fixes have outcomes: it names the one "right" fix) (at timeline[1].truth.fix)',
    ],
  ],
  [
    'fix-requires-no-questions.json',
    [
      'fix-requires-no-questions.json:119:70  requires[0] "rear" is not possible: the arrival offers no questions (at timeline[0].fixes[0].requires[0])',
    ],
  ],
  [
    'fix-requires.json',
    [
      'fix-requires.json:120:70  requires[0] "who" is a question that does not help ("relevant": false); a fix cannot need its answer (at timeline[0].fixes[0].requires[0])',
      'fix-requires.json:120:77  requires[1] "whoo" is not one of this arrival\'s questions (did you mean "who"?) (at timeline[0].fixes[0].requires[1])',
      'fix-requires.json:120:85  requires[2] "who" is listed twice (at timeline[0].fixes[0].requires[2])',
    ],
  ],
  [
    'fix-right-not-named.json',
    [
      'fix-right-not-named.json:115:16  fix "unlock" has outcome "needless"; truth.fix must name the one "right" fix ("reset") (at timeline[0].truth.fix)',
      'fix-right-not-named.json:120:117  outcome "right" on "reset", but truth.fix names "unlock"; exactly one fix is right, the one truth.fix names (at timeline[0].fixes[1].outcome)',
    ],
  ],
  [
    'fix-two-right.json',
    [
      'fix-two-right.json:120:117  outcome "right" on "reset", but truth.fix names "unlock"; exactly one fix is right, the one truth.fix names (at timeline[0].fixes[1].outcome)',
    ],
  ],
  ['format-version.json', ['format-version.json:3:20  formatVersion must be 1, got 2 (at formatVersion)']],
  [
    'impact-out-of-range.json',
    ['impact-out-of-range.json:111:19  impact must be 1, 2 or 3, got 4 (at timeline[0].truth.impact)'],
  ],
  [
    'indicator-typo.json',
    [
      'indicator-typo.json:125:20  evidence[0] "L2.helpdesk-suport" is not an indicator id (did you mean "L2.helpdesk-support"?) (at timeline[0].evidence[0])',
    ],
  ],
  ['missing-key.json', ['missing-key.json:155:5  missing required key "subject" (at timeline[2].subject)']],
  [
    'no-desk.json',
    [
      'no-desk.json:40:15  no group has tier "service-desk"; exactly one must (the desk itself) (at organisation.groups)',
    ],
  ],
  [
    'not-escalated-without-escalation.json',
    [
      'not-escalated-without-escalation.json:123:37  trigger "not-escalated" needs truth.escalation (at timeline[0].followUps[0].trigger)',
    ],
  ],
  [
    'not-whole-number.json',
    [
      'not-whole-number.json:31:99  patienceMinutes: expected a whole number, got 5.5 (at organisation.users[0].patienceMinutes)',
    ],
  ],
  [
    'parent-self.json',
    ['parent-self.json:170:19  parent "INC0003" is this arrival itself (at timeline[2].truth.parent)'],
  ],
  ['proto-key.json', ['proto-key.json:16:5  The key "__proto__" is not allowed (at organisation.__proto__)']],
  [
    'question-delay-alone.json',
    [
      'question-delay-alone.json:178:27  delayMinutes needs "from": the group or expert whose answer comes back later (at timeline[2].questions[0].delayMinutes)',
      'question-delay-alone.json:179:18  via needs "from": only a third party answers later, by email or otherwise (at timeline[2].questions[0].via)',
    ],
  ],
  [
    'question-delay-range.json',
    [
      'question-delay-range.json:179:27  delayMinutes must be at most 240, got 300 (at timeline[2].questions[0].delayMinutes)',
    ],
  ],
  [
    'question-from-alone.json',
    [
      'question-from-alone.json:178:19  from needs "delayMinutes": how many minutes the answer takes to come back (at timeline[2].questions[0].from)',
    ],
  ],
  [
    'question-from-desk.json',
    [
      'question-from-desk.json:178:19  from "desk" is the service desk itself; a third party is another group or an expert (at timeline[2].questions[0].from)',
    ],
  ],
  [
    'question-from-unknown.json',
    [
      'question-from-unknown.json:178:19  from "duty-manger" is not a group or an expert (did you mean "duty-manager"?) (at timeline[2].questions[0].from)',
    ],
  ],
  ['root-array.json', ['root-array.json:1:1  The top level must be an object ({ ... }), got an array']],
  [
    'rule-missing-against-met.json',
    [
      'rule-missing-against-met.json:189:18  missing "against" cannot go with outcome "met", which reads only right actions; use outcome "any" (at rules[0].missing)',
    ],
  ],
  [
    'rule-missing-unknown.json',
    [
      'rule-missing-unknown.json:188:18  missing "ignore" is not one of "neutral", "against" (at rules[0].missing)',
    ],
  ],
  [
    'rule-names-unknown-group.json',
    [
      'rule-names-unknown-group.json:187:16  names "mesaging" is not a resolver group (did you mean "messaging"?) (at rules[0].names)',
    ],
  ],
  [
    'rule-names-unknown-id.json',
    [
      'rule-names-unknown-id.json:188:16  names "unlok" is not a fix of INC0001 (did you mean "unlock"?) (at rules[0].names)',
    ],
  ],
  [
    'rule-names-without-ids.json',
    [
      'rule-names-without-ids.json:188:16  names cannot be used with an "escalated" observation, which names no id (at rules[0].names)',
    ],
  ],
  [
    'rule-names-without-ticket.json',
    ['rule-names-without-ticket.json:187:16  names needs the rule to name its "ticket" (at rules[0].names)'],
  ],
  [
    'rule-neutral-false.json',
    ['rule-neutral-false.json:188:18  neutral must be true, got false (at rules[0].neutral)'],
  ],
  [
    'rule-neutral-with-indicator.json',
    [
      'rule-neutral-with-indicator.json:189:18  missing cannot be used on a neutral rule, which gives no evidence (at rules[0].missing)',
      'rule-neutral-with-indicator.json:190:20  indicator cannot be used on a neutral rule, which gives no evidence (at rules[0].indicator)',
    ],
  ],
  [
    'rule-no-indicator.json',
    [
      'rule-no-indicator.json:183:5  rule "unlock-not-reset" needs an "indicator", or "neutral": true (at rules[0])',
    ],
  ],
  [
    'rule-order-empty-list.json',
    [
      'rule-order-empty-list.json:188:20  onlyAfter has 0 items; it must have at least 1 item (at rules[0].onlyAfter)',
    ],
  ],
  [
    'rule-order-id-without-ids.json',
    [
      'rule-order-id-without-ids.json:188:58  id cannot be used with a "prioritised" observation, which names no id (at rules[0].onlyAfter.id)',
    ],
  ],
  [
    'rule-order-list-unknown-id.json',
    [
      'rule-order-list-unknown-id.json:190:46  id "KB001" is not a knowledge article (did you mean "KB0001"?) (at rules[0].onlyAfter[1].id)',
    ],
  ],
  [
    'rule-order-string.json',
    [
      'rule-order-string.json:188:20  onlyAfter: expected an object or an array, got a string (at rules[0].onlyAfter)',
    ],
  ],
  [
    'rule-order-unknown-id.json',
    [
      'rule-order-unknown-id.json:188:55  id "unlok" is not a fix of INC0001 (did you mean "unlock"?) (at rules[0].onlyAfter.id)',
    ],
  ],
  [
    'rule-ticket.json',
    [
      'rule-ticket.json:187:17  ticket "INC0004" is not an arrival (did you mean "INC0001"?) (at rules[0].ticket)',
    ],
  ],
  [
    'shift-over-midnight.json',
    [
      'shift-over-midnight.json:157:13  at "23:20" is outside the shift, which runs from 23:30 to 00:30 (at timeline[2].at)',
    ],
  ],
  [
    'sla-matrix-hole.json',
    [
      'sla-matrix-hole.json:72:15  impact 3 x urgency 3 is missing from the matrix (at sla.matrix)',
      'sla-matrix-hole.json:81:7  impact 3 x urgency 2 appears twice (first at line 80) (at sla.matrix[8])',
    ],
  ],
  [
    'sla-target-missing.json',
    [
      'sla-target-missing.json:83:16  no target for priority 4, which the matrix gives for impact 2 x urgency 3 (at sla.targets)',
    ],
  ],
  ['syntax-bad-number.json', ['syntax-bad-number.json:11:22  Invalid number (at meta.lengthMinutes)']],
  ['syntax-comment.json', ['syntax-comment.json:3:23  Comments are not allowed in JSON']],
  [
    'syntax-missing-comma.json',
    ["syntax-missing-comma.json:8:5  Expected ',' or '}' after a property value (at meta)"],
  ],
  [
    'syntax-raw-newline.json',
    ['syntax-raw-newline.json:160:18  Unterminated string (at timeline[2].subject)'],
  ],
  [
    'syntax-single-quotes.json',
    ['syntax-single-quotes.json:6:14  Strings must use double quotes (at meta.title)'],
  ],
  [
    'syntax-trailing-comma.json',
    ["syntax-trailing-comma.json:13:3  Trailing comma before '}' is not allowed (at meta)"],
  ],
  ['syntax-unexpected-end.json', ['syntax-unexpected-end.json:92:3  Unexpected end of file']],
  [
    'target-levels-twice.json',
    ['target-levels-twice.json:9:28  level 1 is listed twice (at meta.targetLevels[2])'],
  ],
  [
    'too-long.json',
    ['too-long.json:6:14  title is 145 characters long; it must be at most 120 (at meta.title)'],
  ],
  [
    'two-desks.json',
    [
      'two-desks.json:51:17  a second group has tier "service-desk" (first at line 44); exactly one must (at organisation.groups[1].tier)',
    ],
  ],
  [
    'unknown-article.json',
    [
      'unknown-article.json:114:20  article "KB001" is not a knowledge article (did you mean "KB0001"?) (at timeline[0].truth.article)',
    ],
  ],
  [
    'unknown-caller.json',
    [
      'unknown-caller.json:105:17  caller "amara.okafr" is not a user (did you mean "amara.okafor"?) (at timeline[0].caller)',
    ],
  ],
  [
    'unknown-cause.json',
    [
      'unknown-cause.json:116:18  cause "typo" is not possible: the arrival offers no causes (at timeline[0].truth.cause)',
    ],
  ],
  [
    'unknown-diagnostic-ci.json',
    [
      'unknown-diagnostic-ci.json:148:17  ci "exch01" is not a configuration item (did you mean "exch-01"?) (at timeline[1].diagnostics[0].ci)',
    ],
  ],
  [
    'unknown-group.json',
    [
      'unknown-group.json:140:18  group "mesaging" is not a resolver group (did you mean "messaging"?) (at timeline[1].truth.group)',
    ],
  ],
  [
    'unknown-hold-reason.json',
    [
      'unknown-hold-reason.json:116:25  holdReasons[0] "awaiting-callr" is not a hold reason of the SLA policy (did you mean "awaiting-caller"?) (at timeline[0].truth.holdReasons[0])',
    ],
  ],
  [
    'unknown-key-nested.json',
    [
      'unknown-key-nested.json:178:11  unknown key "cost" (did you mean "costMinutes"?) (at timeline[2].questions[0].cost)',
    ],
  ],
  [
    'unknown-key-typo.json',
    ['unknown-key-typo.json:6:5  unknown key "titel" (did you mean "title"?) (at meta.titel)'],
  ],
  [
    'unknown-parent.json',
    [
      'unknown-parent.json:170:19  parent "INC0002" is not an arrival (did you mean "INC0001"?) (at timeline[2].truth.parent)',
    ],
  ],
  [
    'warning-order.json',
    [
      'warning-order.json:89:29  warningPercents[1] 50 must be greater than the one before it (75) (at sla.warningPercents[1])',
    ],
  ],
  [
    'wrong-fix-without-fixes.json',
    [
      'wrong-fix-without-fixes.json:180:47  trigger "wrong-fix" needs the arrival to offer fixes (at timeline[2].followUps[0].trigger)',
    ],
  ],
  [
    'wrong-type.json',
    ['wrong-type.json:11:22  lengthMinutes: expected a number, got a string (at meta.lengthMinutes)'],
  ],
];

describe('invalid fixtures', () => {
  it('lists every fixture in the folder, and at least 25', () => {
    const files = readdirSync(DIR)
      .filter((f) => f.endsWith('.json'))
      .sort();
    expect(EXPECTED.map(([file]) => file)).toEqual(files);
    expect(files.length).toBeGreaterThanOrEqual(25);
  });

  it('are minimal.json with one defect each (else run make-invalid-fixtures.ts)', () => {
    const built = buildInvalidFixtures(
      readFileSync(new URL('../fixtures/valid/minimal.json', import.meta.url), 'utf8'),
    );
    for (const [name, text] of built) {
      expect(readFileSync(new URL(`${name}.json`, DIR), 'utf8'), `${name}.json is stale`).toBe(text);
    }
  });

  it.each(EXPECTED)('%s', (file, errors) => {
    const result = parseScenario(readFileSync(new URL(file, DIR), 'utf8'), file);
    expect(result.ok ? [] : result.errors.map(formatScenarioError)).toEqual(errors);
  });
});
