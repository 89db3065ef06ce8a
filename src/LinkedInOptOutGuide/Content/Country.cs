using System.Globalization;

namespace LinkedInOptOutGuide.Content;

/// <summary>An ISO 3166-1 alpha-2 code and the country's English name (from <c>content/countries.yml</c>).</summary>
/// <param name="NativeName">The country's name in its own main language, from .NET's globalization data (ICU), when it
/// differs from the English name ("Deutschland" for Germany); null otherwise.</param>
internal sealed record Country(string Code, string Name, string? NativeName)
{
    public static Country From(string code, string name) => new(code, name, NativeNameOf(code, name));

    private static string? NativeNameOf(string code, string name)
    {
        try
        {
            var native = new RegionInfo(code).NativeName;
            return native.Length == 0 || native == code || string.Equals(native, name, StringComparison.OrdinalIgnoreCase) ? null : native;
        }
        catch (ArgumentException)
        {
            return null; // a code ICU does not know: the English name alone
        }
    }
}
