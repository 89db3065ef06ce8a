using LinkedInOptOutGuide.Content;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace LinkedInOptOutGuide.Hosting;

/// <summary>
/// Gives every page (but the error page) its address in each language: <c>/guides/{slug}</c> is also
/// <c>/de/guides/{slug}</c>. A page learns its language from the address (<see cref="RequestEdition"/>), never from
/// the reader's Accept-Language or IP, so a page is the same for every reader and can be cached.
/// </summary>
internal sealed class EditionRoutes(Editions editions) : IPageRouteModelConvention
{
    public void Apply(PageRouteModel model)
    {
        if (model.ViewEnginePath == "/Status")
        {
            return;
        }
        foreach (var selector in model.Selectors.ToList())
        {
            var template = selector.AttributeRouteModel?.Template ?? "";
            foreach (var edition in editions.Translations)
            {
                model.Selectors.Add(new SelectorModel
                {
                    AttributeRouteModel = new AttributeRouteModel
                    {
                        Template = template.Length == 0 ? edition.Language.Code : $"{edition.Language.Code}/{template}",
                    },
                });
            }
        }
    }
}
