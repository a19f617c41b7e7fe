import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NotFoundError } from "@/lib/errors";
import { createProject } from "@/lib/projects/create-project";
import { deleteProject } from "@/lib/projects/delete-project";
import { getProjectOrThrow } from "@/lib/projects/get-project-or-throw";
import { listProjects } from "@/lib/projects/list-projects";
import { createProjectSchema, updateProjectSchema } from "@/lib/projects/project-schemas";
import { updateProject } from "@/lib/projects/update-project";
import { setUpLibEnvironment, type TestDatabase } from "../support/lib-environment";

let env: Awaited<ReturnType<typeof setUpLibEnvironment>>;
let db: TestDatabase;
let alice: string;
let bob: string;

beforeAll(async () => {
  env = await setUpLibEnvironment({ label: "projects", dataDir: false });
  db = env.db;
  alice = (await db.prisma.user.create({ data: { email: "alice@example.com", passwordHash: "x" } })).id;
  bob = (await db.prisma.user.create({ data: { email: "bob@example.com", passwordHash: "x" } })).id;
});

afterAll(() => env.tearDown());

describe("project schemas", () => {
  it("trims names and turns an empty description into null", () => {
    expect(createProjectSchema.parse({ name: "  A  ", description: "" })).toEqual({ name: "A", description: null });
  });
  it("refuses empty, blank and over-long names, long descriptions and unknown keys", () => {
    expect(createProjectSchema.safeParse({ name: "" }).success).toBe(false);
    expect(createProjectSchema.safeParse({ name: "   " }).success).toBe(false);
    expect(createProjectSchema.safeParse({ name: "x".repeat(101) }).success).toBe(false);
    expect(createProjectSchema.safeParse({ name: "x".repeat(100) }).success).toBe(true);
    expect(createProjectSchema.safeParse({ name: "x", description: "d".repeat(2001) }).success).toBe(false);
    expect(createProjectSchema.safeParse({ name: "x", ownerId: "y" }).success).toBe(false);
    expect(updateProjectSchema.safeParse({}).success).toBe(false);
  });
});

describe("project data layer", () => {
  it("scopes every operation to the owner; another owner's id reads as not found", async () => {
    const project = await createProject(alice, { name: "Alice's", description: null });
    await expect(getProjectOrThrow(bob, project.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateProject(bob, project.id, { name: "stolen", description: undefined })).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteProject(bob, project.id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await listProjects(bob, { limit: 10 })).items).toEqual([]);
    expect((await getProjectOrThrow(alice, project.id)).name).toBe("Alice's");
  });

  it("deleting a project deletes what it owns", async () => {
    const project = await createProject(alice, { name: "Doomed", description: null });
    const avatar = await db.prisma.avatar.create({ data: { projectId: project.id, name: "Ava" } });
    await deleteProject(alice, project.id);
    expect(await db.prisma.avatar.findUnique({ where: { id: avatar.id } })).toBeNull();
  });
});
