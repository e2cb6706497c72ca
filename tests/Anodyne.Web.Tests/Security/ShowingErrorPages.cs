using System.Net;
using Anodyne.Web.Tests.Infrastructure;

namespace Anodyne.Web.Tests.Security;

/// <summary>The error page answers with the status it describes; visiting it directly is not a server failure.</summary>
public sealed class ShowingErrorPages(SharedClinic clinic)
{
    [Theory]
    [InlineData("/error", HttpStatusCode.NotFound)]
    [InlineData("/error/-1", HttpStatusCode.NotFound)]
    [InlineData("/error/999", HttpStatusCode.NotFound)]
    [InlineData("/error/403", HttpStatusCode.Forbidden)]
    [InlineData("/error/404", HttpStatusCode.NotFound)]
    public async Task The_error_page_reached_by_address_answers_the_status_it_names_or_not_found(string path, HttpStatusCode expected)
    {
        var app = await clinic.AppAsync(DatabaseKind.Sqlite);
        using var anonymous = app.CreateClinicClient();

        using var response = await anonymous.GetAsync(path);

        Assert.Equal(expected, response.StatusCode);
        Assert.DoesNotContain("   at ", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
