export type TrueRetention = { reviews: number; passed: number; rate: number | null };

/**
 * Anki's "true retention": of the reviews of cards in review state, the share not graded "again".
 * Learning and relearning steps are left out by the caller, so they do not flatter the rate.
 */
export function trueRetention(countsByGrade: { grade: string; count: number }[]): TrueRetention {
  let reviews = 0;
  let passed = 0;
  for (const { grade, count } of countsByGrade) {
    reviews += count;
    if (grade !== "again") passed += count;
  }
  return { reviews, passed, rate: reviews > 0 ? passed / reviews : null };
}
