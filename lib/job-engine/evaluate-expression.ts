/**
 * A small subset of the CEL expressions Inngest accepts in trigger `if`, concurrency `key`,
 * `idempotency`, `cancelOn` `if` and `priority.run`: dotted paths (`event.data.userId`, and
 * `async.data.id` for the cancelling event), string/number/boolean/null literals, comparisons
 * (== != > < >= <=), `!`, `&&`, `||` and `condition ? a : b`, without parentheses. Anything else
 * throws at registration time, so a function never silently runs with a condition the embedded
 * driver misread.
 */
export class UnsupportedExpressionError extends Error {
  constructor(expression: string, why: string) {
    super(`The embedded job driver cannot evaluate "${expression}" (${why}); use the Inngest dev server for this function`);
    this.name = "UnsupportedExpressionError";
  }
}

const COMPARISONS = ["==", "!=", ">=", "<=", ">", "<"] as const;
const PATH = /^[A-Za-z_]\w*(\.\w+)*$/;

/** Index of the first of `tokens` outside quotes, preferring longer tokens at the same spot. */
function findOutsideQuotes(text: string, tokens: readonly string[]) {
  let quote: string | undefined;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (quote) {
      if (char === "\\") index++;
      else if (char === quote) quote = undefined;
      continue;
    }
    if (char === "'" || char === '"') {
      quote = char;
      continue;
    }
    const token = tokens.find((candidate) => text.startsWith(candidate, index));
    if (token) return { index, token };
  }
  return undefined;
}

function splitOutsideQuotes(text: string, separator: string) {
  const parts: string[] = [];
  let rest = text;
  for (let found = findOutsideQuotes(rest, [separator]); found; found = findOutsideQuotes(rest, [separator])) {
    parts.push(rest.slice(0, found.index));
    rest = rest.slice(found.index + separator.length);
  }
  return [...parts, rest];
}

export function readPath(context: Record<string, unknown>, path: string): unknown {
  return path.split(".").reduce<unknown>((value, key) => (value && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined), context);
}

function evaluateOperand(text: string, context: Record<string, unknown>, expression: string): unknown {
  if (/^'.*'$|^".*"$/s.test(text)) return text.slice(1, -1).replace(/\\(.)/g, "$1");
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  if (text === "true" || text === "false") return text === "true";
  if (text === "null") return null;
  if (PATH.test(text)) return readPath(context, text);
  throw new UnsupportedExpressionError(expression, `cannot read "${text}"`);
}

function compare(left: unknown, operator: (typeof COMPARISONS)[number], right: unknown) {
  if (operator === "==") return left === right;
  if (operator === "!=") return left !== right;
  if (typeof left !== typeof right || (typeof left !== "number" && typeof left !== "string")) return false;
  const [a, b] = [left as number | string, right as number | string];
  return operator === ">" ? a > b : operator === "<" ? a < b : operator === ">=" ? a >= b : a <= b;
}

export function evaluateExpression(expression: string, context: Record<string, unknown>, whole = expression): unknown {
  if (findOutsideQuotes(expression, ["(", ")"])) throw new UnsupportedExpressionError(whole, "no parentheses or calls");
  const question = findOutsideQuotes(expression, ["?"]);
  if (question) {
    // `a ? b : c ? d : e` groups to the right, as in CEL: the first `:` ends the first branch.
    const branches = expression.slice(question.index + 1);
    const colon = findOutsideQuotes(branches, [":"]);
    if (!colon) throw new UnsupportedExpressionError(whole, "a `?` without its `:`");
    const condition = evaluateExpression(expression.slice(0, question.index), context, whole);
    const chosen = condition ? branches.slice(0, colon.index) : branches.slice(colon.index + 1);
    const other = condition ? branches.slice(colon.index + 1) : branches.slice(0, colon.index);
    // Both branches are checked, so an unsupported one fails at registration, not on the first event.
    evaluateExpression(other, {}, whole);
    return evaluateExpression(chosen, context, whole);
  }
  const alternatives = splitOutsideQuotes(expression, "||");
  if (alternatives.length > 1) return alternatives.map((part) => Boolean(evaluateExpression(part, context, whole))).some(Boolean);
  const conjuncts = splitOutsideQuotes(expression, "&&");
  if (conjuncts.length > 1) return conjuncts.map((part) => Boolean(evaluateExpression(part, context, whole))).every(Boolean);
  const text = expression.trim();
  const comparison = findOutsideQuotes(text, COMPARISONS);
  if (comparison) {
    const left = evaluateOperand(text.slice(0, comparison.index).trim(), context, whole);
    const right = evaluateOperand(text.slice(comparison.index + comparison.token.length).trim(), context, whole);
    return compare(left, comparison.token as (typeof COMPARISONS)[number], right);
  }
  if (text.startsWith("!")) return !evaluateExpression(text.slice(1), context, whole);
  return evaluateOperand(text, context, whole);
}

/** Throws UnsupportedExpressionError now rather than when the first event arrives. */
export function assertSupportedExpression(expression: string) {
  evaluateExpression(expression, {});
}
