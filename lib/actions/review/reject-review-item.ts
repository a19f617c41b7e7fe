"use server";

import { rejectReviewItem } from "@/lib/review/reject-review-item";
import { reviewAction } from "./review-action";

export const rejectReviewItemAction = reviewAction((ownerId, imageId) => rejectReviewItem(ownerId, imageId));
