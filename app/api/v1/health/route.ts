import { refuseOtherMethods } from "@/lib/api/refuse-other-methods";
import { withPublic } from "@/lib/api/with-user";
import { getHealth } from "@/lib/health/get-health";

export const dynamic = "force-dynamic";

export const GET = withPublic(async () => getHealth());

export const { POST, PUT, PATCH, DELETE, OPTIONS } = refuseOtherMethods({ GET });
