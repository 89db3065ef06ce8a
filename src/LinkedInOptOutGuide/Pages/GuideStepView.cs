using LinkedInOptOutGuide.Content;

namespace LinkedInOptOutGuide.Pages;

/// <summary>One step of a guide article, as <c>_GuideStep.cshtml</c> renders it.</summary>
/// <param name="HeadingLevel">3 in the list of steps; 2 for a step shown on its own at the top of its permalink.</param>
internal sealed record GuideStepView(GuideArticle Article, Step Step, int HeadingLevel = 3)
{
    public int Number => Article.NumberOf(Step);

    public bool IsFocus => Step == Article.Focus;
}
