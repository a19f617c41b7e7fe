import { describe, expect, it } from "vitest";
import {
  allowedSeedActions,
  assertApprovedBase,
  assertCanApprove,
  assertCanReject,
  assertCanReplaceBase,
  assertCanUnlock,
  seedStateOf,
  type SeedState,
} from "@/lib/avatars/seed-image-rules";
import { BadRequestError, ConflictError } from "@/lib/errors";

const state = (overrides: Partial<SeedState>): SeedState => ({ baseImageStatus: "draft", appearanceLocked: false, baseImageId: "img", ...overrides });
const none = state({ baseImageStatus: "pending_upload", baseImageId: null });
const draft = state({});
const approved = state({ baseImageStatus: "approved", appearanceLocked: true });
const rejected = state({ baseImageStatus: "rejected" });

describe("seed-image transitions", () => {
  it("approve: only a draft with an image, or a rejected one with a chosen replacement", () => {
    expect(() => assertCanApprove(none)).toThrow("Cannot approve baseline: persona does not have a base image");
    expect(() => assertCanApprove(draft)).not.toThrow();
    expect(() => assertCanApprove(approved)).toThrow(BadRequestError);
    expect(() => assertCanApprove(rejected)).toThrow(/rejected/);
    expect(() => assertCanApprove(rejected, "other")).not.toThrow();
    expect(() => assertCanApprove(none, "img")).not.toThrow();
  });

  it("reject: a draft only; not without an image, not while locked, not twice", () => {
    expect(() => assertCanReject(draft)).not.toThrow();
    expect(() => assertCanReject(none)).toThrow(BadRequestError);
    expect(() => assertCanReject(approved)).toThrow(ConflictError);
    expect(() => assertCanReject(rejected)).toThrow(/already rejected/);
  });

  it("replacing the base of a locked persona requires unlocking first", () => {
    expect(() => assertCanReplaceBase(approved)).toThrow(/Unlock it first/);
    for (const open of [none, draft, rejected]) expect(() => assertCanReplaceBase(open)).not.toThrow();
    expect(() => assertCanUnlock(approved)).not.toThrow();
    expect(() => assertCanUnlock(draft)).toThrow(/not locked/);
  });

  it("variations and training need an approved base", () => {
    expect(() => assertApprovedBase(approved)).not.toThrow();
    for (const other of [none, draft, rejected]) expect(() => assertApprovedBase(other)).toThrow(/Approve a base image first/);
  });

  it("the seed panel offers exactly what the server allows in each state", () => {
    const offered = (avatar: SeedState) => Object.entries(allowedSeedActions(avatar)).flatMap(([action, allowed]) => (allowed ? [action] : []));
    expect(offered(none)).toEqual(["replaceBase"]);
    expect(offered(draft)).toEqual(["approve", "reject", "replaceBase", "refine"]);
    expect(offered(rejected)).toEqual(["replaceBase", "refine"]);
    expect(offered(approved)).toEqual(["unlock", "useApprovedBase"]);
  });

  it("reads the seed state of an avatar as pages show it", () => {
    expect(seedStateOf({ baseImageStatus: "draft", appearanceLocked: false, baseImage: { id: "img" } })).toEqual(draft);
    expect(seedStateOf({ baseImageStatus: "pending_upload", appearanceLocked: false, baseImage: null })).toEqual(none);
  });
});
