/**
 * Checks a JSON Schema cannot say, run on the sections that passed the schema: duplicate ids and
 * references that point nowhere (with "did you mean"), a dependency cycle among configuration items.
 * Rules about time, the SLA policy and the shape of the truth live in `semantics-policy.ts`; the
 * evidence rules' own checks in `semantics-rules.ts`.
 * Every problem is reported; nothing stops at the first.
 */
import {
  type CheckContext,
  checkUnique,
  checkUniqueIndexed,
  indexed,
  type SemanticInput,
} from './check-context.ts';
import { didYouMean } from './did-you-mean.ts';
import { lastName, type PathSegment } from './json-path.ts';
import type { ArrivalFile, ScenarioFile } from './schema.ts';
import type { PendingError } from './schema-issues.ts';
import { checkPolicy } from './semantics-policy.ts';
import { checkRule } from './semantics-rules.ts';

/** Reports a reference that is not one of `ids`, suggesting the closest. */
function checkRef(
  ctx: CheckContext,
  value: string | undefined,
  ids: readonly string[],
  path: PathSegment[],
  noun: string,
): void {
  if (value === undefined || ids.includes(value)) return;
  const message = `${lastName(path)} ${JSON.stringify(value)} is not ${noun}${didYouMean(value, ids)}`;
  ctx.errors.push({ path, message });
}

const idsOf = (items: readonly { id: string }[] | undefined): string[] => (items ?? []).map((x) => x.id);

type Organisation = ScenarioFile['organisation'];

function checkCiCycles(ctx: CheckContext, org: Organisation): void {
  const cis = org.configurationItems;
  const index = new Map(cis.map((ci, i) => [ci.id, i]));
  const state: ('new' | 'open' | 'done')[] = cis.map(() => 'new');
  const stack: string[] = [];
  const visit = (i: number): void => {
    const ci = cis[i];
    if (ci === undefined) return;
    state[i] = 'open';
    stack.push(ci.id);
    (ci.dependsOn ?? []).forEach((dep, j) => {
      const k = index.get(dep);
      if (k === undefined || dep === ci.id) return;
      if (state[k] === 'open') {
        const cycle = [...stack.slice(stack.indexOf(dep)), dep].join(' -> ');
        ctx.errors.push({
          path: ['organisation', 'configurationItems', i, 'dependsOn', j],
          message: `configuration items depend on each other in a cycle: ${cycle}`,
        });
      } else if (state[k] === 'new') visit(k);
    });
    stack.pop();
    state[i] = 'done';
  };
  cis.forEach((_, i) => {
    if (state[i] === 'new') visit(i);
  });
}

function checkOrganisation(ctx: CheckContext, org: Organisation): void {
  const base: PathSegment[] = ['organisation'];
  checkUnique(ctx, org.services, [...base, 'services'], 'service');
  checkUnique(ctx, org.configurationItems, [...base, 'configurationItems'], 'configuration item');
  checkUnique(ctx, org.users, [...base, 'users'], 'user');
  checkUnique(ctx, org.groups, [...base, 'groups'], 'group');
  checkUnique(ctx, org.experts, [...base, 'experts'], 'expert');
  checkUnique(ctx, org.categories, [...base, 'categories'], 'category');
  const services = idsOf(org.services);
  const cis = idsOf(org.configurationItems);
  org.configurationItems.forEach((ci, i) => {
    const at: PathSegment[] = [...base, 'configurationItems', i];
    checkRef(ctx, ci.service, services, [...at, 'service'], 'a service');
    (ci.dependsOn ?? []).forEach((dep, j) => {
      if (dep === ci.id)
        ctx.errors.push({
          path: [...at, 'dependsOn', j],
          message: `${JSON.stringify(dep)} depends on itself`,
        });
      else checkRef(ctx, dep, cis, [...at, 'dependsOn', j], 'a configuration item');
    });
  });
  checkCiCycles(ctx, org);
}

