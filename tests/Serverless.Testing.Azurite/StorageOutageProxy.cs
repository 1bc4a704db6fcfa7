using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Serverless.Cli.Azurite;

namespace Serverless.Testing;

/// <summary>
/// TCP forwarders in front of Azurite's ports. An outage resets every open connection and refuses new ones; Azurite
/// itself runs on, so what it acknowledged stays written, as in Azure Storage (a killed Azurite loses up to its last
/// 5 s of writes, which real storage never does).
/// </summary>
public sealed class StorageOutageProxy : IAsyncDisposable
{
    private readonly Forwarder[] forwarders;

    private StorageOutageProxy(AzuriteEndpoint target)
    {
        forwarders = [new(target.BlobPort), new(target.QueuePort), new(target.TablePort)];
        Endpoint = new AzuriteEndpoint(forwarders[0].Port, forwarders[1].Port, forwarders[2].Port);
    }

    /// <summary>Where clients connect: Azurite's account through the proxy's ports.</summary>
    public AzuriteEndpoint Endpoint { get; }

    public static StorageOutageProxy Start(AzuriteEndpoint target) => new(target);

    public void BeginOutage()
    {
        foreach (var forwarder in forwarders)
        {
            forwarder.Stop();
        }
    }

    public void EndOutage()
    {
        foreach (var forwarder in forwarders)
        {
            forwarder.Listen();
        }
    }

    public ValueTask DisposeAsync()
    {
        BeginOutage();
        return ValueTask.CompletedTask;
    }

    private sealed class Forwarder
    {
        private readonly int target;
        private readonly ConcurrentDictionary<Socket, byte> open = new();
        private TcpListener? listener;

        public Forwarder(int target)
        {
            this.target = target;
            Listen(0);
        }

        public int Port { get; private set; }

        public void Listen() => Listen(Port);

        public void Stop()
        {
            listener?.Stop();
            listener = null;
            foreach (var socket in open.Keys)
            {
                try
                {
                    socket.LingerState = new LingerOption(true, 0); // a reset, as when the service goes away
                    socket.Close();
                }
                catch (ObjectDisposedException)
                {
                    // closed by its own forwarder meanwhile
                }
            }

            open.Clear();
        }

        private void Listen(int port)
        {
            var next = new TcpListener(IPAddress.Loopback, port);
            next.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
            next.Start();
            Port = ((IPEndPoint)next.LocalEndpoint).Port;
            listener = next;
            _ = AcceptAsync(next);
        }

        private async Task AcceptAsync(TcpListener accepting)
        {
            while (true)
            {
                Socket client;
                try
                {
                    client = await accepting.AcceptSocketAsync();
                }
                catch (Exception ex) when (ex is SocketException or ObjectDisposedException or InvalidOperationException)
                {
                    return; // stopped
                }

                _ = ForwardAsync(client);
            }
        }

        private async Task ForwardAsync(Socket client)
        {
            var server = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            open[client] = 0;
            open[server] = 0;
            try
            {
                await server.ConnectAsync(IPAddress.Loopback, target);
                await using var fromClient = new NetworkStream(client, ownsSocket: false);
                await using var toServer = new NetworkStream(server, ownsSocket: false);
                await Task.WhenAny(fromClient.CopyToAsync(toServer), toServer.CopyToAsync(fromClient));
            }
            catch (Exception ex) when (ex is SocketException or IOException or ObjectDisposedException)
            {
                // the outage, or a side that went away
            }
            finally
            {
                open.TryRemove(client, out _);
                open.TryRemove(server, out _);
                client.Dispose();
                server.Dispose();
            }
        }
    }
}
