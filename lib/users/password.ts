import { hash, verify } from "@node-rs/argon2";

// @node-rs/argon2 defaults to Argon2id with OWASP-recommended cost parameters.
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verifying against a fixed hash when the email is unknown keeps sign-in timing uniform.
let dummyHash: Promise<string> | undefined;
export function burnPasswordCheck(password: string) {
  dummyHash ??= hash("likeness-timing-equalizer");
  return dummyHash.then((h) => verifyPassword(h, password));
}