/** References from an arrival to the organisation; skipped when the organisation failed the schema. */
function checkArrivalOrg(
  ctx: CheckContext,
  org: Organisation,
  arrival: ArrivalFile,
  at: PathSegment[],
): void {
  const truth: PathSegment[] = [...at, 'truth'];
  const t = arrival.truth;
  checkRef(ctx, arrival.caller, idsOf(org.users), [...at, 'caller'], 'a user');
  const cis = idsOf(org.configurationItems);
  (arrival.diagnostics ?? []).forEach((d, j) => {
    checkRef(ctx, d.ci, cis, [...at, 'diagnostics', j, 'ci'], 'a configuration item');
  });
  const categories = idsOf(org.categories);
  checkRef(ctx, t.category, categories, [...truth, 'category'], 'a category');
  (t.alsoCategories ?? []).forEach((c, j) => {
    const path: PathSegment[] = [...truth, 'alsoCategories', j];
    if (c === t.category)
      ctx.errors.push({ path, message: `${lastName(path)} ${JSON.stringify(c)} is already truth.category` });
    else checkRef(ctx, c, categories, path, 'a category');
  });
  checkRef(ctx, t.service, idsOf(org.services), [...truth, 'service'], 'a service');
  checkRef(ctx, t.ci, cis, [...truth, 'ci'], 'a configuration item');
  checkRef(ctx, t.group, idsOf(org.groups), [...truth, 'group'], 'a resolver group');
  const deskGroup = org.groups.find((x) => x.id === t.group)?.tier === 'service-desk';
  if (deskGroup && (t.alsoGroups ?? []).length > 0) {
    ctx.errors.push({
      path: [...truth, 'alsoGroups'],
      message: `alsoGroups is for a ticket another group owns; truth.group ${JSON.stringify(t.group)} is the desk, which resolves it`,
    });
  }
  (t.alsoGroups ?? []).forEach((g, j) => {
    const path: PathSegment[] = [...truth, 'alsoGroups', j];
    const tier = org.groups.find((x) => x.id === g)?.tier;
    if (g === t.group)
      ctx.errors.push({ path, message: `${lastName(path)} ${JSON.stringify(g)} is already truth.group` });
    else if (tier === 'service-desk')
      ctx.errors.push({
        path,
        message: `${lastName(path)} ${JSON.stringify(g)} is the desk itself; only truth.group says whether the desk owns the ticket`,
      });
    else checkRef(ctx, g, idsOf(org.groups), path, 'a resolver group');
  });
  const targets = [...idsOf(org.groups), ...idsOf(org.experts)];
  (t.escalation?.to ?? []).forEach((to, j) => {
    checkRef(ctx, to, targets, [...truth, 'escalation', 'to', j], 'a group or an expert');
  });
  (arrival.questions ?? []).forEach((q, j) => {
    const path: PathSegment[] = [...at, 'questions', j, 'from'];
    if (q.from !== undefined && org.groups.some((g) => g.id === q.from && g.tier === 'service-desk')) {
      ctx.errors.push({
        path,
        message: `from ${JSON.stringify(q.from)} is the service desk itself; a third party is another group or an expert`,
      });
    } else checkRef(ctx, q.from, targets, path, 'a group or an expert');
  });
}

/** A delayed answer names who gives it and when, together; `via` only with them. */
function checkQuestions(ctx: CheckContext, arrival: ArrivalFile, at: PathSegment[]): void {
  (arrival.questions ?? []).forEach((q, j) => {
    const path: PathSegment[] = [...at, 'questions', j];
    if (q.from !== undefined && q.delayMinutes === undefined)
      ctx.errors.push({
        path: [...path, 'from'],
        message: 'from needs "delayMinutes": how many minutes the answer takes to come back',
      });
    if (q.delayMinutes !== undefined && q.from === undefined)
      ctx.errors.push({
        path: [...path, 'delayMinutes'],
        message: 'delayMinutes needs "from": the group or expert whose answer comes back later',
      });
    if (q.via !== undefined && q.from === undefined)
      ctx.errors.push({
        path: [...path, 'via'],
        message: 'via needs "from": only a third party answers later, by email or otherwise',
      });
  });
}

