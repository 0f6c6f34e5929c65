/**
 * Writes `test/fixtures/invalid/*.json`: the valid minimal scenario with one defect each (or a syntax
 * defect). Run `npx tsx test/scenario/make-invalid-fixtures.ts` after changing `minimal.json`, then
 * update the expected errors in `invalid-fixtures.test.ts` (and check every new position by eye).
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const VALID = new URL('../fixtures/valid/minimal.json', import.meta.url);
const OUT = new URL('../fixtures/invalid/', import.meta.url);

/** Fixture name -> text, built from the minimal scenario by exact text replacements. */
export function buildInvalidFixtures(base: string): Map<string, string> {
  const fixtures = new Map<string, string>();
  const edit = (name: string, ...pairs: [string, string][]): void => {
    let text = base;
    for (const [from, to] of pairs) {
      if (!text.includes(from)) throw new Error(`${name}: ${JSON.stringify(from)} is not in minimal.json`);
      text = text.replace(from, to);
    }
    fixtures.set(name, text);
  };
  // syntax and safety
  edit('syntax-trailing-comma', [
    '"lengthMinutes": 60,\n    "briefing": "You are on the phones at the Northwind service desk. Answer, log and route what comes in."\n',
    '"lengthMinutes": 60,\n    "briefing": "You are on the phones at the Northwind service desk. Answer, log and route what comes in.",\n',
  ]);
  edit('syntax-missing-comma', ['"version": "1.0",', '"version": "1.0"']);
  fixtures.set('syntax-unexpected-end', base.slice(0, base.indexOf('"knowledge"')));
  edit('syntax-comment', ['"formatVersion": 1,', '"formatVersion": 1, // first version']);
  edit('syntax-single-quotes', [
    '"title": "A quiet Tuesday morning"',
    '"title": \'A quiet Tuesday morning\'',
  ]);
  edit('syntax-bad-number', ['"lengthMinutes": 60', '"lengthMinutes": 060']);
  edit('syntax-raw-newline', [
    '"subject": "Printer shows paper jam"',
    '"subject": "Printer shows\npaper jam"',
  ]);
  fixtures.set('empty', '\n  \n');
  fixtures.set('root-array', '[\n  { "formatVersion": 1 }\n]\n');
  edit('duplicate-key', [
    '"title": "A quiet Tuesday morning",',
    '"title": "A quiet Tuesday morning",\n    "title": "A busy Tuesday morning",',
  ]);
  edit('proto-key', [
    '"name": "Northwind Logistics",',
    '"name": "Northwind Logistics",\n    "__proto__": { "polluted": true },',
  ]);
  edit('deep-nesting', [
    '"lengthMinutes": 60,',
    `"lengthMinutes": 60,\n    "goals": ${'['.repeat(70)}${']'.repeat(70)},`,
  ]);
  // schema
  edit('unknown-key-typo', ['"title": "A quiet Tuesday morning"', '"titel": "A quiet Tuesday morning"']);
  edit('wrong-type', ['"lengthMinutes": 60', '"lengthMinutes": "60"']);
  edit('not-whole-number', ['"patienceMinutes": 5 }', '"patienceMinutes": 5.5 }']);
  edit('enum-typo', ['"channel": "phone"', '"channel": "phnoe"']);
  edit('indicator-typo', ['"evidence": ["L2.helpdesk-support"]', '"evidence": ["L2.helpdesk-suport"]']);
  edit('impact-out-of-range', ['"impact": 3,\n        "urgency": 2,', '"impact": 4,\n        "urgency": 2,']);
  edit('missing-key', ['      "subject": "Printer shows paper jam",\n', '']);
  edit('bad-id', ['"id": "desk"', '"id": "service desk"']);
  edit('too-long', [
    '"title": "A quiet Tuesday morning"',
    `"title": "${'A very quiet Tuesday morning '.repeat(5)}"`,
  ]);
  edit('bad-clock', ['"at": "08:12"', '"at": "8:12"']);
  edit('format-version', ['"formatVersion": 1', '"formatVersion": 2']);
  edit('unknown-key-nested', [
    '"relevant": true\n        }\n      ]\n    }\n  ],',
    '"relevant": true,\n          "cost": 2\n        }\n      ]\n    }\n  ],',
  ]);
  // semantics
  edit(
    'duplicate-id',
    ['"id": "tom.becker"', '"id": "amara.okafor"'],
    ['"caller": "tom.becker"', '"caller": "amara.okafor"'],
  );
  edit('unknown-group', ['"group": "messaging"', '"group": "mesaging"']);
  edit('unknown-caller', ['"caller": "amara.okafor"', '"caller": "amara.okafr"']);
  edit('unknown-article', ['"article": "KB0001"', '"article": "KB001"']);
  edit('after-shift', ['"at": "08:12"', '"at": "09:05"'], ['"at": 20,', '"at": 60,']);
  edit('caller-missing', ['      "caller": "tom.becker",\n', '']);
  edit('sla-matrix-hole', [
    '{ "impact": 3, "urgency": 3, "priority": 4 }',
    '{ "impact": 3, "urgency": 2, "priority": 4 }',
  ]);
  edit(
    'sla-target-missing',
    ['      { "priority": 4, "responseMinutes": 60, "resolutionMinutes": 1440 }\n', ''],
    ['"resolutionMinutes": 480 },', '"resolutionMinutes": 480 }'],
  );
  edit('warning-order', ['"warningPercents": [50, 75]', '"warningPercents": [75, 50]']);
  edit('wrong-fix-without-fixes', [
    '"relevant": true\n        }\n      ]\n    }\n  ],',
    '"relevant": true\n        }\n      ],\n      "followUps": [{ "id": "jam", "trigger": "wrong-fix", "afterMinutes": 5, "message": "Still jammed." }]\n    }\n  ],',
  ]);
  edit('not-escalated-without-escalation', ['"trigger": "wrong-fix"', '"trigger": "not-escalated"']);
  edit('fix-missing', ['        "fix": "unlock",\n', '']);
  edit('parent-self', [
    '"rootCause": "A torn scrap',
    '"parent": "INC0003",\n        "rootCause": "A torn scrap',
  ]);
  edit('ci-cycle', [
    '"type": "server", "service": "email" }',
    '"type": "server", "service": "email", "dependsOn": ["prn-2f"] }',
  ]);
  edit('two-desks', ['"tier": "second-line"', '"tier": "service-desk"']);
  edit('rule-ticket', ['"ticket": "INC0001"', '"ticket": "INC0004"']);
  edit('rule-order-unknown-id', [
    '"ticket": "INC0001",\n      "indicator"',
    '"ticket": "INC0001",\n      "onlyAfter": { "observation": "resolved", "id": "unlok" },\n      "indicator"',
  ]);
  edit('rule-order-id-without-ids', [
    '"ticket": "INC0001",\n      "indicator"',
    '"ticket": "INC0001",\n      "onlyAfter": { "observation": "prioritised", "id": "P1" },\n      "indicator"',
  ]);
  edit('rule-names-unknown-id', [
    '"ticket": "INC0001",\n      "indicator"',
    '"ticket": "INC0001",\n      "names": "unlok",\n      "indicator"',
  ]);
  edit('rule-names-without-ids', [
    '"observation": "resolved",\n      "ticket": "INC0001",\n      "indicator"',
    '"observation": "escalated",\n      "ticket": "INC0001",\n      "names": "messaging",\n      "indicator"',
  ]);
  edit('rule-names-without-ticket', [
    '"ticket": "INC0001",\n      "indicator"',
    '"names": "unlock",\n      "indicator"',
  ]);
  edit('rule-names-unknown-group', [
    '"observation": "resolved",\n      "ticket": "INC0001",\n      "indicator"',
    '"observation": "routed",\n      "names": "mesaging",\n      "indicator"',
  ]);
  edit('rule-order-list-unknown-id', [
    '"ticket": "INC0001",\n      "indicator"',
    '"ticket": "INC0001",\n      "onlyAfter": [\n        { "observation": "routed", "id": "desk" },\n        { "observation": "kb-applied", "id": "KB001" }\n      ],\n      "indicator"',
  ]);
  edit('rule-order-empty-list', [
    '"ticket": "INC0001",\n      "indicator"',
    '"ticket": "INC0001",\n      "onlyAfter": [],\n      "indicator"',
  ]);
  edit('rule-order-string', [
    '"ticket": "INC0001",\n      "indicator"',
    '"ticket": "INC0001",\n      "onlyAfter": "unlock",\n      "indicator"',
  ]);
  edit('rule-no-indicator', [
    '"ticket": "INC0001",\n      "indicator": "L2.helpdesk-support"',
    '"ticket": "INC0001"',
  ]);
  edit('rule-neutral-with-indicator', [
    '"ticket": "INC0001",\n      "indicator"',
    '"ticket": "INC0001",\n      "neutral": true,\n      "missing": "neutral",\n      "indicator"',
  ]);
  edit('rule-neutral-false', [
    '"ticket": "INC0001",\n      "indicator"',
    '"ticket": "INC0001",\n      "neutral": false,\n      "indicator"',
  ]);
  edit('rule-missing-against-met', [
    '"ticket": "INC0001",\n      "indicator"',
    '"ticket": "INC0001",\n      "outcome": "met",\n      "missing": "against",\n      "indicator"',
  ]);
  edit('rule-missing-unknown', [
    '"ticket": "INC0001",\n      "indicator"',
    '"ticket": "INC0001",\n      "missing": "ignore",\n      "indicator"',
  ]);
  edit('target-levels-twice', ['"targetLevels": [1, 2]', '"targetLevels": [1, 2, 1]']);
  edit('escalation-target', ['"to": ["messaging"]', '"to": ["duty-manger"]']);
  edit('ci-unknown-service', [
    '"service": "printing",\n        "dependsOn"',
    '"service": "print",\n        "dependsOn"',
  ]);
  edit('unknown-cause', ['"fix": "unlock",', '"fix": "unlock",\n        "cause": "typo",']);
  edit('unknown-hold-reason', [
    '"fix": "unlock",',
    '"fix": "unlock",\n        "holdReasons": ["awaiting-callr"],',
  ]);
  edit(
    'shift-over-midnight',
    ['"shiftStart": "08:00"', '"shiftStart": "23:30"'],
    ['"at": "08:05"', '"at": "00:10"'],
    ['"at": "08:12"', '"at": "23:20"'],
  );
  edit('unknown-diagnostic-ci', [
    '"ci": "exch-01",\n          "result"',
    '"ci": "exch01",\n          "result"',
  ]);
  edit('duplicate-question', [
    '"answer": "No, only the front one.",\n          "relevant": true\n        }',
    '"answer": "No, only the front one.",\n          "relevant": true\n        },\n        { "id": "rear", "text": "Is the rear door shut?", "answer": "Yes.", "relevant": false }',
  ]);
  edit('escalation-deadline', ['"beforeMinute": 40', '"beforeMinute": 15']);
  edit('ci-self-dependency', ['"dependsOn": ["exch-01"]', '"dependsOn": ["prn-2f"]']);
  edit('no-desk', ['"tier": "service-desk"', '"tier": "second-line"']);
  edit('duplicate-target', [
    '{ "priority": 3, "responseMinutes": 30, "resolutionMinutes": 480 },',
    '{ "priority": 3, "responseMinutes": 30, "resolutionMinutes": 480 },\n      { "priority": 3, "responseMinutes": 20, "resolutionMinutes": 240 },',
  ]);
  edit('unknown-parent', [
    '"rootCause": "A torn scrap',
    '"parent": "INC0002",\n        "rootCause": "A torn scrap',
  ]);
  edit('duplicate-hold-reason', [
    '[{ "id": "awaiting-caller", "label": "Awaiting caller" }]',
    '[\n      { "id": "awaiting-caller", "label": "Awaiting caller" },\n      { "id": "awaiting-caller", "label": "Awaiting supplier" }\n    ]',
  ]);
  // graded fixes and other acceptable categories and groups
  edit('fix-outcome-not-right', [
    '{ "id": "unlock", "text": "Unlock the account" }',
    '{ "id": "unlock", "text": "Unlock the account", "outcome": "needless" }',
  ]);
  edit('fix-two-right', [
    '"why": "More than needed: an unlock was enough." }',
    '"why": "More than needed: an unlock was enough.", "outcome": "right" }',
  ]);
  edit(
    'fix-right-not-named',
    [
      '{ "id": "unlock", "text": "Unlock the account" }',
      '{ "id": "unlock", "text": "Unlock the account", "outcome": "needless" }',
    ],
    [
      '"why": "More than needed: an unlock was enough." }',
      '"why": "More than needed: an unlock was enough.", "outcome": "right" }',
    ],
  );
  edit('fix-consequence-on-right', [
    '{ "id": "unlock", "text": "Unlock the account" }',
    '{ "id": "unlock", "text": "Unlock the account", "consequence": { "moodDelta": 10 } }',
  ]);
  edit('fix-outcome-typo', [
    '"why": "More than needed: an unlock was enough." }',
    '"why": "More than needed: an unlock was enough.", "outcome": "needles" }',
  ]);
  edit('fix-outcomes-without-truth-fix', [
    '"relevant": true\n        }\n      ],\n      "evidence": ["L2.triage-route"',
    '"relevant": true\n        }\n      ],\n      "fixes": [{ "id": "restart", "text": "Restart the transport service", "outcome": "risky" }],\n      "evidence": ["L2.triage-route"',
  ]);
  edit('also-category-unknown', [
    '"category": "access",',
    '"category": "access",\n        "alsoCategories": ["acess"],',
  ]);
  edit('also-group-desk', [
    '"group": "messaging",',
    '"group": "messaging",\n        "alsoGroups": ["desk"],',
  ]);
  edit('also-groups-on-desk-ticket', [
    '"category": "access",',
    '"category": "access",\n        "alsoGroups": ["messaging"],',
  ]);
  // third-party questions and the fixes that require their answers
  const rear = '"answer": "No, only the front one.",\n          "relevant": true\n';
  edit('question-from-unknown', [
    rear,
    `${rear.slice(0, -1)},\n          "from": "duty-manger",\n          "delayMinutes": 10\n`,
  ]);
  edit('question-from-desk', [
    rear,
    `${rear.slice(0, -1)},\n          "from": "desk",\n          "delayMinutes": 10\n`,
  ]);
  edit('question-delay-alone', [
    rear,
    `${rear.slice(0, -1)},\n          "delayMinutes": 10,\n          "via": "email"\n`,
  ]);
  edit('question-from-alone', [rear, `${rear.slice(0, -1)},\n          "from": "duty-manager"\n`]);
  edit('question-delay-range', [
    rear,
    `${rear.slice(0, -1)},\n          "from": "duty-manager",\n          "delayMinutes": 300\n`,
  ]);
  edit('fix-requires', [
    '"fixes": [\n        { "id": "unlock", "text": "Unlock the account" },',
    '"questions": [{ "id": "who", "text": "Who is your manager?", "answer": "Sam.", "relevant": false }],\n      "fixes": [\n        { "id": "unlock", "text": "Unlock the account", "requires": ["who", "whoo", "who"] },',
  ]);
  edit('fix-requires-no-questions', [
    '{ "id": "unlock", "text": "Unlock the account" },',
    '{ "id": "unlock", "text": "Unlock the account", "requires": ["rear"] },',
  ]);
  return fixtures;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const fixtures = buildInvalidFixtures(readFileSync(VALID, 'utf8'));
  for (const old of readdirSync(OUT)) rmSync(new URL(old, OUT));
  for (const [name, text] of fixtures) writeFileSync(new URL(`${name}.json`, OUT), text);
  process.stdout.write(`wrote ${fixtures.size} fixtures\n`);
}
