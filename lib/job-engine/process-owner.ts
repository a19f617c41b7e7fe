import { randomUUID } from "node:crypto";
import { hostname } from "node:os";

/** Identifies this driver in JobRun.lockedBy: host, process id and a random part for this start. */
export function newOwnerId() {
  return `${hostname()}:${process.pid}:${randomUUID()}`;
}

/**
 * True when `owner` certainly belongs to a process that no longer runs: one on this host whose pid
 * is gone, or an earlier driver of this very pid (a restarted container often reuses the pid).
 * Runs of such owners resume at once instead of waiting for their claim to expire.
 */
export function isOwnerGone(owner: string, me: string): boolean {
  const [host, pid] = owner.split(":");
  if (owner === me || host !== hostname() || !/^\d+$/.test(pid ?? "")) return false;
  if (Number(pid) === process.pid) return true;
  try {
    process.kill(Number(pid), 0);
    return false;
  } catch (error) {
    // EPERM: the pid exists but belongs to someone else, so it may still be alive.
    return (error as NodeJS.ErrnoException).code === "ESRCH";
  }
}
