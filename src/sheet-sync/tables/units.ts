import { unitBlockCodeList, unitKindCodeList } from '../../common/code-lists';
import { Locality } from '../../localities/locality.entity';
import { CreateUnitInput, UpdateUnitInput } from '../../units/unit.inputs';
import { Unit } from '../../units/unit.entity';
import { createUnit, updateUnit } from '../../units/unit.service';
import { codeListColumn, referenceColumn, textColumn } from '../codecs';
import { defineSyncTable, refId } from './define-table';
import { REFERENCE_TARGETS } from './reference-targets';

/** Cơ quan, đơn vị. */
export const unitTable = defineSyncTable({
  table: 'unit',
  sheetTitle: 'Đơn vị',
  entity: Unit,
  columns: (lookups) => [
    textColumn('code', 'Mã đơn vị', { aliases: ['Mã'], maxLength: 50, hint: 'Mã riêng của cơ quan (không bắt buộc), không trùng nhau.' }),
    textColumn('name', 'Tên đơn vị', { required: true, aliases: ['Tên', 'Tên cơ quan, đơn vị', 'Cơ quan, đơn vị'], maxLength: 300 }),
    codeListColumn('block', 'Khối', unitBlockCodeList, { required: true }),
    codeListColumn('kind', 'Loại cơ quan', unitKindCodeList, { required: true, aliases: ['Loại', 'Loại đơn vị', 'Loại cơ quan, đơn vị'] }),
    referenceColumn('locality', 'Địa phương', lookups.localities, {
      target: REFERENCE_TARGETS.locality,
      required: true,
      aliases: ['Đơn vị hành chính', 'Địa bàn'],
      hint: 'Tỉnh, huyện hoặc xã của đơn vị: mã, tên hoặc mã hoso.',
    }),
    referenceColumn('parent', 'Đơn vị cấp trên', lookups.units, {
      target: REFERENCE_TARGETS.unit,
      aliases: ['Trực thuộc', 'Cấp trên'],
      hint: 'Đơn vị chứa đơn vị này: mã, tên hoặc mã hoso.',
    }),
  ],
  references: { locality: Locality, parent: Unit },
  toValues: (unit) => ({
    code: unit.code ?? null,
    name: unit.name,
    block: unit.block,
    kind: unit.kind,
    locality: refId(unit.locality),
    parent: refId(unit.parent),
  }),
  createInput: CreateUnitInput,
  updateInput: UpdateUnitInput,
  create: createUnit,
  update: updateUnit,
});
