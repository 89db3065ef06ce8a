using System.Text;
using Ical.Net;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LinkedInOptOutGuide.BrowserTests;

/// <summary>
/// "Remind me to re-check" on the re-check step downloads a calendar file, made in the browser, that a calendar
/// app reads as one all-day event 90 days later with a link back to the guide; and it is strict RFC 5545 text.
/// </summary>
public sealed class ReminderTests(SiteServer site, BrowserHost host) : BrowserTest(site, host)
{
    private const string Guide = "/guides/united-states";
    private const string Step = "check-setting-stayed-off";

    protected override BrowserNewContextOptions ContextOptions() => new() { TimezoneId = "Europe/London" };

    private async Task<(ObservedPage Page, byte[] File, string Name)> DownloadAsync()
    {
        var page = await NewPageAsync();
        // The reader's clock says 2 December 2026, midday: the event falls on 2 March 2027.
        await page.Page.Clock.SetFixedTimeAsync(new DateTime(2026, 12, 2, 12, 0, 0, DateTimeKind.Utc));
        await page.Page.GotoAsync(Guide);
        var button = page.Page.Locator($"section#{Step}").GetByRole(AriaRole.Button, new() { Name = "Remind me to re-check" });
        await Expect(button).ToBeVisibleAsync();
        var requests = page.Requests.Count;

        var download = await page.Page.RunAndWaitForDownloadAsync(() => button.ClickAsync());

        var path = await download.PathAsync();
        Assert.All(page.Requests.Skip(requests), url => Assert.DoesNotContain("/guides/", url, StringComparison.Ordinal));
        return (page, await File.ReadAllBytesAsync(path), download.SuggestedFilename);
    }

    [Fact]
    public async Task The_calendar_file_holds_one_all_day_event_in_90_days_linking_to_the_guide()
    {
        var (page, file, name) = await DownloadAsync();

        Assert.EndsWith(".ics", name, StringComparison.Ordinal);
        var calendar = Calendar.Load(Encoding.UTF8.GetString(file));
        Assert.NotNull(calendar);
        var reminder = Assert.Single(calendar.Events);
        Assert.True(reminder.IsAllDay);
        Assert.Equal(new DateOnly(2027, 3, 2), reminder.DtStart!.Date);
        Assert.Equal(new Uri(Site.Url($"{Guide}#{Step}")), reminder.Url);
        Assert.Contains(Site.Url($"{Guide}#{Step}"), reminder.Description, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(reminder.Summary));
        Assert.False(string.IsNullOrWhiteSpace(reminder.Uid));
        page.AssertNoScriptProblems();
    }

    [Fact]
    public async Task The_calendar_file_is_strict_RFC_5545_text()
    {
        var (_, file, _) = await DownloadAsync();
        var text = Encoding.UTF8.GetString(file);

        // CRLF only, and every line at most 75 octets; longer values are folded onto lines that start with a space.
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', text.Replace("\r\n", "", StringComparison.Ordinal));
        var lines = text[..^2].Split("\r\n");
        Assert.All(lines, line => Assert.InRange(Encoding.UTF8.GetByteCount(line), 1, 75));
        Assert.Contains(lines, line => line.StartsWith(' '));
        var unfolded = text.Replace("\r\n ", "", StringComparison.Ordinal).Split("\r\n");
        Assert.Equal(["BEGIN:VCALENDAR", "VERSION:2.0"], unfolded[..2]);
        Assert.Contains(unfolded, line => line.StartsWith("PRODID:", StringComparison.Ordinal));
        Assert.Contains("DTSTART;VALUE=DATE:20270302", unfolded);
        Assert.Contains("DTSTAMP:20261202T120000Z", unfolded);
        // TEXT values escape commas and semicolons, and write line breaks as \n.
        var description = Assert.Single(unfolded, line => line.StartsWith("DESCRIPTION:", StringComparison.Ordinal));
        Assert.Contains("\\n", description, StringComparison.Ordinal);
        Assert.DoesNotMatch("(?<!\\\\)[,;]", description["DESCRIPTION:".Length..]);
    }
}
