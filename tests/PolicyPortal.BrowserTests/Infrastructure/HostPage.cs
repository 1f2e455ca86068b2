using System.Net;
using System.Net.Sockets;
using System.Text;

namespace PolicyPortal.BrowserTests.Infrastructure;

/// <summary>A tiny site of its own origin (a loopback port) that serves one page: the college site embedding the portal.</summary>
public sealed class HostPage : IDisposable
{
    private readonly HttpListener listener = new();

    public HostPage()
    {
        var port = FreePort();
        Origin = $"http://127.0.0.1:{port}";
        listener.Prefixes.Add(Origin + "/");
        listener.Start();
        _ = ServeAsync();
    }

    public string Origin { get; }

    /// <summary>The body of the page it serves.</summary>
    public string Body { get; set; } = "";

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            context.Response.ContentType = "text/html; charset=utf-8";
            var html = $"<!DOCTYPE html><html lang=\"ru\"><head><meta charset=\"utf-8\"><title>Сайт колледжа</title></head><body>{Body}</body></html>";
            await context.Response.OutputStream.WriteAsync(Encoding.UTF8.GetBytes(html));
            context.Response.Close();
        }
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        listener.Stop();
        listener.Close();
    }
}
