import { BadRequestError, PayloadTooLargeError } from "@/lib/errors";

export interface BodyLimit {
  maxBytes: number;
  /** Said to the caller when the body is larger ("Request body too large. Maximum size is 1MB"). */
  message: string;
}

/** A declared Content-Length over the limit is refused before a byte of the body is read. */
export function assertDeclaredLength(req: Request, limit: BodyLimit) {
  const declared = req.headers.get("content-length");
  if (declared === null) return;
  if (!/^\d+$/.test(declared.trim())) throw new BadRequestError("Content-Length must be a number of bytes");
  if (Number(declared) > limit.maxBytes) throw new PayloadTooLargeError(limit.message);
}

/**
 * The one way a route reads a request body: refused at once when its declared length is over the
 * limit, else read chunk by chunk and cancelled as soon as it passes the limit, so a chunked upload
 * of any size costs at most the limit in memory.
 */
export async function readBody(req: Request, limit: BodyLimit): Promise<Uint8Array<ArrayBuffer>> {
  assertDeclaredLength(req, limit);
  if (!req.body) return new Uint8Array(0);
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    while (true) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit.maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw new PayloadTooLargeError(limit.message);
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof PayloadTooLargeError) throw error;
    throw new BadRequestError("The request body could not be read to its end");
  } finally {
    reader.releaseLock();
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}
