/**
 * The local day an entry belongs to, `YYYY-MM-DD`: the list groups entries by it. (Apart from
 * insights.ts, whose counting loads on demand with the look back.)
 */
export function localDay(at: string): string {
  const date = new Date(at);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}
