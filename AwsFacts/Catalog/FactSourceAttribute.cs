using System;
using System.ComponentModel;

namespace AwsFacts
{
    /// <summary>
    /// Marks an assembly whose notes the AwsFacts generator turned into facts, so <see cref="FactCatalog"/> finds them
    /// at run time beside AwsFacts' own. The generator writes it (<c>[assembly: AwsFacts.FactSource(typeof(…))]</c>) in
    /// every project that references AwsFacts; you do not write it yourself.
    /// </summary>
    [AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class FactSourceAttribute : Attribute
    {
        /// <summary>Names the generated class that lists the assembly's facts (its static <c>All</c> field).</summary>
        public FactSourceAttribute(Type generatedFacts) => GeneratedFacts = generatedFacts;

        /// <summary>The generated class that lists the assembly's facts.</summary>
        public Type GeneratedFacts { get; }
    }
}
