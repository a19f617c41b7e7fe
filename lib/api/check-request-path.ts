import { AppError, BadRequestError, NotFoundError } from "@/lib/errors";
import { isUnsafeText } from "@/lib/validation/unsafe-text";

/**
 * What is wrong with a request path before any route sees it: a segment whose percent-encoding is
 * not UTF-8 (`%ff`, the overlong `%c0%ae`) or that decodes to a NUL or a lone surrogate is a 400;
 * a `.` or `..` segment names no resource, a 404. Undefined for a path a route may handle.
 */
export function requestPathProblem(pathname: string): AppError | undefined {
  for (const segment of pathname.split("/")) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return new BadRequestError("The path is not valid: its percent-encoding is not UTF-8");
    }
    if (isUnsafeText(decoded)) return new BadRequestError("The path is not valid: it contains a NUL character or broken Unicode");
    if (decoded === "." || decoded === "..") return new NotFoundError("API route");
  }
  return undefined;
}
