import { describe, expect, it } from "vitest";
import { finalBatchOutcome, readErrorLog, summarizeBatchPersonas, type PersonaProgress } from "@/lib/batches/summarize-batch-personas";

const persona = (index: number, status: PersonaProgress["status"], extra: Partial<PersonaProgress> = {}): PersonaProgress => ({
  avatarId: `b1p00${index}`,
  name: `Person ${index}`,
  index,
  status,
  stage: status === "succeeded" ? "done" : "base",
  errorMessage: null,
  finishedAt: null,
  ...extra,
});

describe("batch counters from persona rows", () => {
  it("counts done, failed and unfinished personas and logs each failure in persona order", () => {
    const summary = summarizeBatchPersonas([
      persona(2, "failed", { stage: "variations", errorMessage: "1 of 4 images failed. Last error: timeout", finishedAt: new Date("2026-01-01T10:00:02Z") }),
      persona(0, "succeeded"),
      persona(1, "failed", { stage: "base", errorMessage: "Input validation error", finishedAt: "2026-01-01T10:00:01.000Z" }),
      persona(3, "running"),
      persona(4, "pending"),
    ]);
    expect(summary).toMatchObject({ personasDone: 1, personasFailed: 2, personasUnfinished: 2 });
    expect(summary.errorLog).toEqual([
      { avatarId: "b1p001", name: "Person 1", stage: "base", message: "Input validation error", at: "2026-01-01T10:00:01.000Z" },
      { avatarId: "b1p002", name: "Person 2", stage: "variations", message: "1 of 4 images failed. Last error: timeout", at: "2026-01-01T10:00:02.000Z" },
    ]);
  });

  it("gives the same answer however often it is recomputed (no increments to drift)", () => {
    const rows = [persona(0, "succeeded"), persona(1, "failed", { errorMessage: "x" })];
    expect(summarizeBatchPersonas(rows)).toEqual(summarizeBatchPersonas(rows));
  });

  it("names a failure with no recorded reason instead of leaving it blank", () => {
    expect(summarizeBatchPersonas([persona(0, "failed", { stage: null })]).errorLog[0]).toMatchObject({ stage: "unknown", message: "Failed for an unknown reason" });
  });
});

describe("how a batch ends", () => {
  it("completes when at least one persona succeeded, even if others failed", () => {
    expect(finalBatchOutcome({ personasDone: 1, personasFailed: 4 }, 5)).toEqual({ status: "completed", errorMessage: null });
    expect(finalBatchOutcome({ personasDone: 5, personasFailed: 0 }, 5).status).toBe("completed");
  });

  it("fails only when every persona failed, saying what to do", () => {
    const outcome = finalBatchOutcome({ personasDone: 0, personasFailed: 3 }, 3);
    expect(outcome.status).toBe("failed");
    expect(outcome.errorMessage).toMatch(/All 3 personas failed.*retry/);
  });

  it("completes when none succeeded but some wait in review", () => {
    expect(finalBatchOutcome({ personasDone: 0, personasFailed: 2, personasInReview: 1 }, 3).status).toBe("completed");
    expect(finalBatchOutcome({ personasDone: 0, personasFailed: 0, personasInReview: 3 }, 3).status).toBe("completed");
  });
});

describe("reading a stored error log", () => {
  it("keeps well-formed entries and repairs or drops malformed ones", () => {
    expect(readErrorLog(null)).toEqual([]);
    expect(readErrorLog({ not: "a list" })).toEqual([]);
    expect(readErrorLog([null, 3, { stage: "data", message: "Model timed out", at: "2026-01-01T00:00:00.000Z" }])).toEqual([
      { avatarId: null, name: null, stage: "data", message: "Model timed out", at: "2026-01-01T00:00:00.000Z" },
    ]);
  });
});
