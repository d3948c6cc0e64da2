/**
 * hoso → Đồng bộ ngay: a menu in a Google Sheet bound to hoso (`hoso sheets init`) that asks
 * hoso to sync this spreadsheet now, with an API key kept in Script Properties (never in a cell).
 * Paste into Extensions → Apps Script; see README.md beside this file.
 *
 * Apps Script V8 (ES2019). Top-level `var`s and function declarations only: Apps Script loads
 * every .gs file into one global scope. Names ending in `_` are private to the script (not in
 * the Run list, not callable from outside).
 */

var HOSO_URL_PROPERTY = 'HOSO_URL';
var HOSO_API_KEY_PROPERTY = 'HOSO_API_KEY';
var HOSO_TITLE = 'hoso';

// The fields the message to staff uses, and nothing more.
var HOSO_RUN_SYNC =
  'mutation HosoRunSync($spreadsheetId: String!, $dryRun: Boolean!) {' +
  ' runSync(spreadsheetId: $spreadsheetId, dryRun: $dryRun) {' +
  ' dryRun durationMs planText' +
  ' counts { cellErrors conflicts issues' +
  ' database { creates updatedRecords updatedFields deletes flags unflags }' +
  ' sheet { cellWrites appendedRows removedRows idWriteBacks } } } }';

// A dry run's plan can be long; an alert shows the first lines.
var HOSO_PLAN_LINES = 15;

function onOpen() {
  SpreadsheetApp.getUi()
    .createMenu('hoso')
    .addItem('Đồng bộ ngay', 'hosoSyncNow')
    .addItem('Chạy thử (không ghi)', 'hosoDryRun')
    .addSeparator()
    .addItem('Cài đặt…', 'hosoSetup')
    .addToUi();
}

function hosoSyncNow() {
  hosoRun_(false);
}

function hosoDryRun() {
  hosoRun_(true);
}

/** The menu's handler: builds the request, sends it (UrlFetchApp is synchronous), shows the outcome. */
function hosoRun_(dryRun) {
  var ui = SpreadsheetApp.getUi();
  var request = hosoRequest_(dryRun);
  if (request.setupNeeded) {
    ui.alert(HOSO_TITLE + ': cần cài đặt', request.setupNeeded, ui.ButtonSet.OK);
    return;
  }
  SpreadsheetApp.getActiveSpreadsheet().toast(dryRun ? 'Đang chạy thử với hoso…' : 'Đang đồng bộ với hoso…', HOSO_TITLE, 10);
  var response;
  try {
    response = UrlFetchApp.fetch(request.url, request.params);
  } catch (error) {
    ui.alert(HOSO_TITLE + ': không gọi được hoso', hosoFetchFailure_(error, request.url), ui.ButtonSet.OK);
    return;
  }
  var outcome = hosoOutcome_(response, dryRun);
  ui.alert(outcome.title, outcome.text, ui.ButtonSet.OK);
}

/**
 * The request for UrlFetchApp.fetch(url, params), from Script Properties and this spreadsheet's
 * id; or `{ setupNeeded: <why, in Vietnamese> }` when a property is missing or wrong.
 */
