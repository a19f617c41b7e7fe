/**
 * A batch persona's avatar id: `<batchId>p007`. Deterministic, so a re-run of the data step writes the
 * same avatars instead of new ones; zero-padded, so ids sort in persona order.
 */
export function batchPersonaAvatarId(batchId: string, index: number) {
  return `${batchId}p${String(index).padStart(3, "0")}`;
}
