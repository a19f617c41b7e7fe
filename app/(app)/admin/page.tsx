import { notFound } from "next/navigation";
import { setSignupOpenAction } from "@/lib/actions/admin/set-signup-open";
import { listAdminActions } from "@/lib/admin/admin-log";
import { isAdmin } from "@/lib/admin/is-admin";
import { listAdminUsers } from "@/lib/admin/list-admin-users";
import { requirePageUser } from "@/lib/auth/current-user";
import { getConfig } from "@/lib/config/env";
import { pageParamsFromSearch, type SearchParams } from "@/lib/pagination/page-params";
import { isSignupOpen } from "@/lib/users/signup-open";
import { formatUsd } from "@/lib/usage/work-cost";
import { AdminUserCard } from "@/components/admin/admin-user-card";
import { ActionForm } from "@/components/seed/action-form";
import { CardSection } from "@/components/ui/card";
import { formatDate } from "@/components/ui/format-date";
import { PageHeader } from "@/components/ui/page-header";
import { Pager } from "@/components/ui/pager";
import { SubmitButton } from "@/components/ui/submit-button";

export const metadata = { title: "Admin" };

export default async function AdminPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePageUser();
  if (!isAdmin(user)) notFound();
  const params = pageParamsFromSearch(await searchParams, 50);
  const [page, actions, signupOpen] = await Promise.all([listAdminUsers(params), listAdminActions(50), isSignupOpen()]);
  const config = getConfig();
  const defaults =
    [config.QUOTA_IMAGES_PER_MONTH === undefined ? null : `${config.QUOTA_IMAGES_PER_MONTH} images`, config.QUOTA_USD_PER_MONTH === undefined ? null : formatUsd(config.QUOTA_USD_PER_MONTH)]
      .filter(Boolean)
      .join(" · ") || "unlimited";
  return (
    <>
      <PageHeader title="Admin" description="Accounts on this server, their use this month and their quotas." />
      <div className="space-y-6">
        <CardSection title="Sign-up" description={`New accounts are ${signupOpen ? "open" : "closed"}. This overrides ALLOW_SIGNUP until changed.`}>
          <ActionForm action={setSignupOpenAction} fields={{ signupOpen: signupOpen ? "false" : "true" }}>
            <SubmitButton variant="secondary" pendingText="Saving…">
              {signupOpen ? "Close sign-up" : "Open sign-up"}
            </SubmitButton>
          </ActionForm>
        </CardSection>
        <section aria-labelledby="users-heading">
          <h2 id="users-heading" className="mb-3 text-base font-semibold text-zinc-900">
            Users
          </h2>
          <ul className="space-y-3">
            {page.users.map((account) => (
              <AdminUserCard key={account.id} user={account} defaults={defaults} />
            ))}
          </ul>
          <Pager base="/admin" cursor={params.cursor} nextCursor={page.nextCursor} />
        </section>
        <CardSection title="Admin log" description="What admins did, newest first.">
          {actions.length === 0 ? (
            <p className="text-sm text-zinc-500">Nothing yet.</p>
          ) : (
            <ul className="divide-y divide-zinc-100 text-sm" data-testid="admin-log">
              {actions.map((entry) => (
                <li key={entry.id} className="flex flex-wrap justify-between gap-2 py-2">
                  <span className="min-w-0 break-all text-zinc-800">
                    <strong>{entry.actorEmail}</strong> {entry.action}
                    {entry.targetEmail ? ` ${entry.targetEmail}` : ""}
                    {entry.details && Object.keys(entry.details as object).length ? (
                      <span className="text-zinc-500"> {JSON.stringify(entry.details)}</span>
                    ) : null}
                  </span>
                  <span className="text-xs text-zinc-500">{formatDate(entry.createdAt)}</span>
                </li>
              ))}
            </ul>
          )}
        </CardSection>
      </div>
    </>
  );
}
