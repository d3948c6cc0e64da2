export { XlsxWorkbook, XLSX_MIME_TYPE } from './xlsx-workbook';
export { XlsxFormatError } from './errors';
export { HOSO_SHEET_TITLE } from './hoso-sheet';
