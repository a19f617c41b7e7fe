/** One key of a listing, with when it was last written. */
export interface ListedKey {
  key: string;
  modifiedAt: Date;
  size: number;
}

export interface StoredObject {
  data: Buffer;
  contentType: string;
}

/** Where image bytes live. Keys come from storage-keys.ts: slash-separated, no "..", no leading dot segments. */
export interface Storage {
  driver: "local" | "s3";
  /** Creates or replaces; a reader never sees a half-written object. */
  put(key: string, data: Buffer, contentType: string): Promise<void>;
  get(key: string): Promise<StoredObject | null>;
  /** Succeeds when the key does not exist. */
  delete(key: string): Promise<void>;
  /** Deletes every key that starts with `prefix` (use a trailing "/" for a folder). */
  deletePrefix(prefix: string): Promise<void>;
  exists(key: string): Promise<boolean>;
  /** Every key that starts with `prefix` ("" for all), page by page; the order is the driver's. */
  list(prefix: string): AsyncIterable<ListedKey>;
  /** A URL a browser can fetch directly (public or presigned); absent when files are served by the app. */
  url?(key: string): Promise<string | undefined>;
}
