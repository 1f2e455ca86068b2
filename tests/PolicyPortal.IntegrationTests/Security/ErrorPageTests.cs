using System.Data.Common;
using System.Net;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using PolicyPortal.IntegrationTests.Infrastructure;
using PolicyPortal.Web.Data;

namespace PolicyPortal.IntegrationTests.Security;

/// <summary>In production users see a plain Russian error page, never a stack trace or an exception's text.</summary>
public sealed class ErrorPageTests : IAsyncLifetime
{
    private const string Secret = "внутренняя подробность 7f3a";
    private readonly FailingQueries failing = new();
    private readonly PortalFactory factory;

    public ErrorPageTests() => factory = new PortalFactory()
        .WithSetting("Environment", "Production")
        .WithServices(s => s.ConfigureDbContext<SqliteAppDbContext>(o => o.AddInterceptors(failing)));

    public async Task InitializeAsync() => (await TestAccounts.SetUpAsync(factory)).Dispose();

    [Fact]
    public async Task An_unexpected_exception_shows_the_generic_russian_page_without_details()
    {
        failing.Throw = true;
        using var client = factory.CreateFormClient();
        var (response, page) = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("Что-то пошло не так", page.Body!.TextContent, StringComparison.Ordinal);
        var html = page.DocumentElement.OuterHtml;
        Assert.DoesNotContain(Secret, html, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" at PolicyPortal", html, StringComparison.Ordinal);
    }

    /// <summary>Makes the public page's documents query fail with a non-database exception, on demand.</summary>
    private sealed class FailingQueries : DbCommandInterceptor
    {
        private int armed;

        /// <summary>The next such query fails once (the error page itself then renders normally).</summary>
        public bool Throw
        {
            set => Interlocked.Exchange(ref armed, value ? 1 : 0);
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
            command.CommandText.Contains("Documents", StringComparison.Ordinal) && Interlocked.Exchange(ref armed, 0) == 1
                ? throw new InvalidOperationException(Secret)
                : base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public Task DisposeAsync()
    {
        factory.Dispose();
        return Task.CompletedTask;
    }
}
