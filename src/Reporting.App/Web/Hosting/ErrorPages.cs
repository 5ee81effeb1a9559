using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Reporting.App.Web.Hosting;

/// <summary>The pages a reader gets instead of what they asked for (403, 404, 410…), in Vietnamese, with a way back.</summary>
internal static class ErrorPages
{
    public static IResult Render(HttpContext http, int statusCode, string? reason = null) =>
        http.RequestServices.GetRequiredService<Pages>().Render(http, "error.html", Describe(statusCode, reason, http), statusCode, title: "không mở được trang");

    /// <summary>Every answer of 400–599 that carries no page of its own gets one of these.</summary>
    public static IApplicationBuilder UseErrorPages(this IApplicationBuilder app) => app.UseStatusCodePages(async context =>
    {
        var http = context.HttpContext;
        if (http.Request.Path.StartsWithSegments(DashboardRegistration.DashboardPath) || http.Request.Path.StartsWithSegments("/health"))
            return;
        await Render(http, http.Response.StatusCode).ExecuteAsync(http);
    });

    private static ErrorPage Describe(int statusCode, string? reason, HttpContext http)
    {
        var home = Security.HomePage.Of(http.User);
        return statusCode switch
        {
            StatusCodes.Status403Forbidden => new(statusCode, "Bạn không có quyền xem trang này",
                reason ?? "Tài khoản của bạn không được giao việc này. Nếu cần, xin người quản trị cấp quyền.", home),
            StatusCodes.Status404NotFound => new(statusCode, "Không có trang này",
                reason ?? "Địa chỉ không đúng, hoặc trang đã được chuyển đi.", home),
            StatusCodes.Status410Gone => new(statusCode, "Tệp không còn nữa", reason ?? "Tệp này đã được thay bằng một bản mới hơn.", home),
            StatusCodes.Status429TooManyRequests => new(statusCode, "Quá nhiều yêu cầu", reason ?? "Xin đợi ít phút rồi thử lại.", home),
            >= 500 => new(statusCode, "Hệ thống đang gặp lỗi", reason ?? "Xin thử lại sau ít phút; nếu vẫn lỗi, báo cho người quản trị.", home),
            _ => new(statusCode, "Yêu cầu không hợp lệ", reason ?? "Xin quay lại và thử lại.", home),
        };
    }

    private sealed record ErrorPage(int StatusCode, string Heading, string Reason, string Home);
}
