export interface ConcurrencyBucket {
  name: string;
  limit: number;
}

/**
 * Counts runs executing in this process: one global cap (JOBS_CONCURRENCY) plus the functions' own
 * `concurrency` buckets. A sleeping or waiting run holds no slot, as in Inngest.
 */
export class ConcurrencyLimiter {
  private running = 0;
  private readonly inBucket = new Map<string, number>();

  constructor(readonly limit: number) {}

  get free() {
    return this.limit - this.running;
  }

  tryAcquire(buckets: ConcurrencyBucket[]): boolean {
    if (this.running >= this.limit) return false;
    if (buckets.some((bucket) => (this.inBucket.get(bucket.name) ?? 0) >= bucket.limit)) return false;
    this.running++;
    for (const bucket of buckets) this.inBucket.set(bucket.name, (this.inBucket.get(bucket.name) ?? 0) + 1);
    return true;
  }

  release(buckets: ConcurrencyBucket[]) {
    this.running--;
    for (const bucket of buckets) {
      const left = (this.inBucket.get(bucket.name) ?? 1) - 1;
      if (left > 0) this.inBucket.set(bucket.name, left);
      else this.inBucket.delete(bucket.name);
    }
  }
}
