import http from "node:http";

export interface RawAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
  /** Body bytes written before the answer came (or the connection ended). */
  bytesWritten: number;
  /** From the request's headers being sent to the answer's status line arriving. */
  ms: number;
}

/**
 * A request fetch() cannot make: a declared Content-Length that the body never reaches, or a chunked
 * body written until the server answers (up to `streamBytes`). The connection is dropped once the
 * answer has been read, so nothing waits for the rest of the body.
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
  timeoutMs?: number;
}): Promise<RawAnswer> {
  const target = new URL(options.url);
  return new Promise((resolve, reject) => {
    let bytesWritten = 0;
    let answered = false;
    const started = Date.now();
    const req = http.request({
      host: target.hostname,
      port: target.port,
      method: options.method,
      path: options.path,
      headers: options.headers,
      agent: false,
    });
    const timer = setTimeout(() => {
      req.destroy();
      reject(new Error(`${options.method} ${options.path}: no answer in ${options.timeoutMs ?? 15000} ms (${bytesWritten} bytes written)`));
    }, options.timeoutMs ?? 15000);
    req.on("response", (res) => {
      answered = true;
      const ms = Date.now() - started;
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (chunk) => (text += chunk));
      res.on("end", () => {
        clearTimeout(timer);
        req.destroy();
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, bytesWritten, ms });
      });
    });
    req.on("error", (error) => {
      if (answered) return;
      clearTimeout(timer);
      reject(new Error(`${options.method} ${options.path}: ${error.message} after ${bytesWritten} bytes`));
    });
    req.flushHeaders();
    if (options.partialBody) {
      req.write(options.partialBody);
      bytesWritten += options.partialBody.length;
      return;
    }
    if (options.streamBytes === undefined) {
      req.end();
      return;
    }
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    const total = options.streamBytes;
    const pump = () => {
      while (!answered && bytesWritten < total) {
        bytesWritten += chunk.length;
        if (!req.write(chunk)) return void req.once("drain", pump);
      }
      if (!answered) req.end();
    };
    pump();
  });
}
