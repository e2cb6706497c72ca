using System.Net;
using Anodyne.Web.Features.Demo;
using Anodyne.Web.Infrastructure.Auditing;
using Anodyne.Web.Infrastructure.Auth;
using Anodyne.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Anodyne.Web.Tests.Outcomes;

/// <summary>The research export holds consenting patients only, with no identifier, and is audited.</summary>
public sealed class ExportingForResearch(SharedClinic clinic)
{
    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_export_holds_only_consenting_treated_patients_without_identifiers_and_is_audited(DatabaseKind kind)
    {
        var app = await clinic.AppAsync(kind);
        var physician = await clinic.ClientAsync(kind, ClinicRoles.Physician);

        var response = await physician.GetAsync("/api/v1/outcomes/research-export");
        var csv = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("row_type,subject,sex,age_at_first_infusion,date,", csv, StringComparison.Ordinal);
        foreach (var p in DemoPeople.Patients)
        {
            Assert.DoesNotContain(p.Family, csv, StringComparison.Ordinal);
            Assert.DoesNotContain(p.Mrn, csv, StringComparison.Ordinal);
            Assert.DoesNotContain(p.Born.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), csv, StringComparison.Ordinal);
        }

        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')).ToList();
        // demo: the first ten patients keep diaries; every third declined research use, two are untreated: 5 remain
        Assert.Equal(5, lines.Select(l => l[1]).Distinct().Count());
        // each subject's first session is day 0 from the first infusion, whatever the date shift
        Assert.All(lines.Where(l => l[0] == "session" && l[6] == "1"), l => Assert.Equal("0", l[5]));
        Assert.Contains(lines, l => l[0] == "period" && l[7] == "28");
        Assert.True(await app.WithDatabaseAsync(db => db.AuditEntries.AnyAsync(a => a.Action == AuditAction.Export && a.EntityType == "ResearchExport")));
    }

    [Fact]
    public async Task The_data_dictionary_names_every_column_and_nurses_may_not_export()
    {
        var physician = await clinic.ClientAsync(DatabaseKind.Sqlite, ClinicRoles.Physician);
        var nurse = await clinic.ClientAsync(DatabaseKind.Sqlite, ClinicRoles.Nurse);

        var dictionary = await (await physician.GetAsync("/api/v1/outcomes/research-export?part=dictionary")).Content.ReadAsStringAsync();
        var refused = await nurse.GetAsync("/api/v1/outcomes/research-export");

        Assert.Contains("age_at_first_infusion,\"whole years at the first infusion; 90+ for ages over 89", dictionary, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }
}
