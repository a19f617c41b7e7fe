import { AppError, type ErrorCode } from "@/lib/errors";
import type { Prisma } from "./generated/client";

type KnownError = Prisma.PrismaClientKnownRequestError;

/** "TrainingPrompt" → "training prompt". */
function words(model: string) {
  return model.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
}

function modelOf(error: KnownError): string | undefined {
  const name = (error.meta as { modelName?: unknown } | undefined)?.modelName;
  return typeof name === "string" && name ? name : undefined;
}

/**
 * Prisma's request errors that say something about the request (not about the server), as domain
 * codes. Anything else stays a server error. Messages never repeat Prisma's, which quote code.
 */
const PRISMA_CODES: Record<string, { code: ErrorCode; message: (model: string | undefined) => string }> = {
  P2025: { code: "not_found", message: (model) => `${model ?? "Resource"} not found` },
  P2015: { code: "not_found", message: () => "A related record was not found" },
  P2018: { code: "not_found", message: () => "A related record was not found" },
  P2002: { code: "conflict", message: (model) => `A ${model ? words(model) : "record"} with the same values already exists` },
  P2003: { code: "conflict", message: (model) => `The ${model ? words(model) : "record"} refers to a record that no longer exists, or is still in use` },
  P2014: { code: "conflict", message: () => "The change would break a required relation between records" },
  P2034: { code: "conflict", message: () => "The record was changed at the same time by another request. Try again." },
  P2000: { code: "invalid_input", message: () => "A value is too long for its field" },
  P2006: { code: "invalid_input", message: () => "A value is not valid for its field" },
  P2007: { code: "invalid_input", message: () => "A value is not valid for its field" },
  P2011: { code: "invalid_input", message: () => "A required value is missing" },
  P2012: { code: "invalid_input", message: () => "A required value is missing" },
  P2023: { code: "invalid_input", message: () => "A value is not valid for its field" },
  P2024: { code: "service_unavailable", message: () => "The database is busy. Try again in a moment." },
};

// By name, not instanceof: Next.js may load Prisma's runtime more than once in a process (see lib/db/client.ts),
// and the client that threw may come from another copy than this module's.
function isKnownError(error: unknown): error is KnownError {
  return error instanceof Error && error.name === "PrismaClientKnownRequestError" && typeof (error as KnownError).code === "string";
}

/** A unique index refused the write: the same row (or key) already exists. */
export function isUniqueViolation(error: unknown): boolean {
  return isKnownError(error) && error.code === "P2002";
}

/**
 * PostgreSQL's own codes for text it cannot store: a NUL byte (22021) or a lone surrogate in JSON
 * (22P05). The doors refuse such text first (lib/validation/unsafe-text.ts); this is the net behind them.
 */
const UNSTORABLE_TEXT_CODES = new Set(["22021", "22P05"]);

/** The SQLSTATE a driver adapter reported beneath Prisma's error (Prisma 7 wraps it as P2039/P2010). */
function databaseCodeOf(error: KnownError): string | undefined {
  const cause = (error.meta as { driverAdapterError?: { cause?: { originalCode?: unknown; code?: unknown } } } | undefined)?.driverAdapterError?.cause;
  const code = cause?.originalCode ?? cause?.code;
  return typeof code === "string" ? code : undefined;
}

/** The domain error a Prisma request error stands for (P2025 → not_found, P2002 → conflict, …), else undefined. */
export function appErrorFromPrisma(error: unknown): AppError | undefined {
  if (!isKnownError(error)) return undefined;
  const databaseCode = databaseCodeOf(error);
  if (databaseCode && UNSTORABLE_TEXT_CODES.has(databaseCode)) {
    return new AppError("A value contains a NUL character or broken Unicode; remove it and try again", "invalid_input", { cause: error });
  }
  const known = PRISMA_CODES[error.code];
  return known ? new AppError(known.message(modelOf(error)), known.code, { cause: error }) : undefined;
}
