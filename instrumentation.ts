export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { recordSocketAddresses } = await import("./lib/http/record-socket-address");
  recordSocketAddresses();
  const { startAppOrExit } = await import("./lib/startup/start-app");
  await startAppOrExit();
}
