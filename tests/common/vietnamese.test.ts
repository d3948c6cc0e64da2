import {
  convertLegacyToUnicode,
  detectLegacyEncoding,
  escapeLike,
  matchKey,
  nameSortKey,
  normalizeText,
  removeTones,
  searchKey,
  splitFullName,
  toneOf,
  vietnameseSortKey,
} from '../../src/common/vietnamese';

const nfd = (s: string): string => s.normalize('NFD');
const collator = new Intl.Collator('vi');

/** Fisher–Yates with a fixed seed, so a failure reproduces. */
function shuffled<T>(items: readonly T[], seed = 7): T[] {
  const out = [...items];
  let state = seed;
  for (let i = out.length - 1; i > 0; i -= 1) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

const byKey =
  (key: (s: string) => string) =>
  (a: string, b: string): number => {
    const ka = key(a);
    const kb = key(b);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  };

describe('normalizeText', () => {
  it.each([
    ['NFD input becomes NFC', nfd('Nguyễn Văn An'), 'Nguyễn Văn An'],
    ['runs of spaces collapse', '  Nguyễn   Văn  An ', 'Nguyễn Văn An'],
    ['NBSP, tabs and newlines are spaces', 'Trần\u00A0Thị\tBích\r\nNgọc', 'Trần Thị Bích Ngọc'],
    ['zero-width characters from web pages disappear', 'Lê\u200B Văn\u200D Tám', 'Lê Văn Tám'],
    ['empty stays empty', ' \u00A0 ', ''],
  ])('%s', (_case, input, expected) => {
    expect(normalizeText(input)).toBe(expected);
    expect(normalizeText(input)).toBe(normalizeText(input).normalize('NFC'));
  });
});

describe('searchKey', () => {
  it.each([
    ['Nguyễn Văn An', 'nguyen van an'],
    [nfd('Nguyễn Văn An'), 'nguyen van an'],
    ['Đặng Thị Ngọc Hân', 'dang thi ngoc han'],
    ['ĐỖ ĐỨC ĐẠI', 'do duc dai'],
    ['Trương  Thị\u00A0Thuỷ', 'truong thi thuy'],
    ['Bùi Thị Xuân Hương', 'bui thi xuan huong'],
    ['Ê-đê', 'e-de'],
    ['Ðinh Bộ Lĩnh', 'dinh bo linh'], // Ð here is U+00D0 (eth), the usual stand-in for Đ
  ])('%s → %s', (input, expected) => {
    expect(searchKey(input)).toBe(expected);
  });

  it('finds "Đặng" by typing "dang", and both tone placements by one query', () => {
    const names = ['Đặng Văn Lâm', 'Nguyễn Thị Thuỷ', 'Lê Thủy Tiên', 'Dương Thị Hằng'];
    const find = (query: string): string[] => names.filter((n) => searchKey(n).includes(searchKey(query)));
    expect(find('dang')).toEqual(['Đặng Văn Lâm']);
    expect(find('thuy')).toEqual(['Nguyễn Thị Thuỷ', 'Lê Thủy Tiên']);
    expect(find('  DUONG ')).toEqual(['Dương Thị Hằng']);
  });

  it('escapes LIKE wildcards and the escape character itself', () => {
    expect(escapeLike('50%_a\\b')).toBe('50\\%\\_a\\\\b');
    expect(escapeLike('nguyen van an')).toBe('nguyen van an');
  });
});

describe('matchKey', () => {
  it.each([
    ['hoà', 'hòa'],
    ['Hoá', 'Hóa'],
    ['thuỷ', 'thủy'],
    ['khoẻ', 'khỏe'],
    ['Thanh Hoá', 'Thanh Hóa'],
    ['Khánh Hoà', 'KHÁNH HÒA'],
    ['Nguyễn Thị Thuỷ', nfd('nguyễn thị thủy')],
    ['Hoàng Thuý Hằng', 'hoàng thúy hằng'],
    ['Quý', 'quý'],
    ['giữa', nfd('giữa')],
    ['khuỷu', 'khủyu'],
    ['  Lê   Văn Tám ', 'lê văn tám'],
  ])('"%s" matches "%s"', (a, b) => {
    expect(matchKey(a)).toBe(matchKey(b));
  });

  it.each([
    ['hoa', 'hòa'],
    ['a', 'ă'],
    ['ă', 'â'],
    ['Dung', 'Dũng'],
    ['Đào', 'Dao'],
    ['thu', 'thư'],
    ['Hồng', 'Hông'],
    ['mua', 'mưa'],
  ])('"%s" stays different from "%s"', (a, b) => {
    expect(matchKey(a)).not.toBe(matchKey(b));
  });

  it('puts the tone on one canonical letter and keeps the result readable NFC', () => {
    expect(matchKey('Hoà')).toBe('hòa');
    expect(matchKey('Thuỷ')).toBe('thủy');
    expect(matchKey('hoàn')).toBe('hoàn');
    expect(matchKey('Nguyễn')).toBe('nguyễn');
    expect(matchKey('thuyền')).toBe('thuyền');
    expect(matchKey('Trường')).toBe('trường');
    expect(matchKey('hoài')).toBe('hoài');
    expect(matchKey(nfd('Hoà'))).toBe(matchKey('Hoà').normalize('NFC'));
  });

  it('reads tones and strips them without losing letters', () => {
    expect(toneOf('Hùng')).toBe(1);
    expect(toneOf('Hải')).toBe(2);
    expect(toneOf('Dũng')).toBe(3);
    expect(toneOf('Ánh')).toBe(4);
    expect(toneOf('Đạt')).toBe(5);
    expect(toneOf('Minh')).toBe(0);
    expect(removeTones('Đặng Thị Hường')).toBe('Đăng Thi Hương');
  });
});

describe('splitFullName', () => {
  it.each([
    ['Nguyễn Thị Minh Khai', { family: 'Nguyễn', middle: 'Thị Minh', given: 'Khai' }],
    ['Trần Hưng Đạo', { family: 'Trần', middle: 'Hưng', given: 'Đạo' }],
    ['Lê  Lợi', { family: 'Lê', middle: '', given: 'Lợi' }],
    ['Sáu', { family: '', middle: '', given: 'Sáu' }],
    ['', { family: '', middle: '', given: '' }],
  ])('%s', (input, expected) => {
    expect(splitFullName(input)).toEqual(expected);
  });
});

describe('vietnameseSortKey', () => {
  const words = (
    'a à ả ã á ạ ă ằ ẳ ẵ ắ ặ â ầ ẩ ẫ ấ ậ an ăn ân anh ánh ba bà bá bạ cha ca ' +
    'da dà dạ đa đà đá do dô dơ đo đô đơ đỏ đổ đở e ê è ề i ì y ỳ o ô ơ ò ồ ờ u ư ù ừ ' +
    'mu mù mủ mũ mú mụ mư mừ mứ mua mùa múa mưa mửa tho thỏ thô thổ thơ thở thu thủ thư thử thuỷ thuý ' +
    'fa ja wa za ga gia già ha ka kha la ya 1a 9 10 a1 Nga ngà Ngã ngh'
  ).split(' ');

  it('single words sort exactly as Intl.Collator("vi") sorts them', () => {
    const expected = [...words].sort(collator.compare);
    expect(shuffled(words).sort(byKey(vietnameseSortKey))).toEqual(expected);
  });

  it('keys hold only [0-9a-z], so SQLite and PostgreSQL compare them alike', () => {
    for (const w of [...words, 'Nguyễn Văn An', "H'Hen Niê", 'Bru-Vân Kiều', 'ø ß Ω', '  ', '']) {
      expect(vietnameseSortKey(w)).toMatch(/^[0-9a-z]*$/);
    }
  });

  it('a word boundary sorts before any letter: An < An Khang < Anh', () => {
    const list = ['Anh', 'An Khang', 'An', 'Ân', 'Án'];
    expect(shuffled(list).sort(byKey(vietnameseSortKey))).toEqual(['An', 'An Khang', 'Án', 'Anh', 'Ân']);
  });

  it('compares word by word, letters before tones within each word (dictionary order)', () => {
    // Intl.Collator compares tones only after all letters of the whole string; a
    // Vietnamese dictionary (and this key) settles each syllable before the next.
    const list = ['Án Bi', 'An Bình', 'An Bi'];
    expect(shuffled(list).sort(byKey(vietnameseSortKey))).toEqual(['An Bi', 'An Bình', 'Án Bi']);
  });

  it('ignores case, NFD/NFC and tone placement', () => {
    expect(vietnameseSortKey('NGUYỄN')).toBe(vietnameseSortKey('nguyễn'));
    expect(vietnameseSortKey(nfd('Hường'))).toBe(vietnameseSortKey('Hường'));
    expect(vietnameseSortKey('Hoà')).toBe(vietnameseSortKey('Hòa'));
    expect(vietnameseSortKey('Thuỷ')).toBe(vietnameseSortKey('Thủy'));
  });
});

describe('nameSortKey', () => {
  // The order a personnel officer would write by hand: given name, then middle name,
  // then family name; a missing or shorter middle name first.
  const byHand = [
    'Trần An',
    'Nguyễn Thị An',
    'Lê Thị Minh An',
    'Nguyễn Văn An',
    'Phạm Văn Anh',
    'Trần Thị Ánh',
    'Hoàng Ngọc Ân',
    'Đặng Thị Bích',
    'Hoàng Văn Bình',
    'Phạm Minh Chính',
    'Vũ Mạnh Cường',
    'Bùi Thị Dung',
    'Đỗ Tiến Dũng',
    'Ngô Thùy Dương',
    'Lý Thị Đào',
    'Mai Tiến Đạt',
    'Hồ Thu Hà',
    'Phan Thanh Hải',
    'Đinh Thị Hạnh',
    'Nguyễn Thị Hoà',
    'Trịnh Văn Hoàng',
    'Trương Thị Hồng',
    'Dương Văn Hùng',
    'Đinh Văn Hùng',
    'Đỗ Văn Hùng',
    'Nguyễn Văn Hùng',
    'Lương Văn Hưng',
    'Tạ Quang Khai',
    'Kiều Thị Lan',
    'Nguyễn Hoàng Long',
    'Huỳnh Tấn Phát',
    'Lê Thanh Sơn',
    'Lê Thành Sơn',
    'Nguyễn Văn Sơn',
    'Hà Vân Sơn',
    'Lò Văn Thắng',
    'Trần Thị Thủy',
    'Võ Văn Thưởng',
    'Cao Văn Tú',
    'Đoàn Anh Tuấn',
    'Quách Thị Uyên',
  ];

  const byCollator = (a: string, b: string): number => {
    const pa = splitFullName(a);
    const pb = splitFullName(b);
    return collator.compare(pa.given, pb.given) || collator.compare(pa.middle, pb.middle) || collator.compare(pa.family, pb.family);
  };

  it('sorts real names in the order derived by hand', () => {
    expect(shuffled(byHand).sort(byKey(nameSortKey))).toEqual(byHand);
  });

  it('agrees with Intl.Collator("vi") applied to (given, middle, family)', () => {
    const fromCollator = shuffled(byHand, 11).sort(byCollator);
    expect(fromCollator).toEqual(byHand);
    expect(shuffled(byHand, 3).sort(byKey(nameSortKey))).toEqual(fromCollator);
  });

  it('keys hold only [0-9a-z] and sort NFD input like NFC', () => {
    for (const name of byHand) {
      expect(nameSortKey(name)).toMatch(/^[0-9a-z]+$/);
      expect(nameSortKey(nfd(name))).toBe(nameSortKey(name));
    }
  });

  it('breaks ties consistently: same key only for the same name written differently', () => {
    expect(nameSortKey('Nguyễn Thị Hoà')).toBe(nameSortKey('NGUYỄN  THỊ HÒA'));
    const keys = new Set(byHand.map(nameSortKey));
    expect(keys.size).toBe(byHand.length);
  });
});

describe('legacy encodings', () => {
  const tcvn3: ReadonlyArray<readonly [string, string]> = [
    ['B¶o Th¾ng', 'Bảo Thắng'],
    ['NguyÔn V¨n An', 'Nguyễn Văn An'],
    ['TrÇn ThÞ Hång', 'Trần Thị Hồng'],
    ['Lª Thanh H¶i', 'Lê Thanh Hải'],
    ['§Æng Quèc TuÊn', 'Đặng Quốc Tuấn'],
    ['Hoµng ThÞ Thñy', 'Hoàng Thị Thủy'],
    ['Ph¹m Minh ChÝnh', 'Phạm Minh Chính'],
    ['Bïi ThÞ Xu©n', 'Bùi Thị Xuân'],
    ['Vâ V¨n KiÖt', 'Võ Văn Kiệt'],
    ['§inh Bé LÜnh', 'Đinh Bộ Lĩnh'],
    ['Hµ Néi', 'Hà Nội'],
    ['M\u00ADêng Kh\u00AD¬ng', 'Mường Khương'],
    ['D\u00AD¬ng ThÞ H»ng', 'Dương Thị Hằng'],
    ['L\u00AD¬ng V¨n Dòng', 'Lương Văn Dũng'],
    ['HUYÖN B¶O TH¾NG', 'HUYỆN BẢO THẮNG'],
    ['¡n uèng', 'Ăn uống'],
    ['Phßng Néi vô – Lao ®éng', 'Phòng Nội vụ – Lao động'],
  ];
  const vni: ReadonlyArray<readonly [string, string]> = [
    ['Nguyeãn Vaên An', 'Nguyễn Văn An'],
    ['Traàn Thò Hoàng', 'Trần Thị Hồng'],
    ['Leâ Thanh Haûi', 'Lê Thanh Hải'],
    ['Ñaëng Quoác Tuaán', 'Đặng Quốc Tuấn'],
    ['Voõ Vaên Kieät', 'Võ Văn Kiệt'],
    ['Tröông Thò Myõ', 'Trương Thị Mỹ'],
    ['Buøi Xuaân Phaùi', 'Bùi Xuân Phái'],
    ['Huyønh Taán Phaùt', 'Huỳnh Tấn Phát'],
    ['Nguyeãn Thò Thuûy', 'Nguyễn Thị Thủy'],
    ['Möôøng Khöông', 'Mường Khương'],
    ['Ñinh Boä Lónh', 'Đinh Bộ Lĩnh'],
    ['Phaïm Minh Chính', 'Phạm Minh Chính'],
    ['NGUYEÃN VAÊN AN', 'NGUYỄN VĂN AN'],
    ['ÑAËNG THÒ NGOÏC', 'ĐẶNG THỊ NGỌC'],
  ];

  it.each(tcvn3)('TCVN3 "%s" is detected and reads "%s"', (legacy, unicode) => {
    expect(detectLegacyEncoding(legacy)).toBe('tcvn3');
    const converted = convertLegacyToUnicode(legacy, 'tcvn3');
    expect(converted).toBe(unicode);
    expect(converted).toBe(converted.normalize('NFC'));
  });

  it.each(vni)('VNI "%s" is detected and reads "%s"', (legacy, unicode) => {
    expect(detectLegacyEncoding(legacy)).toBe('vni');
    const converted = convertLegacyToUnicode(legacy, 'vni');
    expect(converted).toBe(unicode);
    expect(converted).toBe(converted.normalize('NFC'));
  });

  it.each([
    'Nguyễn Văn An',
    nfd('Nguyễn Văn An'),
    'Nguyen Van An',
    'Hà Tây',
    'Công',
    'Lê Vân Hà',
    'Cà Mau',
    'Lý Tú',
    'Toàn',
    'Hoàng',
    'Tô Hoài',
    'José Martí',
    'Müller',
    'Giá: 100.000 ®',
    'Công – Nông',
    'Привет Ôn',
    '12/05/1985',
    '',
  ])('does not flag "%s"', (text) => {
    expect(detectLegacyEncoding(text)).toBeNull();
  });

  it('leaves ASCII untouched when converting', () => {
    expect(convertLegacyToUnicode('Nguyen Van An 1985', 'tcvn3')).toBe('Nguyen Van An 1985');
    expect(convertLegacyToUnicode('Nguyen Van An 1985', 'vni')).toBe('Nguyen Van An 1985');
  });
});
