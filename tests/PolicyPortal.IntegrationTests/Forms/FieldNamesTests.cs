using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using PolicyPortal.IntegrationTests.Infrastructure;

namespace PolicyPortal.IntegrationTests.Forms;

/// <summary>A value that cannot be read («31.02.2025» in a date) is answered with the field's Russian name, never «Date».</summary>
public sealed partial class FieldNamesTests : IDisposable
{
    private readonly PortalFactory factory = new();

    [Fact]
    public void Every_posted_field_that_can_fail_to_bind_has_a_Russian_name()
    {
        var metadata = factory.Services.GetRequiredService<IModelMetadataProvider>();
        var pages = typeof(Program).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(PageModel)) && !t.IsAbstract);
        var missing = new List<string>();
        foreach (var page in pages)
        {
            foreach (var property in page.GetProperties().Where(p => p.GetCustomAttribute<BindPropertyAttribute>() is not null))
            {
                Walk(metadata.GetMetadataForProperty(page, property.Name), $"{page.Name}.{property.Name}", missing, depth: 0);
            }
        }

        Assert.True(missing.Count == 0, string.Join("\n", missing));
    }

    private static void Walk(ModelMetadata field, string path, List<string> missing, int depth)
    {
        var type = field.UnderlyingOrModelType;
        if (field.IsEnumerableType && type != typeof(string))
        {
            if (field.ElementMetadata is { } element)
            {
                Walk(element, path + "[]", missing, depth + 1);
            }

            return;
        }

        if (field.IsComplexType)
        {
            if (depth < 4)
            {
                foreach (var property in field.Properties.Where(p => p.IsBindingAllowed && !p.IsReadOnly))
                {
                    Walk(property, $"{path}.{property.PropertyName}", missing, depth + 1);
                }
            }

            return;
        }

        // A string always binds; a number, a date, an enum or a Guid can be refused, and then the message names the field.
        if (type != typeof(string) && field.MetadataKind == ModelMetadataKind.Property && !Cyrillic().IsMatch(field.DisplayName ?? ""))
        {
            missing.Add($"{path} ({field.ContainerType?.Name}.{field.PropertyName})");
        }
    }

    [GeneratedRegex("[А-Яа-яЁё]")]
    private static partial Regex Cyrillic();

    public void Dispose() => factory.Dispose();
}
