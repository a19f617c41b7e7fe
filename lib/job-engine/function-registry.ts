import type { Inngest, InngestFunction } from "inngest";
import { type CronSchedule, parseCronSchedule } from "./cron-schedule";
import { assertSupportedExpression, evaluateExpression } from "./evaluate-expression";

export interface ConcurrencyRule {
  limit: number;
  key?: string;
  scope: "fn" | "env" | "account";
}

/** What the embedded driver needs to know about one function the serve handler can run. */
export interface RegisteredFunction {
  /** The id the serve handler knows it by: `<app id>-<function id>`, or `…-failure` for onFailure. */
  id: string;
  triggers: Array<{ event: string; if?: string }>;
  maxAttempts: number;
  concurrency: ConcurrencyRule[];
  idempotency?: string;
  /** onFailure handlers do not themselves emit inngest/function.failed. */
  isFailureHandler: boolean;
  /** Events that cancel a run: `if` sees the run's event as `event` and the cancelling one as `async`. */
  cancelOn: CancelRule[];
  /** `priority.run`: seconds (−600…600) a run moves ahead of others; the embedded driver orders by it. */
  priority?: string;
  crons: CronSchedule[];
}

export interface CancelRule {
  event: string;
  if?: string;
}

export const FUNCTION_FAILED_EVENT = "inngest/function.failed";
export const FUNCTION_INVOKED_EVENT = "inngest/function.invoked";
export const FUNCTION_CANCELLED_EVENT = "inngest/function.cancelled";
export const SCHEDULED_TIMER_EVENT = "inngest/scheduled.timer";
// Inngest's bounds for priority.run, in seconds.
const MAX_PRIORITY = 600;
// Inngest's documented default: four retries after the first attempt.
const DEFAULT_RETRIES = 4;
const IGNORED_OPTIONS = ["throttle", "rateLimit", "debounce", "batchEvents", "timeouts", "singleton"] as const;

type Options = InngestFunction.Options;

function concurrencyRules(option: Options["concurrency"]): ConcurrencyRule[] {
  if (option === undefined) return [];
  const list = (typeof option === "number" ? [{ limit: option }] : Array.isArray(option) ? option : [option]) as Array<{ limit: number; key?: string; scope?: ConcurrencyRule["scope"] }>;
  // A limit of 0 means "no limit of its own" in Inngest.
  return list.filter((rule) => rule.limit > 0).map((rule) => ({ limit: rule.limit, key: rule.key, scope: rule.scope ?? "fn" }));
}

function eventTriggers(options: Options) {
  const raw = (Array.isArray(options.triggers) ? options.triggers : options.triggers ? [options.triggers] : []) as Array<{ event?: string | { name: string }; if?: string; cron?: string }>;
  return raw.flatMap((trigger) => {
    if (!trigger.event) return [];
    const event = typeof trigger.event === "string" ? trigger.event : trigger.event.name;
    return event === FUNCTION_INVOKED_EVENT ? [] : [{ event, if: trigger.if }];
  });
}

function cronTriggers(options: Options): CronSchedule[] {
  const raw = (Array.isArray(options.triggers) ? options.triggers : options.triggers ? [options.triggers] : []) as Array<{ cron?: string }>;
  return raw.flatMap((trigger) => (trigger.cron ? [parseCronSchedule(trigger.cron)] : []));
}

/** Inngest's `match: "data.id"` is shorthand for `event.data.id == async.data.id`. */
function cancelRules(option: unknown): CancelRule[] {
  const list = (Array.isArray(option) ? option : option ? [option] : []) as Array<{ event: string | { name: string }; if?: string; match?: string }>;
  return list.map((rule) => {
    const conditions = [rule.match && `event.${rule.match} == async.${rule.match}`, rule.if].filter(Boolean);
    return { event: typeof rule.event === "string" ? rule.event : rule.event.name, if: conditions.length ? conditions.join(" && ") : undefined };
  });
}

export interface FunctionRegistry {
  get(id: string): RegisteredFunction | undefined;
  forEvent(event: { name: string; data?: unknown }): RegisteredFunction[];
  /** Functions with a cancelOn rule for this event name, and the rules. */
  cancellersOf(eventName: string): Array<{ fn: RegisteredFunction; rules: CancelRule[] }>;
  all(): RegisteredFunction[];
  /** Notes about options the embedded driver does not honour, to log once at start. */
  warnings: string[];
}

