using System;

namespace AwsFacts
{
    public static partial class S3
    {
        public static partial class BucketNames
        {
            // The seed line "No uppercase, underscores, IPs, `xn--` prefix, `-s3alias` suffix" pinned these two names;
            // each restated one member of the reserved lists, so the lists are the one fact per rule.

            /// <summary>One of the reserved prefixes: <see cref="ReservedPrefixes.Xn"/>. <see cref="ReservedPrefixes.All"/> lists them all.</summary>
            [Obsolete("Use ReservedPrefixes.Xn; ReservedPrefixes.All lists every reserved prefix.")]
            public const string ForbiddenPrefix = ReservedPrefixes.Xn;

            /// <summary>One of the reserved suffixes: <see cref="ReservedSuffixes.S3alias"/>. <see cref="ReservedSuffixes.All"/> lists them all.</summary>
            [Obsolete("Use ReservedSuffixes.S3alias; ReservedSuffixes.All lists every reserved suffix.")]
            public const string ForbiddenSuffix = ReservedSuffixes.S3alias;
        }
    }
}
