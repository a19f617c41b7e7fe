import { setFlagsFromString } from "node:v8";

/**
 * The JavaScript heap's growth policy, set once at start-up. V8 sizes the heap after each full
 * collection by a factor of up to 4 of what survived when collecting is cheap beside the work; a
 * server making images keeps ~100–120 MiB of live objects, so through a large batch its heap reached
 * ~430 MiB and the process ~900 MiB. A fixed factor of 1 + percent / 100 keeps the heap near its live
 * set (1.5 at the default 50: peak 650–667 MiB in `npm run bench:memory`, 889 without) for ~2% more CPU, and unlike a
 * heap limit (`--max-old-space-size`) it never stops a process whose live set grows. The flag is not
 * one NODE_OPTIONS accepts, and V8 reads it at every collection, so it is set here. 0 keeps V8's own.
 */
export function configureHeap(growingPercent: number) {
  if (growingPercent > 0) setFlagsFromString(`--heap-growing-percent=${growingPercent}`);
}
