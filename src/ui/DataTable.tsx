// The table equivalent of a chart: the same numbers, readable by a screen
// reader and copyable. Cells arrive as text so qualifiers ("at least",
// "~", "†") written by the chart travel with the number.

export interface TableColumn {
  readonly label: string;
  /** Right-aligned, tabular figures. */
  readonly numeric?: boolean;
}

export interface TableData {
  readonly caption?: string;
  readonly columns: readonly TableColumn[];
  /** One array of cell texts per row; the first cell heads the row. */
  readonly rows: readonly (readonly string[])[];
}

interface Props extends TableData {
  readonly id?: string;
}

export function DataTable({ id, caption, columns, rows }: Props) {
  const cls = (i: number) => (columns[i]?.numeric === true ? "data-table__num" : undefined);
  return (
    <div className="data-table" role="region" aria-label={caption ?? "Data table"} tabIndex={0}>
      <table id={id}>
        {caption !== undefined && <caption>{caption}</caption>}
        <thead>
          <tr>
            {columns.map((c, i) => (
              <th key={i} scope="col" className={cls(i)}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={r}>
              {row.map((cell, i) =>
                i === 0 ? (
                  <th key={i} scope="row" className={cls(i)}>
                    {cell}
                  </th>
                ) : (
                  <td key={i} className={cls(i)}>
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
