import { NOT_MEASURED_MESSAGE, type IdentityTry, type StoredIdentity } from "@/lib/faces/face-check-types";

/** "consistent 0.86", "drifted 0.52", "no face", "not measured". */
export function identityLabel(identity: Pick<IdentityTry, "score" | "status">) {
  switch (identity.status) {
    case "consistent":
    case "drifted":
      return identity.score !== null ? `${identity.status} ${identity.score.toFixed(2)}` : identity.status;
    case "no-face":
      return "no face";
    case "not-measured":
      return "not measured";
  }
}

const TITLES: Record<StoredIdentity["status"], string> = {
  consistent: "The face matches the approved seed: its score is at or above the project's identity threshold",
  drifted: "The face differs from the approved seed: its score is below the project's identity threshold",
  "no-face": "No face was found in this image",
  "not-measured": NOT_MEASURED_MESSAGE,
};

export function identityTitle(identity: Pick<StoredIdentity, "status">) {
  return TITLES[identity.status];
}

/** "2 tries" when the image was re-made, else nothing. */
export function triesLabel(identity: StoredIdentity) {
  return identity.attempts > 1 ? `${identity.attempts} tries` : null;
}
