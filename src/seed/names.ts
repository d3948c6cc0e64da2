/**
 * Vietnamese personal names for the demo cadres.
 *
 * Kinh family names follow their national frequencies (Nguyễn about 38%, then Trần, Lê,
 * Phạm, Hoàng/Huỳnh, Phan, Vũ/Võ...; northern spellings Hoàng and Vũ dominate in Lào Cai).
 * Minority cadres carry the clan names of their people — Tày/Nùng Hoàng, Nông, Ma, Bế;
 * Thái Lò, Lường, Cầm; H'Mông Giàng, Sùng, Vàng, Thào; Dao Triệu, Bàn, Tẩn, Chảo — and
 * the H'Mông and Dao middle names "Seo", "A", "Láo", "Tả". Older minority cadres more often
 * keep a given name of their own language; younger ones mostly have Kinh-style given names.
 */
import { Ethnicity, Sex } from '../common/code-lists';
import { Random, Weighted } from './random';

type Table = readonly (readonly [string, number])[];

/** Reads "Nguyễn 380, Trần 110, ..." into [name, weight] pairs: long tables stay readable. */
function weights(text: string): Table {
  return text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0)
    .map((item) => {
      const cut = item.lastIndexOf(' ');
      return [item.slice(0, cut), Number(item.slice(cut + 1))] as const;
    });
}

const KINH_FAMILY: Table = weights(`
  Nguyễn 380, Trần 110, Lê 95, Phạm 70, Hoàng 45, Huỳnh 6, Phan 45, Vũ 39, Võ 6, Đặng 21, Bùi 20,
  Đỗ 14, Hồ 13, Ngô 13, Dương 10, Lý 5, Đào 8, Đinh 8, Lương 5, Mai 5, Trịnh 6, Cao 4, Lưu 4, Tạ 3,
  Tô 3, Hà 5, Vương 2, Quách 2, Đoàn 5, Kiều 2, Khuất 1, Phùng 3, Lại 2, Chu 2, Nghiêm 1, Thái 1,
  Lục 1, Triệu 2, Tăng 1, Doãn 1, Văn 1
`);

const KINH_MIDDLE_MALE: Table = weights(`
  Văn 300, Đức 80, Minh 80, Quang 60, Xuân 50, Hữu 50, Thanh 50, Mạnh 40, Tiến 40, Công 40, Ngọc 40,
  Trung 30, Đình 40, Quốc 40, Anh 30, Hoàng 30, Việt 30, Duy 30, Bá 20, Hồng 20, Thế 30, Trọng 30,
  Kim 10, Tuấn 15, Huy 15
`);

const KINH_MIDDLE_FEMALE: Table = weights(`
  Thị 450, Thu 60, Ngọc 50, Thanh 50, Minh 40, Thúy 30, Hồng 40, Phương 40, Kim 30, Bích 30, Hải 30,
  Mai 20, Diệu 20, Thùy 30, Quỳnh 20, Lan 20, Hoài 20, Khánh 20, Thảo 20, Vân 20
`);

/** Second middle names after "Thị" ("Nguyễn Thị Thu Hương"). */
const SECOND_MIDDLE_FEMALE: readonly string[] = ['Thu', 'Thanh', 'Ngọc', 'Minh', 'Hồng', 'Kim', 'Thúy', 'Bích', 'Phương', 'Hải'];

const GIVEN_MALE: Table = weights(`
  Anh 50, Hùng 45, Dũng 45, Tuấn 45, Hải 40, Sơn 40, Thắng 35, Long 35, Nam 35, Hòa 30, Quân 30,
  Trung 30, Hiếu 30, Đức 25, Bình 30, Cường 30, Phong 25, Thành 30, Toàn 20, Khánh 20, Huy 30, Tùng 25,
  Lâm 20, Tâm 20, Vinh 20, Hưng 25, Quang 25, Linh 15, Tú 15, Kiên 20, Lợi 15, Chiến 20, Thịnh 15,
  Hoàng 20, Đạt 25, Hiệp 15, Nghĩa 15, Tân 15, Phúc 15, Công 10, Thanh 15, Tiến 20, Trường 15, Vũ 15,
  Định 10, Duy 15, Đông 10, Hậu 10, Mạnh 20, Ninh 10, Thái 10, Thuận 10, Giang 10, Khoa 10, Lực 8,
  Bảo 10, Quyết 10, Tài 10, Thọ 8, Chung 8, Việt 15, Minh 25, Phương 8, Thiện 8, Sáng 6, Lộc 10, Hào 8,
  Khải 6
`);

