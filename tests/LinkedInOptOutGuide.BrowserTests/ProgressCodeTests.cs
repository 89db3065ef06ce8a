using System.Text.Json;

namespace LinkedInOptOutGuide.BrowserTests;

/// <summary>
/// The progress code of "Continue on another device" and its file, as the browser runs them: the served
/// progress-code.js (its fingerprinted URL read from the page) imported into a guide page. What goes in comes back
/// out; anything cut off, too big, from another app or from a newer version is refused with a message for the reader.
/// </summary>
public sealed class ProgressCodeTests(SiteServer site, BrowserHost host) : BrowserTest(site, host)
{
    private const string Import = "const m = await import(document.querySelector('[data-transfer]').dataset.code);";

    private static readonly Dictionary<string, object> Sample = new()
    {
        ["turn-off-ai-training-web"] = new { v = 2, at = "2026-11-28" },
        ["check-setting-stayed-off"] = new { v = 1, at = "2026-11-30" },
        ["object-form-europe"] = new { v = 1, at = "2026-12-04", state = "answered", sent = "2026-12-02" },
        ["x9"] = new { v = 9999, at = "2000-02-29", state = "no-answer", sent = "2199-12-31" },
    };

    /// <summary>Runs <paramref name="body"/> (JavaScript, with the module as <c>m</c> and the argument as <c>arg</c>) in a guide page.</summary>
    private async Task<T> RunAsync<T>(string body, object? arg = null)
    {
        var page = await OpenAsync("/guides/united-kingdom");
        var result = await page.Page.EvaluateAsync<T>($"async (arg) => {{ {Import} {body} }}", arg);
        page.AssertNoScriptProblems();
        return result;
    }

    /// <summary>What decoding <paramref name="code"/> does: "ok" or the message for the reader.</summary>
    private const string Refusal = "try { m.decode(arg); return 'ok'; } catch (e) { return e instanceof m.ProgressError ? e.message : 'crash: ' + e; }";

    [Fact]
    public async Task A_code_gives_back_exactly_the_steps_it_was_made_from()
    {
        var result = await RunAsync<string[]>("const code = m.encode(arg); return [code, JSON.stringify(m.decode(code))];", Sample);

        Assert.Matches("^1\\.[A-Za-z0-9_-]+$", result[0]);
        Assert.Equal(JsonSerializer.Serialize(Sample), result[1]);
    }

    [Fact]
    public async Task No_progress_and_the_most_progress_allowed_both_round_trip()
    {
        var most = Enumerable.Range(0, 50).ToDictionary(
            i => $"s{i}-" + new string('a', 76 - $"{i}".Length),
            _ => (object)new { v = 9999, at = "2026-12-01", state = "no-answer", sent = "2026-11-01" });

        var empty = await RunAsync<string>("return JSON.stringify(m.decode(m.encode({})));");
        var full = await RunAsync<string[]>("const code = m.encode(arg); return [String(code.length), JSON.stringify(m.decode(code))];", most);

        Assert.Equal("{}", empty);
        Assert.Equal(JsonSerializer.Serialize(most), full[1]);
        Assert.InRange(int.Parse(full[0], System.Globalization.CultureInfo.InvariantCulture), 1, 8192);
    }

    [Fact]
    public async Task Every_cut_off_code_is_refused_and_never_read_as_less_progress()
    {
        var outcomes = await RunAsync<string[]>(
            "const code = m.encode(arg); const out = [];" +
            "for (let n = 0; n < code.length; n++) { try { m.decode(code.slice(0, n)); out.push('read ' + n); } catch (e) { out.push(e instanceof m.ProgressError ? 'refused' : 'crash ' + e); } }" +
            "return out;", Sample);

        Assert.NotEmpty(outcomes);
        Assert.All(outcomes, outcome => Assert.Equal("refused", outcome));
    }

