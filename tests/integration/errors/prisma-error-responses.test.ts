import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorResponse } from "@/lib/api/api-errors";
import { createTestDatabase } from "../support/test-database";

let database: Awaited<ReturnType<typeof createTestDatabase>>;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(async () => {
  await database.drop();
});

/** What a REST route (withUser / withPublic hand every error to errorResponse) answers when `work` throws. */
async function answerOf(work: () => Promise<unknown>) {
  const response = await work().then(() => Response.json({ ok: true }), errorResponse);
  return { status: response.status, body: await response.json() };
}

describe("Prisma's errors from a real database, at a REST door", () => {
  it("a findUniqueOrThrow that finds nothing (P2025) is a 404 not_found, not a 500", async () => {
    expect(await answerOf(() => database.prisma.avatar.findUniqueOrThrow({ where: { id: "missing" } }))).toEqual({
      status: 404,
      body: { error: "Avatar not found", code: "not_found" },
    });
    expect(await answerOf(() => database.prisma.project.update({ where: { id: "missing" }, data: { name: "x" } }))).toEqual({
      status: 404,
      body: { error: "Project not found", code: "not_found" },
    });
  });

  it("a unique index refusing a write (P2002) is a 409 conflict", async () => {
    await database.prisma.user.create({ data: { email: "twice@example.com", passwordHash: "x" } });
    expect(await answerOf(() => database.prisma.user.create({ data: { email: "twice@example.com", passwordHash: "x" } }))).toEqual({
      status: 409,
      body: { error: "A user with the same values already exists", code: "conflict" },
    });
  });

  it("a missing parent row (P2003) is a 409 conflict", async () => {
    expect(await answerOf(() => database.prisma.project.create({ data: { name: "Orphan", ownerId: "nobody" } }))).toMatchObject({
      status: 409,
      body: { code: "conflict" },
    });
  });

  it("text PostgreSQL cannot store (22021 NUL, 22P05 lone surrogate in JSON) is a 400 invalid_input, if a door ever lets it through", async () => {
    const owner = await database.prisma.user.create({ data: { email: "nul@example.com", passwordHash: "x" } });
    const invalid = { status: 400, body: { error: "A value contains a NUL character or broken Unicode; remove it and try again", code: "invalid_input" } };
    expect(await answerOf(() => database.prisma.project.create({ data: { name: "a\u0000b", ownerId: owner.id } }))).toEqual(invalid);
    expect(await answerOf(() => database.prisma.project.findFirst({ where: { id: "a\u0000b", ownerId: owner.id } }))).toEqual(invalid);
    const project = await database.prisma.project.create({ data: { name: "Json", ownerId: owner.id } });
    expect(
      await answerOf(() => database.prisma.avatar.create({ data: { projectId: project.id, name: "Lone", persona: { bio: "broken \ud800 text" } } })),
    ).toMatchObject({ status: 400, body: { code: "invalid_input" } });
  });
});
