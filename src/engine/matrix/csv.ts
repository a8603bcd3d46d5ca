// CSV text (RFC 4180) for a matrix's export, safe to open in a spreadsheet.

/** A field made safe: text a spreadsheet would run as a formula gets a leading `'`; quotes where needed. */
function field(value: string): string {
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** The table as CSV: one line per row, CRLF line ends as RFC 4180 writes them. */
export function matrixCsv(table: readonly (readonly string[])[]): string {
  return table.map((row) => row.map(field).join(',')).join('\r\n') + '\r\n'
}
