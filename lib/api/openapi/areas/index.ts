import type { ApiArea } from "../operation";
import { authArea } from "./auth";
import { avatarsArea } from "./avatars";
import { batchesArea } from "./batches";
import { eventsArea } from "./events";
import { generationsArea } from "./generations";
import { healthArea } from "./health";
import { projectsArea } from "./projects";
import { seedImageArea } from "./seed-image";
import { tokensArea } from "./tokens";
import { trainingArea } from "./training";
import { webhooksArea } from "./webhooks";

/** Every area of the REST API, in the order the reference shows them. A new route: add its operation to its area's file. */
export const apiAreas: ApiArea[] = [
  authArea,
  projectsArea,
  avatarsArea,
  seedImageArea,
  trainingArea,
  generationsArea,
  batchesArea,
  eventsArea,
  webhooksArea,
  tokensArea,
  healthArea,
];
