namespace LinkedInOptOutGuide.Content;

/// <summary>A step's <c>opens</c>: the LinkedIn page the step has the reader open. Only https addresses on linkedin.com.</summary>
internal static class LinkedInPage
{
    /// <summary>The page under <c>opens</c>, or null when the key is absent or its value is not a LinkedIn https address (reported).</summary>
    public static Uri? Read(YamlMap map, ContentFile file)
    {
        if (!map.Has("opens"))
        {
            return null;
        }
        var value = map.Text("opens");
        if (value.Length == 0)
        {
            return null;
        }
        if (Uri.TryCreate(value, UriKind.Absolute, out var url) && url.Scheme == Uri.UriSchemeHttps && IsLinkedIn(url.Host)
            && url.UserInfo.Length == 0 && url.IsDefaultPort)
        {
            return url;
        }
        file.Error(map.LineOf("opens"), $"'opens' is '{value}': expected an https:// address on linkedin.com, the LinkedIn page the step has the reader open");
        return null;
    }

    private static bool IsLinkedIn(string host) =>
        host.Equals("linkedin.com", StringComparison.OrdinalIgnoreCase) || host.EndsWith(".linkedin.com", StringComparison.OrdinalIgnoreCase);
}
