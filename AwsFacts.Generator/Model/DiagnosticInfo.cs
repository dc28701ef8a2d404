using Microsoft.CodeAnalysis;

namespace AwsFacts.Generator.Model;

/// <summary>A diagnostic as data: descriptor id, message arguments and locations.</summary>
internal sealed record DiagnosticInfo(
    string Id,
    LocationInfo Location,
    EquatableArray<LocationInfo> AdditionalLocations,
    EquatableArray<string> MessageArgs)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo location, params string[] args)
        => new(descriptor.Id, location, EquatableArray<LocationInfo>.Empty, new EquatableArray<string>(args));

    public static DiagnosticInfo Create(
        DiagnosticDescriptor descriptor, LocationInfo location, LocationInfo additional, params string[] args)
        => new(descriptor.Id, location, new EquatableArray<LocationInfo>(new[] { additional }), new EquatableArray<string>(args));
}
