using System.Runtime.InteropServices;
using Serverless.Cli.Commands;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};
// SIGTERM (a process manager, docker stop, systemd) and SIGQUIT stop the CLI like Ctrl+C: commands finish what is in flight.
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
using var quit = PosixSignalRegistration.Create(PosixSignal.SIGQUIT, Stop);
Console.OutputEncoding = System.Text.Encoding.UTF8;
return await CliApp.RunAsync(args, Console.Out, Console.Error, cancellation.Token);

void Stop(PosixSignalContext context)
{
    context.Cancel = true;
    cancellation.Cancel();
}
