using Anodyne.Clinical.Eligibility;
using Anodyne.Clinical.Scores;
using Anodyne.Clinical.Screening;
using Anodyne.Web.Features.Eligibility;
using Anodyne.Web.Features.Intake;
using Anodyne.Web.Features.Patients;

namespace Anodyne.Web.Features.Demo;

/// <summary>
/// The intake of every demo patient, so that each branch of the eligibility proposal is shown: eligible, needs review
/// (a relative contraindication, medication overuse, controlled hypertension), not eligible (pregnancy, psychosis,
/// episodic migraine) and intake still in progress. Every value is invented.
/// </summary>
internal static class DemoIntake
{
    /// <summary>One patient's intake as the demo seeds it; Decided null means no decision signed yet.</summary>
    public sealed record Plan(
        string Mrn,
        int HeadacheDays,
        int MigraineLikeDays,
        int TriptanDays,
        int SimpleAnalgesicDays,
        int CombinationAnalgesicDays,
        PreventiveTrial[] Trials,
        Action<ScreeningFacts> Screen,
        EligibilityOutcome? Decided,
        string? OverrideReason = null);

    private static PreventiveTrial Failed(PreventiveClass preventiveClass, string drug, ReasonStopped reason = ReasonStopped.NoEffect) =>
        new(preventiveClass, drug, "target dose", true, preventiveClass == PreventiveClass.OnabotulinumtoxinA ? 26 : 12, reason);

    private static readonly PreventiveTrial[] ThreeClasses =
    [
        Failed(PreventiveClass.Antiepileptic, "Topiramate"),
        Failed(PreventiveClass.BetaBlocker, "Propranolol"),
        Failed(PreventiveClass.Antidepressant, "Amitriptyline"),
    ];

    private static void Clear(ScreeningFacts f) { }

    public static readonly IReadOnlyList<Plan> Plans =
    [
        new("A100001", 22, 16, 11, 0, 0, [.. ThreeClasses, Failed(PreventiveClass.OnabotulinumtoxinA, "OnabotulinumtoxinA"), Failed(PreventiveClass.CgrpPathway, "Erenumab", ReasonStopped.SideEffects)],
            Clear, EligibilityOutcome.Eligible, "Triptan overuse reviewed: days fell with the infusion plan in earlier care; limit agreed with the patient."),
        new("A100002", 30, 20, 0, 18, 0,
            [Failed(PreventiveClass.AceInhibitorOrAngiotensinReceptorBlocker, "Candesartan"), Failed(PreventiveClass.Antiepileptic, "Valproate"), Failed(PreventiveClass.Antidepressant, "Venlafaxine"), Failed(PreventiveClass.OnabotulinumtoxinA, "OnabotulinumtoxinA"), Failed(PreventiveClass.CgrpPathway, "Erenumab")],
            Clear, EligibilityOutcome.Eligible, "Analgesic overuse reviewed: withdrawal tried last year without change in headache days."),
        // Not eligible: pregnancy (KetHead exclusion; Blocking by default).
        new("A100003", 18, 12, 4, 0, 0, [Failed(PreventiveClass.Antiepileptic, "Topiramate", ReasonStopped.SideEffects), Failed(PreventiveClass.Antidepressant, "Amitriptyline"), Failed(PreventiveClass.BetaBlocker, "Propranolol")],
            f => f.Pregnant = true, EligibilityOutcome.NotEligible),
        // Controlled hypertension is for the physician's review; signed Eligible with the reason.
        new("A100004", 25, 18, 6, 0, 0, [.. ThreeClasses, Failed(PreventiveClass.CalciumChannelBlocker, "Flunarizine"), Failed(PreventiveClass.CgrpPathway, "Fremanezumab")],
            f => f.Hypertension = HypertensionStatus.Controlled, EligibilityOutcome.Eligible, "Blood pressure controlled on amlodipine (128/80 at intake); monitor per protocol."),
        new("A100005", 28, 20, 6, 0, 0, [.. ThreeClasses, Failed(PreventiveClass.CgrpPathway, "Galcanezumab"), Failed(PreventiveClass.OnabotulinumtoxinA, "OnabotulinumtoxinA")],
            Clear, EligibilityOutcome.Eligible),
        // Medication overuse (8.2.5 combination analgesics) and only two classes failed: proposal only.
        new("A100006", 20, 12, 0, 0, 16, [Failed(PreventiveClass.Antiepileptic, "Topiramate"), Failed(PreventiveClass.Antidepressant, "Amitriptyline")],
            Clear, null),
        new("A100007", 20, 14, 5, 0, 0, [Failed(PreventiveClass.BetaBlocker, "Propranolol"), Failed(PreventiveClass.Antiepileptic, "Topiramate"), Failed(PreventiveClass.CalciumChannelBlocker, "Flunarizine"), Failed(PreventiveClass.OnabotulinumtoxinA, "OnabotulinumtoxinA"), Failed(PreventiveClass.CgrpPathway, "Erenumab")],
            Clear, EligibilityOutcome.Eligible),
        // Needs review: liver enzymes above 2 x ULN (KetHead exclusion, a clinic setting).
        new("A100008", 17, 10, 4, 0, 0, ThreeClasses, f => { f.AltTimesUpperLimit = 2.6m; f.AstTimesUpperLimit = 2.2m; }, null),
        // Episodic rather than chronic: 12 headache days a month is short of the 15 of ICHD-3 1.3.
        new("A100009", 12, 8, 4, 0, 0, [Failed(PreventiveClass.BetaBlocker, "Propranolol")], Clear, null),
        // Needs review: glaucoma (label caution, KetHead exclusion).
        new("A100010", 24, 16, 5, 0, 0, [.. ThreeClasses, Failed(PreventiveClass.CgrpPathway, "Erenumab")], f => f.Glaucoma = true, null),
        new("A100011", 21, 15, 6, 0, 0, [Failed(PreventiveClass.Antiepileptic, "Topiramate"), Failed(PreventiveClass.AceInhibitorOrAngiotensinReceptorBlocker, "Candesartan"), Failed(PreventiveClass.Antidepressant, "Amitriptyline"), Failed(PreventiveClass.OnabotulinumtoxinA, "OnabotulinumtoxinA"), Failed(PreventiveClass.CgrpPathway, "Eptinezumab")],
            Clear, EligibilityOutcome.Eligible),
        // Not eligible: current psychosis (consensus guideline, RCHT).
        new("A100012", 19, 12, 9, 0, 0, [Failed(PreventiveClass.BetaBlocker, "Propranolol"), Failed(PreventiveClass.Antiepileptic, "Valproate"), Failed(PreventiveClass.CgrpPathway, "Erenumab")],
            f => f.Psychosis = PsychosisStatus.CurrentOrPoorlyControlled, EligibilityOutcome.NotEligible),
    ];

