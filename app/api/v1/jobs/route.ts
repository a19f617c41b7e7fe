import { parseQuery } from "@/lib/api/parse-request";
import { refuseOtherMethods } from "@/lib/api/refuse-other-methods";
import { withUser } from "@/lib/api/with-user";
import { jobListQuerySchema } from "@/lib/jobs/job-schemas";
import { listJobs } from "@/lib/jobs/list-jobs";

export const GET = withUser(async ({ req, user }) => listJobs(user.id, parseQuery(req, jobListQuerySchema)));

export const { POST, PUT, PATCH, DELETE, OPTIONS } = refuseOtherMethods({ GET });
