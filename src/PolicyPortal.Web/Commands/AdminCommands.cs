using PolicyPortal.Domain.Acknowledgements;
using PolicyPortal.Web.Accounts;
using PolicyPortal.Web.Data;
using PolicyPortal.Web.Hosting;

namespace PolicyPortal.Web.Commands;

/// <summary>
/// Admin commands run from the same executable: <c>dotnet PolicyPortal.Web.dll &lt;command&gt; [args] [--Key=Value …]</c>.
/// Each prints what it did and returns 0, or prints why it failed and returns 1.
/// </summary>
public static class AdminCommands
{
    public const string Usage = """
        Команды:
          migrate                       применить миграции базы данных
          create-admin <email> [ФИО] [поле=значение …]
                                        создать администратора (пароль читается со стандартного ввода);
                                        пары поле=значение задают профиль организации, как команда institution
          create-curator <email> [ФИО] создать куратора региона (министерство, управление образования): только
                                        обзор всех организаций /region; входит на адрес организации из --institution
                                        (без него — первой); пароль читается со стандартного ввода
          institution [поле=значение …] показать профиль организации, задав сначала указанные поля
                                        (full-name, short-name, founder, city, website, director, director-position,
                                        type=college|school, time-zone, phone, email, address)
          institution add <slug> <адрес> "<наименование>"
                                        добавить организацию: краткое имя, имя узла (поддомен или свой домен),
                                        наименование; сервисы и запрещённые сервисы — из справочников региона
          institution host <slug> <адрес> ещё один адрес организации
          institution list              все организации с их адресами
          --institution <slug>          к любой команде (create-admin, create-curator, institution, import, export-*, verify-audit):
                                        для какой организации; без него — первая
          backup <file>                 резервная копия базы (SQLite: backup API; PostgreSQL: печатает команду pg_dump)
          import <file> [--publish]     импортировать приказ или положение (.txt в UTF-8 или .docx) как черновик;
                                        печатает замечания импорта, последней строкой — идентификатор документа
          export-json <id>              вывести документ в JSON (опубликованный — его зафиксированный снимок)
          export-pdf <id> <file>        сохранить PDF документа (опубликованного — сохранённый при публикации, проекта — с отметкой «ПРОЕКТ»)
          export-docx <id> <file>       сохранить документ в Word (DOCX) для правки; у опубликованного — редактируемая копия,
                                        подлинником остаётся PDF
          verify-audit [--anchor N+M:хеш] проверить цепочки ознакомлений и журнала действий (HMAC с ключом журнала), публикации,
                                        тексты и PDF опубликованных документов; код 1, если что-то изменено
        """;

    private static readonly Dictionary<string, Func<WebApplication, string[], Task<int>>> Commands = new()
    {
        ["migrate"] = MigrateAsync,
        ["create-admin"] = CreateAdminAsync,
        ["create-curator"] = CreateCuratorAsync,
        ["institution"] = InstitutionCommand.RunAsync,
        ["backup"] = BackupAsync,
        ["import"] = DocumentCommands.ImportAsync,
        ["export-json"] = DocumentCommands.ExportJsonAsync,
        ["export-pdf"] = DocumentCommands.ExportPdfAsync,
        ["export-docx"] = DocumentCommands.ExportDocxAsync,
        ["verify-audit"] = VerifyAuditAsync,
    };

    /// <summary>
    /// Splits <c>import x.txt --publish --Database:Provider=Sqlite</c> into the command, its arguments (flags like
    /// <c>--publish</c> included) and the host's options (<c>--Key=Value</c>).
    /// </summary>
    public static (string? Command, string[] CommandArgs, string[] HostArgs) Split(string[] args)
    {
        static bool IsHostOption(string a) => a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=', StringComparison.Ordinal);
        var hostArgs = args.Where(IsHostOption).ToArray();
        var positional = args.Where(a => !IsHostOption(a)).ToArray();
        if (positional.Length == 0)
        {
            return (null, [], hostArgs);
        }

        return (positional[0], positional[1..], hostArgs);
    }

