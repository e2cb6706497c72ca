using Anodyne.Web.Features.Charts;
using Microsoft.AspNetCore.Html;

namespace Anodyne.Web.Features.Outcomes;

/// <summary>Migraine days per 28 days and HIT-6 over time, with the baseline and a marker at each infusion.</summary>
public static class ProgressChart
{
    public static HtmlString Render(PatientProgress.Progress progress, string chartId)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var plot = new ScottPlot.Plot();
        static double X(DateOnly d) => d.ToDateTime(TimeOnly.MinValue).ToOADate();

        var valid = progress.Periods.Where(p => p.IsValid).ToList();
        if (valid.Count > 0)
        {
            var line = plot.Add.Scatter(
                valid.Select(p => X(p.Period.LastDay)).ToArray(),
                valid.Select(p => (double)p.MigraineDays.PerMonth!.Value).ToArray());
            line.LegendText = "Migraine days per 28 days";
            line.MarkerSize = 7;
        }

        if (progress.Baseline is { IsValid: true } baseline)
        {
            var level = plot.Add.HorizontalLine((double)baseline.MigraineDays.PerMonth!.Value);
            level.LegendText = "Baseline";
            level.LinePattern = ScottPlot.LinePattern.Dashed;
        }

        foreach (var day in progress.Infusions)
        {
            var marker = plot.Add.VerticalLine(X(day));
            marker.Color = ScottPlot.Colors.Orange;
            marker.LineWidth = 1;
        }

        if (progress.Infusions.Count > 0)
        {
            plot.Add.VerticalLine(X(progress.Infusions[0])).LegendText = "Infusion";
        }

        if (progress.Hit6.Count > 0)
        {
            var hit6 = plot.Add.Scatter(progress.Hit6.Select(h => X(h.Day)).ToArray(), progress.Hit6.Select(h => (double)h.Total).ToArray());
            hit6.Axes.YAxis = plot.Axes.Right;
            hit6.LegendText = "HIT-6";
            hit6.Color = ScottPlot.Colors.Green;
            plot.Axes.Right.Label.Text = "HIT-6 (36–78)";
            plot.Axes.SetLimitsY(36, 78, plot.Axes.Right);
        }

        plot.Axes.DateTimeTicksBottom();
        plot.YLabel("Migraine days per 28 days");
        plot.Axes.SetLimitsY(0, 28);
        plot.ShowLegend(ScottPlot.Alignment.UpperRight);
        return SvgChart.Render(plot, chartId, "Migraine days per 28 days and HIT-6 over time, with baseline and infusions", 760, 340);
    }
}
