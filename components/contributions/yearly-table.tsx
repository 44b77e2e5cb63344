// Yearly sums of monthly series: the text alternative of the time-series charts.
import { formatNumber } from "@/lib/format";

/** One row per year, one column per company. */
export function YearlyTable({ data, names, caption }: { data: { t: string; values: (number | null)[] }[]; names: string[]; caption: string }) {
  const years = new Map<string, number[]>();
  for (const d of data) {
    const y = d.t.slice(0, 4);
    const acc = years.get(y) ?? names.map(() => 0);
    d.values.forEach((v, i) => (acc[i]! += v ?? 0));
    years.set(y, acc);
  }
  return (
    <details className="mt-3">
      <summary className="cursor-pointer text-sm">Yearly totals as a table</summary>
      <div className="table-wrap mt-2">
        <table className="data-table">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr>
              <th>Year</th>
              {names.map((n) => (
                <th key={n} className="num">{n}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {[...years].map(([y, vals]) => (
              <tr key={y}>
                <td>{y}</td>
                {vals.map((v, i) => (
                  <td key={i} className="num">{formatNumber(v)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
