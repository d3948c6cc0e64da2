import { defineCodeList } from './code-list';

/** Level of an administrative unit; the district level ends on 1 July 2025. */
export enum LocalityLevel {
  PROVINCE = 'province',
  DISTRICT = 'district',
  COMMUNE = 'commune',
}

export const localityLevelCodeList = defineCodeList({
  name: 'LocalityLevel',
  title: 'Cấp hành chính',
  enumObject: LocalityLevel,
  entries: [
    { value: LocalityLevel.PROVINCE, label: 'Cấp tỉnh' },
    { value: LocalityLevel.DISTRICT, label: 'Cấp huyện' },
    { value: LocalityLevel.COMMUNE, label: 'Cấp xã', variants: ['Cơ sở'] },
  ],
  fillerWords: ['cấp'],
});

export enum LocalityKind {
  PROVINCE = 'tinh',
  CENTRAL_CITY = 'thanh_pho_tw',
  URBAN_DISTRICT = 'quan',
  RURAL_DISTRICT = 'huyen',
  TOWN = 'thi_xa',
  PROVINCIAL_CITY = 'thanh_pho',
  COMMUNE = 'xa',
  WARD = 'phuong',
  TOWNSHIP = 'thi_tran',
  SPECIAL_ZONE = 'dac_khu',
}

// "Thành phố" alone is deliberately not a variant: it names both kinds of city.
export const localityKindCodeList = defineCodeList({
  name: 'LocalityKind',
  title: 'Loại đơn vị hành chính',
  enumObject: LocalityKind,
  entries: [
    { value: LocalityKind.PROVINCE, label: 'Tỉnh' },
    {
      value: LocalityKind.CENTRAL_CITY,
      label: 'Thành phố trực thuộc trung ương',
      variants: ['Thành phố trực thuộc TW', 'TP trực thuộc trung ương', 'TP trực thuộc TW', 'Thành phố TW', 'TP TW'],
    },
    { value: LocalityKind.URBAN_DISTRICT, label: 'Quận' },
    { value: LocalityKind.RURAL_DISTRICT, label: 'Huyện' },
    { value: LocalityKind.TOWN, label: 'Thị xã', variants: ['TX'] },
    {
      value: LocalityKind.PROVINCIAL_CITY,
      label: 'Thành phố thuộc tỉnh',
      // Thủ Đức (2021–2025) was a city inside a centrally-run city, at the same level.
      variants: ['TP thuộc tỉnh', 'Thành phố trực thuộc tỉnh', 'Thành phố thuộc thành phố trực thuộc trung ương'],
    },
    { value: LocalityKind.COMMUNE, label: 'Xã' },
    { value: LocalityKind.WARD, label: 'Phường' },
    { value: LocalityKind.TOWNSHIP, label: 'Thị trấn', variants: ['TT'] },
    { value: LocalityKind.SPECIAL_ZONE, label: 'Đặc khu' },
  ],
});

const LOCALITY_KIND_LEVELS: Readonly<Record<LocalityKind, readonly LocalityLevel[]>> = {
  [LocalityKind.PROVINCE]: [LocalityLevel.PROVINCE],
  [LocalityKind.CENTRAL_CITY]: [LocalityLevel.PROVINCE],
  [LocalityKind.URBAN_DISTRICT]: [LocalityLevel.DISTRICT],
  [LocalityKind.RURAL_DISTRICT]: [LocalityLevel.DISTRICT],
  [LocalityKind.TOWN]: [LocalityLevel.DISTRICT],
  [LocalityKind.PROVINCIAL_CITY]: [LocalityLevel.DISTRICT],
  [LocalityKind.COMMUNE]: [LocalityLevel.COMMUNE],
  [LocalityKind.WARD]: [LocalityLevel.COMMUNE],
  [LocalityKind.TOWNSHIP]: [LocalityLevel.COMMUNE],
  // The 13 special zones of the 2025 reform are commune-level units.
  [LocalityKind.SPECIAL_ZONE]: [LocalityLevel.COMMUNE],
};

/** The levels a unit of this kind may sit at (used to validate a locality). */
export function localityKindLevel(kind: LocalityKind): LocalityLevel[] {
  return [...LOCALITY_KIND_LEVELS[kind]];
}

/** Khối, the grouping reports use for units. */
export enum UnitBlock {
  PARTY = 'party',
  GOVERNMENT = 'government',
  FRONT_AND_MASS = 'front_mass',
  ADMINISTRATIVE_PUBLIC_SERVICE = 'hc_sn',
  COMMUNE = 'commune',
}

