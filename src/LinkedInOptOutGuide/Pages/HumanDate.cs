using System.Globalization;

namespace LinkedInOptOutGuide.Pages;

/// <summary>Dates as maintainers' reports write them ("3 Nov 2025") and as machines read them ("2025-11-03"). Pages show readers <c>UiText.Date</c>, in their language.</summary>
internal static class HumanDate
{
    public static string Format(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
