"use server";

import { keepReviewItem } from "@/lib/review/keep-review-item";
import { reviewAction } from "./review-action";

export const keepReviewItemAction = reviewAction(keepReviewItem);
