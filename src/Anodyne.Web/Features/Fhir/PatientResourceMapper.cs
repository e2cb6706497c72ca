using System.Globalization;
using Anodyne.Web.Features.Patients;

namespace Anodyne.Web.Features.Fhir;

/// <summary>A clinic patient as a FHIR R4 Patient (the US Core must-support elements the record holds).</summary>
public static class PatientResourceMapper
{
    public static Hl7.Fhir.Model.Patient ToFhir(Patient patient)
    {
        var resource = new Hl7.Fhir.Model.Patient
        {
            Id = patient.Id.ToString("D"),
            Active = true,
            Identifier =
            [
                new Hl7.Fhir.Model.Identifier(FhirSystems.MedicalRecordNumber, patient.MedicalRecordNumber)
                {
                    Use = Hl7.Fhir.Model.Identifier.IdentifierUse.Usual,
                    Type = new Hl7.Fhir.Model.CodeableConcept(FhirSystems.IdentifierType, "MR", "Medical record number"),
                },
            ],
            Name =
            [
                new Hl7.Fhir.Model.HumanName
                {
                    Use = Hl7.Fhir.Model.HumanName.NameUse.Official,
                    Family = patient.FamilyName,
                    Given = [patient.GivenName],
                },
            ],
            Gender = patient.Sex switch
            {
                AdministrativeSex.Female => Hl7.Fhir.Model.AdministrativeGender.Female,
                AdministrativeSex.Male => Hl7.Fhir.Model.AdministrativeGender.Male,
                AdministrativeSex.Other => Hl7.Fhir.Model.AdministrativeGender.Other,
                _ => Hl7.Fhir.Model.AdministrativeGender.Unknown,
            },
            BirthDate = patient.DateOfBirth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        if (!string.IsNullOrWhiteSpace(patient.Phone))
        {
            resource.Telecom.Add(new Hl7.Fhir.Model.ContactPoint(Hl7.Fhir.Model.ContactPoint.ContactPointSystem.Phone, null, patient.Phone));
        }

        if (!string.IsNullOrWhiteSpace(patient.Email))
        {
            resource.Telecom.Add(new Hl7.Fhir.Model.ContactPoint(Hl7.Fhir.Model.ContactPoint.ContactPointSystem.Email, null, patient.Email));
        }

        return resource;
    }
}
