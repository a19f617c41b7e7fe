import { TabNav } from "@/components/ui/tab-nav";

const TABS = [
  { id: "account", label: "Account and tokens", href: "/settings" },
  { id: "usage", label: "Usage", href: "/settings/usage" },
  { id: "webhooks", label: "Webhooks", href: "/settings/webhooks" },
] as const;

export type SettingsTab = (typeof TABS)[number]["id"];

export function SettingsTabs({ active }: { active: SettingsTab }) {
  return <TabNav tabs={TABS.map((tab) => ({ href: tab.href, label: tab.label, active: tab.id === active }))} label="Settings sections" />;
}