/** A fix's `requires` names this arrival's relevant questions, each once. */
function checkRequires(ctx: CheckContext, arrival: ArrivalFile, at: PathSegment[]): void {
  const questions = arrival.questions ?? [];
  const ids = idsOf(questions);
  (arrival.fixes ?? []).forEach((fix, i) => {
    const seen = new Set<string>();
    (fix.requires ?? []).forEach((qid, j) => {
      const path: PathSegment[] = [...at, 'fixes', i, 'requires', j];
      const noun =
        ids.length > 0 ? "one of this arrival's questions" : 'possible: the arrival offers no questions';
      if (seen.has(qid)) {
        ctx.errors.push({ path, message: `${lastName(path)} ${JSON.stringify(qid)} is listed twice` });
        return;
      }
      seen.add(qid);
      if (!ids.includes(qid)) {
        checkRef(ctx, qid, ids, path, noun);
        return;
      }
      if (questions.find((q) => q.id === qid)?.relevant === false)
        ctx.errors.push({
          path,
          message: `${lastName(path)} ${JSON.stringify(qid)} is a question that does not help ("relevant": false); a fix cannot need its answer`,
        });
    });
  });
}

function checkArrival(ctx: CheckContext, input: SemanticInput, arrival: ArrivalFile, i: number): void {
  const at: PathSegment[] = ['timeline', i];
  const truth: PathSegment[] = [...at, 'truth'];
  checkUnique(ctx, arrival.questions, [...at, 'questions'], 'question');
  checkUnique(ctx, arrival.diagnostics, [...at, 'diagnostics'], 'diagnostic');
  checkUnique(ctx, arrival.causes, [...at, 'causes'], 'cause');
  checkUnique(ctx, arrival.fixes, [...at, 'fixes'], 'fix');
  checkUnique(ctx, arrival.followUps, [...at, 'followUps'], 'follow-up');
  if (input.organisation !== undefined) checkArrivalOrg(ctx, input.organisation, arrival, at);
  checkQuestions(ctx, arrival, at);
  checkRequires(ctx, arrival, at);
  const t = arrival.truth;
  if (input.knowledge !== undefined) {
    checkRef(ctx, t.article, idsOf(input.knowledge), [...truth, 'article'], 'a knowledge article');
  }
  const causes = idsOf(arrival.causes);
  const fixes = idsOf(arrival.fixes);
  checkRef(
    ctx,
    t.cause,
    causes,
    [...truth, 'cause'],
    causes.length > 0 ? "one of this arrival's causes" : 'possible: the arrival offers no causes',
  );
  checkRef(
    ctx,
    t.fix,
    fixes,
    [...truth, 'fix'],
    fixes.length > 0 ? "one of this arrival's fixes" : 'possible: the arrival offers no fixes',
  );
  if (input.sla !== undefined) {
    const reasons = idsOf(input.sla.holdReasons);
    (t.holdReasons ?? []).forEach((r, j) => {
      checkRef(ctx, r, reasons, [...truth, 'holdReasons', j], 'a hold reason of the SLA policy');
    });
  }
  if (t.parent === arrival.id) {
    ctx.errors.push({
      path: [...truth, 'parent'],
      message: `parent ${JSON.stringify(t.parent)} is this arrival itself`,
    });
  } else {
    checkRef(ctx, t.parent, input.arrivalIds, [...truth, 'parent'], 'an arrival');
  }
}

/** The semantic input of a scenario that passed the schema as a whole. */
export function wholeInput(s: ScenarioFile): SemanticInput {
  const { meta, organisation, sla, knowledge } = s;
  const timeline = indexed(s.timeline);
  return {
    meta,
    organisation,
    sla,
    knowledge,
    timeline,
    rules: indexed(s.rules),
    arrivalIds: idsOf(s.timeline),
  };
}

/** Every cross-reference and consistency problem of the sections that passed the schema. */
export function checkSemantics(input: SemanticInput, lineOf: CheckContext['lineOf']): PendingError[] {
  const ctx: CheckContext = { lineOf, errors: [] };
  if (input.organisation !== undefined) checkOrganisation(ctx, input.organisation);
  checkUnique(ctx, input.knowledge, ['knowledge'], 'article');
  checkUnique(ctx, input.sla?.holdReasons, ['sla', 'holdReasons'], 'hold reason');
  checkUniqueIndexed(ctx, input.timeline, ['timeline'], 'arrival');
  checkUniqueIndexed(ctx, input.rules, ['rules'], 'rule');
  for (const { item, index } of input.timeline) checkArrival(ctx, input, item, index);
  for (const { item, index } of input.rules) {
    checkRef(ctx, item.ticket, input.arrivalIds, ['rules', index, 'ticket'], 'an arrival');
    checkRule(ctx, input, item, index);
  }
  checkPolicy(ctx, input);
  return ctx.errors;
}
