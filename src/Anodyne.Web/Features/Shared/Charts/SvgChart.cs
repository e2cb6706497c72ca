using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Html;
using ScottPlot;

namespace Anodyne.Web.Features.Charts;

/// <summary>
/// Turns a ScottPlot plot into SVG markup that can sit inline in a page: no XML declaration, a title that screen
/// readers announce, a viewBox so it scales down on a phone, and element ids made unique per chart, so two charts on
/// one page never share a clip path. The SVG holds presentation attributes only (no style attributes, no script),
/// so it passes the site's Content Security Policy.
/// </summary>
public static partial class SvgChart
{
    /// <param name="plot">The chart to draw.</param>
    /// <param name="chartId">A page-unique id made of letters, digits and hyphens; prefixes every id inside the SVG.</param>
    /// <param name="title">What the chart shows, in words (its accessible name).</param>
    /// <param name="width">Drawing width in pixels; the page may show it smaller.</param>
    /// <param name="height">Drawing height in pixels.</param>
    public static HtmlString Render(Plot plot, string chartId, string title, int width = 720, int height = 320)
    {
        ArgumentNullException.ThrowIfNull(plot);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        if (!SafeId().IsMatch(chartId))
        {
            throw new ArgumentException("A chart id is letters, digits and hyphens, starting with a letter.", nameof(chartId));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(width, 100);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 100);
        return new HtmlString(ToInlineMarkup(plot.GetSvgXml(width, height), chartId, title, width, height));
    }

    internal static string ToInlineMarkup(string svg, string chartId, string title, int width, int height)
    {
        var body = XmlDeclaration().Replace(svg, "");
        body = IdAttribute().Replace(body, m => $"id=\"{chartId}-{m.Groups[1].Value}\"");
        body = IdReference().Replace(body, m => $"url(#{chartId}-{m.Groups[1].Value})");
        body = HrefReference().Replace(body, m => $"href=\"#{chartId}-{m.Groups[1].Value}\"");
        var size = string.Create(CultureInfo.InvariantCulture, $"width=\"{width}\" height=\"{height}\"");
        var open = string.Create(CultureInfo.InvariantCulture,
            $"<svg class=\"chart\" role=\"img\" aria-labelledby=\"{chartId}-title\" viewBox=\"0 0 {width} {height}\"");
        var start = body.IndexOf("<svg", StringComparison.Ordinal);
        var end = body.IndexOf('>', start);
        var attributes = body[(start + 4)..end].Replace(size, "", StringComparison.Ordinal);
        var titleElement = $"<title id=\"{chartId}-title\">{System.Net.WebUtility.HtmlEncode(title)}</title>";
        return string.Concat(open, attributes, ">", titleElement, body[(end + 1)..]).Trim();
    }

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9\-]*$")]
    private static partial Regex SafeId();

    [GeneratedRegex(@"<\?xml[^>]*\?>\s*")]
    private static partial Regex XmlDeclaration();

    [GeneratedRegex("id=\"([^\"]+)\"")]
    private static partial Regex IdAttribute();

    [GeneratedRegex(@"url\(#([^)]+)\)")]
    private static partial Regex IdReference();

    [GeneratedRegex("href=\"#([^\"]+)\"")]
    private static partial Regex HrefReference();
}
