using Anodyne.Web.Features.Charts;
using Microsoft.AspNetCore.Html;

namespace Anodyne.Web.Features.Outcomes;

/// <summary>The cohort dashboard's charts: responder rates per infusion, and the durability curve.</summary>
public static class CohortCharts
{
    public static HtmlString Responders(CohortAnalysis.Result result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var plot = new ScottPlot.Plot();
        var thresholds = result.Responders.Count > 0 ? result.Responders[0].Rates.Count : 0;
        var bars = new List<ScottPlot.Bar>();
        ScottPlot.Color[] colours = [ScottPlot.Colors.SteelBlue, ScottPlot.Colors.LightSteelBlue, ScottPlot.Colors.Gray];
        for (var row = 0; row < result.Responders.Count; row++)
        {
            for (var t = 0; t < thresholds; t++)
            {
                var rate = result.Responders[row].Rates[t];
                var x = (row * (thresholds + 1)) + t;
                bars.Add(new ScottPlot.Bar
                {
                    Position = x,
                    Value = (rate.Rate ?? 0) * 100,
                    Error = 0,
                    FillColor = colours[t % colours.Length],
                });
                if (rate.Lower95 is { } lo && rate.Upper95 is { } hi)
                {
                    var whisker = plot.Add.Line(x, lo * 100, x, hi * 100);
                    whisker.Color = ScottPlot.Colors.Black;
                }
            }
        }

        plot.Add.Bars(bars);
        var ticks = result.Responders.Select((r, i) => new ScottPlot.Tick(i * (thresholds + 1) + ((thresholds - 1) / 2d), "after " + r.Infusion)).ToArray();
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(ticks);
        plot.YLabel("Responders (% of evaluable), 95% CI");
        plot.Axes.SetLimitsY(0, 100);
        return SvgChart.Render(plot, "responders", "Responder rate after each infusion, at each threshold, with 95% Wilson intervals", 760, 320);
    }

    public static HtmlString Durability(CohortAnalysis.Result result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var plot = new ScottPlot.Plot();
        var curve = result.Durability;
        var last = result.Durations.Count > 0 ? result.Durations.Max(d => d.Days) : 28;
        var xs = new List<double> { 0 };
        var ys = new List<double> { 1 };
        var lower = new List<double> { 1 };
        var upper = new List<double> { 1 };
        foreach (var s in curve.Steps)
        {
            xs.Add(s.Day);
            ys.Add(s.Survival);
            lower.Add(s.Lower95 ?? 0);
            upper.Add(s.Upper95 ?? 0);
        }

        xs.Add(Math.Max(last, xs[^1]));
        ys.Add(ys[^1]);
        lower.Add(lower[^1]);
        upper.Add(upper[^1]);
        var band = plot.Add.FillY(xs.ToArray(), lower.ToArray(), upper.ToArray());
        band.FillColor = ScottPlot.Colors.SteelBlue.WithAlpha(0.25);
        band.LegendText = "95% confidence band";
        var line = plot.Add.ScatterLine(xs.ToArray(), ys.ToArray());
        line.ConnectStyle = ScottPlot.ConnectStyle.StepHorizontal;
        line.LegendText = "Still benefitting";
        line.LineWidth = 2;
        var censored = result.Durations.Where(d => !d.IsRelapse).ToList();
        if (censored.Count > 0)
        {
            var marks = plot.Add.ScatterPoints(censored.Select(d => (double)d.Days).ToArray(), censored.Select(d => curve.SurvivalOn(d.Days)).ToArray());
            marks.MarkerShape = ScottPlot.MarkerShape.Cross;
            marks.MarkerSize = 9;
            marks.LegendText = "Censored";
        }

        plot.XLabel("Days after the end of the first series");
        plot.YLabel("Share still benefitting");
        plot.Axes.SetLimitsY(0, 1.05);
        plot.ShowLegend(ScottPlot.Alignment.UpperRight);
        return SvgChart.Render(plot, "durability", "Kaplan-Meier curve of durability of benefit after the first series, with 95% band and censored patients", 760, 320);
    }
}
