import { localityKindCodeList, localityLevelCodeList } from '../../common/code-lists';
import { CreateLocalityInput, UpdateLocalityInput } from '../../localities/locality.inputs';
import { Locality } from '../../localities/locality.entity';
import { createLocality, updateLocality } from '../../localities/locality.service';
import { codeListColumn, dateColumn, referenceColumn, textColumn } from '../codecs';
import { defineSyncTable, refId } from './define-table';
import { REFERENCE_TARGETS } from './reference-targets';

/** Đơn vị hành chính: both the pre-2025 three levels and the 2025 two levels. */
export const localityTable = defineSyncTable({
  table: 'locality',
  sheetTitle: 'Địa phương',
  entity: Locality,
  columns: (lookups) => [
    textColumn('code', 'Mã địa phương', {
      required: true,
      aliases: ['Mã', 'Mã ĐVHC', 'Mã đơn vị hành chính'],
      maxLength: 5,
      hint: 'Mã thống kê: 2 chữ số (tỉnh), 3 (huyện), 5 (xã), giữ số 0 ở đầu.',
    }),
    textColumn('name', 'Tên địa phương', { required: true, aliases: ['Tên', 'Tên ĐVHC', 'Tên đơn vị hành chính'], maxLength: 200 }),
    codeListColumn('level', 'Cấp', localityLevelCodeList, { required: true, aliases: ['Cấp hành chính'] }),
    codeListColumn('kind', 'Loại', localityKindCodeList, { required: true, aliases: ['Loại ĐVHC', 'Loại đơn vị hành chính'] }),
    referenceColumn('parent', 'Trực thuộc', lookups.localities, {
      target: REFERENCE_TARGETS.locality,
      aliases: ['Cấp trên', 'Đơn vị cấp trên', 'Thuộc'],
      hint: 'Tỉnh hoặc huyện chứa địa phương này: mã, tên hoặc mã hoso.',
    }),
    dateColumn('validFrom', 'Ngày thành lập', { aliases: ['Hiệu lực từ', 'Có hiệu lực từ'] }),
    dateColumn('validTo', 'Ngày kết thúc', { aliases: ['Hết hiệu lực', 'Ngày giải thể'] }),
    referenceColumn('mergedInto', 'Sáp nhập vào', lookups.localities, {
      target: REFERENCE_TARGETS.locality,
      aliases: ['Nhập vào'],
      hint: 'Địa phương đã nhận địa phương này khi sáp nhập: mã, tên hoặc mã hoso.',
    }),
  ],
  references: { parent: Locality, mergedInto: Locality },
  toValues: (locality) => ({
    code: locality.code,
    name: locality.name,
    level: locality.level,
    kind: locality.kind,
    parent: refId(locality.parent),
    validFrom: locality.validFrom ?? null,
    validTo: locality.validTo ?? null,
    mergedInto: refId(locality.mergedInto),
  }),
  createInput: CreateLocalityInput,
  updateInput: UpdateLocalityInput,
  create: createLocality,
  update: updateLocality,
});
