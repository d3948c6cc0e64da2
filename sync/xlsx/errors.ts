/** The upload is not a workbook hoso can read: said to the office in its words, never an internal error. */
export class XlsxFormatError extends Error {
  override readonly name = 'XlsxFormatError';
}
