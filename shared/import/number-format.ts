/**
 * Excel number formats, as far as the importer needs them: whether a cell
 * shows its value times 100 with a per cent sign ("0.0%" shows 0.702 as
 * 70.2 %). A "%" inside quotes, after a backslash or in a [colour/condition]
 * section is literal text and multiplies nothing.
 */

/** Excel's built-in formats with a per cent sign (ids 9 "0%" and 10 "0.00%"). */
const BUILTIN_PERCENT_IDS: ReadonlySet<number> = new Set([9, 10]);

export function isPercentFormat(code: string): boolean {
  let inQuotes = false;
  let inBrackets = false;
  for (let i = 0; i < code.length; i++) {
    const c = code[i];
    if (inQuotes) {
      if (c === '"') inQuotes = false;
    } else if (inBrackets) {
      if (c === ']') inBrackets = false;
    } else if (c === '"') inQuotes = true;
    else if (c === '[') inBrackets = true;
    else if (c === '\\' || c === '_' || c === '*')
      i++; // the next character is literal or padding
    else if (c === '%') return true;
  }
  return false;
}

/** A cellXfs numFmtId with the workbook's own numFmts: is it a per cent format? */
export function isPercentFormatId(id: number, customCodes: ReadonlyMap<number, string>): boolean {
  const custom = customCodes.get(id);
  return custom === undefined ? BUILTIN_PERCENT_IDS.has(id) : isPercentFormat(custom);
}