    public static async Task<int> RunAsync(WebApplication app, string command, string[] args)
    {
        if (!Commands.TryGetValue(command, out var run))
        {
            await Console.Error.WriteLineAsync($"Неизвестная команда «{command}».\n{Usage}");
            return 1;
        }

        try
        {
            if (await InstitutionsCommand.SelectAsync(app, args) is not { } rest)
            {
                return 1;
            }

            if (command == "backup" && rest.Length != args.Length)
            {
                await Console.Error.WriteLineAsync("Резервная копия — всегда всей базы, со всеми организациями: --institution здесь не нужен.");
                return 1;
            }

            return await run(app, rest);
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or ArgumentException)
        {
            await Console.Error.WriteLineAsync($"Ошибка: {e.Message}");
            return 1;
        }
    }

    private static async Task<int> MigrateAsync(WebApplication app, string[] args)
    {
        await app.MigrateDatabaseAsync();
        Console.WriteLine("Миграции применены.");
        return 0;
    }

    private static async Task<int> CreateAdminAsync(WebApplication app, string[] args)
    {
        if (args.Length < 1)
        {
            await Console.Error.WriteLineAsync("Укажите адрес электронной почты: create-admin <email> [ФИО]");
            return 1;
        }

        await app.MigrateDatabaseAsync();
        var password = ReadPassword();
        await using var scope = app.Services.CreateAsyncScope();
        var administrators = scope.ServiceProvider.GetRequiredService<AdministratorAccounts>();
        var email = args[0];
        var name = args[1..].Where(a => !InstitutionCommand.IsField(a)).ToArray();
        var profileFields = args[1..].Where(InstitutionCommand.IsField).ToArray();
        var (created, _) = await administrators.CreateAsync(email, name.Length > 0 ? string.Join(' ', name) : email, password);
        if (!created.Succeeded)
        {
            await Console.Error.WriteLineAsync(string.Join(Environment.NewLine, created.Errors.Select(e => e.Description)));
            return 1;
        }

        Console.WriteLine($"Администратор {email} создан.");
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var profile = await InstitutionCommand.ApplyAsync(db, profileFields);
        await db.SaveChangesAsync();
        Console.WriteLine(profile.FullName.Trim().Length > 0
            ? $"Организация: {profile.FullName}."
            : "Профиль организации не заполнен: задайте его командой institution или после первого входа администратора (он попадёт на страницу профиля).");
        return 0;
    }

    private static async Task<int> CreateCuratorAsync(WebApplication app, string[] args)
    {
        if (args.Length < 1)
        {
            await Console.Error.WriteLineAsync("Укажите адрес электронной почты: create-curator <email> [ФИО]");
            return 1;
        }

        await app.MigrateDatabaseAsync();
        var password = ReadPassword();
        await using var scope = app.Services.CreateAsyncScope();
        var email = args[0];
        var (created, _) = await scope.ServiceProvider.GetRequiredService<AdministratorAccounts>()
            .CreateCuratorAsync(email, args.Length > 1 ? string.Join(' ', args[1..]) : email, password);
        if (!created.Succeeded)
        {
            await Console.Error.WriteLineAsync(string.Join(Environment.NewLine, created.Errors.Select(e => e.Description)));
            return 1;
        }

        Console.WriteLine($"Куратор {email} создан: после входа (с двухфакторной аутентификацией) он видит обзор региона /region.");
        return 0;
    }

    private static async Task<int> BackupAsync(WebApplication app, string[] args)
    {
        if (args.Length < 1)
        {
            await Console.Error.WriteLineAsync("Укажите файл: backup <file>");
            return 1;
        }

        var configuration = app.Configuration;
        var keyFile = app.Services.GetRequiredService<Journal.JournalKeyring>().KeyFile;
        Console.WriteLine($"Ключ журнала {keyFile} в копию не входит: храните его копию отдельно от копий базы и при восстановлении верните на место — без него verify-audit не подтвердит записи, подписанные ключом.");
        var connectionString = DatabaseRegistration.ConnectionString(configuration, app.Environment.ContentRootPath);
        switch (DatabaseRegistration.Provider(configuration))
        {
            case DatabaseProvider.Sqlite:
                SqliteBackup.Run(connectionString, args[0]);
                Console.WriteLine($"Резервная копия сохранена: {Path.GetFullPath(args[0])}");
                return 0;
            case DatabaseProvider.PostgreSql:
                var pg = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
                Console.WriteLine($"PGPASSWORD=… pg_dump --format=custom --host={pg.Host} --port={pg.Port} --username={pg.Username} --file={args[0]} {pg.Database}");
                return 0;
            default:
                Console.WriteLine($"BACKUP DATABASE [{new Microsoft.Data.SqlClient.SqlConnectionStringBuilder(connectionString).InitialCatalog}] TO DISK = N'{args[0]}' WITH COPY_ONLY, CHECKSUM;");
                return 0;
        }
    }

