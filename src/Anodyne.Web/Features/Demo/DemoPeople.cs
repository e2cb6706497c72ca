using Anodyne.Web.Features.Patients;
using Anodyne.Web.Infrastructure.Auth;

namespace Anodyne.Web.Features.Demo;

/// <summary>The invented people of the demo clinic.</summary>
public static class DemoPeople
{
    public sealed record StaffMember(string Email, string Name, string Role);

    public sealed record DemoPatient(Guid Id, string Mrn, string Given, string Family, DateOnly Born, AdministrativeSex Sex, string Phone, string Referrer, string History);

    public static readonly IReadOnlyList<StaffMember> Staff =
    [
        new("admin@anodyne.example", "Morgan Ellis", ClinicRoles.Administrator),
        new("amara.okafor@anodyne.example", "Dr. Amara Okafor", ClinicRoles.Physician),
        new("henrik.lindqvist@anodyne.example", "Dr. Henrik Lindqvist", ClinicRoles.Physician),
        new("rosa.rivera@anodyne.example", "Rosa Rivera, RN", ClinicRoles.Nurse),
        new("daniel.chen@anodyne.example", "Daniel Chen, RN", ClinicRoles.Nurse),
        new("priya.nair@anodyne.example", "Priya Nair, RN", ClinicRoles.Nurse),
        new("sam.patel@anodyne.example", "Sam Patel", ClinicRoles.FrontDesk),
    ];

    public static readonly IReadOnlySet<string> PortalPatients = new HashSet<string> { "A100001", "A100002" };

    public static readonly IReadOnlyList<DemoPatient> Patients =
    [
        new(G(1), "A100001", "Laura", "Bennett", new(1984, 3, 14), AdministrativeSex.Female, "555-0101", "Dr. Ruth Coleman (neurology)",
            "Chronic migraine without aura since 2012; 22 headache days a month, 16 with migraine features. Topiramate, propranolol, amitriptyline and onabotulinumtoxinA stopped for lack of effect; erenumab for constipation. Triptans on 11 days a month."),
        new(G(2), "A100002", "Marcus", "Hale", new(1977, 11, 2), AdministrativeSex.Male, "555-0102", "Dr. Ruth Coleman (neurology)",
            "Chronic migraine with visual aura; daily headache for 3 years. Failed candesartan, valproate, venlafaxine, onabotulinumtoxinA and two CGRP antibodies. Simple analgesics on 18 days a month."),
        new(G(3), "A100003", "Sofia", "Marquez", new(1991, 6, 27), AdministrativeSex.Female, "555-0103", "Dr. Tomas Ibarra (primary care)",
            "Chronic migraine since adolescence, 18 headache days a month. Topiramate stopped for cognitive side effects, amitriptyline and propranolol ineffective; on galcanezumab with partial benefit."),
        new(G(4), "A100004", "Ethan", "Brooks", new(1969, 1, 8), AdministrativeSex.Male, "555-0104", "Dr. Ruth Coleman (neurology)",
            "Chronic migraine without aura, 25 headache days a month; hypertension controlled on amlodipine. Failed five preventive classes. Referred for inpatient titration."),
        new(G(5), "A100005", "Grace", "Whitfield", new(1988, 9, 19), AdministrativeSex.Female, "555-0105", "Dr. Nadia Petrov (neurology)",
            "Refractory chronic migraine; 28 headache days a month for 4 years. Completed an outpatient ketamine series last spring with benefit for about two months; referred for a booster."),
        new(G(6), "A100006", "Owen", "Fraser", new(1995, 4, 3), AdministrativeSex.Male, "555-0106", "Dr. Tomas Ibarra (primary care)",
            "Chronic migraine with medication overuse (combination analgesics 16 days a month). Failed topiramate and amitriptyline; withdrawal of overused medication planned before assessment."),
        new(G(7), "A100007", "Hannah", "Iverson", new(1982, 12, 30), AdministrativeSex.Female, "555-0107", "Dr. Nadia Petrov (neurology)",
            "Chronic migraine without aura, 20 headache days a month. Failed propranolol, topiramate, flunarizine, onabotulinumtoxinA, erenumab and fremanezumab."),
        new(G(8), "A100008", "Daniel", "Osei", new(1973, 7, 11), AdministrativeSex.Male, "555-0108", "Dr. Ruth Coleman (neurology)",
            "Chronic migraine, 17 headache days a month; history of depression, stable on sertraline. Failed three preventive classes."),
        new(G(9), "A100009", "Chloe", "Nakamura", new(1990, 2, 22), AdministrativeSex.Female, "555-0109", "Dr. Tomas Ibarra (primary care)",
            "Migraine with aura becoming chronic over two years; 16 headache days a month. Intake in progress."),
        new(G(10), "A100010", "Robert", "Lindgren", new(1965, 10, 5), AdministrativeSex.Male, "555-0110", "Dr. Nadia Petrov (neurology)",
            "Chronic migraine for 20 years, 24 headache days a month; glaucoma under ophthalmology review. Failed four preventive classes."),
        new(G(11), "A100011", "Amelia", "Duarte", new(1986, 5, 16), AdministrativeSex.Female, "555-0111", "Dr. Ruth Coleman (neurology)",
            "Chronic migraine without aura, 21 headache days a month. Failed topiramate, candesartan, amitriptyline, onabotulinumtoxinA and eptinezumab."),
        new(G(12), "A100012", "Isaac", "Mbeki", new(1979, 8, 29), AdministrativeSex.Male, "555-0112", "Dr. Nadia Petrov (neurology)",
            "Chronic migraine, 19 headache days a month, triptan use 9 days a month. Failed propranolol, valproate and erenumab."),
    ];

    /// <summary>Fixed ids, so the demo clinic is the same on every machine.</summary>
    private static Guid G(int n) => new($"0196a000-0000-7000-8000-{n:D12}");
}
