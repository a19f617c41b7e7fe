import { getStorage } from "./index";

/**
 * Deletes every stored file under `prefix` after its database rows are gone. A storage failure is logged,
 * not thrown: the rows are already deleted, and leaving orphaned bytes beats failing the user's delete.
 */
export async function deleteStoredFiles(prefix: string) {
  try {
    await getStorage().deletePrefix(prefix);
  } catch (err) {
    console.error(`Could not delete stored files under ${prefix}; they are orphaned:`, err);
  }
}
