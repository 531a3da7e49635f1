/** How long after "ready" a barista can take an order back to "making" (tapped too early, spilled). */
export const recallGraceSeconds = 120;
