import type { ApiArea } from "../operation";
import { accountArea } from "./account";
import { adminArea } from "./admin";
import { authArea } from "./auth";
import { avatarsArea } from "./avatars";
import { batchesArea } from "./batches";
import { eventsArea } from "./events";
import { exportsArea } from "./exports";
import { generationsArea } from "./generations";
import { healthArea } from "./health";
import { projectsArea } from "./projects";
import { reviewArea } from "./review";
import { schedulesArea } from "./schedules";
import { seedImageArea } from "./seed-image";
import { tokensArea } from "./tokens";
import { trainingArea } from "./training";
import { usageArea } from "./usage";
import { webhooksArea } from "./webhooks";

/** Every area of the REST API, in the order the reference shows them. A new route: add its operation to its area's file. */
export const apiAreas: ApiArea[] = [
  authArea,
  accountArea,
  projectsArea,
  avatarsArea,
  seedImageArea,
  reviewArea,
  trainingArea,
  generationsArea,
  batchesArea,
  schedulesArea,
  exportsArea,
  usageArea,
  eventsArea,
  webhooksArea,
  tokensArea,
  adminArea,
  healthArea,
];
