using PolicyPortal.Web.Commands;
using PolicyPortal.Web.Hosting;

// `dotnet PolicyPortal.Web.dll` serves the portal; `dotnet PolicyPortal.Web.dll <command> …` runs an admin command.
var (command, commandArgs, hostArgs) = AdminCommands.Split(args);

var builder = WebApplication.CreateBuilder(hostArgs);
builder.AddPortal(commandMode: command is not null);
var app = builder.Build();
app.UsePortal();

if (command is not null)
{
    return await AdminCommands.RunAsync(app, command, commandArgs);
}

await app.MigrateDatabaseAsync();
await app.RunAsync();
return 0;

/// <summary>Visible to WebApplicationFactory in the integration and browser tests.</summary>
public partial class Program;
