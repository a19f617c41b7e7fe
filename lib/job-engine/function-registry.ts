import type { Inngest, InngestFunction } from "inngest";
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
}

export const FUNCTION_FAILED_EVENT = "inngest/function.failed";
export const FUNCTION_INVOKED_EVENT = "inngest/function.invoked";
// Inngest's documented default: four retries after the first attempt.
const DEFAULT_RETRIES = 4;
const IGNORED_OPTIONS = ["throttle", "rateLimit", "debounce", "batchEvents", "cancelOn", "priority", "timeouts", "singleton"] as const;

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

export interface FunctionRegistry {
  get(id: string): RegisteredFunction | undefined;
  forEvent(event: { name: string; data?: unknown }): RegisteredFunction[];
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
    for (const expression of [...triggers.map((t) => t.if), ...concurrency.map((rule) => rule.key), options.idempotency]) {
      if (expression) assertSupportedExpression(expression);
    }
    byId.set(id, {
      id,
      triggers,
      maxAttempts: (options.retries ?? DEFAULT_RETRIES) + 1,
      concurrency,
      idempotency: options.idempotency,
      isFailureHandler: false,
    });
    if (options.onFailure) {
      byId.set(`${id}-failure`, {
        id: `${id}-failure`,
        triggers: [{ event: FUNCTION_FAILED_EVENT, if: `event.data.function_id == '${id}'` }],
        maxAttempts: 2,
        concurrency: [],
        isFailureHandler: true,
      });
    }
    const ignored = IGNORED_OPTIONS.filter((name) => options[name] !== undefined);
    if (ignored.length) warnings.push(`${id}: ${ignored.join(", ")} only apply under a real Inngest server`);
    const crons = (Array.isArray(options.triggers) ? options.triggers : []).filter((trigger) => "cron" in trigger && trigger.cron);
    if (crons.length) warnings.push(`${id}: cron triggers only run under a real Inngest server`);
  }
  return {
    get: (id) => byId.get(id),
    forEvent: (event) =>
      [...byId.values()].filter((fn) =>
        fn.triggers.some((trigger) => eventMatches(trigger.event, event.name) && (!trigger.if || Boolean(evaluateExpression(trigger.if, { event })))),
      ),
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

/** The key that makes a second run for the same work a no-op: the idempotency expression, else the event id the sender chose. */
export function dedupeKey(fn: RegisteredFunction, event: { id?: string }, senderChoseId: boolean): string | null {
  if (fn.idempotency) return `idempotency:${String(evaluateExpression(fn.idempotency, { event }))}`;
  return senderChoseId && event.id ? `event:${event.id}` : null;
}
