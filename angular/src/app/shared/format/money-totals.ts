/** Sum of original amounts per currency: "1.000,00 USD · 250.000.000,00 VND". */
export function totalsByCurrency(rows: { amount: number; currency: string }[]): { currency: string; amount: number }[] {
  const map = new Map<string, number>();
  for (const r of rows) map.set(r.currency, (map.get(r.currency) ?? 0) + r.amount);
  return [...map.entries()].map(([currency, amount]) => ({ currency, amount }));
}
