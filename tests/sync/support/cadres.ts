import type { TableSpec } from '../../../sync/engine/types';
import { codeColumn, dateColumn, integerColumn, textColumn } from './codecs';

export const CADRES: TableSpec = {
  table: 'cadre',
  sheetTitle: 'Cán bộ',
  idHeader: 'Mã hoso',
  columns: [
    textColumn('fullName', 'Họ và tên', { required: true, aliases: ['Họ tên'] }),
    dateColumn('birthDate', 'Ngày sinh'),
    codeColumn('sex', 'Giới tính', { MALE: 'Nam', FEMALE: 'Nữ' }),
    codeColumn('ethnicity', 'Dân tộc', { '01': 'Kinh', '02': 'Tày', '03': 'Thái', '06': 'Mường' }),
    integerColumn('startYear', 'Năm vào ngành'),
  ],
};

export const CADRE_HEADERS = ['Mã hoso', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Dân tộc', 'Năm vào ngành'];

export const UNITS: TableSpec = {
  table: 'unit',
  sheetTitle: "Đơn vị của 'Ban'",
  idHeader: 'Mã hoso',
  columns: [textColumn('name', 'Tên đơn vị', { required: true }), textColumn('code', 'Mã đơn vị')],
};