export function buildFunctionRegistry(client: Inngest.Any, functions: readonly InngestFunction.Any[]): FunctionRegistry {
  const byId = new Map<string, RegisteredFunction>();
  const warnings: string[] = [];
  for (const fn of functions) {
    const options = fn.opts as Options & { onFailure?: unknown };
    const id = fn.id(client.id);
    const triggers = eventTriggers(options);
    const concurrency = concurrencyRules(options.concurrency);
    const cancelOn = cancelRules(options.cancelOn);
    const priority = (options.priority as { run?: string } | undefined)?.run;
    for (const expression of [...triggers.map((t) => t.if), ...concurrency.map((rule) => rule.key), options.idempotency, ...cancelOn.map((rule) => rule.if), priority]) {
      if (expression) assertSupportedExpression(expression);
    }
    byId.set(id, {
      id,
      triggers,
      maxAttempts: (options.retries ?? DEFAULT_RETRIES) + 1,
      concurrency,
      idempotency: options.idempotency,
      isFailureHandler: false,
      cancelOn,
      priority,
      crons: cronTriggers(options),
    });
    if (options.onFailure) {
      byId.set(`${id}-failure`, {
        id: `${id}-failure`,
        triggers: [{ event: FUNCTION_FAILED_EVENT, if: `event.data.function_id == '${id}'` }],
        maxAttempts: 2,
        concurrency: [],
        isFailureHandler: true,
        cancelOn: [],
        crons: [],
      });
    }
    const ignored = IGNORED_OPTIONS.filter((name) => options[name] !== undefined);
    if (ignored.length) warnings.push(`${id}: ${ignored.join(", ")} only apply under a real Inngest server`);
  }
  return {
    get: (id) => byId.get(id),
    forEvent: (event) =>
      [...byId.values()].filter((fn) =>
        fn.triggers.some((trigger) => eventMatches(trigger.event, event.name) && (!trigger.if || Boolean(evaluateExpression(trigger.if, { event })))),
      ),
    cancellersOf: (eventName) =>
      [...byId.values()].flatMap((fn) => {
        const rules = fn.cancelOn.filter((rule) => eventMatches(rule.event, eventName));
        return rules.length ? [{ fn, rules }] : [];
      }),
    all: () => [...byId.values()],
    warnings,
  };
}

/** Exact names, or Inngest's trailing wildcard (`app/user.*`). */
function eventMatches(pattern: string, name: string) {
  return pattern.endsWith("*") ? name.startsWith(pattern.slice(0, -1)) : pattern === name;
}

/** The concurrency buckets a run of `fn` for `event` occupies while it executes. */
export function concurrencyBuckets(fn: RegisteredFunction, event: unknown) {
  return fn.concurrency.map((rule) => {
    const keyValue = rule.key ? String(evaluateExpression(rule.key, { event })) : "";
    const owner = rule.scope === "fn" ? fn.id : rule.scope;
    return { name: `${owner}|${rule.key ?? ""}|${keyValue}`, limit: rule.limit };
  });
}

/** A new run's priority: `priority.run` evaluated on its event, in whole seconds within Inngest's bounds (0 when absent or not a number). */
export function runPriority(fn: RegisteredFunction | undefined, event: unknown): number {
  if (!fn?.priority) return 0;
  const value = Number(evaluateExpression(fn.priority, { event }));
  return Number.isFinite(value) ? Math.max(-MAX_PRIORITY, Math.min(MAX_PRIORITY, Math.round(value))) : 0;
}

/** Whether a cancelOn rule matches a run: `event` is the run's triggering event, `async` the incoming one. */
export function cancelRuleMatches(rule: CancelRule, runEvent: unknown, incoming: unknown): boolean {
  return !rule.if || Boolean(evaluateExpression(rule.if, { event: runEvent, async: incoming }));
}

/** The key that makes a second run for the same work a no-op: the idempotency expression, else the event id the sender chose. */
export function dedupeKey(fn: RegisteredFunction, event: { id?: string }, senderChoseId: boolean): string | null {
  if (fn.idempotency) return `idempotency:${String(evaluateExpression(fn.idempotency, { event }))}`;
  return senderChoseId && event.id ? `event:${event.id}` : null;
}
