import type { NextRequest } from "next/server";
import { errorResponse } from "@/lib/api/api-errors";
import { handlers } from "@/lib/auth/auth";
import { clientAddress } from "@/lib/http/client-address";
import { assertSignInAllowed } from "@/lib/users/sign-in-limits";

export const { GET } = handlers;

/**
 * Auth.js answers a refused credentials sign-in with a redirect; while the account or address is
 * over its failure limit this answers 429 with Retry-After first, as the token login does.
 */
export async function POST(req: NextRequest) {
  if (req.nextUrl.pathname.endsWith("/callback/credentials")) {
    const email = await submittedEmail(req.clone());
    if (email) {
      try {
        await assertSignInAllowed(email, clientAddress(req.headers));
      } catch (error) {
        return errorResponse(error);
      }
    }
  }
  return handlers.POST(req);
}

async function submittedEmail(req: Request): Promise<string | undefined> {
  try {
    const type = req.headers.get("content-type") ?? "";
    const body = type.includes("application/json") ? await req.json() : Object.fromEntries(await req.formData());
    return typeof body?.email === "string" && body.email.length <= 254 ? body.email : undefined;
  } catch {
    return undefined;
  }
}
