using Anodyne.Web.Features.PublicSite;
using Anodyne.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Anodyne.Web.Tests.PublicSite;

public sealed class SeedingThePublicPages
{
    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_built_in_pages_are_written_once_even_without_the_demo_clinic(DatabaseKind kind)
    {
        await using var app = await ClinicApp.StartAsync(kind, new Dictionary<string, string?> { ["Demo:SeedOnFirstRun"] = "false" });

        var (count, users, seededAgain) = await app.WithDatabaseAsync(async db => (
            await db.PublicPageVersions.CountAsync(),
            await db.Users.CountAsync(),
            await new PublicContent(db, TimeProvider.System).SeedDefaultsAsync(CancellationToken.None)));

        Assert.Equal(0, users);
        Assert.Equal(PublicPages.All.Count * PublicLanguage.All.Count, count);
        Assert.Equal(DefaultContent.Pages.Count, count);
        Assert.False(seededAgain);
    }
}
