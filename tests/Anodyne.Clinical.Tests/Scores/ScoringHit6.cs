using Anodyne.Clinical.Scores;
using static Anodyne.Clinical.Scores.Hit6Answer;

namespace Anodyne.Clinical.Tests.Scores;

public class ScoringHit6
{
    // Points: never 6, rarely 8, sometimes 10, very often 11, always 13; total 36-78; bands <=49 little or none,
    // 50-55 some, 56-59 substantial, 60-78 severe (clinical/outcomes.md §4.3).
    [Theory]
    // lowest possible total: 6 x 6 = 36 (outcomes.md §4.3, "total 36-78")
    [InlineData(new[] { Never, Never, Never, Never, Never, Never }, 36, Hit6Impact.LittleOrNoImpact)]
    // 6 + 8 + 8 + 8 + 8 + 11 = 49, top of "little or no impact" (outcomes.md §4.3)
    [InlineData(new[] { Never, Rarely, Rarely, Rarely, Rarely, VeryOften }, 49, Hit6Impact.LittleOrNoImpact)]
    // 6 + 6 + 8 + 10 + 10 + 10 = 50, bottom of "some impact" (outcomes.md §4.3)
    [InlineData(new[] { Never, Never, Rarely, Sometimes, Sometimes, Sometimes }, 50, Hit6Impact.SomeImpact)]
    // 6 + 8 + 10 + 10 + 10 + 11 = 55, top of "some impact" (outcomes.md §4.3)
    [InlineData(new[] { Never, Rarely, Sometimes, Sometimes, Sometimes, VeryOften }, 55, Hit6Impact.SomeImpact)]
    // 6 + 8 + 10 + 10 + 11 + 11 = 56, bottom of "substantial impact" (outcomes.md §4.3)
    [InlineData(new[] { Never, Rarely, Sometimes, Sometimes, VeryOften, VeryOften }, 56, Hit6Impact.SubstantialImpact)]
    // 6 + 10 + 10 + 11 + 11 + 11 = 59, top of "substantial impact" (outcomes.md §4.3)
    [InlineData(new[] { Never, Sometimes, Sometimes, VeryOften, VeryOften, VeryOften }, 59, Hit6Impact.SubstantialImpact)]
    // 6 x 10 = 60, bottom of "severe impact" (outcomes.md §4.3)
    [InlineData(new[] { Sometimes, Sometimes, Sometimes, Sometimes, Sometimes, Sometimes }, 60, Hit6Impact.SevereImpact)]
    // highest possible total: 6 x 13 = 78 (outcomes.md §4.3)
    [InlineData(new[] { Always, Always, Always, Always, Always, Always }, 78, Hit6Impact.SevereImpact)]
    public void Six_answers_score_the_sum_of_their_points_and_fall_in_the_published_band(
        Hit6Answer[] answers, int expectedTotal, Hit6Impact expectedImpact)
    {
        var score = new Hit6Response(answers).Score();

        Assert.Equal(expectedTotal, score.Total);
        Assert.Equal(expectedImpact, score.Impact);
    }

    [Theory]
    // outcomes.md §4.3: "never 6, rarely 8, sometimes 10, very often 11, always 13"
    [InlineData(Never, 6)]
    [InlineData(Rarely, 8)]
    [InlineData(Sometimes, 10)]
    [InlineData(VeryOften, 11)]
    [InlineData(Always, 13)]
    public void Each_answer_option_carries_its_published_points(Hit6Answer answer, int expectedPoints)
    {
        Assert.Equal(expectedPoints, Hit6Response.PointsFor(answer));
    }

    [Theory]
    // HIT-6 has 6 items (outcomes.md §4.3)
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(7)]
    public void A_response_without_exactly_six_answers_is_rejected(int count)
    {
        var answers = Enumerable.Repeat(Sometimes, count).ToArray();

        var error = Assert.Throws<ArgumentException>(() => new Hit6Response(answers));

        Assert.Contains("6 items", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    // only the five options exist (outcomes.md §4.3)
    [InlineData(0)]
    [InlineData(6)]
    public void An_answer_that_is_not_one_of_the_five_options_is_rejected(int value)
    {
        Hit6Answer[] answers = [Never, Never, (Hit6Answer)value, Never, Never, Never];

        var error = Assert.Throws<ArgumentException>(() => new Hit6Response(answers));

        Assert.Contains("item 3", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    // total range 36-78 (outcomes.md §4.3)
    [InlineData(35)]
    [InlineData(79)]
    public void A_total_outside_36_to_78_is_impossible(int total)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Hit6Score(total));
    }

    [Fact]
    public void Two_responses_with_the_same_answers_are_equal()
    {
        Hit6Answer[] answers = [Never, Rarely, Sometimes, VeryOften, Always, Never];

        Assert.Equal(new Hit6Response(answers), new Hit6Response([.. answers]));
    }
}
