import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { errorResponse } from "@/lib/api/api-errors";
import { appErrorFromPrisma, isUniqueViolation } from "@/lib/db/prisma-errors";
import { Prisma } from "@/lib/db/generated/client";
import {
  AppError,
  BadRequestError,
  ConflictError,
  ERROR_CODES,
  ERROR_STATUS,
  ForbiddenError,
  httpStatusFor,
  NotFoundError,
  PayloadTooLargeError,
  UnauthorizedError,
  UnsupportedMediaTypeError,
} from "@/lib/errors";

const prismaError = (code: string, meta?: Record<string, unknown>) =>
  new Prisma.PrismaClientKnownRequestError(`\nInvalid \`prisma.avatar.update()\` invocation in /app/lib/x.ts:1:1\n${code}`, { code, clientVersion: "7.10.0", meta });

async function jsonOf(response: Response) {
  return { status: response.status, body: await response.json() };
}

describe("error codes and their one HTTP status table", () => {
  it.each([
    ["invalid_input", 400],
    ["provider_unavailable", 400],
    ["unauthorized", 401],
    ["forbidden", 403],
    ["not_found", 404],
    ["method_not_allowed", 405],
    ["conflict", 409],
    ["payload_too_large", 413],
    ["unsupported_media_type", 415],
    ["explicit_content", 422],
    ["rate_limited", 429],
    ["quota_exceeded", 429],
    ["internal_error", 500],
    ["provider_failed", 502],
    ["service_unavailable", 503],
  ] as const)("%s is %i", (code, status) => {
    expect(httpStatusFor(code)).toBe(status);
    expect(new AppError("x", code).status).toBe(status);
  });

  it("covers every code, and nothing else", () => {
    expect(ERROR_CODES).toHaveLength(15);
    expect(Object.keys(ERROR_STATUS)).toEqual(ERROR_CODES);
  });

  it("keeps the subclasses, each one a code", () => {
    expect(new BadRequestError("bad", { name: ["Name is required"] })).toMatchObject({ code: "invalid_input", status: 400, details: { name: ["Name is required"] } });
    expect(new UnauthorizedError()).toMatchObject({ code: "unauthorized", status: 401 });
    expect(new ForbiddenError("no")).toMatchObject({ code: "forbidden", status: 403 });
    expect(new NotFoundError("Avatar")).toMatchObject({ code: "not_found", status: 404, message: "Avatar not found", name: "NotFoundError" });
    expect(new ConflictError("taken")).toMatchObject({ code: "conflict", status: 409 });
    expect(new PayloadTooLargeError("big")).toMatchObject({ code: "payload_too_large", status: 413 });
    expect(new UnsupportedMediaTypeError("gif")).toMatchObject({ code: "unsupported_media_type", status: 415 });
    expect(new NotFoundError()).toBeInstanceOf(AppError);
  });
});

describe("errorResponse: the JSON error every REST route answers with", () => {
  it("is { error, code } with the code's status, and keeps details", async () => {
    expect(await jsonOf(errorResponse(new NotFoundError("Avatar")))).toEqual({ status: 404, body: { error: "Avatar not found", code: "not_found" } });
    expect(await jsonOf(errorResponse(new BadRequestError("name: Name is required", { name: ["Name is required"] })))).toEqual({
      status: 400,
      body: { error: "name: Name is required", code: "invalid_input", details: { name: ["Name is required"] } },
    });
    expect(await jsonOf(errorResponse(new AppError("Could not queue the job", "service_unavailable")))).toEqual({
      status: 503,
      body: { error: "Could not queue the job", code: "service_unavailable" },
    });
  });

  it("maps a zod error to invalid_input with field details", async () => {
    const parsed = z.object({ count: z.number({ error: "count must be a number" }) }).safeParse({ count: "x" });
    expect(await jsonOf(errorResponse(parsed.error))).toEqual({
      status: 400,
      body: { error: "count: count must be a number", code: "invalid_input", details: { count: ["count must be a number"] } },
    });
  });

  it("maps Prisma's known errors through the same table, never quoting Prisma's message", async () => {
    expect(await jsonOf(errorResponse(prismaError("P2025", { modelName: "Avatar", operation: "an update" })))).toEqual({
      status: 404,
      body: { error: "Avatar not found", code: "not_found" },
    });
    expect(await jsonOf(errorResponse(prismaError("P2002", { modelName: "TrainingPrompt" })))).toEqual({
      status: 409,
      body: { error: "A training prompt with the same values already exists", code: "conflict" },
    });
    expect(await jsonOf(errorResponse(prismaError("P2003", { modelName: "Project" })))).toMatchObject({ status: 409, body: { code: "conflict" } });
    expect(await jsonOf(errorResponse(prismaError("P2000")))).toMatchObject({ status: 400, body: { code: "invalid_input" } });
    expect(await jsonOf(errorResponse(prismaError("P2025")))).toMatchObject({ status: 404, body: { error: "Resource not found" } });
  });

  it("answers anything else with a generic 500 internal_error and logs it", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    expect(await jsonOf(errorResponse(new Error("secret detail")))).toEqual({
      status: 500,
      body: { error: "Internal server error. Try again in a moment.", code: "internal_error" },
    });
    expect(await jsonOf(errorResponse(prismaError("P1001")))).toMatchObject({ status: 500, body: { code: "internal_error" } });
    expect(log).toHaveBeenCalledTimes(2);
    log.mockRestore();
  });
});

describe("Prisma errors as domain errors", () => {
  it("recognises a unique violation by its code, nothing else", () => {
    expect(isUniqueViolation(prismaError("P2002"))).toBe(true);
    expect(isUniqueViolation(prismaError("P2025"))).toBe(false);
    expect(isUniqueViolation({ code: "P2002" })).toBe(false);
    expect(isUniqueViolation(new Error("P2002"))).toBe(false);
  });

  it("keeps the Prisma error as the cause", () => {
    const cause = prismaError("P2025", { modelName: "Generation" });
    expect(appErrorFromPrisma(cause)).toMatchObject({ code: "not_found", message: "Generation not found", cause });
    expect(appErrorFromPrisma(new Error("x"))).toBeUndefined();
  });
});
