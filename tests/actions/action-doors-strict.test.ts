import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";

vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
// No action below gets past validation, so nothing signs in or out.
vi.mock("next-auth", () => ({ AuthError: class extends Error {} }));
vi.mock("@/lib/auth/auth", () => ({ signIn: vi.fn(), signOut: vi.fn(), auth: vi.fn(), SignInRefused: class extends Error {} }));
vi.mock("@/lib/auth/current-user", () => ({ requireActionUser: async () => ({ id: "user-1", email: "a@example.com", name: null }) }));

const ROOT = path.resolve(import.meta.dirname, "../..");
const files = readdirSync(path.join(ROOT, "lib/actions"), { recursive: true, encoding: "utf8" })
  .filter((file) => file.endsWith(".ts"))
  .sort();

type Action = (previous: unknown, formData: FormData) => Promise<unknown>;

/** Makes form actions; not one itself. */
const FACTORIES = new Set(["seed/seed-image-action.ts#seedImageAction", "review/review-action.ts#reviewAction"]);

/** Every action a form can call (a function taking state and FormData), by `file#name`. */
async function formActions() {
  const found: [string, Action][] = [];
  for (const file of files) {
    const exports = (await import(/* @vite-ignore */ path.join(ROOT, "lib/actions", file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exports)) {
      if (typeof value === "function" && /Action$/.test(name) && value.length !== 0 && !FACTORIES.has(`${file}#${name}`)) found.push([`${file}#${name}`, value as Action]);
    }
  }
  return found;
}

/**
 * Actions whose form is mapped field by field into their schema (toInput names each field it reads):
 * a field the mapping does not name never reaches anything, so there is nothing to refuse.
 */
const MAPPED_FIELD_BY_FIELD = new Set([
  "admin/set-signup-open.ts#setSignupOpenAction",
  "avatars/generate-avatar.ts#generateAvatarAction",
  "batches/create-batch.ts#createBatchAction",
  "batches/estimate-batch.ts#estimateBatchAction",
  "seed/upload-seed-image.ts#uploadSeedImageAction",
  "training/estimate-training-set.ts#estimateTrainingSetAction",
  "training/request-training-set.ts#requestTrainingSetAction",
  "admin/update-admin-user.ts#updateAdminUserAction",
  "avatars/create-persona.ts#createPersonaAction",
  "avatars/update-avatar.ts#updateAvatarAction",
  "seed/estimate-variations.ts#estimateVariationsAction",
  "webhooks/create-webhook.ts#createWebhookAction",
  "projects/update-project-settings.ts#updateProjectSettingsAction",
]);

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

describe("every server action refuses a form field it does not know", () => {
  it("finds the actions", async () => {
    expect((await formActions()).length).toBeGreaterThan(35);
  });

  it("an unknown field is refused with a message (never a thrown error or 'something went wrong'), naming the field", async () => {
    const problems: string[] = [];
    const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
    for (const [label, action] of await formActions()) {
      let state: { error?: unknown; fieldErrors?: Record<string, string[]>; ok?: unknown };
      try {
        state = (await action({}, form({ unexpectedKey: "1" }))) as typeof state;
      } catch (thrown) {
        problems.push(`${label} threw ${String(thrown)}`);
        continue;
      }
      if (typeof state?.error !== "string" || /something went wrong/i.test(state.error) || state.ok !== undefined) {
        problems.push(`${label} answered ${JSON.stringify(state)}`);
        continue;
      }
      if (MAPPED_FIELD_BY_FIELD.has(label)) continue;
      const messages = Object.values(state.fieldErrors ?? {}).flat();
      if (!messages.some((message) => /Unrecognized key: "unexpectedKey"/.test(message))) problems.push(`${label} did not name the unknown field: ${JSON.stringify(state)}`);
    }
    error.mockRestore();
    expect(problems).toEqual([]);
  });

  it("beside an otherwise valid form the unknown field is the error shown", async () => {
    const actions = new Map(await formActions());
    const cancel = actions.get("jobs/cancel-generation.ts#cancelGenerationAction")!;
    expect(await cancel({}, form({ generationId: "g1", unexpectedKey: "1" }))).toMatchObject({ error: 'Unrecognized key: "unexpectedKey"', fieldErrors: { form: ['Unrecognized key: "unexpectedKey"'] } });
    const reject = actions.get("seed/reject-seed-image.ts#rejectSeedImageAction")!;
    expect(await reject({}, form({ avatarId: "a1", projectId: "p1", reason: "blurry", unexpectedKey: "1" }))).toMatchObject({ error: expect.stringMatching(/Unrecognized key: "unexpectedKey"/) });
  });
});
