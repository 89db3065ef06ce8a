namespace LinkedInOptOutGuide.Content;

/// <summary>
/// Reads a guide's <c>doNow</c> list: each action opens one of LinkedIn's own pages and names a step of the guide
/// that explains it, so the button rests on that step's sources. The key is optional for the loader; the
/// shipped-content lint requires it of every guide.
/// </summary>
internal static class GuideActionReader
{
    private static readonly HashSet<string> Keys = ["step", "label", "url", "note"];

    public static IReadOnlyList<GuideAction> Read(YamlMap map, ContentFile file, IReadOnlyList<Step> guideSteps)
    {
        var actions = new List<GuideAction>();
        if (!map.Has("doNow"))
        {
            return actions;
        }
        foreach (var entry in map.Maps("doNow", Keys, "a 'do it now' action"))
        {
            var stepId = entry.Id("step");
            var step = guideSteps.FirstOrDefault(s => s.Id == stepId);
            if (step is null && stepId.Length > 0)
            {
                file.Error(entry.LineOf("step"), $"step '{stepId}' is not one of this guide's steps: an action must name the step that explains it");
            }
            var url = entry.Url("url");
            if (url.Host != "www.linkedin.com" && url.Host != "invalid.example")
            {
                file.Error(entry.LineOf("url"), $"'{url}' is not on www.linkedin.com: 'do it now' opens LinkedIn's own pages");
            }
            var label = entry.Text("label");
            var note = entry.Text("note");
            if (step is not null)
            {
                actions.Add(new GuideAction(step, label, url, note));
            }
        }
        if (actions.Count > 2)
        {
            file.Error(map.LineOf("doNow"), "'doNow' holds the one or two actions that matter most; move the rest into the steps");
        }
        return actions;
    }
}
