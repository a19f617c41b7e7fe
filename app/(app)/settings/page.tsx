import Link from "next/link";
import { revokeTokenAction } from "@/lib/actions/settings/revoke-token";
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
      <div className="space-y-6">
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
                  <th className="py-2 font-medium">Token</th>
                  <th className="py-2 font-medium">Created</th>
                  <th className="py-2 font-medium">Last used</th>
                  <th className="py-2" />
                </tr>
              </thead>
              <tbody className="divide-y divide-zinc-100">
                {tokens.map((token) => (
                  <tr key={token.id}>
                    <td className="py-3 font-medium text-zinc-900">{token.name}</td>
                    <td className="py-3 font-mono text-xs text-zinc-500">{token.prefix}…</td>
                    <td className="py-3 text-zinc-600">{formatDate(token.createdAt)}</td>
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
      </div>
    </>
  );
}
