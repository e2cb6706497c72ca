using System.Xml.Linq;
using Anodyne.Web.Features.Charts;

namespace Anodyne.Web.Tests.Charts;

public sealed class DrawingChartsInPages
{
    private static string Draw(string id)
    {
        var plot = new ScottPlot.Plot();
        plot.Add.Scatter(new double[] { 0, 30, 60 }, new double[] { 0, 0.4, 0.2 });
        plot.Add.HorizontalSpan(0.1, 0.3);
        plot.Title("Plasma ketamine");
        return SvgChart.Render(plot, id, "Plasma ketamine over the plan", 600, 300).Value!;
    }

    [Fact]
    public void A_chart_is_well_formed_svg_with_an_accessible_title()
    {
        var svg = XElement.Parse(Draw("pk-preview"));

        Assert.Equal("svg", svg.Name.LocalName);
        Assert.Equal("img", (string?)svg.Attribute("role"));
        Assert.Equal("0 0 600 300", (string?)svg.Attribute("viewBox"));
        var title = svg.Elements().First(e => e.Name.LocalName == "title");
        Assert.Equal("Plasma ketamine over the plan", title.Value);
        Assert.Equal((string?)svg.Attribute("aria-labelledby"), (string?)title.Attribute("id"));
    }

    [Fact]
    public void Two_charts_on_one_page_share_no_element_id()
    {
        static IEnumerable<string> Ids(string markup) =>
            XElement.Parse(markup).DescendantsAndSelf().Select(e => (string?)e.Attribute("id")).OfType<string>();

        var first = Ids(Draw("first")).ToList();
        var second = Ids(Draw("second")).ToList();

        Assert.NotEmpty(first);
        Assert.Empty(first.Intersect(second));
        Assert.All(first, id => Assert.StartsWith("first-", id, StringComparison.Ordinal));
    }

    [Fact]
    public void A_chart_carries_no_script_or_style_attribute_the_content_policy_would_block()
    {
        var svg = XElement.Parse(Draw("policy"));

        Assert.DoesNotContain(svg.DescendantsAndSelf(), e => e.Name.LocalName is "script" or "style");
        Assert.DoesNotContain(svg.DescendantsAndSelf().SelectMany(e => e.Attributes()),
            a => a.Name.LocalName == "style" || a.Name.LocalName.StartsWith("on", StringComparison.Ordinal));
    }

    [Fact]
    public void A_chart_id_that_could_break_the_markup_is_refused()
    {
        var plot = new ScottPlot.Plot();
        Assert.Throws<ArgumentException>(() => SvgChart.Render(plot, "x\" onload=\"alert(1)", "title"));
    }
}
