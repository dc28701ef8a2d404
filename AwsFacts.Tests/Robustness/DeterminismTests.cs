using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using AwsFacts.Generator;
using AwsFacts.Generator.Extract;
using AwsFacts.Generator.Options;
using AwsFacts.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace AwsFacts.Tests.Robustness;

/// <summary>The same notes give the same bytes, whatever their order or the machine's culture; cancellation is prompt.</summary>
public class DeterminismTests
{
    [Fact]
    public void Output_is_byte_identical_whatever_order_the_notes_arrive_in()
    {
        var notes = RealNotes.Load();
        var expected = Generate(notes);

        Assert.Equal(expected, Generate(notes.Reverse().ToArray()));
        Assert.Equal(expected, Generate(notes.OrderBy(n => n.Path.Length).ThenByDescending(n => n.Path, StringComparer.Ordinal).ToArray()));
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("de-DE")]
    [InlineData("ar-SA")]
    public void Output_is_byte_identical_under_other_cultures(string culture)
    {
        var notes = RealNotes.Load().Append(new InMemoryAdditionalText("/extra/notes/culture.md",
            "# Istanbul {#Istanbul}\n\n- Size limit: 1,024.5 KB\n- Ratio: 0.25\n- Idle timeout: 1.5 h\n- States: INIT, ISTANBUL, i <!-- enum: IState -->\n- Big: 9223372036854775 bytes\n")).ToArray();
        var expected = Generate(notes);

        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            Assert.Equal(expected, Generate(notes));
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = previous;
        }
    }

    [Fact]
    public void A_cancelled_extraction_throws_OperationCanceledException()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        var text = SourceText.From(System.IO.File.ReadAllText(RealNotes.Files[0]));

        Assert.ThrowsAny<OperationCanceledException>(() =>
            NoteReader.Read("notes/x.md", "notes/x.md", text, new GeneratorOptions(string.Empty, "AwsFacts"), cancellation.Token));
    }

    [Fact]
    public void A_cancelled_generator_run_throws_OperationCanceledException()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        var driver = GeneratorHarness.CreateDriver(RealNotes.Load(), RealNotes.Options());

        Assert.ThrowsAny<OperationCanceledException>(() => driver.RunGenerators(GeneratorHarness.CreateCompilation("class A { }"), cancellation.Token));
    }

    [Fact]
    public void A_run_cancelled_midway_stops_with_OperationCanceledException()
    {
        // A large note and a token that fires almost at once: whatever step is running stops, with the right exception.
        var big = string.Concat(Enumerable.Repeat(System.IO.File.ReadAllText(RealNotes.Files.First(f => f.EndsWith("messaging.md", StringComparison.Ordinal))), 200));
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(5));
        var driver = GeneratorHarness.CreateDriver(new[] { new InMemoryAdditionalText("notes/big.md", big) }, RealNotes.Options());

        // Either it is cancelled (OperationCanceledException) or it finished first; any other exception fails.
        var thrown = Record.Exception(() => driver.RunGenerators(GeneratorHarness.CreateCompilation("class A { }"), cancellation.Token));
        Assert.True(thrown is null or OperationCanceledException, thrown?.ToString());
    }

    private static IReadOnlyList<(string Hint, string Text)> Generate(AdditionalText[] notes)
    {
        var result = GeneratorHarness.CreateDriver(notes, RealNotes.Options(), trackSteps: false)
            .RunGenerators(GeneratorHarness.CreateCompilation("class A { }"))
            .GetRunResult().Results.Single();
        Assert.Null(result.Exception);
        return result.GeneratedSources
            .OrderBy(s => s.HintName, StringComparer.Ordinal)
            .Select(s => (s.HintName, s.SourceText.ToString()))
            .ToList();
    }
}
