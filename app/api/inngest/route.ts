import { serve } from "inngest/next";
import { inngest } from "@/inngest/client";
import { functions } from "@/inngest/functions";
import { getConfig } from "@/lib/config/env";

const handler = serve({ client: inngest, functions });

type RouteHandler = typeof handler.POST;

/**
 * In embedded mode the driver calls the functions in-process, and with no signing key to check this
 * door would run any function for anyone who POSTs to it: it stays shut.
 */
function onlyForInngestServer(method: RouteHandler): RouteHandler {
  return async (request, context) => {
    if (getConfig().jobsMode === "embedded") {
      return Response.json({ error: "Jobs run inside the app (embedded mode); this endpoint only serves an Inngest server" }, { status: 404 });
    }
    return method(request, context);
  };
}

export const GET = onlyForInngestServer(handler.GET);
export const POST = onlyForInngestServer(handler.POST);
export const PUT = onlyForInngestServer(handler.PUT);
