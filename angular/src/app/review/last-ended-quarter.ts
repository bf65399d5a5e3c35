/** The last quarter that has ended (Vietnam time), as the enterprises report it. */
export function lastEndedQuarter(today = new Date()): { year: number; quarter: number } {
  const vn = new Date(today.getTime() + 7 * 3600_000);
  const q = Math.floor(vn.getUTCMonth() / 3);
  return q === 0 ? { year: vn.getUTCFullYear() - 1, quarter: 4 } : { year: vn.getUTCFullYear(), quarter: q };
}
