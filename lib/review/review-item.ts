import type { ImageView } from "@/lib/images/image-view";

/** One entry of a project's review queue, as the page and REST show it. */
export interface ReviewItem {
  /** The image under review, or the waiting base image: what keep and reject take, and the cursor. */
  id: string;
  /** image: made from the approved seed, a person must look at it; base: a base waiting for approval. */
  kind: "image" | "base";
  avatar: { id: string; name: string };
  image: ImageView;
  /** The approved base the image was made from; null for a waiting base. */
  seed: ImageView | null;
  /** Identity score against the seed (images). */
  score: number | null;
  /** Quality verdict of the base (bases; "not-measured" for illustrations). */
  verdict: string | null;
  /** Why it is here, in plain words. */
  reasons: string[];
}
