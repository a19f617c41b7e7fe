"use client";

import { useState } from "react";

/** Checked ids with shift-click ranges: a shift-click sets everything between the last click and this one to its state. */
export function useRangeSelection(ids: readonly string[]) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [anchor, setAnchor] = useState<number | null>(null);

  function toggle(index: number, shift: boolean) {
    const next = new Set(selected);
    const checked = !selected.has(ids[index]);
    const [from, to] = shift && anchor !== null ? [Math.min(anchor, index), Math.max(anchor, index)] : [index, index];
    for (let i = from; i <= to; i++) {
      if (checked) next.add(ids[i]);
      else next.delete(ids[i]);
    }
    setSelected(next);
    setAnchor(index);
  }

  return {
    selected,
    toggle,
    selectAll: () => setSelected(new Set(ids)),
    clear: () => {
      setSelected(new Set());
      setAnchor(null);
    },
  };
}
