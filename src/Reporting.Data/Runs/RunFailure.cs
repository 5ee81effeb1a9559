using System.Data.Common;
using System.Net.Http;
using System.Net.Sockets;
using Microsoft.Extensions.Options;
using Reporting.Domain.Requests;

namespace Reporting.Data.Runs;

/// <summary>
/// Why a run failed, in the words of the person who must act: the cause, what to do, and whether
/// running it again later can mend it (a database that was restarting can; a wrong setting, a full
/// disk or a fault in the program cannot, and retrying it only fills the run list).
/// </summary>
public sealed record RunFailure(string Cause, string WhatToDo, bool RetryMayMend)
{
    /// <summary>Between the explanation and the technical detail in a run's recorded error; the admin page folds what follows.</summary>
    public const string DetailSeparator = "\n\nChi tiết kỹ thuật: ";

    // ENOSPC and EDQUOT as .NET reports them on Linux; ERROR_HANDLE_DISK_FULL and ERROR_DISK_FULL on Windows.
    private static readonly int[] DiskFullCodes = [28, 122, unchecked((int)0x80070027), unchecked((int)0x80070070)];

    public static RunFailure Of(Exception exception)
    {
        var chain = Chain(exception).ToList();
        if (chain.OfType<InvalidRequestException>().FirstOrDefault() is { } invalid)
            return new(invalid.MessageVi, "Sửa tham số rồi chạy lại.", false);
        if (IsDiskFull(exception))
            return new("Hết chỗ trên đĩa: kết quả không ghi được (tệp cũ, nếu có, vẫn giữ nguyên).",
                "Giải phóng chỗ trên đĩa của thư mục kết quả rồi bấm Chạy lại.", false);
        if (chain.OfType<LockLostException>().Any())
            return new("Lần chạy đã dừng giữa chừng vì mất khóa công việc (không gia hạn được khóa với cơ sở dữ liệu, hoặc một lần chạy khác đã nhận việc), để hai lần chạy không cùng ghi một kết quả.",
                "Hệ thống sẽ tự thử lại; kết quả cũ, nếu có, vẫn giữ nguyên.", true);
        if (chain.OfType<JobAlreadyRunningException>().Any())
            return new("Một lần chạy khác của đúng công việc này, cùng tham số, đang chạy.", "Đợi lần đó xong; hệ thống sẽ tự thử lại.", true);
        if (chain.OfType<UnauthorizedAccessException>().Any())
            return new("Chương trình không có quyền đọc hoặc ghi một tệp hay thư mục.",
                "Kiểm tra quyền của tài khoản chạy dịch vụ trên thư mục lưu trữ và thư mục kết quả, rồi bấm Chạy lại.", false);
        if (chain.OfType<OptionsValidationException>().Any())
            return new("Cấu hình của chương trình không hợp lệ.", "Sửa tệp cấu hình (appsettings.json) theo chi tiết bên dưới rồi khởi động lại dịch vụ.", false);
        if (chain.Any(e => e is DbException or TimeoutException))
            return new("Không làm việc được với cơ sở dữ liệu (mất kết nối, hoặc máy chủ cơ sở dữ liệu đang khởi động lại).",
                "Hệ thống sẽ tự thử lại; nếu vẫn lỗi, kiểm tra máy chủ cơ sở dữ liệu.", true);
        if (chain.Any(e => e is HttpRequestException or SocketException || e.GetType().Namespace?.StartsWith("MailKit", StringComparison.Ordinal) == true))
            return new("Không kết nối được một máy chủ bên ngoài (nguồn sổ, hộp thư hoặc máy chủ thư).",
                "Hệ thống sẽ tự thử lại; nếu vẫn lỗi, kiểm tra mạng và địa chỉ máy chủ trong cấu hình.", true);
        if (chain.Any(e => e is IOException))
            return new("Không đọc hoặc ghi được một tệp.", "Hệ thống sẽ tự thử lại; nếu vẫn lỗi, kiểm tra ổ đĩa và thư mục lưu trữ.", true);
        return new("Lỗi ngoài dự kiến trong chương trình.", "Báo cho người quản trị kỹ thuật, gửi kèm chi tiết kỹ thuật bên dưới.", false);
    }

    /// <summary>As the run ledger records it: the explanation, then the exception as the program saw it.</summary>
    public static string Describe(Exception exception)
    {
        var failure = Of(exception);
        return $"{failure.Cause} {failure.WhatToDo}{DetailSeparator}{string.Join(" ← ", Chain(exception).Select(e => $"{e.GetType().Name}: {e.Message}"))}";
    }

    public static bool IsDiskFull(Exception exception) => Chain(exception).Any(e => e is IOException && DiskFullCodes.Contains(e.HResult));

    private static IEnumerable<Exception> Chain(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            yield return e;
            if (e is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions.Skip(1).SelectMany(Chain))
                    yield return inner;
            }
        }
    }
}
