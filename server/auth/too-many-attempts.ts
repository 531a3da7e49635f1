/** How long sign-in is paused, in whole minutes, as a person would say it (at least 1). */
export function tooManyAttemptsMinutes(retryAfterSeconds: number): number {
  return Math.max(1, Math.ceil(retryAfterSeconds / 60));
}

/** What a person is told when sign-in is paused for them (in English, for API callers; pages use the catalogues). */
export function tooManyAttemptsMessage(retryAfterSeconds: number): string {
  const minutes = tooManyAttemptsMinutes(retryAfterSeconds);
  return `Too many attempts. Try again in ${minutes === 1 ? "1 minute" : `${minutes} minutes`}.`;
}
