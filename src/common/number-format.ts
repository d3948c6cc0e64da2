/**
 * Numbers as Vietnamese offices print them: "2.886" (dot between thousands), "45,3" (decimal
 * comma), "16/172 = 9,3%". Written by hand rather than with Intl so that the output does not
 * depend on the ICU data a Node build ships with.
 */

/** 2886 → "2.886". */
export function formatCount(value: number): string {
  const sign = value < 0 ? '-' : '';
  const digits = String(Math.abs(Math.trunc(value)));
  return sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** A value rounded half up to one decimal, as tenths (45.35 → 454): integer arithmetic, no float drift. */
function tenthsOf(numerator: number, denominator: number): number {
  return Math.floor((numerator * 20 + denominator) / (denominator * 2));
}

function tenthsText(tenths: number): string {
  const whole = formatCount(Math.floor(tenths / 10));
  const decimal = tenths % 10;
  // Offices write "100%" and "50%", not "100,0%".
  return decimal === 0 ? whole : `${whole},${decimal}`;
}

/** count/total as a percentage with one decimal: 78/172 → "45,3%"; nothing of nothing is "0%". */
export function formatPercent(count: number, total: number): string {
  if (total <= 0) return '0%';
  return `${tenthsText(tenthsOf(count * 100, total))}%`;
}

/** "16/172 = 9,3%": the way reports quote a figure. */
export function formatShare(count: number, total: number): string {
  return `${formatCount(count)}/${formatCount(total)} = ${formatPercent(count, total)}`;
}

/** count/total as a fraction (0 when the total is 0). */
export function shareOf(count: number, total: number): number {
  return total > 0 ? count / total : 0;
}

/** A sum over a count as a decimal with one decimal place: 1814/40 → "45,4"; null when there is nothing. */
export function formatAverage(sum: number, count: number): string | null {
  if (count <= 0) return null;
  return tenthsText(tenthsOf(sum, count));
}

/** sum/count rounded half up to two decimals (for the Float fields). */
export function averageOf(sum: number, count: number): number | null {
  if (count <= 0) return null;
  return Math.floor((sum * 200 + count) / (count * 2)) / 100;
}
