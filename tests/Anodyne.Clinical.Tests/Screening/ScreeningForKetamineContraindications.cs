using Anodyne.Clinical.Screening;
using static Anodyne.Clinical.Screening.FindingSeverity;
using static Anodyne.Clinical.Tests.Screening.Screenings;

namespace Anodyne.Clinical.Tests.Screening;

public class ScreeningForKetamineContraindications
{
    [Fact]
    public void A_patient_with_nothing_to_report_has_no_findings()
    {
        Assert.Empty(Screen(Clear()).Findings);
    }

    // Sources are clinical/protocols-and-safety.md §1.4 (consensus guideline) and §2.8 (label, RCHT, KetHead).
    [Theory]
    // §2.8 label: uncontrolled hypertension is an example contraindication; §1.4 consensus: poorly controlled CV disease
    [InlineData("uncontrolled hypertension", Blocking, "HYPERTENSION-UNCONTROLLED")]
    // §2.8 label: contraindicated "when a significant rise in BP would be a serious hazard": a judgement, no threshold
    [InlineData("controlled hypertension", NeedsReview, "HYPERTENSION-CONTROLLED")]
    // §1.4 consensus: poorly controlled CV disease; §2.8 RCHT: unstable heart disease
    [InlineData("unstable cardiac disease", Blocking, "CARDIAC-UNSTABLE")]
    // §2.8 RCHT: known ischaemic heart disease is a contraindication
    [InlineData("ischaemic heart disease", Blocking, "CARDIAC-ISCHAEMIC")]
    // §2.8 label: caution with poor ventricular function; KetHead excluded severe decompensation; no rule
    [InlineData("poor ventricular function", NeedsReview, "CARDIAC-POOR-VENTRICULAR-FUNCTION")]
    // §2.8 PDR examples of the BP contraindication: aneurysm, thyrotoxicosis, history of stroke
    [InlineData("aneurysm", Blocking, "ANEURYSM")]
    [InlineData("prior stroke", Blocking, "PRIOR-STROKE")]
    [InlineData("thyrotoxicosis", Blocking, "THYROTOXICOSIS")]
    // §2.8 KetHead exclusions only: the physician decides
    [InlineData("treated hyperthyroidism", NeedsReview, "HYPERTHYROIDISM")]
    [InlineData("pheochromocytoma", NeedsReview, "PHEOCHROMOCYTOMA")]
    [InlineData("glaucoma", NeedsReview, "GLAUCOMA")]
    [InlineData("active PTSD", NeedsReview, "PTSD-ACTIVE")]
    [InlineData("raised bilirubin", NeedsReview, "LABS-RAISED")]
    [InlineData("CKD stage 4", NeedsReview, "KIDNEY-CKD-4-OR-5")]
    [InlineData("CKD stage 5", NeedsReview, "KIDNEY-CKD-4-OR-5")]
    [InlineData("breastfeeding", NeedsReview, "BREASTFEEDING")]
    // §2.8 RCHT: raised ICP and raised IOP are contraindications (§1.4 consensus: avoid, or low doses with extreme caution)
    [InlineData("raised intracranial pressure", Blocking, "RAISED-ICP")]
    [InlineData("raised intraocular pressure", Blocking, "RAISED-IOP")]
    // §1.4 consensus: avoid in poorly controlled psychosis; §2.8 RCHT: psychosis
    [InlineData("current psychosis", Blocking, "PSYCHOSIS-CURRENT")]
    // §1.4 speaks of poorly controlled psychosis only; a remitted history has no rule
    [InlineData("past psychosis", NeedsReview, "PSYCHOSIS-PAST")]
    // §1.4 consensus: no serial infusions in active substance abuse
    [InlineData("active substance use disorder", Blocking, "SUBSTANCE-USE-ACTIVE")]
    // §1.4 consensus gives only universal precautions; no rule for remission
    [InlineData("substance use disorder in remission", NeedsReview, "SUBSTANCE-USE-REMISSION")]
    // §1.4 consensus: avoid with severe hepatic impairment, judiciously with monitoring in moderate disease
    [InlineData("severe liver disease", Blocking, "LIVER-SEVERE")]
    [InlineData("moderate liver disease", NeedsReview, "LIVER-MODERATE")]
    // §1.4: pregnancy a contraindication in some summaries [unverified]: a clinic setting, Blocking by default
    [InlineData("pregnancy", Blocking, "PREGNANCY")]
    // §2.8 label: known hypersensitivity; RCHT: allergy, prior adverse reaction
    [InlineData("ketamine hypersensitivity", Blocking, "KETAMINE-HYPERSENSITIVITY")]
    [InlineData("prior adverse reaction to ketamine", Blocking, "KETAMINE-PRIOR-ADVERSE-REACTION")]
    public void Each_condition_in_the_notes_gives_a_finding_of_the_severity_its_source_supports(
        string condition, FindingSeverity expectedSeverity, string expectedCode)
    {
        var finding = Assert.Single(Screen(With(condition)).Findings);

        Assert.Equal(expectedCode, finding.Code);
        Assert.Equal(expectedSeverity, finding.Severity);
        Assert.Contains("protocols-and-safety.md", finding.Source, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(finding.Reason));
    }

