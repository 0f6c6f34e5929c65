/**
 * Checks of the scenario's evidence rules a JSON Schema cannot say: the ticket a rule names, the id
 * it names (`names`) and the ids its `onlyAfter` steps name, each against what an observation of
 * that kind can name (a question of the ticket, a group, ...), with "did you mean"; that a rule
 * names an indicator or is neutral, and that a neutral rule carries nothing that weighs evidence;
 * that `missing: "against"` does not go with `outcome: "met"`.
 */
import type { CheckContext, SemanticInput } from './check-context.ts';
import { didYouMean } from './did-you-mean.ts';
import { lastName, type PathSegment } from './json-path.ts';
import { type ArrivalFile, NAMING_KINDS, type NamingKind, type ScenarioRule } from './schema.ts';

const idsOf = (items: readonly { id: string }[] | undefined): string[] => (items ?? []).map((x) => x.id);

/** Kinds whose ids belong to one arrival: naming one needs the rule's ticket. */
const PER_TICKET: readonly NamingKind[] = ['questioned', 'diagnostic-run', 'diagnosed', 'resolved'];

/** The ids an observation of a naming kind can name, on the arrival (for the per-ticket kinds). */
function namable(kind: NamingKind, arrival: ArrivalFile | undefined, input: SemanticInput): string[] | null {
  switch (kind) {
    case 'questioned':
      return arrival === undefined ? null : idsOf(arrival.questions);
    case 'diagnostic-run':
      return arrival === undefined ? null : idsOf(arrival.diagnostics);
    case 'diagnosed':
      return arrival === undefined ? null : idsOf(arrival.causes);
    case 'resolved':
      return arrival === undefined ? null : idsOf(arrival.fixes);
    case 'kb-applied':
      return input.knowledge === undefined ? null : idsOf(input.knowledge);
    case 'routed':
      return input.organisation === undefined ? null : idsOf(input.organisation.groups);
    case 'held':
      return input.sla === undefined ? null : idsOf(input.sla.holdReasons);
  }
}

const isNaming = (kind: string): kind is NamingKind => Object.hasOwn(NAMING_KINDS, kind);

/**
 * An id a rule names for observations of `kind` (its `names`, or an `onlyAfter` step's `id`):
 * the kind must name ids, a per-ticket id needs the rule's ticket, and the id must exist.
 */
function checkNamed(
  ctx: CheckContext,
  input: SemanticInput,
  rule: ScenarioRule,
  kind: string,
  value: string,
  path: PathSegment[],
): void {
  const key = lastName(path);
  if (!isNaming(kind)) {
    ctx.errors.push({
      path,
      message: `${key} cannot be used with ${/^[aeiou]/.test(kind) ? 'an' : 'a'} "${kind}" observation, which names no id`,
    });
    return;
  }
  if (PER_TICKET.includes(kind) && rule.ticket === undefined) {
    ctx.errors.push({ path, message: `${key} needs the rule to name its "ticket"` });
    return;
  }
  const arrival = input.timeline.find((a) => a.item.id === rule.ticket)?.item;
  const ids = namable(kind, arrival, input);
  if (ids === null || ids.includes(value)) return;
  const noun = PER_TICKET.includes(kind)
    ? `${NAMING_KINDS[kind].replace(/ of the ticket$/, '')} of ${rule.ticket}`
    : NAMING_KINDS[kind];
  ctx.errors.push({
    path,
    message: `${key} ${JSON.stringify(value)} is not ${noun}${didYouMean(value, ids)}`,
  });
}

/** Keys a neutral rule cannot carry: they say how evidence counts, and it gives none. */
const NOT_NEUTRAL = ['indicator', 'weight', 'slip', 'guess', 'missing', 'onlyAfter'] as const;

/** Every problem of one rule. */
export function checkRule(ctx: CheckContext, input: SemanticInput, rule: ScenarioRule, index: number): void {
  const at: PathSegment[] = ['rules', index];
  if (rule.neutral === true) {
    for (const key of NOT_NEUTRAL) {
      if (rule[key] !== undefined)
        ctx.errors.push({
          path: [...at, key],
          message: `${key} cannot be used on a neutral rule, which gives no evidence`,
        });
    }
  } else if (rule.indicator === undefined) {
    ctx.errors.push({
      path: at,
      message: `rule ${JSON.stringify(rule.id)} needs an "indicator", or "neutral": true`,
    });
  }
  if (rule.missing === 'against' && rule.outcome === 'met') {
    ctx.errors.push({
      path: [...at, 'missing'],
      message:
        'missing "against" cannot go with outcome "met", which reads only right actions; use outcome "any"',
    });
  }
  if (rule.names !== undefined) checkNamed(ctx, input, rule, rule.observation, rule.names, [...at, 'names']);
  const order = rule.onlyAfter;
  const steps = order === undefined ? [] : Array.isArray(order) ? order : [order];
  steps.forEach((step, j) => {
    if (step.id === undefined) return;
    const path: PathSegment[] = Array.isArray(order)
      ? [...at, 'onlyAfter', j, 'id']
      : [...at, 'onlyAfter', 'id'];
    checkNamed(ctx, input, rule, step.observation, step.id, path);
  });
}
