using System.Diagnostics;
using System.Net;
using PolicyPortal.AckBench;
using PolicyPortal.Domain.Documents;
using PolicyPortal.Domain.Staff;
using PolicyPortal.IntegrationTests.Infrastructure;

namespace PolicyPortal.IntegrationTests.Cluster;

/// <summary>Two nodes behind nginx over one PostgreSQL and one Redis (scripts/cluster.sh), each test leaving it whole.</summary>
[Collection(nameof(ClusterTests))]
public sealed partial class ClusterTests(ClusterFixture cluster) : IClassFixture<ClusterFixture>
{
    private const string Unavailable = "Сервис временно недоступен";

    [Fact]
    public async Task A_session_signed_in_through_the_balancer_continues_on_whichever_node_answers()
    {
        foreach (var node in cluster.Nodes)
        {
            using var direct = ClusterFixture.Client(node, cluster.Director.Cookies);
            var (response, page) = await direct.GetAsync("/dashboard");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("Выйти", page.Body!.TextContent, StringComparison.Ordinal);
        }

        for (var i = 0; i < 6; i++)
        {
            var (response, _) = await cluster.Director.GetAsync("/dashboard");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task A_publication_on_one_node_shows_on_the_other_at_the_next_request()
    {
        using var onFirst = ClusterFixture.Client(cluster.Nodes[0], cluster.Director.Cookies);
        using var visitorOnSecond = ClusterFixture.Client(cluster.Nodes[1]);
        var first = await ReadyDraftAsync(onFirst, "7101");
        Assert.True(FormClient.IsRedirectTo(await DocumentArrange.PublishAsync(onFirst, first), $"/director/documents/{first}"));

        // The second node serves /policy twice: the second answer comes from the shared cache.
        for (var i = 0; i < 2; i++)
        {
            var (_, before) = await visitorOnSecond.GetAsync("/policy");
            Assert.Contains("7101", before.Body!.TextContent, StringComparison.Ordinal);
        }

        Assert.True(await cluster.CachedEntriesAsync() > 0, "nothing cached in Redis");

        var (copied, _) = await onFirst.SubmitAsync("/director/documents", new Dictionary<string, string>(), $"form[action*='handler=Copy'][action*='{first}']");
        var second = Guid.Parse(copied.Headers.Location!.OriginalString.Split('/').Last());
        await onFirst.SubmitAsync($"/director/documents/{second}/requisites", new Dictionary<string, string> { ["Requisites.Number"] = "7102" });
        Assert.True(FormClient.IsRedirectTo(await DocumentArrange.PublishAsync(onFirst, second, supersedes: first), $"/director/documents/{second}"));

        var (_, after) = await visitorOnSecond.GetAsync("/policy");
        Assert.Contains("7102", after.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_institution_name_saved_on_one_node_shows_on_the_other_at_once()
    {
        using var onFirst = ClusterFixture.Client(cluster.Nodes[0], cluster.Director.Cookies);
        using var onSecond = ClusterFixture.Client(cluster.Nodes[1], cluster.Director.Cookies);
        using var visitorOnSecond = ClusterFixture.Client(cluster.Nodes[1]);
        // The second node keeps the name in memory and its /policy in the shared cache.
        await onSecond.GetAsync("/dashboard");
        await visitorOnSecond.GetAsync("/policy");

        var name = $"Колледж {Guid.NewGuid().ToString("N")[..6]}";
        var (saved, _) = await onFirst.SubmitAsync("/admin/profile", new Dictionary<string, string> { ["Input.ShortName"] = name });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        // Pub/sub reaches the other node within milliseconds; without it the name would wait for the minute to pass.
        await ClusterFixture.WaitUntilAsync(
            async () => (await onSecond.GetAsync("/dashboard")).Page.QuerySelector(".brand")?.TextContent.Trim() == name, TimeSpan.FromSeconds(5), "new name on node 2");
        Assert.Equal(name, (await visitorOnSecond.GetAsync("/policy")).Page.QuerySelector(".brand")?.TextContent.Trim());
    }

    [Fact]
    public async Task Reminders_asked_on_both_nodes_at_once_go_out_once_to_each_person()
    {
        var crowd = await ClusterCrowd.ArrangeAsync(cluster, "8201", 12);
        var url = $"/director/documents/{crowd.DocumentId}/acknowledgements";
        var clicks = cluster.Nodes.Select(async node =>
        {
            using var director = ClusterFixture.Client(node, cluster.Director.Cookies);
            var (response, _) = await director.SubmitAsync(url, new Dictionary<string, string>(), "form[action*='handler=Remind']");
            return response.StatusCode;
        }).ToList();
        Assert.All(await Task.WhenAll(clicks), status => Assert.Equal(HttpStatusCode.Redirect, status));

        var mails = Directory.GetFiles(cluster.MailFolder, "*.eml").Select(File.ReadAllText).Where(m => m.Contains("@cluster.test", StringComparison.Ordinal)).ToList();
        foreach (var email in crowd.Emails)
        {
            Assert.Single(mails, m => m.Contains(email, StringComparison.Ordinal));
        }

        Assert.Equal(crowd.Emails.Count, mails.Count(m => crowd.Emails.Any(e => m.Contains(e, StringComparison.Ordinal))));
    }

    [Fact]
    public async Task A_node_killed_during_signing_loses_no_answered_acknowledgement_and_the_other_carries_on()
    {
        var crowd = await ClusterCrowd.ArrangeAsync(cluster, "8301", 60);
        try
        {
            using var stop = new CancellationTokenSource();
            var first = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var during = SignAsync(crowd.DocumentId, crowd.Emails.Take(40), clients: 8, first);
            await Task.WhenAny(first.Task, Task.Delay(TimeSpan.FromSeconds(60)));
            await Task.Delay(Random.Shared.Next(200, 1000));
            Process.GetProcessById(cluster.NodePid(1)).Kill();
            var (promised, failures) = await during;
            Assert.Empty(failures);

            // The other node answers everything that follows: sessions, forms and acknowledgements alike.
            var (after, afterFailures) = await SignAsync(crowd.DocumentId, crowd.Emails.Skip(40), clients: 4, first: null, losesNothing: true);
            Assert.Empty(afterFailures);
            Assert.Equal(20, after.Count);

            var signed = await ClusterCrowd.SignedAsync(cluster, crowd.DocumentId);
            Assert.Subset(signed, promised.Concat(after).ToHashSet(StringComparer.Ordinal));
            Assert.NotEmpty(promised);
            Assert.Equal(0, await AdminCommandAsync("verify-audit"));
        }
        finally
        {
            await cluster.ScriptOrFailAsync("node", "1", "start");
            await ClusterFixture.WaitUntilAsync(async () => await HealthyAsync(cluster.Nodes[0]), TimeSpan.FromSeconds(90), "node 1 restarted");
        }
    }

    [Fact]
    public async Task With_Redis_stopped_pages_are_served_uncached_and_caching_resumes_when_it_is_back()
    {
        await ClusterCrowd.ArrangeAsync(cluster, "8401", 1);
        using var visitor = ClusterFixture.Client(cluster.Url);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/policy")).Response.StatusCode);
        try
        {
            await cluster.ScriptOrFailAsync("redis", "stop");
            foreach (var node in cluster.Nodes)
            {
                using var direct = ClusterFixture.Client(node);
                for (var i = 0; i < 3; i++)
                {
                    var (response, page) = await direct.GetAsync("/policy");
                    Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                    Assert.DoesNotContain(Unavailable, page.Body!.TextContent, StringComparison.Ordinal);
                }
            }

            // A publication cannot evict the cache now; it is published all the same, and the eviction is repeated later.
            var draft = await ReadyDraftAsync(cluster.Director, "8402");
            Assert.True(FormClient.IsRedirectTo(await DocumentArrange.PublishAsync(cluster.Director, draft), $"/director/documents/{draft}"));
        }
        finally
        {
            await cluster.ScriptAsync("redis", "start");
        }

        Assert.Contains("8402", (await visitor.GetAsync("/policy")).Page.Body!.TextContent, StringComparison.Ordinal);

        await ClusterFixture.WaitUntilAsync(
            async () =>
            {
                await visitor.GetAsync("/policy");
                return await cluster.CachedEntriesAsync() > 0;
            },
            TimeSpan.FromSeconds(30),
            "pages cached in Redis again");
    }

    [Fact]
    public async Task With_PostgreSQL_restarted_requests_fail_with_the_503_page_then_recover_without_restarting_the_nodes()
    {
        try
        {
            await cluster.ScriptOrFailAsync("postgres", "stop");
            foreach (var node in cluster.Nodes)
            {
                using var direct = ClusterFixture.Client(node, cluster.Director.Cookies);
                var (response, page) = await direct.GetAsync("/dashboard");
                Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
                Assert.Contains(Unavailable, page.Body!.TextContent, StringComparison.Ordinal);
            }
        }
        finally
        {
            await cluster.ScriptOrFailAsync("postgres", "start");
        }

        foreach (var node in cluster.Nodes)
        {
            using var direct = ClusterFixture.Client(node, cluster.Director.Cookies);
            await ClusterFixture.WaitUntilAsync(
                async () => (await direct.GetAsync("/dashboard")).Response.StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(30), $"{node} serves again");
        }
    }

    /// <summary>A draft from the template, completed in the database so that it passes the check (as DocumentArrange does).</summary>
    private async Task<Guid> ReadyDraftAsync(FormClient director, string number)
    {
        var id = await DocumentArrange.CreateFromTemplateAsync(director);
        await using var db = cluster.Database();
        var deputy = new Person { FullName = $"Кухарская Оксана Борисовна {number}", Position = "Заместитель директора по учебной работе" };
        db.People.Add(deputy);
        var document = db.Documents.Single(d => d.Id == id);
        var content = document.ReadContent();
        content.Requisites.Number = number;
        content.Acknowledgers.Add(PersonRef.Of(deputy.FullName, deputy.Position, deputy.Id));
        document.UpdateDraft(content, "test", DateTimeOffset.UtcNow);
        await db.SaveChangesAsync();
        return id;
    }

    /// <summary>
    /// Signs each person in through the balancer and acknowledges. A success answer is a promise; no answer or a 502
    /// from nginx (the node died with the request) is no promise; any other answer is a failure — and so is a lost
    /// answer when <paramref name="losesNothing"/>.
    /// </summary>
    private async Task<(List<string> Promised, List<string> Failures)> SignAsync(
        Guid documentId, IEnumerable<string> emails, int clients, TaskCompletionSource? first, bool losesNothing = false)
    {
        var queue = new System.Collections.Concurrent.ConcurrentQueue<string>(emails);
        var promised = new System.Collections.Concurrent.ConcurrentBag<string>();
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            while (queue.TryDequeue(out var email))
            {
                using var client = new SignerClient(cluster.Url);
                try
                {
                    await client.SignInAsync(email, SigningCrowd.Password);
                    var token = await client.OpenAsync(documentId);
                    var response = await client.ConfirmAsync(documentId, token, SigningCrowd.Password);
                    if (response.StatusCode == HttpStatusCode.Redirect)
                    {
                        promised.Add(email);
                        first?.TrySetResult();
                    }
                    else if (losesNothing || response.StatusCode != HttpStatusCode.BadGateway)
                    {
                        failures.Add($"{email}: {(int)response.StatusCode}");
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException or InvalidOperationException)
                {
                    if (losesNothing || !e.Message.Contains("502", StringComparison.Ordinal) && e is InvalidOperationException)
                    {
                        failures.Add($"{email}: {e.Message}");
                    }
                }
            }
        })));
        return ([.. promised], [.. failures]);
    }

    private async Task<int> AdminCommandAsync(string command)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = AppContext.BaseDirectory };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "PolicyPortal.Web.dll"));
        start.ArgumentList.Add(command);
        start.ArgumentList.Add($"--Logging:Folder={Path.Combine(Path.GetTempPath(), "policyportal-cluster-command-logs")}");
        foreach (var (name, value) in cluster.Exports)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        await output;
        await error;
        return process.ExitCode;
    }

    private static async Task<bool> HealthyAsync(string node)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        try
        {
            return (await http.GetAsync($"{node}/health")).StatusCode == HttpStatusCode.OK;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }
}
