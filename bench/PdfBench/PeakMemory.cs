using System.Globalization;

/// <summary>
/// Samples, every 100 ms, the memory of all this process's descendants (the Playwright driver and Chromium) from /proc:
/// RSS summed (counts shared pages once per process, so it overstates) and PSS summed (shares them out: the honest total).
/// </summary>
internal sealed class PeakMemory : IDisposable
{
    private readonly Timer timer;
    private long browserPeakKb;
    private long browserPssPeakKb;

    public PeakMemory() => timer = new Timer(_ => Sample(), null, TimeSpan.Zero, TimeSpan.FromMilliseconds(100));

    public double BrowserPeakMb => Interlocked.Read(ref browserPeakKb) / 1024.0;

    public double BrowserPssPeakMb => Interlocked.Read(ref browserPssPeakKb) / 1024.0;

    /// <summary>VmHWM: the kernel's own high-water mark of this process's resident memory.</summary>
    public static double DotnetPeakMb => StatusKb(Environment.ProcessId, "VmHWM:") / 1024.0;

    private void Sample()
    {
        var children = new Dictionary<int, List<int>>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), out var pid) && ParentOf(pid) is { } parent)
            {
                (children.TryGetValue(parent, out var list) ? list : children[parent] = []).Add(pid);
            }
        }

        long total = 0, pss = 0;
        var stack = new Stack<int>(children.GetValueOrDefault(Environment.ProcessId) ?? []);
        while (stack.TryPop(out var pid))
        {
            total += StatusKb(pid, "VmRSS:");
            pss += StatusKb(pid, "Pss:", "smaps_rollup");
            foreach (var child in children.GetValueOrDefault(pid) ?? [])
            {
                stack.Push(child);
            }
        }

        if (total > Interlocked.Read(ref browserPeakKb))
        {
            Interlocked.Exchange(ref browserPeakKb, total);
        }

        if (pss > Interlocked.Read(ref browserPssPeakKb))
        {
            Interlocked.Exchange(ref browserPssPeakKb, pss);
        }
    }

    private static int? ParentOf(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return int.Parse(fields[1], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static long StatusKb(int pid, string key, string file = "status")
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/{file}").FirstOrDefault(l => l.StartsWith(key, StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line[key.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }

    public void Dispose() => timer.Dispose();
}
