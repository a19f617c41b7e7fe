import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUserSession, getLiveSessionUser } from "@/lib/auth/sessions/user-sessions";
import { BadRequestError } from "@/lib/errors";
import { getStorage } from "@/lib/storage";
import { createApiToken } from "@/lib/tokens/create-api-token";
import { changePassword } from "@/lib/users/change-password";
import { deleteAccount } from "@/lib/users/delete-account";
import { hashPassword } from "@/lib/users/password";
import { updateUserName } from "@/lib/users/update-user-name";
import { changePasswordSchema, deleteAccountSchema, updateNameSchema } from "@/lib/users/user-schemas";
import { verifyCredentials } from "@/lib/users/verify-credentials";
import { setUpLibEnvironment } from "../support/lib-environment";

const PASSWORD = "correct horse battery";

describe("account settings schemas", () => {
  it("refuse unknown keys, short new passwords and an unchanged password", () => {
    expect(updateNameSchema.safeParse({ name: "A", email: "x@example.com" }).success).toBe(false);
    expect(updateNameSchema.parse({ name: "  " })).toEqual({ name: null });
    expect(updateNameSchema.safeParse({ name: "x".repeat(101) }).success).toBe(false);
    expect(changePasswordSchema.safeParse({ currentPassword: "a", newPassword: "short" }).success).toBe(false);
    expect(changePasswordSchema.safeParse({ currentPassword: PASSWORD, newPassword: PASSWORD }).success).toBe(false);
    expect(deleteAccountSchema.safeParse({}).success).toBe(false);
  });
});

describe.each(["postgres", "embedded"] as const)("account settings on %s", (database) => {
  let env: Awaited<ReturnType<typeof setUpLibEnvironment>>;

  beforeAll(async () => {
    env = await setUpLibEnvironment({ label: "account", database });
  });
  afterAll(() => env.tearDown());

  async function newUser(email: string) {
    return (await env.db.prisma.user.create({ data: { email, passwordHash: await hashPassword(PASSWORD) } })).id;
  }

  it("changes the name", async () => {
    const id = await newUser("name@example.com");
    expect((await updateUserName(id, "Grace")).name).toBe("Grace");
    expect((await updateUserName(id, null)).name).toBeNull();
  });

  it("changes the password only with the current one, and ends the other sessions but this one", async () => {
    const id = await newUser("pw@example.com");
    const mine = await createUserSession(id, 60_000);
    const other = await createUserSession(id, 60_000);
    const wrong = await changePassword(id, { currentPassword: "not it", newPassword: "a new password" }, mine).catch((e) => e);
    expect(wrong).toBeInstanceOf(BadRequestError);
    expect(wrong.details).toEqual({ currentPassword: ["Your current password is not correct."] });
    expect(await getLiveSessionUser(other, id)).not.toBeNull();
    await changePassword(id, { currentPassword: PASSWORD, newPassword: "a new password" }, mine);
    expect(await getLiveSessionUser(other, id)).toBeNull();
    expect(await getLiveSessionUser(mine, id)).not.toBeNull();
    expect(await verifyCredentials("pw@example.com", PASSWORD)).toBeNull();
    expect((await verifyCredentials("pw@example.com", "a new password"))?.user.id).toBe(id);
  });

  it("deletes the account with its projects, avatars, images, tokens, sessions and stored files; another user's stay", async () => {
    const id = await newUser("gone@example.com");
    const keeper = await newUser("keeper@example.com");
    const storage = getStorage();
    const projectIds: string[] = [];
    const keys: string[] = [];
    for (const ownerId of [id, keeper]) {
      const project = await env.db.prisma.project.create({ data: { ownerId, name: "P" } });
      const avatar = await env.db.prisma.avatar.create({ data: { projectId: project.id, name: "A" } });
      const key = `avatars/${project.id}/${avatar.id}/img.png`;
      await storage.put(key, Buffer.from("png"), "image/png");
      await env.db.prisma.image.create({
        data: { id: `img-${avatar.id}`, avatarId: avatar.id, kind: "base", storageKey: key, thumbnailKey: key, mimeType: "image/png", width: 1, height: 1, sizeBytes: 3, md5: "x" },
      });
      projectIds.push(project.id);
      keys.push(key);
    }
    await createApiToken(id, "cli");
    await createUserSession(id, 60_000);

    await expect(deleteAccount(id, "not the password")).rejects.toBeInstanceOf(BadRequestError);
    expect(await env.db.prisma.user.count({ where: { id } })).toBe(1);

    await deleteAccount(id, PASSWORD);
    expect(await env.db.prisma.user.count({ where: { id } })).toBe(0);
    expect(await env.db.prisma.project.count({ where: { ownerId: id } })).toBe(0);
    expect(await env.db.prisma.apiToken.count({ where: { userId: id } })).toBe(0);
    expect(await env.db.prisma.userSession.count({ where: { userId: id } })).toBe(0);
    expect(await env.db.prisma.avatar.count({ where: { projectId: projectIds[0] } })).toBe(0);
    expect(await storage.exists(keys[0])).toBe(false);
    const left = await env.db.prisma.image.findMany({ select: { storageKey: true } });
    expect(left).toHaveLength(1);
    expect(await storage.exists(left[0].storageKey)).toBe(true);
    expect(left[0].storageKey.startsWith(`avatars/${projectIds[1]}/`)).toBe(true);
  });
});
