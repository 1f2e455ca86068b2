using Microsoft.AspNetCore.Razor.TagHelpers;

namespace PolicyPortal.Web.Hosting;

/// <summary>
/// Every date field takes four-digit years only: without a max Chromium lets «22025» be typed into the year,
/// which the server then cannot read.
/// </summary>
[HtmlTargetElement("input", Attributes = "[type=date]")]
public sealed class DateInputTagHelper : TagHelper
{
    public const string Min = "1900-01-01";
    public const string Max = "9999-12-31";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (!output.Attributes.ContainsName("min"))
        {
            output.Attributes.SetAttribute("min", Min);
        }

        if (!output.Attributes.ContainsName("max"))
        {
            output.Attributes.SetAttribute("max", Max);
        }
    }
}
