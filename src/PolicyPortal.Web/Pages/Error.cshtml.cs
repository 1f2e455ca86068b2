using System.Data.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace PolicyPortal.Web.Pages;

/// <summary>The one error page users ever see: plain Russian, never a stack trace.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : PageModel
{
    public string Title { get; private set; } = "";
    public string Message { get; private set; } = "";

    public void OnGet(int? code) => Describe(code ?? StatusFor(HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error));

    public void OnPost(int? code) => OnGet(code);

    /// <summary>A database that is down or read-only is a 503 («try later»), not a 500 — also when EF Core wraps
    /// the provider's exception (Npgsql's execution strategy reports a refused connection as a "transient failure").</summary>
    private static int StatusFor(Exception? error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            if (e is DbException or DbUpdateException or TimeoutException)
            {
                return 503;
            }
        }

        return 500;
    }

    private void Describe(int code)
    {
        (Title, Message) = code switch
        {
            404 => ("Страница не найдена", "Такой страницы нет. Возможно, ссылка устарела или документ ещё не опубликован."),
            403 => ("Нет доступа", "У вас нет прав на эту страницу."),
            400 => ("Неверный запрос", "Запрос не удалось обработать. Обновите страницу и попробуйте ещё раз."),
            413 => ("Файл слишком большой", "Размер файла превышает допустимый."),
            429 => ("Слишком много запросов", "Подождите немного и попробуйте снова."),
            503 => ("Сервис временно недоступен", "База данных недоступна. Попробуйте через несколько минут."),
            _ => ("Что-то пошло не так", "Произошла ошибка на сервере. Мы уже записали её в журнал; попробуйте ещё раз чуть позже."),
        };
        if (code >= 400)
        {
            Response.StatusCode = code;
        }
    }
}