    private static async Task<int> VerifyAuditAsync(WebApplication app, string[] args)
    {
        ChainAnchor? anchor = null;
        var at = Array.IndexOf(args, "--anchor");
        if (at >= 0 && (at + 1 >= args.Length || (anchor = ChainAnchor.Parse(args[at + 1])) is null))
        {
            await Console.Error.WriteLineAsync("Отметка журнала указывается так: --anchor <ознакомлений>+<записей журнала действий>:<16 шестнадцатеричных знаков>, например --anchor 12+40:0123456789abcdef.");
            return 2;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var journal = await scope.ServiceProvider.GetRequiredService<Journal.JournalAudit>().VerifyAsync();
        var cut = anchor?.Check(journal.Acknowledgements.Links, journal.AuditLog.Links);
        if (anchor is not null)
        {
            Console.WriteLine(cut is null ? $"OK: отметка журнала {anchor} совпадает с цепочками." : $"НАРУШЕНА: {cut}.");
        }

        Console.WriteLine(journal.Key is null
            ? "Ключа журнала ещё нет (он создаётся при первой записи): все записи проверены только по SHA-256."
            : $"Ключ журнала: {scope.ServiceProvider.GetRequiredService<Journal.JournalKeyring>().KeyFile}, создан {journal.Key.CreatedAt:yyyy-MM-dd HH:mm} UTC.");
        if (journal.KeyFault is { } keyFault)
        {
            Console.WriteLine($"НАРУШЕНА: {keyFault}.");
        }

        Console.WriteLine(Describe("цепочка ознакомлений", journal.Acknowledgements, journal.Key is not null));
        Console.WriteLine(Describe("цепочка журнала действий (публикации, утрата силы, остальные действия)", journal.AuditLog, journal.Key is not null));
        foreach (var fault in journal.Publications)
        {
            Console.WriteLine($"НАРУШЕНА: {fault}");
        }

        var faults = await Publishing.PublishedIntegrity.FaultsAsync(scope.ServiceProvider.GetRequiredService<Data.AppDbContext>());
        foreach (var fault in faults)
        {
            Console.WriteLine($"НАРУШЕНА: {fault}");
        }

        if (faults.Count == 0)
        {
            Console.WriteLine("OK: тексты опубликованных документов и их PDF совпадают со своими SHA-256.");
        }

        if (anchor is null)
        {
            Console.WriteLine($"Текущая отметка журнала: {ChainAnchor.Of(journal.Acknowledgements.Rows, journal.Acknowledgements.Head, journal.AuditLog.Rows, journal.AuditLog.Head)}. Без прежней отметки (--anchor) удалённый конец цепочки не виден.");
        }

        return journal.Intact && cut is null && faults.Count == 0 ? 0 : 1;
    }

    private static string Describe(string chain, Domain.Journal.ChainReport report, bool keyed)
    {
        var how = !keyed
            ? "по SHA-256"
            : report.Legacy == 0
                ? "каждое звено — HMAC-SHA256 с ключом журнала"
                : report.Legacy >= report.Rows
                    ? $"все {report.Legacy} записаны до появления ключа и проверены по SHA-256 и по отметке в файле ключа; HMAC начнётся со следующей"
                    : $"записи 1–{report.Legacy} сделаны до появления ключа и проверены по SHA-256 и по отметке в файле ключа, с записи {report.Legacy + 1} каждое звено — HMAC-SHA256 с ключом журнала";
        return report.Break is { } broken
            ? $"НАРУШЕНА: {chain}, запись {broken.RowId} — {broken.Reason}."
            : $"OK: {chain} цела, записей: {report.Rows} ({how}).";
    }

    /// <summary>Reads the password from standard input; without echo when a person types it.</summary>
    private static string ReadPassword()
    {
        if (Console.IsInputRedirected)
        {
            return Console.ReadLine() ?? "";
        }

        Console.Write("Пароль: ");
        var chars = new List<char>();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace && chars.Count > 0)
            {
                chars.RemoveAt(chars.Count - 1);
            }
            else if (!char.IsControl(key.KeyChar))
            {
                chars.Add(key.KeyChar);
            }
        }

        Console.WriteLine();
        return new string(chars.ToArray());
    }
}
