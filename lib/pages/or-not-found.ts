import { notFound } from "next/navigation";
import { NotFoundError } from "@/lib/errors";

/** For pages: a domain NotFoundError (missing or another user's) renders the 404 page. */
export async function orNotFound<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}