    public static HeadacheHistoryFacts History(Plan plan) => new()
    {
        HeadacheDaysPerMonth = plan.HeadacheDays,
        MigraineLikeDaysPerMonth = plan.MigraineLikeDays,
        MonthsAtCurrentFrequency = 24,
        HasAttacksWithoutAura = true,
        AttacksWithoutAura = 200,
        AttackDurationHours = 24m,
        OneSided = true,
        Throbbing = true,
        ModerateOrSevere = true,
        WorseWithActivity = true,
        NauseaOrVomiting = true,
        LightSensitivity = true,
        SoundSensitivity = true,
        TriptanDaysPerMonth = plan.TriptanDays,
        SimpleAnalgesicDaysPerMonth = plan.SimpleAnalgesicDays,
        CombinationAnalgesicDaysPerMonth = plan.CombinationAnalgesicDays,
        AnyAcuteMedicationDaysPerMonth = Math.Min(plan.HeadacheDays, plan.TriptanDays + plan.SimpleAnalgesicDays + plan.CombinationAnalgesicDays),
        MonthsOfRegularAcuteMedication = 12,
        HadHeadacheBeforeMedicationUse = true,
        DebilitatingHeadacheDaysPerMonth = Math.Min(plan.MigraineLikeDays, 12),
        MonthsWithoutImprovement = 12,
        DifferentTriptansFailed = 2,
    };

    public static ScreeningFacts Screen(Plan plan)
    {
        var facts = new ScreeningFacts
        {
            SystolicMmHg = 124,
            DiastolicMmHg = 78,
            Hypertension = HypertensionStatus.None,
            Thyroid = ThyroidStatus.NoHyperthyroidism,
            Psychosis = PsychosisStatus.None,
            SubstanceUseDisorder = SubstanceUseStatus.None,
            LiverDisease = LiverDiseaseSeverity.None,
            AltTimesUpperLimit = 0.8m,
            AstTimesUpperLimit = 0.7m,
        };
        plan.Screen(facts);
        return facts;
    }

    // HIT-6 64 (severe impact) and MIDAS 38 (grade IV) for every demo patient at intake.
    public static Hit6Response Hit6 { get; } = new([Hit6Answer.Always, Hit6Answer.Always, Hit6Answer.VeryOften, Hit6Answer.VeryOften, Hit6Answer.Sometimes, Hit6Answer.Always]);

    public static MidasResponse Midas { get; } = new(10, 8, 10, 6, 4, 60, 7);

    public static int AgeOn(Patient patient, DateOnly day) =>
        day.Year - patient.DateOfBirth.Year - (day < patient.DateOfBirth.AddYears(day.Year - patient.DateOfBirth.Year) ? 1 : 0);
}