function hosoRequest_(dryRun) {
  var properties = PropertiesService.getScriptProperties();
  var url = String(properties.getProperty(HOSO_URL_PROPERTY) || '').trim();
  var key = String(properties.getProperty(HOSO_API_KEY_PROPERTY) || '').trim();
  var missing = [];
  if (!url) missing.push(HOSO_URL_PROPERTY + ' (địa chỉ hoso)');
  if (!key) missing.push(HOSO_API_KEY_PROPERTY + ' (khóa API)');
  if (missing.length) {
    return {
      setupNeeded:
        'Chưa cài đặt: thiếu ' +
        missing.join(' và ') +
        '. Chọn hoso → Cài đặt… (hoặc Tiện ích mở rộng → Apps Script → Cài đặt dự án → Thuộc tính tập lệnh) và nhập địa chỉ hoso cùng khóa API do quản trị hoso cấp.',
    };
  }
  var urlProblem = hosoUrlProblem_(url);
  if (urlProblem) return { setupNeeded: urlProblem };
  if (key.indexOf('hoso_') !== 0) {
    return {
      setupNeeded:
        'Khóa API trong ' +
        HOSO_API_KEY_PROPERTY +
        ' phải bắt đầu bằng "hoso_" (khóa do lệnh hoso apikey add in ra). Chọn hoso → Cài đặt… để nhập lại.',
    };
  }
  return {
    url: url,
    params: {
      method: 'post',
      contentType: 'application/json',
      headers: { Authorization: 'Bearer ' + key },
      payload: JSON.stringify({
        query: HOSO_RUN_SYNC,
        variables: { spreadsheetId: SpreadsheetApp.getActiveSpreadsheet().getId(), dryRun: Boolean(dryRun) },
      }),
      // A refusal (401, 403, 429…) comes back as a response to explain, not as an exception.
      muteHttpExceptions: true,
      followRedirects: false,
    },
  };
}

/**
 * Why this address will not do, or '' when it will. HTTPS only: the key travels in a header.
 * Plain http:// is accepted for a loopback address only, which Google's servers can never
 * reach, so it serves tests and nothing else.
 */
