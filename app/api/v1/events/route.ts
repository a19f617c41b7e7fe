import { parseQuery, parseWith } from "@/lib/api/parse-request";
import { refuseOtherMethods } from "@/lib/api/refuse-other-methods";
import { withUser } from "@/lib/api/with-user";
import { eventsQuerySchema, lastEventIdSchema } from "@/lib/job-events/job-event-schemas";
import { openJobEventStream } from "@/lib/job-events/job-event-stream";

export const dynamic = "force-dynamic";

/** The caller's job events as Server-Sent Events; Last-Event-ID (header, or `lastEventId` in the query) resumes after it. */
export const GET = withUser(async ({ req, user }) => {
  const query = parseQuery(req, eventsQuerySchema);
  const resumeFrom = req.headers.get("last-event-id") ?? query.lastEventId;
  const after = parseWith(lastEventIdSchema, resumeFrom);
  const stream = await openJobEventStream(user.id, { after, signal: req.signal });
  return new Response(stream, {
    headers: {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-cache, no-transform",
      connection: "keep-alive",
      "x-accel-buffering": "no",
    },
  });
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = refuseOtherMethods({ GET });
