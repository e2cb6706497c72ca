using Anodyne.Web.Features.Charts;
using Microsoft.AspNetCore.Html;

namespace Anodyne.Web.Features.Orders;

/// <summary>The plasma preview as an inline SVG chart: the curve over hours of the plan, the bands shaded behind it.</summary>
public static class PlasmaChart
{
    public static HtmlString Render(PlasmaPreview preview, string chartId)
    {
        ArgumentNullException.ThrowIfNull(preview);
        var plot = new ScottPlot.Plot();
        var hours = preview.Samples.Select(s => s.Minute / 60).ToArray();
        var levels = preview.Samples.Select(s => s.PlasmaNanogramsPerMillilitre).ToArray();
        var bands = preview.MinutesAbove.ToDictionary(b => b.Band, b => b.FromNanogramsPerMillilitre);
        var top = Math.Max(levels.DefaultIfEmpty(0).Max() * 1.15, bands["above dissociative"] * 1.1);
        Shade(plot, bands["analgesic"], bands["dissociative"], ScottPlot.Colors.Green);
        Shade(plot, bands["dissociative"], bands["above dissociative"], ScottPlot.Colors.Orange);
        Shade(plot, bands["above dissociative"], Math.Min(top, bands["anaesthetic"]), ScottPlot.Colors.Red);
        var line = plot.Add.ScatterLine(hours, levels);
        line.LineWidth = 2;
        line.Color = ScottPlot.Colors.Navy;
        plot.Axes.SetLimitsY(0, top);
        plot.XLabel("Hours from the start of the plan");
        plot.YLabel("Plasma ketamine (ng/mL)");
        return SvgChart.Render(plot, chartId, "Predicted plasma ketamine over the whole plan, with the analgesic, dissociative and higher bands", 760, 320);
    }

    private static void Shade(ScottPlot.Plot plot, double from, double to, ScottPlot.Color color)
    {
        var span = plot.Add.HorizontalSpan(from, to);
        span.FillStyle.Color = color.WithAlpha(0.12);
        span.LineStyle.Width = 0;
    }
}
