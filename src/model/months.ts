/** Calendar months as `YYYY-MM` and whole-month arithmetic on them. */

/** `YYYY-MM` plus n whole months */
export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + n;
  const year = Math.floor(index / 12);
  return `${String(year).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** UK financial year (April to March) of a `YYYY-MM` month: '2027-02' → '2026/27' */
export function financialYearOf(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const first = m >= 4 ? y : y - 1;
  return `${first}/${String((first + 1) % 100).padStart(2, '0')}`;
}
