using Anodyne.Web.Features.Demo;

namespace Anodyne.Web.BrowserTests.Infrastructure;

/// <summary>Accounts of the demo clinic. Tests that sign out or get a password wrong use people no other test signs in as.</summary>
public static class DemoSignIns
{
    public const string Password = DemoClinic.Password;

    public const string Administrator = "admin@anodyne.example";

    public const string Physician = "amara.okafor@anodyne.example";

    public const string PhysicianName = "Dr. Amara Okafor";

    public const string Nurse = "rosa.rivera@anodyne.example";

    public const string FrontDesk = "sam.patel@anodyne.example";

    public const string Patient = "laura.bennett@patients.example";

    /// <summary>Signs out in its test; signing out renews the security stamp and so ends that person's other sessions.</summary>
    public const string NurseWhoSignsOut = "priya.nair@anodyne.example";

    /// <summary>Gets the password wrong in its test, which counts towards that account's lockout.</summary>
    public const string NurseWhoMistypes = "daniel.chen@anodyne.example";

    public static Guid LauraBennett { get; } = DemoPeople.Patients.Single(p => p.Mrn == "A100001").Id;
}
