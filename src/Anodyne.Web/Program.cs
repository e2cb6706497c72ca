using Anodyne.Web;
using Anodyne.Web.Infrastructure.Commands;

var command = ClinicCommand.Parse(args);
var app = ClinicHost.Build(command is null ? args : []);
if (command is not null)
{
    return await command.RunAsync(app);
}

await app.RunAsync();
return 0;

/// <summary>Visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
