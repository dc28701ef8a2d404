using System;
using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using System.Linq;

namespace AwsFacts.Benchmarks;

/// <summary>Which code the runtime JIT-compiles while it listens: methods per namespace, from the runtime's own events.</summary>
internal sealed class JitCensus : EventListener
{
    private readonly ConcurrentDictionary<string, int> _byNamespace = new();
    public volatile bool Listening;

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x10);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (!Listening || e.EventName is not "MethodLoadVerbose_V1" and not "MethodLoadVerbose_V2" and not "MethodLoadVerbose")
        {
            return;
        }

        var ns = e.Payload?[e.PayloadNames!.IndexOf("MethodNamespace")] as string ?? "?";
        var key = ns.StartsWith("AwsFacts", StringComparison.Ordinal) ? "AwsFacts.Generator"
            : ns.StartsWith("Markdig", StringComparison.Ordinal) ? "Markdig"
            : ns.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal) ? "Roslyn"
            : ns.StartsWith("System.Text.RegularExpressions", StringComparison.Ordinal) ? "Regex"
            : ns.StartsWith("System", StringComparison.Ordinal) ? "System" : "other";
        _byNamespace.AddOrUpdate(key, 1, (_, n) => n + 1);
    }

    public string Report() => string.Join(", ", _byNamespace.OrderByDescending(p => p.Value).Select(p => $"{p.Key} {p.Value}"));
}
