import { serve } from "inngest/next";
import { errorResponse } from "@/lib/api/api-errors";
import { AppError } from "@/lib/errors";
import { inngest } from "./client";
import { functions } from "./functions";
import { jobsSetup } from "./jobs-mode";

const handler = serve({ client: inngest, functions });

type RouteHandler = typeof handler.POST;

/**
 * In embedded mode the driver calls the functions in-process, and with no signing key to check this
 * door would run any function for anyone who POSTs to it: it stays shut.
 */
function onlyForInngestServer(method: RouteHandler): RouteHandler {
  return async (request, context) => {
    if (jobsSetup().embedded) {
      return errorResponse(new AppError("Jobs run inside the app (embedded mode); this endpoint only serves an Inngest server", "not_found"));
    }
    return method(request, context);
  };
}

/** What /api/inngest answers: the SDK's serve handler for an Inngest server (dev, cloud), a 404 in embedded mode. */
export const inngestEndpoint = {
  GET: onlyForInngestServer(handler.GET),
  POST: onlyForInngestServer(handler.POST),
  PUT: onlyForInngestServer(handler.PUT),
};
