import { withUser } from "@/lib/api/with-user";
import { listImageProviders } from "@/lib/providers/image";

export const GET = withUser(async () => ({ providers: listImageProviders() }));
