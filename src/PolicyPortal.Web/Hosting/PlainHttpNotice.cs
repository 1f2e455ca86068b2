using System.Net;
using Microsoft.Extensions.Options;

namespace PolicyPortal.Web.Hosting;

/// <summary>
/// With <c>Security:RequireHttps=true</c> (the default) the portal's cookies are Secure: over plain HTTP a browser never
/// sends them back and the antiforgery system refuses to issue a token, so every form would fail with «Что-то пошло не
/// так». Instead, a request that reached the portal over plain HTTP (not through a proxy that says it was HTTPS) gets a
/// Russian page saying what is wrong and what to do, and the log says it once per process.
/// </summary>
public sealed class PlainHttpNotice(RequestDelegate next, IOptions<SecurityOptions> security, ILogger<PlainHttpNotice> logger)
{
    private int logged;

    public async Task InvokeAsync(HttpContext context)
    {
        if (!security.Value.RequireHttps || context.Request.IsHttps || context.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase))
        {
            await next(context);
            return;
        }

        if (Interlocked.Exchange(ref logged, 1) == 0)
        {
            logger.LogWarning("A request to {Host}{Path} came over plain HTTP while Security:RequireHttps=true: open the portal through its HTTPS proxy, "
                + "or set Security:RequireHttps=false for a trial without HTTPS (cookies are then not marked Secure)", context.Request.Host, context.Request.Path);
        }

        var https = $"https://{WebUtility.HtmlEncode(context.Request.Host.Host)}{WebUtility.HtmlEncode(context.Request.Path + context.Request.QueryString)}";
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync($$"""
            <!DOCTYPE html>
            <html lang="ru"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Портал открыт без HTTPS</title>
            <style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5}code{background:#f3f3f3;padding:0 .2rem}</style></head>
            <body><main>
            <h1>Портал открыт без HTTPS</h1>
            <p>Этот портал настроен работать только по защищённому соединению (HTTPS), а страница открыта по обычному HTTP.
            Войти и отправлять формы так нельзя: браузер не вернёт защищённые cookie.</p>
            <h2>Что сделать</h2>
            <ul>
            <li>Откройте портал по адресу с HTTPS: <a href="{{https}}">{{https}}</a> — так, как его опубликовал ваш системный администратор (через nginx или другой обратный прокси).</li>
            <li>Администратору сервера: если портал стоит за прокси, проверьте, что прокси передаёт заголовок <code>X-Forwarded-Proto: https</code> и указан в <code>ForwardedHeaders:KnownProxies</code>.</li>
            <li>Только для пробы без HTTPS (не для работы): запустите портал с настройкой <code>Security:RequireHttps=false</code>.</li>
            </ul>
            </main></body></html>
            """);
    }
}
