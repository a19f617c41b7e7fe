import { z } from "zod";
import { adminSettingsSchema, updateAdminUserSchema } from "@/lib/admin/admin-schemas";
import { pageParamsSchema } from "@/lib/pagination/page-params";
import { nextCursor } from "../common-schemas";
import type { ApiArea } from "../operation";

const adminUser = z.looseObject({
  id: z.string(),
  email: z.string(),
  disabled: z.boolean(),
  lastActiveAt: z.string().nullable(),
  imagesThisMonth: z.number().int(),
  estimatedCostUsdThisMonth: z.number(),
  quotaImagesPerMonth: z.number().int().nullable(),
  quotaUsdPerMonth: z.number().nullable(),
});

export const adminArea: ApiArea = {
  tag: "Admin",
  description: "For the users in ADMIN_EMAILS only; everyone else gets the 404 of a route that does not exist.",
  operations: [
    { method: "get", path: "/api/v1/admin/users", summary: "List accounts", query: pageParamsSchema, responses: { 200: { description: "A page of accounts", schema: z.object({ users: z.array(adminUser), nextCursor }) } } },
    {
      method: "patch",
      path: "/api/v1/admin/users/{userId}",
      summary: "Disable or enable an account, set its quotas",
      description: "Disabling ends its sessions, refuses its tokens and cancels its queued and running work. Logged.",
      body: updateAdminUserSchema,
      bodyExample: { quotaImagesPerMonth: 500 },
      responses: { 200: { description: "The account", schema: z.object({ user: adminUser }) } },
    },
    { method: "get", path: "/api/v1/admin/settings", summary: "Run-time settings", responses: { 200: { description: "Whether sign-up is open", schema: adminSettingsSchema } } },
    {
      method: "patch",
      path: "/api/v1/admin/settings",
      summary: "Open or close sign-up",
      description: "Overrides ALLOW_SIGNUP until changed again.",
      body: adminSettingsSchema,
      responses: { 200: { description: "The setting", schema: adminSettingsSchema } },
    },
  ],
};
