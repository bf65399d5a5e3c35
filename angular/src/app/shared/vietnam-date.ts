/** Today in Vietnam (UTC+7) as yyyy-MM-dd: the default effective date. */
export function todayInVietnam(now = new Date()): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}
