import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { createTrainingPrompt } from "@/lib/training/create-training-prompt";
import { DEFAULT_TRAINING_PROMPTS } from "@/lib/training/default-training-prompts";
import { deleteTrainingPrompt } from "@/lib/training/delete-training-prompt";
import { listTrainingPrompts } from "@/lib/training/list-training-prompts";
import { MAX_PROJECT_PROMPTS, trainingPromptInputSchema } from "@/lib/training/training-prompt-schemas";
import { updateTrainingPrompt } from "@/lib/training/update-training-prompt";
import { createUser, setUpTrainingEnvironment, type TestDatabase } from "./training-fixtures";

let env: Awaited<ReturnType<typeof setUpTrainingEnvironment>>;
let db: TestDatabase;
let alice: string;
let bob: string;

beforeAll(async () => {
  env = await setUpTrainingEnvironment();
  db = env.db;
  alice = await createUser(db, "alice");
  bob = await createUser(db, "bob");
});

afterAll(async () => env?.tearDown());

async function newProject(ownerId: string) {
  return (await db.prisma.project.create({ data: { ownerId, name: "P" } })).id;
}

describe("training prompt schema", () => {
  it("collapses spacing and accepts 1 to 300 characters", () => {
    expect(trainingPromptInputSchema.parse({ text: "  walking   at\n dusk " })).toEqual({ text: "walking at dusk" });
    expect(trainingPromptInputSchema.safeParse({ text: "x".repeat(300) }).success).toBe(true);
    const long = trainingPromptInputSchema.safeParse({ text: "x".repeat(301) });
    expect(long.success || long.error.issues[0].message).toBe("Prompt must be at most 300 characters");
    const blank = trainingPromptInputSchema.safeParse({ text: "   " });
    expect(blank.success || blank.error.issues[0].message).toBe("Prompt is required");
    expect(trainingPromptInputSchema.safeParse({}).success).toBe(false);
    expect(trainingPromptInputSchema.safeParse({ text: "ok", projectId: "x" }).success).toBe(false);
  });
});

describe("prompt library", () => {
  it("lists the defaults first, then the project's own prompts in the order they were added", async () => {
    const projectId = await newProject(alice);
    expect((await listTrainingPrompts(alice, projectId)).map((p) => p.text)).toEqual([...DEFAULT_TRAINING_PROMPTS]);
    await createTrainingPrompt(alice, projectId, { text: "riding a bicycle along a canal" });
    await createTrainingPrompt(alice, projectId, { text: "reading in a library" });
    const library = await listTrainingPrompts(alice, projectId);
    expect(library).toHaveLength(DEFAULT_TRAINING_PROMPTS.length + 2);
    expect(library[0]).toEqual({ id: null, text: DEFAULT_TRAINING_PROMPTS[0], source: "default", createdAt: null });
    expect(library.slice(-2).map((p) => [p.source, p.text])).toEqual([
      ["project", "riding a bicycle along a canal"],
      ["project", "reading in a library"],
    ]);
  });

  it("refuses a duplicate of an own prompt or a default, ignoring case and spacing, with a 409", async () => {
    const projectId = await newProject(alice);
    await createTrainingPrompt(alice, projectId, { text: "on a rooftop at night" });
    const own = createTrainingPrompt(alice, projectId, { text: "On a Rooftop at night" });
    await expect(own).rejects.toBeInstanceOf(ConflictError);
    await expect(own).rejects.toMatchObject({ status: 409, message: "This project already has that prompt" });
    await expect(createTrainingPrompt(alice, projectId, { text: DEFAULT_TRAINING_PROMPTS[1].toUpperCase() })).rejects.toMatchObject({
      status: 409,
      message: "That prompt is already in the default library",
    });
    // The same text in another project is fine.
    await expect(createTrainingPrompt(alice, await newProject(alice), { text: "on a rooftop at night" })).resolves.toMatchObject({ source: "project" });
  });

  it("edits and deletes; an edit onto another prompt's text is a 409, its own text is fine", async () => {
    const projectId = await newProject(alice);
    const first = await createTrainingPrompt(alice, projectId, { text: "first scene" });
    const second = await createTrainingPrompt(alice, projectId, { text: "second scene" });
    await expect(updateTrainingPrompt(alice, projectId, second.id!, { text: "FIRST scene" })).rejects.toMatchObject({ status: 409 });
    await expect(updateTrainingPrompt(alice, projectId, first.id!, { text: "First scene" })).resolves.toMatchObject({ text: "First scene" });
    await expect(updateTrainingPrompt(alice, projectId, second.id!, { text: "second scene, at noon" })).resolves.toMatchObject({
      id: second.id,
      text: "second scene, at noon",
    });
    await deleteTrainingPrompt(alice, projectId, first.id!);
    expect((await listTrainingPrompts(alice, projectId)).filter((p) => p.source === "project").map((p) => p.text)).toEqual(["second scene, at noon"]);
    await expect(deleteTrainingPrompt(alice, projectId, first.id!)).rejects.toBeInstanceOf(NotFoundError);
  });

  it(`stops at ${MAX_PROJECT_PROMPTS} prompts of a project's own with a message that says what to do`, async () => {
    const projectId = await newProject(alice);
    await db.prisma.trainingPrompt.createMany({ data: Array.from({ length: MAX_PROJECT_PROMPTS }, (_, i) => ({ projectId, text: `scene ${i}` })) });
    await expect(createTrainingPrompt(alice, projectId, { text: "one more" })).rejects.toMatchObject({ status: 400, message: /Delete one first/ });
  });

  it("another user's project and prompts read as not found", async () => {
    const projectId = await newProject(alice);
    const prompt = await createTrainingPrompt(alice, projectId, { text: "private scene" });
    await expect(listTrainingPrompts(bob, projectId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(createTrainingPrompt(bob, projectId, { text: "intruder" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateTrainingPrompt(bob, projectId, prompt.id!, { text: "stolen" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteTrainingPrompt(bob, projectId, prompt.id!)).rejects.toBeInstanceOf(NotFoundError);
    // A prompt addressed through a different project of the same owner is not found either.
    await expect(deleteTrainingPrompt(alice, await newProject(alice), prompt.id!)).rejects.toBeInstanceOf(NotFoundError);
    expect((await listTrainingPrompts(alice, projectId)).some((p) => p.text === "private scene")).toBe(true);
  });
});
