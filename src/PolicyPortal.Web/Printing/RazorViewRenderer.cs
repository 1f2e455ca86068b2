using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace PolicyPortal.Web.Printing;

/// <summary>Renders a Razor view to a string outside a request (background rendering, admin commands).</summary>
public sealed class RazorViewRenderer(IRazorViewEngine viewEngine, ITempDataProvider tempDataProvider, IServiceProvider services)
{
    /// <param name="viewPath">An app-relative path: «/Pages/Shared/Printing/_PrintPage.cshtml».</param>
    public async Task<string> RenderAsync<TModel>(string viewPath, TModel model)
    {
        var httpContext = new DefaultHttpContext { RequestServices = services };
        var actionContext = new ActionContext(httpContext, new Microsoft.AspNetCore.Routing.RouteData(), new ActionDescriptor());
        var found = viewEngine.GetView(executingFilePath: null, viewPath, isMainPage: false);
        if (!found.Success)
        {
            throw new InvalidOperationException($"View {viewPath} not found: {string.Join(", ", found.SearchedLocations)}");
        }

        await using var writer = new StringWriter();
        var viewData = new ViewDataDictionary<TModel>(new EmptyModelMetadataProvider(), new ModelStateDictionary()) { Model = model };
        var viewContext = new ViewContext(actionContext, found.View, viewData, new TempDataDictionary(httpContext, tempDataProvider), writer, new HtmlHelperOptions());
        await found.View.RenderAsync(viewContext);
        return writer.ToString();
    }
}
