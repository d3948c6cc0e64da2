import { defineCodeList } from './code-list';

export enum Sex {
  MALE = 'M',
  FEMALE = 'F',
}

export const sexCodeList = defineCodeList({
  name: 'Sex',
  title: 'Giới tính',
  enumObject: Sex,
  entries: [
    { value: Sex.MALE, label: 'Nam', variants: ['Nam giới'] },
    { value: Sex.FEMALE, label: 'Nữ', variants: ['Nữ giới'] },
  ],
});

export enum Religion {
  NONE = '00',
  BUDDHISM = '01',
  CATHOLICISM = '02',
  PROTESTANTISM = '03',
  CAO_DAI = '04',
  HOA_HAO = '05',
  ISLAM = '06',
  OTHER = '99',
}

export const religionCodeList = defineCodeList({
  name: 'Religion',
  title: 'Tôn giáo',
  enumObject: Religion,
  entries: [
    { value: Religion.NONE, label: 'Không', variants: ['Không có', 'Không tôn giáo', 'Không theo tôn giáo'] },
    { value: Religion.BUDDHISM, label: 'Phật giáo', variants: ['Phật', 'Đạo Phật'] },
    { value: Religion.CATHOLICISM, label: 'Công giáo', variants: ['Thiên Chúa giáo', 'Thiên Chúa', 'Đạo Thiên Chúa'] },
    { value: Religion.PROTESTANTISM, label: 'Tin lành', variants: ['Đạo Tin lành', 'Tin lành giáo'] },
    { value: Religion.CAO_DAI, label: 'Cao Đài', variants: ['Đạo Cao Đài'] },
    { value: Religion.HOA_HAO, label: 'Hòa Hảo', variants: ['Phật giáo Hòa Hảo'] },
    { value: Religion.ISLAM, label: 'Hồi giáo', variants: ['Đạo Hồi', 'Islam'] },
    { value: Religion.OTHER, label: 'Khác', variants: ['Tôn giáo khác'] },
  ],
  fillerWords: ['đạo', 'tôn giáo', 'theo'],
});

export enum CadreCategory {
  CADRE = 'cadre',
  CIVIL_SERVANT = 'civil_servant',
  PUBLIC_EMPLOYEE = 'public_employee',
  CONTRACT = 'contract',
}

export const cadreCategoryCodeList = defineCodeList({
  name: 'CadreCategory',
  title: 'Đối tượng',
  enumObject: CadreCategory,
  entries: [
    { value: CadreCategory.CADRE, label: 'Cán bộ', variants: ['CB'] },
    { value: CadreCategory.CIVIL_SERVANT, label: 'Công chức', variants: ['CC'] },
    { value: CadreCategory.PUBLIC_EMPLOYEE, label: 'Viên chức', variants: ['VC'] },
    {
      value: CadreCategory.CONTRACT,
      label: 'Hợp đồng',
      // "Hợp đồng 68": contracts under Nghị định 68/2000/NĐ-CP, common in offices.
      variants: ['HĐ', 'Hợp đồng lao động', 'Lao động hợp đồng', 'HĐLĐ', 'Hợp đồng 68', 'Nhân viên hợp đồng'],
    },
  ],
});

export enum CadreStatus {
  WORKING = 'working',
  RETIRED = 'retired',
  TRANSFERRED = 'transferred',
  RESIGNED = 'resigned',
  DECEASED = 'deceased',
}

export const cadreStatusCodeList = defineCodeList({
  name: 'CadreStatus',
  title: 'Tình trạng',
  enumObject: CadreStatus,
  entries: [
    { value: CadreStatus.WORKING, label: 'Đang công tác', variants: ['Đang làm việc', 'Đương chức'] },
    { value: CadreStatus.RETIRED, label: 'Đã nghỉ hưu', variants: ['Hưu', 'Nghỉ chế độ'] },
    { value: CadreStatus.TRANSFERRED, label: 'Đã chuyển công tác', variants: ['Chuyển đi', 'Điều chuyển'] },
    { value: CadreStatus.RESIGNED, label: 'Đã thôi việc', variants: ['Nghỉ việc', 'Xin thôi việc'] },
    { value: CadreStatus.DECEASED, label: 'Đã từ trần', variants: ['Từ trần', 'Đã mất', 'Qua đời', 'Chết'] },
  ],
  fillerWords: ['đã', 'đang'],
});
