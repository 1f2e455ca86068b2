using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace PolicyPortal.Web.Hosting;

/// <summary>
/// <c>&lt;field for="Input.City" hint="…" /&gt;</c>: a label, an optional hint, the input and its error message,
/// so every form shows a field and its Russian error the same way and keeps what was typed.
/// </summary>
[HtmlTargetElement("field", Attributes = "for", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FieldTagHelper(IHtmlGenerator generator) : TagHelper
{
    public ModelExpression For { get; set; } = default!;
    public string? Hint { get; set; }
    /// <summary>text, email, password, date, url, number, textarea, checkbox.</summary>
    public string Type { get; set; } = "text";
    public string? Autocomplete { get; set; }
    public int Rows { get; set; } = 4;
    /// <summary>Overrides the model's display name where one input serves two forms.</summary>
    public string? Label { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", Type == "checkbox" ? "field checkbox-row" : "field");

        var name = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
        var id = TagBuilder.CreateSanitizedId(name, "_");
        var describedBy = $"{id}-error" + (Hint is null ? "" : $" {id}-hint");
        var attributes = new Dictionary<string, object> { ["aria-describedby"] = describedBy };
        if (Autocomplete is not null)
        {
            attributes["autocomplete"] = Autocomplete;
        }

        if (ViewContext.ViewData.ModelState.TryGetValue(name, out var entry) && entry.Errors.Count > 0)
        {
            attributes["aria-invalid"] = "true";
        }

        var label = generator.GenerateLabel(ViewContext, For.ModelExplorer, For.Name, labelText: Label, htmlAttributes: null);
        TagBuilder input = Type switch
        {
            "textarea" => generator.GenerateTextArea(ViewContext, For.ModelExplorer, For.Name, Rows, 80, attributes),
            "password" => generator.GeneratePassword(ViewContext, For.ModelExplorer, For.Name, value: null, attributes),
            "checkbox" => generator.GenerateCheckBox(ViewContext, For.ModelExplorer, For.Name, isChecked: null, attributes),
            _ => TextBox(attributes),
        };
        var error = generator.GenerateValidationMessage(ViewContext, For.ModelExplorer, For.Name, message: null, tag: "div", new { @class = "field-error", id = $"{id}-error" });

        if (Type == "checkbox")
        {
            output.Content.AppendHtml(input).AppendHtml(label).AppendHtml(error);
            if (generator.GenerateHiddenForCheckbox(ViewContext, For.ModelExplorer, For.Name) is { } hidden)
            {
                output.PostContent.AppendHtml(hidden);
            }

            return;
        }

        output.Content.AppendHtml(label);
        if (Hint is not null)
        {
            output.Content.AppendHtml($"<p class=\"hint\" id=\"{id}-hint\">").Append(Hint).AppendHtml("</p>");
        }

        output.Content.AppendHtml(input).AppendHtml(error);
    }

    private TagBuilder TextBox(Dictionary<string, object> attributes)
    {
        attributes["type"] = Type;
        if (Type == "date")
        {
            attributes["min"] = DateInputTagHelper.Min;
            attributes["max"] = DateInputTagHelper.Max;
        }

        var format = Type == "date" ? "{0:yyyy-MM-dd}" : null;
        return generator.GenerateTextBox(ViewContext, For.ModelExplorer, For.Name, For.Model, format, attributes);
    }
}