    [Theory]
    [InlineData("", "not progress from this site")]
    [InlineData("hello", "not progress from this site")]
    [InlineData("1.SGVsbG8gd29ybGQsIHRoaXMgaXMgcmFuZG9t", "not progress from this site")] // base64 of other text
    [InlineData("1.eyJzY2hlbWEiOjIsInN0ZXBzIjp7fX0", "not progress from this site")] // another app's JSON
    [InlineData("1.%%%%", "incomplete or damaged")]
    [InlineData("1.bGlv", "incomplete or damaged")] // the tag, no end mark
    [InlineData("2.bGlvLg", "newer version of this site")]
    [InlineData("17.anything", "newer version of this site")]
    public async Task Foreign_damaged_and_future_codes_are_refused_with_a_reason(string code, string reason)
    {
        var message = await RunAsync<string>(Refusal, code);

        Assert.Contains(reason, message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Bad_Id:1:20261130")] // upper case in an id
    [InlineData("ok:0:20261130")] // version 0
    [InlineData("ok:1:20260230")] // 30 February
    [InlineData("ok:1:20261130:x:20261130")] // unknown request state
    [InlineData("ok:1:20261130:s")] // a state without the day it was sent
    [InlineData("ok:1:20261130,ok:2:20261201")] // the same step twice
    [InlineData("ok:1:20261130:s:20261130:extra")]
    public async Task Codes_with_a_bad_entry_are_refused(string entries)
    {
        var code = "1." + Convert.ToBase64String(System.Text.Encoding.ASCII.GetBytes("lio" + entries + ".")).TrimEnd('=').Replace('+', '-').Replace('/', '_');

        var message = await RunAsync<string>(Refusal, code);

        Assert.Contains("incomplete or damaged", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Oversized_codes_and_too_many_steps_are_refused()
    {
        var tooMany = Enumerable.Range(0, 51).ToDictionary(i => $"s{i}", _ => (object)new { v = 1, at = "2026-12-01" });

        var outcomes = await RunAsync<string[]>(
            "const say = (f) => { try { f(); return 'ok'; } catch (e) { return e instanceof m.ProgressError ? e.message : 'crash: ' + e; } };" +
            "const many = {}; for (let i = 0; i < 51; i++) many['s' + i] = { v: 1, at: '2026-12-01' };" +
            "const text = 'lio' + Object.keys(many).map(id => id + ':1:20261201').join(',') + '.';" +
            "return [say(() => m.decode('1.' + 'A'.repeat(9000))), say(() => m.decode('1.' + btoa(text).replace(/=+$/, ''))), say(() => m.encode(arg))];", tooMany);

        Assert.Contains("longer than any progress", outcomes[0], StringComparison.Ordinal);
        Assert.Contains("more steps than any guide", outcomes[1], StringComparison.Ordinal);
        Assert.Contains("more steps than any guide", outcomes[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_saved_file_gives_back_its_steps_and_other_files_are_refused()
    {
        var outcomes = await RunAsync<string[]>(
            "const say = (t) => { try { return JSON.stringify(m.parseFile(t)); } catch (e) { return e instanceof m.ProgressError ? e.message : 'crash: ' + e; } };" +
            "const saved = m.fileText(arg, '2026-12-05');" +
            "return [say(saved), say('{\"schema\":2,\"steps\":{}}'), say('not json'), say(saved.replace('\"schema\": 2', '\"schema\": 3'))," +
            " say(' '.repeat(m.MAX_FILE + 1)), say(saved.replace('2026-11-28', '2026-13-28'))];", Sample);

        Assert.Equal(JsonSerializer.Serialize(Sample), outcomes[0]);
        Assert.Contains("not progress saved from this site", outcomes[1], StringComparison.Ordinal);
        Assert.Contains("not progress saved from this site", outcomes[2], StringComparison.Ordinal);
        Assert.Contains("newer version of this site", outcomes[3], StringComparison.Ordinal);
        Assert.Contains("too big", outcomes[4], StringComparison.Ordinal);
        Assert.Contains("incomplete or damaged", outcomes[5], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Merging_keeps_the_newer_entry_of_each_step_and_says_what_it_holds()
    {
        var result = JsonDocument.Parse(await RunAsync<string>(
            "const here = { a: { v: 1, at: '2026-12-03' }, b: { v: 1, at: '2026-11-01' }, c: { v: 2, at: '2026-11-01' } };" +
            "const there = { a: { v: 2, at: '2026-12-01' }, b: { v: 2, at: '2026-11-20' }, d: { v: 1, at: '2026-12-04', state: 'sent', sent: '2026-12-02' } };" +
            "return JSON.stringify({ merged: m.merge(here, there), said: m.describe(there) });")).RootElement;

        var steps = result.GetProperty("merged").GetProperty("steps");
        Assert.Equal("2026-12-03", steps.GetProperty("a").GetProperty("at").GetString());
        Assert.Equal("2026-11-20", steps.GetProperty("b").GetProperty("at").GetString());
        Assert.Equal(2, steps.GetProperty("c").GetProperty("v").GetInt32());
        Assert.Equal("sent", steps.GetProperty("d").GetProperty("state").GetString());
        Assert.Equal(2, result.GetProperty("merged").GetProperty("changed").GetInt32());
        Assert.Equal("2 steps done, 1 request sent on 2 Dec 2026", result.GetProperty("said").GetString());
    }
}
