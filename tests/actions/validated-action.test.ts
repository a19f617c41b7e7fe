import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { BadRequestError, ConflictError, UnauthorizedError } from "@/lib/errors";

const requireActionUser = vi.fn();
vi.mock("@/lib/auth/current-user", () => ({ requireActionUser: () => requireActionUser() }));

const { fieldsUnder, validatedAction, validatedActionWithUser } = await import("@/lib/auth/validated-action");
const { recordIdSchema } = await import("@/lib/validation/record-id");
const { zodIssuesToFields } = await import("@/lib/validation/zod-issues-to-fields");

function form(fields: Record<string, string | File>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

const renameSchema = z.object({ projectId: recordIdSchema("Project"), name: z.string().min(1, "Name is required") });

beforeEach(() => {
  requireActionUser.mockReset();
  requireActionUser.mockResolvedValue({ id: "user-1", email: "a@example.com", name: null });
});

describe("validatedAction", () => {
  it("refuses a NUL in any field (ids too; FormData itself turns a lone surrogate into U+FFFD) with a message beside it, before the action runs", async () => {
    const run = vi.fn();
    const action = validatedAction(renameSchema, run);
    const nul = await action({}, form({ projectId: "p1", name: "Ada\u0000Lovelace" }));
    expect(nul).toMatchObject({ error: expect.stringMatching(/NUL character or broken Unicode/), fieldErrors: { name: [expect.stringMatching(/NUL/)] } });
    expect(nul.values).toMatchObject({ projectId: "p1" });
    const surrogate = await action({}, form({ projectId: "p\u0000", name: "Ada" }));
    expect(Object.keys(surrogate.fieldErrors ?? {})).toEqual(["projectId"]);
    expect(await action({}, form({ projectId: "p1", name: "Ada 😀" }))).toMatchObject({ ok: expect.any(Number) });
    expect(run).toHaveBeenCalledTimes(1);
  });

  it("refuses a missing or oversized id before the action runs, beside the field", async () => {
    const run = vi.fn();
    const action = validatedAction(renameSchema, run);
    const missing = await action({}, form({ name: "Ada" }));
    expect(missing).toMatchObject({ error: "Project is required", fieldErrors: { projectId: ["Project is required"] }, values: { name: "Ada" } });
    const long = await action({}, form({ projectId: "x".repeat(101), name: "Ada" }));
    expect(long.fieldErrors?.projectId).toEqual(["Project id is too long"]);
    expect(run).not.toHaveBeenCalled();
  });

  it("returns the result with an ok stamp, and never echoes a password", async () => {
    const action = validatedAction(z.object({ email: z.string(), password: z.string().min(8, "Too short") }), async ({ email }) => email);
    expect(await action({}, form({ email: "a@example.com", password: "long enough" }))).toMatchObject({ result: "a@example.com", ok: expect.any(Number) });
    const refused = await action({}, form({ email: "a@example.com", password: "short" }));
    expect(refused.values).toEqual({ email: "a@example.com" });
    expect(refused.fieldErrors).toEqual({ password: ["Too short"] });
  });

  it("says a domain error verbatim, beside `errorField` when given; anything else generically", async () => {
    const conflict = validatedAction(renameSchema, async () => {
      throw new ConflictError("That name is taken");
    }, { errorField: "name" });
    expect(await conflict({}, form({ projectId: "p1", name: "Ada" }))).toMatchObject({ error: "That name is taken", fieldErrors: { name: ["That name is taken"] } });
    const details = validatedAction(renameSchema, async () => {
      throw new BadRequestError("Bad", { name: ["from the domain"] });
    }, { errorField: "name" });
    expect((await details({}, form({ projectId: "p1", name: "Ada" }))).fieldErrors).toEqual({ name: ["from the domain"] });
    const spy = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const crash = validatedAction(renameSchema, async () => {
      throw new Error("database exploded");
    });
    expect(await crash({}, form({ projectId: "p1", name: "Ada" }))).toMatchObject({ error: "Something went wrong on our side. Try again in a moment." });
    spy.mockRestore();
  });

  it("lets redirect() and notFound() through", async () => {
    const redirect = Object.assign(new Error("NEXT_REDIRECT"), { digest: "NEXT_REDIRECT;replace;/projects;307;" });
    const action = validatedAction(renameSchema, async () => {
      throw redirect;
    });
    await expect(action({}, form({ projectId: "p1", name: "Ada" }))).rejects.toBe(redirect);
  });

  it("maps input with toInput, renames field keys with fieldFor, and can summarise with invalidMessage", async () => {
    const action = validatedAction(z.object({ input: z.object({ reason: z.string().max(3, "Too long") }) }), async () => undefined, {
      toInput: (values) => ({ input: values }),
      fieldFor: fieldsUnder("input"),
      invalidMessage: "Check the highlighted fields.",
    });
    expect(await action({}, form({ reason: "far too long" }))).toMatchObject({ error: "Check the highlighted fields.", fieldErrors: { reason: ["Too long"] } });
    expect(["input", "input.persona.age", "projectId", "inputs.x"].map(fieldsUnder("input"))).toEqual(["form", "persona.age", "projectId", "inputs.x"]);
  });
});

describe("validatedActionWithUser", () => {
  it("runs as the signed-in user", async () => {
    const action = validatedActionWithUser(renameSchema, async ({ name }, user) => `${user.id}:${name}`);
    expect((await action({}, form({ projectId: "p1", name: "Ada" }))).result).toBe("user-1:Ada");
  });

  it("without a session it asks to sign in again, and validation still comes first", async () => {
    requireActionUser.mockRejectedValue(new UnauthorizedError("Your session has ended. Sign in again."));
    const action = validatedActionWithUser(renameSchema, async () => "never");
    expect((await action({}, form({ projectId: "p1", name: "Ada" }))).error).toBe("Your session has ended. Sign in again.");
    expect((await action({}, form({ projectId: "p1" }))).error).toBe("Invalid input: expected string, received undefined");
  });
});

describe("zodIssuesToFields", () => {
  it("keys messages by dotted path, whole-value issues under the root key", () => {
    const schema = z.object({ persona: z.object({ age: z.number().max(120, "Too old") }) });
    const error = schema.safeParse({ persona: { age: 200 } }).error!;
    expect(zodIssuesToFields(error)).toEqual({ "persona.age": ["Too old"] });
    const whole = z.object({}).refine(() => false, "Nothing to update").safeParse({}).error!;
    expect(zodIssuesToFields(whole)).toEqual({ form: ["Nothing to update"] });
    expect(zodIssuesToFields(whole, "body")).toEqual({ body: ["Nothing to update"] });
  });
});
