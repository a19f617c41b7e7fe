import { describe, expect, it } from "vitest";
import { describeLimit, describeWait } from "@/lib/providers/image/describe-wait";

describe("describeWait", () => {
  it("rounds a wait up to seconds, minutes or hours", () => {
    expect(describeWait(400)).toBe("1 second");
    expect(describeWait(45_000)).toBe("45 seconds");
    expect(describeWait(60_000)).toBe("1 minute");
    expect(describeWait(3_600_000)).toBe("60 minutes");
    expect(describeWait(7_200_000)).toBe("2 hours");
  });

  it("names a limit as an adjective", () => {
    expect(describeLimit(300_000)).toBe("5-minute");
    expect(describeLimit(30_000)).toBe("30-second");
    expect(describeLimit(60_000)).toBe("1-minute");
  });
});