    [Theory]
    // §2.2: do not give if SBP > 180 mmHg (West J Emerg Med 2020): 180 itself is allowed
    [InlineData(181, 100, Blocking, "BP-SYSTOLIC-ABOVE-LIMIT")]
    [InlineData(180, 100, null, null)]
    // §2.2: and < 90 "in one protocol" [secondary]: review, 90 itself is allowed
    [InlineData(89, 60, NeedsReview, "BP-SYSTOLIC-BELOW-LIMIT")]
    [InlineData(90, 60, null, null)]
    public void Systolic_pressure_is_checked_against_the_published_example_limits(
        int systolic, int diastolic, FindingSeverity? expectedSeverity, string? expectedCode)
    {
        var findings = Screen(Clear() with { LatestBloodPressure = new BloodPressureReading(systolic, diastolic) }).Findings;

        if (expectedCode is null)
        {
            Assert.Empty(findings);
        }
        else
        {
            var finding = Assert.Single(findings);
            Assert.Equal(expectedCode, finding.Code);
            Assert.Equal(expectedSeverity, finding.Severity);
        }
    }

    [Fact]
    public void A_missing_blood_pressure_is_for_the_physician_to_review()
    {
        // the label's BP contraindication (§2.8) cannot be checked without a reading
        var finding = Assert.Single(Screen(Clear() with { LatestBloodPressure = null }).Findings);

        Assert.Equal(("BP-NOT-RECORDED", NeedsReview), (finding.Code, finding.Severity));
    }

    [Theory]
    // §2.8 KetHead: ALT/AST > 2 x ULN excluded; exactly 2 x ULN did not
    [InlineData(2.0, 1.0, null)]
    [InlineData(2.1, 1.0, NeedsReview)]
    [InlineData(1.0, 2.5, NeedsReview)]
    public void Liver_enzymes_above_twice_the_upper_limit_need_review(double alt, double ast, FindingSeverity? expected)
    {
        var findings = Screen(Clear() with { LatestLiverEnzymes = new LiverEnzymes((decimal)alt, (decimal)ast) }).Findings;

        Assert.Equal(expected, findings.SingleOrDefault(f => f.Code == "LIVER-ENZYMES-ABOVE-LIMIT")?.Severity);
    }

    [Fact]
    public void Missing_liver_tests_are_a_reminder_of_the_label_advice()
    {
        // §2.8 PDR: obtain baseline and periodic LFTs (incl. ALP, GGT) with recurrent dosing
        var finding = Assert.Single(Screen(Clear() with { LatestLiverEnzymes = null }).Findings);

        Assert.Equal(("LIVER-TESTS-NOT-RECORDED", Informational), (finding.Code, finding.Severity));
    }

    [Theory]
    // §2.8 KetHead: >= 80 mg/day oral morphine equivalent excluded
    [InlineData(79.9, false)]
    [InlineData(80, true)]
    public void An_opioid_load_of_80_mg_morphine_equivalent_a_day_needs_review(double mgPerDay, bool expectedFinding)
    {
        var findings = Screen(Clear() with { OralMorphineEquivalentMgPerDay = (decimal)mgPerDay }).Findings;

        Assert.Equal(expectedFinding, findings.Any(f => f.Code == "OPIOID-DOSE-HIGH" && f.Severity == NeedsReview));
    }

    [Fact]
    public void Mild_liver_disease_and_early_kidney_disease_have_no_rule_in_the_notes()
    {
        // §1.4 names severe and moderate hepatic disease only; §2.8 KetHead names CKD stage 4
        var history = Clear() with { LiverDisease = LiverDiseaseSeverity.Mild, ChronicKidneyDiseaseStage = 3 };

        Assert.Empty(Screen(history).Findings);
    }

    [Fact]
    public void The_clinic_can_set_the_severity_of_pregnancy_because_the_source_is_unverified()
    {
        // §1.4: "Pregnancy is listed as a contraindication in some summaries [unverified against guideline text]"
        var options = KetamineScreeningOptions.Default with { PregnancySeverity = NeedsReview };

        var finding = Assert.Single(ScreenForKetamine.Screen(With("pregnancy"), options).Findings);

        Assert.Equal(NeedsReview, finding.Severity);
    }

    [Fact]
    public void Blocking_findings_come_first_and_mark_the_result()
    {
        var history = Clear() with
        {
            Glaucoma = true,
            LatestLiverEnzymes = null,
            Hypertension = HypertensionStatus.Uncontrolled,
        };

        var result = Screen(history);

        Assert.Equal([Blocking, NeedsReview, Informational], result.Findings.Select(f => f.Severity));
        Assert.True(result.HasBlockingFinding);
        Assert.True(result.NeedsPhysicianReview);
        Assert.NotNull(result.Find("HYPERTENSION-UNCONTROLLED"));
    }

    [Theory]
    // a systolic not above its diastolic, or a non-positive pressure, is impossible
    [InlineData(80, 120)]
    [InlineData(100, 100)]
    [InlineData(0, 0)]
    public void An_impossible_blood_pressure_is_rejected(int systolic, int diastolic)
    {
        Assert.ThrowsAny<ArgumentException>(() => new BloodPressureReading(systolic, diastolic));
    }

    [Fact]
    public void Impossible_history_values_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Clear() with { ChronicKidneyDiseaseStage = 6 });
        Assert.Throws<ArgumentOutOfRangeException>(() => Clear() with { OralMorphineEquivalentMgPerDay = -1m });
        Assert.Throws<ArgumentOutOfRangeException>(() => new LiverEnzymes(-0.1m, 1m));
    }
}
