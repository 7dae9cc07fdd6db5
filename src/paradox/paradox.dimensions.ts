// SPDX-License-Identifier: EUPL-1.2

/** The seven dimensions of the pilot paradox (DOMAIN.md §5), in the order they are shown and stored. */
export const dimensions = ['distance', 'parties', 'policy', 'scope', 'resources', 'ownership', 'leadership'] as const;

export type Dimension = (typeof dimensions)[number];

/** One person's ratings: 1 is the internal-success pole, 5 the external-success pole. */
export type Scores = Record<Dimension, number>;

/** Ratings this far apart (highest minus lowest) on one dimension are worth discussing at the next reflection. */
export const divergenceThreshold = 2;

/** The mean of each dimension over a set of ratings, rounded to one decimal; null when there are none. */
export function meansOf(ratings: readonly Scores[]): Scores | null {
  if (ratings.length === 0) return null;
  const means = {} as Scores;
  for (const dimension of dimensions) {
    const total = ratings.reduce((sum, rating) => sum + rating[dimension], 0);
    means[dimension] = Math.round((total / ratings.length) * 10) / 10;
  }
  return means;
}

/** The dimensions on which the ratings spread by at least the divergence threshold. */
export function divergingDimensions(ratings: readonly Scores[]): Dimension[] {
  return dimensions.filter((dimension) => {
    const values = ratings.map((rating) => rating[dimension]);
    return values.length > 1 && Math.max(...values) - Math.min(...values) >= divergenceThreshold;
  });
}
