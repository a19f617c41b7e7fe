import { describe, expect, it } from "vitest";
import { batchInputFromForm } from "@/lib/batches/batch-form-input";
import { createBatchSchema } from "@/lib/batches/batch-schemas";

const parse = (values: Record<string, string>) => createBatchSchema.safeParse(batchInputFromForm(values));

describe("the New batch form's fields", () => {
  it("become the same input the REST API takes", () => {
    const parsed = parse({ count: "12", brief: " Nurses in Lyon ", genderMix: "balanced", ageMin: "25", ageMax: "40", locale: "fr-FR", images: "on", provider: "local", variationsMode: "grid" });
    expect(parsed.data).toEqual({
      count: 12,
      brief: "Nurses in Lyon",
      constraints: { genderMix: "balanced", ageMin: 25, ageMax: 40, locale: "fr-FR" },
      images: true,
      provider: "local",
      variationsMode: "grid",
    });
  });

  it("treat an unchecked images box as no images and empty constraints as none", () => {
    expect(parse({ count: "3", genderMix: "", ageMin: " ", locale: "" }).data).toEqual({ count: 3, images: false, variationsMode: "separate" });
  });

  it("report a missing, out-of-range or non-numeric count on the count field", () => {
    for (const count of ["", "0", "101", "ten"]) {
      const parsed = parse({ count });
      expect(parsed.success).toBe(false);
      expect(parsed.error!.issues[0].path).toEqual(["count"]);
    }
  });
});
