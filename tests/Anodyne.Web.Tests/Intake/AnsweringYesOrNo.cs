using System.Net;
using Anodyne.Web.Infrastructure.Auth;
using Anodyne.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Anodyne.Web.Tests.Intake;

/// <summary>A yes/no field that receives something else is a field error on the redrawn form, never a server error.</summary>
public sealed class AnsweringYesOrNo(SharedClinic clinic)
{
    [Theory]
    [InlineData("maybe")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("1")]
    public async Task A_checkbox_answer_that_is_neither_yes_nor_no_is_shown_again_with_the_fields_message(string answer)
    {
        var app = await clinic.AppAsync(DatabaseKind.Sqlite);
        var nurse = await clinic.ClientAsync(DatabaseKind.Sqlite, ClinicRoles.Nurse);
        var patientId = await EnteringQuestionnaires.NewPatientAsync(clinic, DatabaseKind.Sqlite);
        var fields = TakingAHeadacheHistory.ChronicMigraineWithTriptanOveruse();
        fields["Facts.OneSided"] = answer;

        var response = await nurse.PostFormAsync($"/patients/{patientId}/headache-history", fields);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("with yes or no", body, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)</script>", body, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDatabaseAsync(db => db.HeadacheHistories.CountAsync(h => h.PatientId == patientId)));
    }
}
