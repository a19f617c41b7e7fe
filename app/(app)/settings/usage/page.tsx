import Link from "next/link";
import { SettingsTabs } from "@/components/settings/settings-tabs";
import { CardSection } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { QuotaMeter } from "@/components/usage/quota-meter";
import { UsageChart } from "@/components/usage/usage-chart";
import { UsageTable } from "@/components/usage/usage-table";
import { requirePageUser } from "@/lib/auth/current-user";
import { getUsageReport } from "@/lib/usage/get-usage-report";
import { monthSchema, usagePeriod } from "@/lib/usage/usage-period";
import { formatUsd } from "@/lib/usage/work-cost";

export const metadata = { title: "Usage" };

function shiftMonth(month: string, by: number) {
  const start = usagePeriod(month).start;
  return usagePeriod(new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + by, 1))).month;
}

export default async function UsagePage({ searchParams }: { searchParams: Promise<{ month?: string | string[] }> }) {
  const user = await requirePageUser();
  const asked = (await searchParams).month;
  const parsed = monthSchema.safeParse(asked);
  const current = usagePeriod().month;
  const month = parsed.success && parsed.data <= current ? parsed.data : current;
  const report = await getUsageReport(user.id, month);
  const monthName = new Date(report.period.start).toLocaleDateString("en", { month: "long", year: "numeric", timeZone: "UTC" });
  const facts = [
    { label: "Images", value: String(report.images) },
    { label: "Estimated cost", value: formatUsd(report.estimatedCostUsd) },
    {
      label: "Quota",
      value: report.quota
        ? [report.quota.images === null ? null : `${report.quota.images} images`, report.quota.costUsd === null ? null : formatUsd(report.quota.costUsd)].filter(Boolean).join(" · ")
        : "Unlimited",
    },
    {
      label: "Left",
      value: report.remaining
        ? [report.remaining.images === null ? null : `${report.remaining.images} images`, report.remaining.costUsd === null ? null : formatUsd(report.remaining.costUsd)]
            .filter(Boolean)
            .join(" · ")
        : "Unlimited",
    },
  ];
  return (
    <>
      <PageHeader title="Settings" description={`Signed in as ${user.email}`} />
      <SettingsTabs active="usage" />
      <div className="space-y-6">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 className="text-lg font-semibold text-zinc-900">{monthName}</h2>
          <div className="flex gap-3 text-sm">
            <Link className="text-brand-700 hover:underline" href={`/settings/usage?month=${shiftMonth(month, -1)}`}>
              ← Previous month
            </Link>
            {month < current && (
              <Link className="text-brand-700 hover:underline" href={`/settings/usage?month=${shiftMonth(month, 1)}`}>
                Next month →
              </Link>
            )}
          </div>
        </div>
        {asked !== undefined && !parsed.success && (
          <p className="text-sm text-amber-800" role="status">
            “{String(asked)}” is not a month (YYYY-MM); showing this month.
          </p>
        )}
        <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4" data-testid="usage-facts">
          {facts.map((fact) => (
            <div key={fact.label} className="rounded-xl border border-zinc-200 bg-white p-4 shadow-sm">
              <dt className="text-xs font-medium text-zinc-500">{fact.label}</dt>
              <dd className="mt-1 text-lg font-semibold tabular-nums text-zinc-900">{fact.value}</dd>
            </div>
          ))}
        </dl>
        {report.quota && month === current && (
          <div className="space-y-2">
            {report.quota.images !== null && (
              <QuotaMeter
                label="Image quota (queued work included)"
                used={report.quotaUsed.images}
                quota={report.quota.images}
                text={`${report.quotaUsed.images} of ${report.quota.images} images`}
              />
            )}
            {report.quota.costUsd !== null && (
              <QuotaMeter
                label="Spending quota (queued work included)"
                used={report.quotaUsed.costUsd}
                quota={report.quota.costUsd}
                text={`${formatUsd(report.quotaUsed.costUsd)} of ${formatUsd(report.quota.costUsd)}`}
              />
            )}
          </div>
        )}
        <CardSection title="Last 30 days" description="Images made per day, every provider included.">
          <UsageChart days={report.daily} />
        </CardSection>
        <div className="grid gap-6 lg:grid-cols-2">
          <CardSection title="By provider">
            <UsageTable label="Provider" rows={Object.entries(report.byProvider).map(([name, totals]) => ({ key: name, name, ...totals }))} />
          </CardSection>
          <CardSection title="By project">
            <UsageTable label="Project" rows={report.byProject.map((project) => ({ key: project.projectId, name: project.name, images: project.images, estimatedCostUsd: project.estimatedCostUsd }))} />
          </CardSection>
        </div>
        <p className="text-xs text-zinc-500">
          Costs are estimates from the price list of each provider and model; the offline local provider is free. Months are calendar months in UTC.
        </p>
      </div>
    </>
  );
}
