/**
 * Every sentence the engine shows to staff, in Vietnamese, defined once. Notes on cells and
 * report lines use the same words so that what a person reads in the sheet matches the report.
 */
export const messages = {
  missingTab: (title: string): string => `Không tìm thấy trang tính «${title}»: trang này không được đồng bộ.`,
  missingIdColumn: (title: string, header: string): string =>
    `Trang «${title}» thiếu cột «${header}» (mã hồ sơ do hoso quản lý): trang này không được đồng bộ.`,
  missingHeader: (title: string, header: string): string =>
    `Trang «${title}» thiếu cột «${header}»: trường này không được đồng bộ ở cả hai phía.`,
  duplicateHeader: (title: string, header: string, used: string, ignored: string): string =>
    `Trang «${title}» có hai cột «${header}» (${used} và ${ignored}): dùng cột ${used}, bỏ qua cột ${ignored}.`,
  duplicateId: (id: string, keptRow: number): string =>
    `Mã «${id}» trùng với dòng ${keptRow}. Dòng này không được đồng bộ: xoá mã nếu đây là một người khác ` +
    `(hoso sẽ tạo hồ sơ mới), hoặc xoá dòng nếu nó bị chép thừa.`,
  unknownId: (id: string): string =>
    `Mã «${id}» không khớp hồ sơ nào trong hoso. Dòng này không được đồng bộ: xoá mã nếu muốn tạo hồ sơ mới.`,
  rowNotCreated: (headers: readonly string[]): string =>
    `Dòng này chưa thành hồ sơ: thiếu ${headers.map((h) => `«${h}»`).join(', ')}. Điền đủ rồi đồng bộ lại.`,
  rowRefused: (reason: string): string => `Dòng này chưa thành hồ sơ: hoso không nhận — ${reason} Sửa rồi đồng bộ lại.`,
  requiredBlank: (header: string): string => `Cột «${header}» là bắt buộc, không được để trống.`,
  cellError: (raw: string, message: string): string => `Không đọc được giá trị ${raw}: ${message} Giá trị này chưa được đồng bộ.`,
  conflict: (sheet: string, database: string, base: string): string =>
    `Xung đột: bảng tính ghi ${sheet}, hoso ghi ${database} (lần đồng bộ trước: ${base}). ` +
    `Cả hai giá trị được giữ nguyên cho đến khi có người chọn giá trị đúng trong hoso.`,
  deletedInDatabase: (id: string): string =>
    `Hồ sơ «${id}» đã bị xoá trong hoso. Dòng được giữ lại để không mất dữ liệu; xoá dòng nếu không cần nữa.`,
  deletedInDatabaseRowEdited: (id: string): string =>
    `Hồ sơ «${id}» đã bị xoá trong hoso, nhưng dòng đã được sửa sau lần đồng bộ trước nên được giữ lại.`,
  rowMissingFlagged: (id: string, title: string): string =>
    `Dòng của hồ sơ «${id}» không còn trên trang «${title}»: hồ sơ được đánh dấu, không bị xoá (có thể khôi phục).`,
  rowMissingDeleted: (id: string, title: string): string =>
    `Dòng của hồ sơ «${id}» không còn trên trang «${title}»: hồ sơ đã bị xoá theo chính sách của liên kết.`,
  rowMissingKeptBecauseChanged: (id: string, title: string): string =>
    `Dòng của hồ sơ «${id}» không còn trên trang «${title}», nhưng hồ sơ đã được sửa trong hoso sau lần đồng bộ trước ` +
    `nên chỉ được đánh dấu, không bị xoá.`,
  rowRestored: (id: string): string => `Dòng của hồ sơ «${id}» đã trở lại: bỏ đánh dấu.`,
  rejected: (message: string): string => `hoso không nhận thay đổi này: ${message}`,
  namesRowNotCreated: (rowNumber: number, title: string): string =>
    `ô này ghi dòng ${rowNumber} của trang «${title}», mà dòng đó chưa thành hồ sơ (xem ghi chú ở dòng đó).`,
} as const;