const GIVEN_FEMALE: Table = weights(`
  Hương 50, Lan 40, Hà 40, Linh 45, Trang 45, Thảo 40, Hằng 40, Huyền 40, Nga 30, Hoa 30, Mai 30,
  Phương 35, Thủy 35, Thu 25, Yến 30, Loan 20, Nhung 25, Hạnh 30, Dung 25, Ngọc 20, Oanh 20, Quyên 15,
  Vân 20, Tâm 15, Hiền 25, Ly 20, Nhàn 15, Thúy 20, Trinh 15, Uyên 10, Hồng 20, Liên 15, Lệ 10,
  Duyên 15, Giang 20, Chi 15, Anh 30, Bích 10, Nhi 10, Châu 10, Ngân 15, Tuyết 10, Thơ 8, Luyến 8,
  Thắm 8, Xuân 10, Nguyệt 10, Huệ 10, Quỳnh 15, Minh 8, Diệp 6, Vui 5, Lý 5, Sen 5, Hậu 6, Thoa 8,
  Lương 5
`);

/** Family names of each minority people, as they appear in Lào Cai and Yên Bái records. */
const MINORITY_FAMILY: Partial<Record<Ethnicity, Table>> = {
  [Ethnicity.TAY]: weights(`
    Hoàng 18, Nông 14, Lương 8, Hà 8, Ma 7, Bế 5, Lục 5, Triệu 5, Đàm 4, Lý 4, Vi 3, Chu 3, Nguyễn 6,
    La 3, Hứa 2, Lăng 2, Đinh 2
  `),
  [Ethnicity.NUNG]: weights(`
    Hoàng 15, Nông 12, Vi 8, Lăng 6, Chu 5, Lục 5, Triệu 5, Lý 8, Sầm 3, Mã 3, Hứa 3, Vàng 4, Lù 3,
    Thèn 3, Sần 3
  `),
  [Ethnicity.THAI]: weights(`Lò 18, Lường 12, Cầm 10, Tòng 8, Quàng 7, Hoàng 8, Hà 8, Điêu 5, Lừ 4, Vi 5, Sa 3, Mè 3, Bạc 3`),
  [Ethnicity.HMONG]: weights(`
    Giàng 18, Sùng 12, Vàng 14, Thào 12, Lý 10, Hầu 5, Mùa 6, Lầu 6, Hạng 5, Cháng 4, Vừ 4, Tráng 4,
    Ly 2, Lồ 2, Ma 2
  `),
  [Ethnicity.DAO]: weights(`Triệu 18, Bàn 16, Đặng 12, Lý 12, Chảo 8, Tẩn 8, Phùng 6, Phàn 6, Chìu 4, Lục 3, Hoàng 4`),
  [Ethnicity.GIAY]: weights(`Lù 12, Hoàng 12, Lò 10, Vương 6, Giàng 4, Sần 6, Lục 8, Vàng 6, Nông 4, Lồ 4, Hà 4`),
  [Ethnicity.HA_NHI]: weights(`Chu 10, Ly 10, Lỳ 8, Pờ 8, Sừ 8, Phu 6, Lò 6, Tẩn 6, Hù 4, Lý 4`),
  [Ethnicity.PHU_LA]: weights(`Lý 10, Vàng 8, Lù 8, Thào 6, Lồ 4, Sần 4, Hoàng 4`),
  [Ethnicity.BO_Y]: weights(`Cao 6, Hoàng 8, Lù 6, Lương 4, Giàng 4`),
  [Ethnicity.MUONG]: weights(`Đinh 12, Bùi 12, Quách 8, Hà 6, Xa 4, Cao 4, Bạch 3`),
  [Ethnicity.KHO_MU]: weights(`Vi 6, Lò 6, Lộc 4, Cụt 3, Quàng 4`),
  [Ethnicity.SAN_CHAY]: weights(`Hoàng 8, Lâm 6, Trương 5, Lý 5, Tô 3`),
  [Ethnicity.LA_CHI]: weights(`Vương 6, Lý 6, Cháng 4, Hoàng 4`),
};

const TAI_MIDDLE_MALE: Table = weights(`Văn 65, Đức 8, Minh 6, Quang 5, Thanh 5, Hữu 4, Xuân 4, Trung 3`);
const TAI_MIDDLE_FEMALE: Table = weights(`Thị 75, Thu 5, Ngọc 5, Thanh 5, Hồng 5, Minh 5`);

const MIDDLE_BY_PEOPLE: Partial<Record<Ethnicity, { male: Table; female: Table }>> = {
  [Ethnicity.HMONG]: { male: weights(`Seo 30, A 25, Văn 35, Chá 5`), female: weights(`Thị 95, Mý 5`) },
  [Ethnicity.DAO]: { male: weights(`Văn 60, Láo 15, Kiều 5, Sành 5`), female: weights(`Thị 85, Tả 15`) },
  [Ethnicity.HA_NHI]: { male: weights(`Văn 45, A 20, Xá 10, Chà 10`), female: weights(`Thị 100`) },
  [Ethnicity.PHU_LA]: { male: weights(`Văn 70, Seo 15, A 15`), female: weights(`Thị 100`) },
};

