import { updateAdminUserAction } from "@/lib/actions/admin/update-admin-user";
import type { AdminUser } from "@/lib/admin/list-admin-users";
import { formatUsd } from "@/lib/usage/work-cost";
import { ConfirmActionButton } from "@/components/ui/confirm-action-button";
import { formatDate } from "@/components/ui/format-date";
import { QuotaForm } from "./quota-form";

const quotaText = (quota: AdminUser["quota"]) =>
  [quota.images === null ? null : `${quota.images} images`, quota.costUsd === null ? null : formatUsd(quota.costUsd)].filter(Boolean).join(" · ") || "Unlimited";

/** One account on /admin: who, when, this month's use, its quota, and disable/enable. */
export function AdminUserCard({ user, defaults }: { user: AdminUser; defaults: string }) {
  return (
    <li className="rounded-xl border border-zinc-200 bg-white p-4 shadow-sm" data-testid="admin-user" data-email={user.email}>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <p className="break-all font-semibold text-zinc-900">
            {user.email} {user.admin && <span className="ml-1 rounded bg-brand-50 px-1.5 py-0.5 text-xs font-medium text-brand-700">admin</span>}
            {user.disabled && <span className="ml-1 rounded bg-red-50 px-1.5 py-0.5 text-xs font-medium text-red-700">disabled</span>}
          </p>
          {user.name && <p className="text-sm text-zinc-600">{user.name}</p>}
        </div>
        {!user.admin &&
          (user.disabled ? (
            <ConfirmActionButton
              action={updateAdminUserAction}
              fields={{ userId: user.id, disabled: "false" }}
              label="Enable"
              title="Enable this account?"
              message={<>{user.email} can sign in and use the API again.</>}
              confirmLabel="Enable account"
            />
          ) : (
            <ConfirmActionButton
              action={updateAdminUserAction}
              fields={{ userId: user.id, disabled: "true" }}
              label="Disable"
              title="Disable this account?"
              message={<>{user.email} is signed out everywhere, their tokens stop working, and their queued and running work is cancelled.</>}
              confirmLabel="Disable account"
              variant="danger"
            />
          ))}
      </div>
      <dl className="mt-3 grid grid-cols-2 gap-x-4 gap-y-1 text-xs sm:grid-cols-4">
        {[
          { label: "Created", value: formatDate(user.createdAt) },
          { label: "Last active", value: user.lastActiveAt ? formatDate(user.lastActiveAt) : "Never" },
          { label: "This month", value: `${user.imagesThisMonth} ${user.imagesThisMonth === 1 ? "image" : "images"} · ${formatUsd(user.estimatedCostUsdThisMonth)}` },
          { label: "Quota", value: quotaText(user.quota) },
        ].map((fact) => (
          <div key={fact.label}>
            <dt className="text-zinc-500">{fact.label}</dt>
            <dd className="tabular-nums text-zinc-800">{fact.value}</dd>
          </div>
        ))}
      </dl>
      <details className="mt-3">
        <summary className="cursor-pointer text-sm font-medium text-brand-700">Set quota</summary>
        <div className="mt-2 max-w-md">
          <QuotaForm userId={user.id} images={user.quotaImagesPerMonth} usd={user.quotaUsdPerMonth} defaults={defaults} />
        </div>
      </details>
    </li>
  );
}
