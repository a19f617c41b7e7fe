/** The longest a 1 ms timer on this thread was late while `work` ran: how long `work` held the thread. */
export async function longestStall(work: () => Promise<unknown>) {
  let worst = 0;
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    worst = Math.max(worst, now - last);
    last = now;
  }, 1);
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  // Work that never yields to timers (promise chains only) leaves no tick behind: count the gap up to its end too.
  return Math.max(worst, performance.now() - last);
}
