import { Readable } from "node:stream";
import { ZipFile } from "yazl";

/** One file of an archive: text or bytes now, or a reader called only when the archive reaches it. */
export interface ZipEntry {
  path: string;
  data: string | Buffer | (() => Promise<Buffer>);
  /** Already-compressed data (images) is stored, not deflated again. */
  compress?: boolean;
}

export interface StreamZipOptions {
  /** The timestamp of every entry, so the same content zips to the same bytes. */
  date?: Date;
}

/**
 * A ZIP as a web stream, written while it is read: entries are read one at a time and only when the
 * archive reaches them, so memory holds one file, never the archive. A reader's failure errors the stream.
 */
export function streamZip(entries: readonly ZipEntry[], { date = new Date(Date.UTC(2000, 0, 1)) }: StreamZipOptions = {}): ReadableStream<Uint8Array> {
  const zip = new ZipFile();
  const output = zip.outputStream as Readable;
  for (const entry of entries) {
    const options = { mtime: date, mode: 0o100644, compress: entry.compress ?? true };
    const { data } = entry;
    if (typeof data === "string") zip.addBuffer(Buffer.from(data, "utf8"), entry.path, options);
    else if (Buffer.isBuffer(data)) zip.addBuffer(data, entry.path, options);
    else {
      zip.addReadStreamLazy(entry.path, options, (callback) => {
        data().then(
          (bytes) => callback(null, Readable.from([bytes])),
          (error: Error) => {
            output.destroy(error);
            callback(error, Readable.from([]));
          },
        );
      });
    }
  }
  // A reader's failure reaches yazl as an "error" event: it ends the stream instead of the process.
  zip.on("error", (error: Error) => output.destroy(error));
  zip.end();
  return toWebStream(output);
}

/**
 * The Node stream as a web stream, by hand: Readable.toWeb throws "Controller is already closed" as an
 * uncaught exception on Node 20 when a client disconnects mid-download. Back-pressure pauses the source.
 */
function toWebStream(output: Readable): ReadableStream<Uint8Array> {
  let settled = false;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      output.pause();
      output.on("data", (chunk: Buffer) => {
        if (settled) return;
        controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
        if ((controller.desiredSize ?? 0) <= 0) output.pause();
      });
      output.on("end", () => {
        if (settled) return;
        settled = true;
        controller.close();
      });
      output.on("error", (error) => {
        if (settled) return;
        settled = true;
        controller.error(error);
      });
    },
    pull() {
      output.resume();
    },
    cancel() {
      settled = true;
      output.destroy();
    },
  });
}