export const unitBlockCodeList = defineCodeList({
  name: 'UnitBlock',
  title: 'Khối',
  enumObject: UnitBlock,
  entries: [
    { value: UnitBlock.PARTY, label: 'Khối Đảng', variants: ['Khối các cơ quan Đảng'] },
    { value: UnitBlock.GOVERNMENT, label: 'Khối chính quyền', variants: ['Khối nhà nước'] },
    {
      value: UnitBlock.FRONT_AND_MASS,
      label: 'Khối MTTQ – đoàn thể',
      variants: ['MTTQ và các đoàn thể', 'Mặt trận Tổ quốc và các đoàn thể', 'Mặt trận – đoàn thể', 'MTTQ-ĐT'],
    },
    {
      value: UnitBlock.ADMINISTRATIVE_PUBLIC_SERVICE,
      label: 'Khối hành chính – sự nghiệp',
      variants: ['HC-SN', 'HCSN'],
    },
    { value: UnitBlock.COMMUNE, label: 'Khối xã, phường', variants: ['Xã, phường, thị trấn'] },
  ],
  fillerWords: ['khối'],
});

export enum UnitKind {
  PARTY_COMMITTEE = 'party_committee',
  PEOPLES_COUNCIL = 'peoples_council',
  PEOPLES_COMMITTEE = 'peoples_committee',
  DEPARTMENT = 'department',
  FATHERLAND_FRONT = 'fatherland_front',
  MASS_ORGANISATION = 'mass_organisation',
  PUBLIC_SERVICE = 'public_service',
  OTHER = 'other',
}

export const unitKindCodeList = defineCodeList({
  name: 'UnitKind',
  title: 'Loại cơ quan, đơn vị',
  enumObject: UnitKind,
  entries: [
    {
      value: UnitKind.PARTY_COMMITTEE,
      label: 'Cấp ủy Đảng',
      variants: ['Cấp ủy', 'Đảng ủy', 'Tỉnh ủy', 'Thành ủy', 'Huyện ủy', 'Quận ủy', 'Thị ủy'],
    },
    { value: UnitKind.PEOPLES_COUNCIL, label: 'HĐND', variants: ['Hội đồng nhân dân'] },
    { value: UnitKind.PEOPLES_COMMITTEE, label: 'UBND', variants: ['Ủy ban nhân dân'] },
    {
      value: UnitKind.DEPARTMENT,
      label: 'Phòng/ban chuyên môn',
      variants: ['Phòng chuyên môn', 'Phòng, ban', 'Cơ quan chuyên môn', 'Sở, ban, ngành'],
    },
    {
      value: UnitKind.FATHERLAND_FRONT,
      label: 'MTTQ',
      variants: ['Mặt trận Tổ quốc', 'Ủy ban MTTQ', 'Ủy ban Mặt trận Tổ quốc', 'UBMTTQ'],
    },
    {
      value: UnitKind.MASS_ORGANISATION,
      label: 'Đoàn thể',
      variants: ['Tổ chức chính trị – xã hội', 'Đoàn thể chính trị – xã hội'],
    },
    {
      value: UnitKind.PUBLIC_SERVICE,
      label: 'Đơn vị sự nghiệp',
      variants: ['ĐVSN', 'Đơn vị sự nghiệp công lập', 'Sự nghiệp'],
    },
    { value: UnitKind.OTHER, label: 'Khác', variants: ['Đơn vị khác'] },
  ],
});

/** Level of a post, as leader reports group them. */
export enum PositionLevel {
  PROVINCE = 'province',
  PROVINCIAL_DEPARTMENT = 'provincial_department',
  DISTRICT = 'district',
  COMMUNE = 'commune',
  DIVISION = 'division',
}

export const positionLevelCodeList = defineCodeList({
  name: 'PositionLevel',
  title: 'Cấp chức vụ',
  enumObject: PositionLevel,
  entries: [
    { value: PositionLevel.PROVINCE, label: 'Cấp tỉnh' },
    {
      value: PositionLevel.PROVINCIAL_DEPARTMENT,
      label: 'Cấp sở/ban/ngành tỉnh',
      variants: ['Cấp sở', 'Sở, ban, ngành', 'Cấp sở và tương đương'],
    },
    { value: PositionLevel.DISTRICT, label: 'Cấp huyện' },
    { value: PositionLevel.COMMUNE, label: 'Cấp xã', variants: ['Cơ sở'] },
    { value: PositionLevel.DIVISION, label: 'Cấp phòng', variants: ['Cấp phòng và tương đương'] },
  ],
  fillerWords: ['cấp'],
});