function hosoUrlProblem_(url) {
  var match = /^(https?):\/\/([^/?#:]+|\[[^\]]+\])(:\d+)?(\/[^?#]*)?$/i.exec(url);
  if (!match) {
    return 'Địa chỉ hoso "' + url + '" trong ' + HOSO_URL_PROPERTY + ' không hợp lệ: cần dạng https://hoso.ten-mien.gov.vn/graphql.';
  }
  var loopback = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/i.test(match[2]);
  if (match[1].toLowerCase() !== 'https' && !loopback) {
    return 'Địa chỉ hoso "' + url + '" phải dùng https:// (khóa API không được gửi qua kết nối không mã hóa).';
  }
  if (!match[4] || !/\/graphql\/?$/.test(match[4])) {
    return 'Địa chỉ hoso "' + url + '" phải trỏ tới điểm GraphQL, kết thúc bằng /graphql (ví dụ https://hoso.ten-mien.gov.vn/graphql).';
  }
  return '';
}

/** What staff read after a response: `{ ok, title, text }`. `response` is UrlFetchApp's HTTPResponse. */
function hosoOutcome_(response, dryRun) {
  var status = response.getResponseCode();
  var body;
  try {
    body = JSON.parse(response.getContentText());
  } catch (error) {
    return hosoFailure_(
      'hoso trả lời không đúng dạng (HTTP ' +
        status +
        ', không phải JSON). Kiểm tra địa chỉ trong ' +
        HOSO_URL_PROPERTY +
        ' có đúng là điểm /graphql của hoso không.',
    );
  }
  var errors = (body && body.errors) || [];
  if (errors.length) return hosoFailure_(hosoErrorText_(errors[0], status, response.getHeaders()));
  var report = body && body.data && body.data.runSync;
  if (status !== 200 || !report) return hosoFailure_('hoso trả lời HTTP ' + status + ' mà không có kết quả đồng bộ.');
  return { ok: true, title: dryRun ? HOSO_TITLE + ': chạy thử xong' : HOSO_TITLE + ': đã đồng bộ', text: hosoReportText_(report) };
}

function hosoFailure_(text) {
  return { ok: false, title: HOSO_TITLE + ': chưa đồng bộ được', text: text };
}

/** A GraphQL error in words staff understand, then hoso's own message and code for whoever helps them. */
function hosoErrorText_(error, status, headers) {
  var extensions = error.extensions || {};
  var code = extensions.code || 'HTTP ' + status;
  var why;
  if (code === 'UNAUTHENTICATED') {
    why =
      'hoso không nhận khóa API (sai, đã bị thu hồi hoặc không còn tồn tại). Xin quản trị hoso một khóa mới và nhập lại ở hoso → Cài đặt….';
  } else if (code === 'FORBIDDEN') {
    why =
      'Khóa API này không có quyền đồng bộ bảng tính này: cần quyền đồng bộ (--sync) trên phạm vi (xã, đơn vị) của bảng tính. Báo quản trị hoso cấp khóa đúng phạm vi.';
  } else if (code === 'SYNC_BUSY') {
    why = 'Bảng tính đang được đồng bộ (theo lịch hoặc do người khác bấm). Thử lại' + hosoAfter_(extensions.retryAfter) + '.';
  } else if (code === 'RATE_LIMITED' || status === 429) {
    why =
      'hoso đang nhận quá nhiều yêu cầu từ khóa này. Thử lại' +
      hosoAfter_(hosoHeader_(headers, 'retry-after') || extensions.retryAfterSeconds) +
      '.';
  } else if (code === 'NOT_FOUND') {
    why = 'Bảng tính này chưa được đăng ký với hoso (quản trị cần chạy hoso sheets init cho nó).';
  } else if (code === 'SHEETS_API_ERROR') {
    why = 'hoso không đọc/ghi được bảng tính qua Google (bảng tính có được chia sẻ cho tài khoản dịch vụ của hoso không?).';
  } else {
    why = 'hoso báo lỗi.';
  }
  return why + '\n\nChi tiết từ hoso: ' + (error.message || '(không có)') + '\nMã lỗi: ' + code;
}

/** " sau N giây", or " sau ít phút" when hoso did not say. */
function hosoAfter_(seconds) {
  var n = Number(seconds);
  return n > 0 ? ' sau ' + Math.ceil(n) + ' giây' : ' sau ít phút';
}

/** A response header by name, whatever case the server or Google gave it. */
function hosoHeader_(headers, name) {
  for (var key in headers || {}) {
    if (key.toLowerCase() === name) return headers[key];
  }
  return undefined;
}

/** The report's counts in Vietnamese, the lines with nothing to say left out. */
function hosoReportText_(report) {
  var counts = report.counts;
  var db = counts.database;
  var sheet = counts.sheet;
  var lines = [];
  lines.push(
    report.dryRun
      ? 'Chạy thử: chưa ghi gì vào hoso hay bảng tính. Nếu đồng bộ thật thì:'
      : 'Đồng bộ xong trong ' + (report.durationMs / 1000).toFixed(1) + ' giây.',
  );
  var inHoso = [];
  if (db.creates) inHoso.push('thêm ' + db.creates + ' bản ghi');
  if (db.updatedRecords) inHoso.push('sửa ' + db.updatedRecords + ' bản ghi (' + db.updatedFields + ' trường)');
  if (db.deletes) inHoso.push('xóa ' + db.deletes + ' bản ghi');
  if (db.flags) inHoso.push('đánh dấu ' + db.flags + ' bản ghi có hàng bị xóa khỏi bảng tính');
  if (db.unflags) inHoso.push('bỏ đánh dấu ' + db.unflags + ' bản ghi có hàng trở lại');
  lines.push('hoso: ' + (inHoso.length ? inHoso.join(', ') : 'không thay đổi') + '.');
  var inSheet = [];
  if (sheet.cellWrites) inSheet.push('ghi ' + sheet.cellWrites + ' ô');
  if (sheet.appendedRows) inSheet.push('thêm ' + sheet.appendedRows + ' hàng');
  if (sheet.removedRows) inSheet.push('bỏ ' + sheet.removedRows + ' hàng');
  if (sheet.idWriteBacks) inSheet.push('ghi mã cho ' + sheet.idWriteBacks + ' hàng mới');
  lines.push('Bảng tính: ' + (inSheet.length ? inSheet.join(', ') : 'không thay đổi') + '.');
  if (counts.cellErrors) lines.push('Ô có lỗi: ' + counts.cellErrors + ' (xem ghi chú trên các ô tô màu; sửa rồi đồng bộ lại).');
  if (counts.conflicts) lines.push('Xung đột: ' + counts.conflicts + " (chọn giá trị giữ lại ở thẻ 'Xung đột').");
  if (counts.issues) lines.push('Cảnh báo: ' + counts.issues + ' (quản trị xem chi tiết trong hoso).');
  if (report.dryRun && report.planText) {
    var plan = report.planText.split('\n');
    lines.push('');
    lines.push(
      plan.slice(0, HOSO_PLAN_LINES).join('\n') +
        (plan.length > HOSO_PLAN_LINES ? '\n… và ' + (plan.length - HOSO_PLAN_LINES) + ' dòng nữa' : ''),
    );
  }
  return lines.join('\n');
}

/** UrlFetchApp threw: hoso unreachable, DNS, TLS, or Google's time limit on one fetch. */
function hosoFetchFailure_(error, url) {
  var message = String((error && error.message) || error);
  var timedOut = /timeout|timed out|hết thời gian/i.test(message);
  return (
    (timedOut
      ? 'hoso trả lời quá lâu nên Google ngừng chờ. Lần đồng bộ có thể vẫn đang chạy trong hoso: đợi vài phút rồi bấm lại (lần sau nhanh hơn).'
      : 'Không kết nối được tới ' +
        url +
        '. Địa chỉ phải truy cập được từ Internet qua HTTPS (máy chủ của Google gọi tới, không phải máy của bạn).') +
    '\n\nChi tiết: ' +
    message
  );
}

/** hoso → Cài đặt…: asks for the address and the key and keeps them in Script Properties. */
function hosoSetup() {
  var ui = SpreadsheetApp.getUi();
  var properties = PropertiesService.getScriptProperties();
  var current = properties.getProperty(HOSO_URL_PROPERTY) || '';
  var urlAnswer = ui.prompt(
    HOSO_TITLE + ': cài đặt (1/2)',
    'Địa chỉ GraphQL của hoso, ví dụ https://hoso.ten-mien.gov.vn/graphql' +
      (current ? '\nĐang dùng: ' + current + ' (để trống để giữ nguyên)' : ''),
    ui.ButtonSet.OK_CANCEL,
  );
  if (urlAnswer.getSelectedButton() !== ui.Button.OK) return;
  var url = urlAnswer.getResponseText().trim() || current;
  var urlProblem = hosoUrlProblem_(url);
  if (urlProblem) {
    ui.alert(HOSO_TITLE + ': chưa lưu', urlProblem, ui.ButtonSet.OK);
    return;
  }
  var keyAnswer = ui.prompt(
    HOSO_TITLE + ': cài đặt (2/2)',
    'Khóa API (hoso_…) do quản trị hoso cấp' + (properties.getProperty(HOSO_API_KEY_PROPERTY) ? ' (để trống để giữ khóa đang dùng)' : ''),
    ui.ButtonSet.OK_CANCEL,
  );
  if (keyAnswer.getSelectedButton() !== ui.Button.OK) return;
  var key = keyAnswer.getResponseText().trim();
  if (key && key.indexOf('hoso_') !== 0) {
    ui.alert(HOSO_TITLE + ': chưa lưu', 'Khóa API phải bắt đầu bằng "hoso_".', ui.ButtonSet.OK);
    return;
  }
  if (!key && !properties.getProperty(HOSO_API_KEY_PROPERTY)) {
    ui.alert(HOSO_TITLE + ': chưa lưu', 'Chưa nhập khóa API.', ui.ButtonSet.OK);
    return;
  }
  properties.setProperty(HOSO_URL_PROPERTY, url);
  if (key) properties.setProperty(HOSO_API_KEY_PROPERTY, key);
  ui.alert(HOSO_TITLE, 'Đã lưu. Chọn hoso → Đồng bộ ngay để đồng bộ.', ui.ButtonSet.OK);
}
