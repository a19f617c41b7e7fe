import Link from "next/link";
import { revokeTokenAction } from "@/lib/actions/settings/revoke-token";
import { ChangePasswordForm } from "@/components/settings/change-password-form";
import { DeleteAccountButton } from "@/components/settings/delete-account-button";
import { ProfileForm } from "@/components/settings/profile-form";
import { SettingsTabs } from "@/components/settings/settings-tabs";
import { CreateTokenForm } from "@/components/tokens/create-token-form";
import { CardSection } from "@/components/ui/card";
import { ConfirmActionButton } from "@/components/ui/confirm-action-button";
import { formatDate } from "@/components/ui/format-date";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/current-user";
import { listApiTokens } from "@/lib/tokens/list-api-tokens";

export const metadata = { title: "Settings" };

export default async function SettingsPage() {
  const user = await requirePageUser();
  const tokens = await listApiTokens(user.id);
  return (
    <>
      <PageHeader title="Settings" description={`Signed in as ${user.email}`} />
      <SettingsTabs active="account" />
      <div className="space-y-6">
        <CardSection title="Profile" description="The name shown in the app.">
          <ProfileForm name={user.name} />
        </CardSection>
        <CardSection title="Password" description="Changing it signs you out everywhere else; this browser stays signed in.">
          <ChangePasswordForm />
        </CardSection>
        <CardSection
          title="Personal API tokens"
          description="Use a token with the REST API: Authorization: Bearer <token>. Tokens act as you; revoke any you no longer use."
        >
          <CreateTokenForm />
          {tokens.length === 0 ? (
            <p className="mt-6 text-sm text-zinc-500">No tokens yet. Create one above to call the API from scripts or CI.</p>
          ) : (
            <table className="mt-6 w-full text-left text-sm" aria-label="API tokens">
              <thead className="border-b border-zinc-200 text-xs text-zinc-500 uppercase">
                <tr>
                  <th className="py-2 font-medium">Name</th>
                  <th className="hidden py-2 font-medium sm:table-cell">Token</th>
                  <th className="hidden py-2 font-medium sm:table-cell">Created</th>
                  <th className="py-2 font-medium">Last used</th>
                  <th className="py-2" />
                </tr>
              </thead>
              <tbody className="divide-y divide-zinc-100">
                {tokens.map((token) => (
                  <tr key={token.id}>
                    <td className="py-3 font-medium break-all text-zinc-900">{token.name}</td>
                    <td className="hidden py-3 font-mono text-xs text-zinc-500 sm:table-cell">{token.prefix}…</td>
                    <td className="hidden py-3 text-zinc-600 sm:table-cell">{formatDate(token.createdAt)}</td>
                    <td className="py-3 text-zinc-600">{token.lastUsedAt ? formatDate(token.lastUsedAt) : "Never"}</td>
                    <td className="py-3 text-right">
                      <ConfirmActionButton
                        action={revokeTokenAction}
                        fields={{ tokenId: token.id }}
                        label="Revoke"
                        title="Revoke token?"
                        message={<>Anything using “{token.name}” will stop working at once.</>}
                        confirmLabel="Revoke token"
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </CardSection>
        <CardSection title="Webhooks" description="Signed HTTP callbacks when your generations, batches and training sets finish.">
          <Link href="/settings/webhooks" className="text-sm font-medium text-brand-700 underline">
            Manage webhooks
          </Link>
        </CardSection>
        <CardSection title="Delete account" description="Removes your projects, avatars, images, files and API tokens, then signs you out.">
          <DeleteAccountButton email={user.email} />
        </CardSection>
      </div>
    </>
  );
}
