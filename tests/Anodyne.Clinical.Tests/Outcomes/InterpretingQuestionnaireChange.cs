using Anodyne.Clinical.Outcomes.Questionnaires;

namespace Anodyne.Clinical.Tests.Outcomes;

public class InterpretingQuestionnaireChange
{
    [Theory]
    // band edges from outcomes.md §4.3: ≤49, 50–55, 56–59, 60–78
    [InlineData(36, Hit6ImpactBand.LittleOrNoImpact)]
    [InlineData(49, Hit6ImpactBand.LittleOrNoImpact)]
    [InlineData(50, Hit6ImpactBand.SomeImpact)]
    [InlineData(55, Hit6ImpactBand.SomeImpact)]
    [InlineData(56, Hit6ImpactBand.SubstantialImpact)]
    [InlineData(59, Hit6ImpactBand.SubstantialImpact)]
    [InlineData(60, Hit6ImpactBand.SevereImpact)]
    [InlineData(78, Hit6ImpactBand.SevereImpact)]
    public void HIT_6_totals_fall_in_the_published_impact_bands(int total, Hit6ImpactBand band)
    {
        Assert.Equal(band, Hit6Change.BandOf(total));
    }

    [Theory]
    // 66 (severe) -> 54 (some): 12 points and two bands down
    [InlineData(66, 54, -12, -2)]
    // 60 -> 59: one point, but across the severe/substantial edge
    [InlineData(60, 59, -1, -1)]
    // 55 -> 50: five points within "some impact"
    [InlineData(55, 50, -5, 0)]
    // 50 -> 62: worse by two bands
    [InlineData(50, 62, 12, 2)]
    public void HIT_6_change_is_reported_in_points_and_bands(int baseline, int followUp, int points, int bands)
    {
        var change = new Hit6Change(baseline, followUp);

        Assert.Equal(points, change.Change);
        Assert.Equal(bands, change.BandsMoved);
    }

    [Theory]
    [InlineData(35)]
    [InlineData(79)]
    public void A_HIT_6_total_outside_36_to_78_is_rejected(int total)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Hit6Change(total, 60));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Hit6Change(60, total));
    }

    [Theory]
    // grade edges from outcomes.md §4.4: I 0–5, II 6–10, III 11–20, IV ≥21
    [InlineData(0, MidasGrade.LittleOrNoDisability)]
    [InlineData(5, MidasGrade.LittleOrNoDisability)]
    [InlineData(6, MidasGrade.MildDisability)]
    [InlineData(10, MidasGrade.MildDisability)]
    [InlineData(11, MidasGrade.ModerateDisability)]
    [InlineData(20, MidasGrade.ModerateDisability)]
    [InlineData(21, MidasGrade.SevereDisability)]
    [InlineData(270, MidasGrade.SevereDisability)]
    public void MIDAS_scores_fall_in_the_published_grades(int score, MidasGrade grade)
    {
        Assert.Equal(grade, MidasChange.GradeOf(score));
    }

    [Theory]
    // 48 (IV) -> 12 (III): 36 fewer days, one grade down
    [InlineData(48, 12, -36, -1)]
    // 21 (IV) -> 5 (I): three grades down
    [InlineData(21, 5, -16, -3)]
    // 30 -> 22: 8 fewer days, still grade IV
    [InlineData(30, 22, -8, 0)]
    public void MIDAS_change_is_reported_in_days_and_grades(int baseline, int followUp, int days, int grades)
    {
        var change = new MidasChange(baseline, followUp);

        Assert.Equal(days, change.Change);
        Assert.Equal(grades, change.GradesMoved);
    }

    [Fact]
    public void A_negative_MIDAS_score_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new MidasChange(-1, 10));
    }
}
