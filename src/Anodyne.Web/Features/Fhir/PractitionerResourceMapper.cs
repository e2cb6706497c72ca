using Hl7.Fhir.Model;

namespace Anodyne.Web.Features.Fhir;

/// <summary>
/// A physician's or nurse's account as a FHIR R4 Practitioner. Only the name, the work e-mail and whether the
/// account is active leave the clinic: never the password hash, security stamp, lockout or two-factor fields.
/// </summary>
public static class PractitionerResourceMapper
{
    public sealed record StaffMember
    {
        public required string Id { get; init; }

        public required string DisplayName { get; init; }

        public string? Email { get; init; }

        public bool IsActive { get; init; }
    }

    public static Practitioner ToFhir(StaffMember staff)
    {
        var resource = new Practitioner
        {
            Id = staff.Id,
            Active = staff.IsActive,
            Name = [new HumanName { Use = HumanName.NameUse.Usual, Text = staff.DisplayName }],
        };
        if (!string.IsNullOrWhiteSpace(staff.Email))
        {
            resource.Telecom.Add(new ContactPoint(ContactPoint.ContactPointSystem.Email, ContactPoint.ContactPointUse.Work, staff.Email));
        }

        return resource;
    }
}
