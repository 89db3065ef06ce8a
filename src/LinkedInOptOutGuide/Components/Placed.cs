using Microsoft.Extensions.Localization;

namespace LinkedInOptOutGuide.Components;

/// <summary>
/// A translated sentence with markup in it (a link): the text before and after its <c>{0}</c>, so that the component
/// writes the markup between them (<c>T["You can raise it with {0}."]</c>) and a translation can put it anywhere in
/// the sentence. A translation without <c>{0}</c> gets the markup at its end.
/// </summary>
internal static class Placed
{
    public static (string Before, string After) Around(LocalizedString sentence)
    {
        var text = sentence.Value;
        var at = text.IndexOf("{0}", StringComparison.Ordinal);
        return at < 0 ? (text, "") : (text[..at], text[(at + 3)..]);
    }
}