/** Given names in the people's own language, kept mostly by cadres born before about 1985. */
const NATIVE_GIVEN: Partial<Record<Ethnicity, { male: readonly string[]; female: readonly string[] }>> = {
  [Ethnicity.HMONG]: {
    male: [
      'Páo',
      'Phử',
      'Dình',
      'Sính',
      'Chứ',
      'Lử',
      'Pao',
      'Chơ',
      'Dế',
      'Sử',
      'Vư',
      'Tủa',
      'Lồng',
      'Chúng',
      'Vần',
      'Mua',
      'Dìn',
      'Sình',
      'Chư',
      'Hờ',
      'Súng',
    ],
    female: ['Mỷ', 'Dua', 'Sua', 'Pà', 'Dợ', 'Chở', 'Súa', 'Say', 'Chu', 'Dí', 'Xia', 'Của', 'Mang', 'Mai', 'Dung'],
  },
  [Ethnicity.DAO]: {
    male: ['Lở', 'Sài', 'Chàn', 'Quẩy', 'Phin', 'Tòng', 'Seng', 'Vần', 'Phấu', 'Chiêu', 'Tả'],
    female: ['Mẩy', 'Lìn', 'Dùn', 'Chài', 'Sử', 'Mai', 'Lai', 'Nái'],
  },
  [Ethnicity.HA_NHI]: { male: ['Chừ', 'Phừ', 'Lìn', 'Giờ', 'Pá', 'Cà', 'Thò'], female: ['Xá', 'Mé', 'Gơ', 'Chu', 'Ló', 'Pứ'] },
  [Ethnicity.THAI]: { male: ['Ún', 'Pấng', 'Khăm', 'Ươi', 'Xôm', 'Panh'], female: ['Én', 'Ươi', 'Pâng', 'Xuân', 'Lả', 'Cọi'] },
  [Ethnicity.GIAY]: { male: ['Seng', 'Chính', 'Phồng', 'Sáng', 'Thắng'], female: ['Lường', 'Mỷ', 'Sen', 'Pha'] },
};

const kinhFamily = new Weighted(KINH_FAMILY);
const kinhMiddleMale = new Weighted(KINH_MIDDLE_MALE);
const kinhMiddleFemale = new Weighted(KINH_MIDDLE_FEMALE);
const givenMale = new Weighted(GIVEN_MALE);
const givenFemale = new Weighted(GIVEN_FEMALE);
const taiMiddleMale = new Weighted(TAI_MIDDLE_MALE);
const taiMiddleFemale = new Weighted(TAI_MIDDLE_FEMALE);

const minorityFamily = new Map<Ethnicity, Weighted<string>>(
  Object.entries(MINORITY_FAMILY).map(([k, table]) => [k as Ethnicity, new Weighted(table)]),
);
const minorityMiddle = new Map<Ethnicity, { male: Weighted<string>; female: Weighted<string> }>(
  Object.entries(MIDDLE_BY_PEOPLE).map(([k, t]) => [k as Ethnicity, { male: new Weighted(t.male), female: new Weighted(t.female) }]),
);
const defaultMinorityFamily = minorityFamily.get(Ethnicity.TAY) as Weighted<string>;

/** A full name "Họ Đệm Tên" for a person of this sex, people and birth year. */
export function makeFullName(rng: Random, sex: Sex, ethnicity: Ethnicity, birthYear: number): string {
  const female = sex === Sex.FEMALE;
  if (ethnicity === Ethnicity.KINH) {
    const family = kinhFamily.pick(rng);
    let middle = (female ? kinhMiddleFemale : kinhMiddleMale).pick(rng);
    if (female && middle === 'Thị' && rng.chance(0.12)) middle = `Thị ${rng.pick(SECOND_MIDDLE_FEMALE)}`;
    return join(family, middle, pickGiven(rng, female, middle));
  }
  const family = (minorityFamily.get(ethnicity) ?? defaultMinorityFamily).pick(rng);
  const middleTable = minorityMiddle.get(ethnicity);
  const middle = middleTable
    ? (female ? middleTable.female : middleTable.male).pick(rng)
    : (female ? taiMiddleFemale : taiMiddleMale).pick(rng);
  const native = NATIVE_GIVEN[ethnicity];
  // Cadres born before the mid-1980s more often kept a name in their own language.
  const nativeShare = birthYear < 1985 ? 0.55 : 0.25;
  if (native && rng.chance(nativeShare)) return join(family, middle, rng.pick(female ? native.female : native.male));
  return join(family, middle, pickGiven(rng, female, middle));
}

function pickGiven(rng: Random, female: boolean, middle: string): string {
  const table = female ? givenFemale : givenMale;
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const given = table.pick(rng);
    // "Minh Minh" or "Thu Thu" does not occur.
    if (!middle.split(' ').includes(given)) return given;
  }
  return female ? 'Hương' : 'Hùng';
}

function join(...parts: string[]): string {
  return parts.join(' ').normalize('NFC');
}
