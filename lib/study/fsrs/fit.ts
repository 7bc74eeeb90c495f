// Fitting a learner's FSRS parameters with the FSRS project's own optimizer (fsrs-rs through N-API),
// and how well defaults and fitted parameters predict the learner's recall (log loss, RMSE(bins)).
// CPU-heavy: the server calls it in a worker thread only (server/study/fsrs-fit-off-thread.ts).
import { computeParameters, FSRSBinding, FSRSBindingItem, FSRSBindingReview } from "@open-spaced-repetition/binding";
import { default_w } from "ts-fsrs";
import { FIT_MINIMUM_ITEMS, type FitResult, type Metrics } from "./fit-result";
import type { TrainingItem } from "./training-items";

export { FIT_MINIMUM_ITEMS, type FitResult, type Metrics };

/** FSRS-6's default parameters, as ts-fsrs and binding 0.5.0 both use them. */
export const DEFAULT_PARAMETERS: readonly number[] = default_w;

function bindingItems(items: readonly TrainingItem[]): FSRSBindingItem[] {
  return items.map((reviews) => new FSRSBindingItem(reviews.map((r) => new FSRSBindingReview(r.rating, r.deltaT))));
}

/** Log loss and RMSE(bins) of `parameters` on the items, as fsrs-rs computes them for Anki's Evaluate. */
export function evaluateParameters(items: readonly TrainingItem[], parameters: readonly number[]): Metrics {
  const { logLoss, rmseBins } = new FSRSBinding([...parameters]).evaluate(bindingItems(items));
  return { logLoss, rmseBins };
}

/**
 * Fits on every item (same-day reviews train the short-term part of FSRS-6); evaluates on the items
 * that predict a review on a later day, as the FSRS benchmark does (binding 0.5.0's evaluation
 * also fails on a mix that includes same-day predictions).
 */
export async function fitParameters(items: readonly TrainingItem[]): Promise<FitResult> {
  const tooFew = { ok: false, reason: "too-few", items: items.length, needed: FIT_MINIMUM_ITEMS } as const;
  if (items.length < FIT_MINIMUM_ITEMS) return tooFew;
  // Binding 0.5.0 fits FSRS-6 (21 parameters) only; the length check keeps it so if a newer version defaults to FSRS-7.
  const parameters = await computeParameters(bindingItems(items), { enableShortTerm: true });
  if (parameters.length !== DEFAULT_PARAMETERS.length)
    throw new Error(
      `the optimizer returned ${parameters.length} parameters, not FSRS-6's ${DEFAULT_PARAMETERS.length}`,
    );
  const longTerm = items.filter((item) => item.at(-1)!.deltaT > 0);
  if (longTerm.length === 0) return tooFew;
  return {
    ok: true,
    parameters,
    items: items.length,
    defaults: evaluateParameters(longTerm, DEFAULT_PARAMETERS),
    fitted: evaluateParameters(longTerm, parameters),
  };
}
