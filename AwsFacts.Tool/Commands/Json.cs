using System;
using System.IO;
using System.Text;
using System.Text.Json;
using AwsFacts.Tool.Output;

namespace AwsFacts.Tool.Commands
{
    /// <summary>Writes JSON built with <see cref="Utf8JsonWriter"/> to a text writer (the console or a test's writer).</summary>
    internal static class Json
    {
        public static void Write(TextWriter output, Action<Utf8JsonWriter> write)
            => output.WriteLine(Text(stream =>
            {
                using var json = new Utf8JsonWriter(stream, JsonReport.Options);
                write(json);
            }));

        /// <summary>What <paramref name="write"/> writes to a stream, as text.</summary>
        public static string Text(Action<Stream> write)
        {
            using var buffer = new MemoryStream();
            write(buffer);
            return Encoding.UTF8.GetString(buffer.ToArray());
        }
    }
}
