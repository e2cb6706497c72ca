using Anodyne.Clinical.Scores;

namespace Anodyne.Clinical.Tests.Scores;

public class ScoringMidas
{
    // Score = sum of Q1-Q5; A and B unscored; grade I 0-5, II 6-10, III 11-20, IV >=21 (clinical/outcomes.md §4.4).
    [Theory]
    // nothing missed: 0, grade I, whatever A and B say (outcomes.md §4.4, "two unscored questions")
    [InlineData(0, 0, 0, 0, 0, 40, 9, 0, MidasGrade.LittleOrNoDisability)]
    // 1 + 2 + 1 + 0 + 1 = 5, top of grade I (outcomes.md §4.4)
    [InlineData(1, 2, 1, 0, 1, 10, 5, 5, MidasGrade.LittleOrNoDisability)]
    // 2 + 2 + 1 + 0 + 1 = 6, bottom of grade II (outcomes.md §4.4)
    [InlineData(2, 2, 1, 0, 1, 10, 5, 6, MidasGrade.MildDisability)]
    // 2 + 2 + 2 + 2 + 2 = 10, top of grade II (outcomes.md §4.4)
    [InlineData(2, 2, 2, 2, 2, 20, 6, 10, MidasGrade.MildDisability)]
    // 3 + 2 + 2 + 2 + 2 = 11, bottom of grade III (outcomes.md §4.4)
    [InlineData(3, 2, 2, 2, 2, 20, 6, 11, MidasGrade.ModerateDisability)]
    // 4 x 5 = 20, top of grade III (outcomes.md §4.4)
    [InlineData(4, 4, 4, 4, 4, 30, 7, 20, MidasGrade.ModerateDisability)]
    // 5 + 4 + 4 + 4 + 4 = 21, bottom of grade IV (outcomes.md §4.4, ">=21")
    [InlineData(5, 4, 4, 4, 4, 30, 7, 21, MidasGrade.SevereDisability)]
    public void The_score_is_the_sum_of_questions_one_to_five_graded_by_the_published_bands(
        int q1, int q2, int q3, int q4, int q5, int headacheDays, int averagePain, int expectedTotal, MidasGrade expectedGrade)
    {
        var score = new MidasResponse(q1, q2, q3, q4, q5, headacheDays, averagePain).Score(MidasOptions.Default);

        Assert.Equal(expectedTotal, score.Total);
        Assert.Equal(expectedGrade, score.Grade);
        Assert.Null(score.SubGrade);
    }

    [Theory]
    // IV-A 21-40, IV-B 41-270 (outcomes.md §4.4) [unverified, so only when the clinic turns it on]
    [InlineData(20, null)]
    [InlineData(21, MidasGradeFourSubGrade.FourA)]
    [InlineData(40, MidasGradeFourSubGrade.FourA)]
    [InlineData(41, MidasGradeFourSubGrade.FourB)]
    public void Grade_four_sub_grades_are_reported_only_when_the_clinic_uses_them(int total, MidasGradeFourSubGrade? expected)
    {
        Assert.Equal(expected, new MidasScore(total, new MidasOptions(ReportGradeFourSubGrades: true)).SubGrade);
        Assert.Null(new MidasScore(total, MidasOptions.Default).SubGrade);
    }

    [Theory]
    // each question counts days in the last 3 months (outcomes.md §4.4): never negative, at most 92 days [derived]
    [InlineData(-1, 0, 0, 0, 0, 0, 0)]
    [InlineData(0, 0, 93, 0, 0, 0, 0)]
    [InlineData(0, 0, 0, 0, 0, 93, 0)]
    // Q2 excludes Q1's days and Q4 excludes Q3's days (outcomes.md §4.4), so each pair shares the same 92 days at most
    [InlineData(60, 40, 0, 0, 0, 90, 5)]
    [InlineData(0, 0, 50, 50, 0, 90, 5)]
    // question B is average pain 0-10 (outcomes.md §4.4)
    [InlineData(0, 0, 0, 0, 0, 0, 11)]
    [InlineData(0, 0, 0, 0, 0, 0, -1)]
    public void Impossible_answers_are_rejected(int q1, int q2, int q3, int q4, int q5, int headacheDays, int averagePain)
    {
        Assert.ThrowsAny<ArgumentException>(() => new MidasResponse(q1, q2, q3, q4, q5, headacheDays, averagePain));
    }

    [Fact]
    public void Every_day_of_three_long_months_can_be_counted()
    {
        // 92 days is possible (July to September); 46 + 46 in a pair is within it
        var response = new MidasResponse(46, 46, 92, 0, 92, 92, 10);

        Assert.Equal(276, response.Score(MidasOptions.Default).Total);
    }

    [Fact]
    public void A_negative_total_is_impossible()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new MidasScore(-1, MidasOptions.Default));
    }
}
