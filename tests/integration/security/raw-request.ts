import type { IncomingHttpHeaders } from "node:http";
import net from "node:net";

export interface RawAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
  /** Body bytes written before the answer came (or the connection ended). */
  bytesWritten: number;
  /** From the request's headers being sent to the answer's status line arriving. */
  ms: number;
}

/** The answer in `data` once it is whole: head parsed, body complete by its length or chunked framing; else undefined. */
function completeAnswer(data: Buffer, ended: boolean): Omit<RawAnswer, "bytesWritten" | "ms"> | undefined {
  const headEnd = data.indexOf("\r\n\r\n");
  if (headEnd < 0) return undefined;
  const [statusLine, ...lines] = data.subarray(0, headEnd).toString("latin1").split("\r\n");
  const headers: IncomingHttpHeaders = {};
  for (const line of lines) {
    const colon = line.indexOf(":");
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  const status = Number(statusLine.split(" ")[1]);
  let body = data.subarray(headEnd + 4);
  if (/chunked/i.test(String(headers["transfer-encoding"] ?? ""))) {
    const parts: Buffer[] = [];
    let rest = body;
    while (true) {
      const lineEnd = rest.indexOf("\r\n");
      if (lineEnd < 0) return ended ? { status, headers, text: Buffer.concat(parts).toString("utf8") } : undefined;
      const size = parseInt(rest.subarray(0, lineEnd).toString("latin1"), 16);
      if (size === 0) break;
      if (rest.length < lineEnd + 2 + size) return ended ? { status, headers, text: Buffer.concat(parts).toString("utf8") } : undefined;
      parts.push(rest.subarray(lineEnd + 2, lineEnd + 2 + size));
      rest = rest.subarray(lineEnd + 2 + size + 2);
    }
    body = Buffer.concat(parts);
  } else if (headers["content-length"] !== undefined) {
    const length = Number(headers["content-length"]);
    if (body.length < length && !ended) return undefined;
    body = body.subarray(0, length);
  } else if (!ended && status !== 204 && status !== 304) {
    return undefined;
  }
  return { status, headers, text: body.toString("utf8") };
}

/**
 * A request fetch() cannot make, on a plain socket: a path sent byte for byte (no URL normalization), a
 * declared Content-Length that the body never reaches, or a chunked body written until the server
 * answers (up to `streamBytes`). The connection is dropped once the answer has been read, so nothing
 * waits for the rest of the body.
 *
 * A server that refuses a body mid-way answers, then closes the connection, resetting it when unread
 * bytes remain. A client still writing then fails a write, and Node destroys a socket on its first
 * failed write, often before it has read the answer already waiting in it (the flake of "chunked body
 * past the limit" under load), so the body is written a chunk per turn of the event loop, each after
 * the loop has read what came. With `endBody: false` the body stops at `streamBytes` and stays
 * unfinished: nothing is written while the server answers, and the answer can only come from a server
 * that refuses the body as it arrives (one that waited for its end would never answer).
 */
export function rawRequest(options: {
  url: string;
  method: string;
  path: string;
  headers?: Record<string, string>;
  /** Bytes written at once, then the request waits without ending (for a lying Content-Length). */
  partialBody?: Buffer;
  /** Total bytes of a chunked body, written in 64 KB chunks until the server answers. */
  streamBytes?: number;
  /** false: the chunked body is left unfinished after `streamBytes` (the request waits for the answer). */
  endBody?: boolean;
  /**
   * Wait this long after each 256 KB written: the client spends nearly all its time reading, not writing,
   * so the server's answer (and its reset) lands while no write is under way.
   */
  paceMs?: number;
  timeoutMs?: number;
}): Promise<RawAnswer> {
  const target = new URL(options.url);
  const timeoutMs = options.timeoutMs ?? 15000;
  return new Promise((resolve, reject) => {
    let bytesWritten = 0;
    let received = Buffer.alloc(0);
    let answeredAt: number | undefined;
    let settled = false;
    const started = Date.now();
    const socket = net.connect({ host: target.hostname, port: Number(target.port) });
    const finish = (ended: boolean, error?: Error) => {
      if (settled) return;
      const answer = completeAnswer(received, ended);
      if (!answer) {
        if (!ended) return;
        settled = true;
        clearTimeout(timer);
        socket.destroy();
        const why = error?.message ?? "connection closed";
        return reject(new Error(`${options.method} ${options.path}: ${why} with no answer, after ${bytesWritten} body bytes written`));
      }
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      resolve({ ...answer, bytesWritten, ms: (answeredAt ?? Date.now()) - started });
    };
    const timer = setTimeout(() => {
      settled = true;
      socket.destroy();
      reject(new Error(`${options.method} ${options.path}: no answer in ${timeoutMs} ms (${bytesWritten} bytes written)`));
    }, timeoutMs);
    socket.on("data", (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      if (answeredAt === undefined && received.indexOf("\r\n") >= 0) answeredAt = Date.now();
      finish(false);
    });
    socket.on("end", () => finish(true));
    socket.on("close", () => finish(true));
    // A reset after the whole answer was read resolves with that answer; before it, this fails.
    socket.on("error", (error) => finish(true, error));

    const headers = { host: target.host, connection: "close", ...options.headers };
    const chunked = /chunked/i.test(Object.entries(headers).find(([name]) => name.toLowerCase() === "transfer-encoding")?.[1] ?? "");
    const head = `${options.method} ${options.path} HTTP/1.1\r\n${Object.entries(headers)
      .map(([name, value]) => `${name}: ${value}\r\n`)
      .join("")}\r\n`;
    const answered = () => settled || answeredAt !== undefined;
    /** Writes `data` as the body (chunk-framed when the request is chunked); `written` once the socket has handed it on. */
    const writeBody = (data: Buffer, written?: (error?: Error | null) => void) => {
      bytesWritten += data.length;
      const framed = chunked ? Buffer.concat([Buffer.from(`${data.length.toString(16)}\r\n`), data, Buffer.from("\r\n")]) : data;
      socket.write(framed, written);
    };
    socket.once("connect", () => {
      socket.write(head);
      if (options.partialBody) return void writeBody(options.partialBody);
      if (options.streamBytes === undefined) return;
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      const total = options.streamBytes;
      const burst = 4 * chunk.length;
      // One chunk at a time, the next only after the event loop has read what arrived meanwhile
      // (setImmediate runs after the poll phase): an answer that came is read before another write can
      // fail on the reset that follows it, leaving a window of microseconds instead of a burst's.
      const pump = () => {
        if (answered()) return;
        if (bytesWritten >= total) {
          if (chunked && options.endBody !== false) socket.write("0\r\n\r\n");
          return;
        }
        writeBody(chunk, (writeError) => {
          if (writeError) return;
          if (options.paceMs && bytesWritten % burst === 0) setTimeout(pump, options.paceMs);
          else setImmediate(pump);
        });
      };
      pump();
    });
  });
}
