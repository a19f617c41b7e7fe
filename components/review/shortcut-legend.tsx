const kbd = "rounded border border-zinc-300 bg-white px-1.5 py-0.5 font-mono text-xs text-zinc-800 shadow-sm";

/** The review queue's keyboard shortcuts, always on screen. */
export function ShortcutLegend() {
  return (
    <p data-testid="shortcut-legend" className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-zinc-600">
      <span className="font-medium text-zinc-800">Shortcuts:</span>
      <span>
        <kbd className={kbd}>j</kbd> / <kbd className={kbd}>k</kbd> next / previous
      </span>
      <span>
        <kbd className={kbd}>a</kbd> keep
      </span>
      <span>
        <kbd className={kbd}>r</kbd> reject and regenerate
      </span>
    </p>
  );
}
