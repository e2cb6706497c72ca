using Anodyne.Clinical.Dosing;
using Microsoft.AspNetCore.Html;

namespace Anodyne.Web.Features.Orders;

/// <summary>What the order form's preview and the order's page show: the working, the limits and the plasma preview.</summary>
public sealed record OrderFigures(
    decimal DosingWeightKg,
    string DosingWeightFormula,
    int Sessions,
    int SpacingDays,
    decimal VialMgPerMl,
    IReadOnlyList<OrderedStep> Steps,
    DoseLimitCheckResult? Limits,
    PlasmaPreview? Preview,
    HtmlString? Chart);
