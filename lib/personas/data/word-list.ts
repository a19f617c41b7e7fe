/**
 * Name and place lists are whitespace-separated to keep the tables readable; "_" stands for a space
 * inside one name ("van_Dijk" → "van Dijk").
 */
export const words = (text: string): readonly string[] => text.trim().split(/\s+/).map((word) => word.replaceAll("_", " "));
