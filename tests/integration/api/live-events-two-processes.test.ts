import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUpUser } from "../../support/api-client";
import { startTestApp, type TestApp } from "../support/start-test-app";

/** Reads Server-Sent Events from a real HTTP stream until `until` says enough. */
async function collectEvents(res: Response, until: (events: Array<{ id: string; event: string; data: any }>) => boolean, timeoutMs = 60_000) {
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  const events: Array<{ id: string; event: string; data: any }> = [];
  let buffer = "";
  const timer = setTimeout(() => void reader.cancel(), timeoutMs);
  try {
    while (!until(events)) {
      const chunk = await reader.read();
      if (chunk.done) throw new Error(`stream ended with ${JSON.stringify(events.map((e) => e.event))}`);
      buffer += decoder.decode(chunk.value, { stream: true });
      for (let end = buffer.indexOf("\n\n"); end >= 0; end = buffer.indexOf("\n\n")) {
        const fields = Object.fromEntries(buffer.slice(0, end).split("\n").filter((line) => line && !line.startsWith(":")).map((line) => [line.slice(0, line.indexOf(":")), line.slice(line.indexOf(":") + 2)]));
        buffer = buffer.slice(end + 2);
        if (fields.data) events.push({ id: fields.id, event: fields.event, data: JSON.parse(fields.data) });
      }
    }
  } finally {
    clearTimeout(timer);
    await reader.cancel().catch(() => undefined);
  }
  return events;
}

describe("live events with two app processes on one PostgreSQL", () => {
  let first: TestApp;
  let second: TestApp;

  beforeAll(async () => {
    first = await startTestApp({ database: "postgres" });
    second = await startTestApp({ database: "postgres", env: { DATABASE_URL: first.databaseUrl! } });
  });

  afterAll(async () => {
    await second?.stop();
    await first?.stop();
  });

  it("a script streaming from one process sees the progress and completion of a generation run by the other, and only its own", async () => {
    const owner = await signUpUser(first.url, "owner");
    const stranger = await signUpUser(first.url, "stranger");
    const stream = await fetch(`${second.url}/api/v1/events`, { headers: { authorization: `Bearer ${owner.token}` } });
    expect(stream.status).toBe(200);
    expect(stream.headers.get("content-type")).toMatch(/^text\/event-stream/);

    const theirs = (await stranger.api.post("/api/v1/projects", { name: "Theirs" })).body.project.id;
    await stranger.api.post(`/api/v1/projects/${theirs}/avatars/generate`, { name: "Other", prompt: "portrait", width: 512, height: 512 });
    const projectId = (await owner.api.post("/api/v1/projects", { name: "Mine" })).body.project.id;
    const started = await owner.api.post(`/api/v1/projects/${projectId}/avatars/generate`, { name: "Noor", prompt: "calm architect", width: 512, height: 512 });
    expect(started.status).toBe(202);

    const events = await collectEvents(stream, (seen) => seen.some((e) => e.event === "generation.completed"));
    expect(events.some((e) => e.event === "generation.progress")).toBe(true);
    const completed = events.find((e) => e.event === "generation.completed")!;
    expect(completed.data.data).toMatchObject({ status: "completed", projectId });
    expect(events.every((e) => e.data.data.projectId === undefined || e.data.data.projectId === projectId)).toBe(true);
    const ownGeneration = completed.data.data.id;
    expect(events.every((e) => e.data.data.id === ownGeneration)).toBe(true);

    // A reconnect to the other process with Last-Event-ID replays what came after it.
    const resumed = await fetch(`${first.url}/api/v1/events`, { headers: { authorization: `Bearer ${owner.token}`, "last-event-id": events[0].id } });
    const replay = await collectEvents(resumed, (seen) => seen.some((e) => e.event === "generation.completed"));
    expect(replay.map((e) => e.id)).toEqual(events.slice(1).map((e) => e.id));
  });
});
