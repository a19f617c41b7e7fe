import { eventsQuerySchema } from "@/lib/job-events/job-event-schemas";
import type { ApiArea } from "../operation";

export const eventsArea: ApiArea = {
  tag: "Live events",
  description:
    "Follow your jobs as they happen: `generation.progress`, `generation.completed|failed|cancelled`, `training.completed|failed`, `batch.progress`, `batch.completed|failed|cancelled`. Each message has `id:` (send it back as Last-Event-ID to resume), `event:` (the type) and `data:` (`{ type, timestamp, data }`); a `: heartbeat` comment comes every 15 s.",
  operations: [
    {
      method: "get",
      path: "/api/v1/events",
      summary: "Stream your job events (Server-Sent Events)",
      query: eventsQuerySchema,
      headers: { "Last-Event-ID": "Resume after this event id (browsers send it on reconnect); `?lastEventId=` works too. Absent: only events from now on." },
      responses: {
        200: {
          description: "A text/event-stream that stays open",
          contentType: "text/event-stream",
          example: 'id: 42\nevent: generation.progress\ndata: {"type":"generation.progress","timestamp":"2026-12-02T01:00:00.000Z","data":{"id":"gen_1","progress":50}}\n\n',
        },
      },
    },
  ],
};
